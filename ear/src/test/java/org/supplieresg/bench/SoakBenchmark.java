package org.supplieresg.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * The soak (issue 10, point 2), against the running application that {@code bench/soak.sh} started and filled: 50
 * users at once for 10 minutes, each with a session of its own, each doing what a buyer does, one step after the other
 * with a short pause: open the procurement dashboard (35 %), a supplier's record (20 %), search the supplier list
 * through the API (20 %), and revise a supplier of its own through the API, reading it first and sending back the
 * version it read (25 %, so writes never conflict with another user's). Every answer is checked: a page must be the
 * page (not the login page), a revision must be 200 with the version one higher. Prints a line a minute and the totals;
 * exits 1 on any error. The server's heap is sampled by the script (jcmd), not here.
 *
 * <p>Arguments: application URL, JDBC URL of its database, sessions file (one logged-in JSESSIONID a line, as
 * {@link DashboardBenchmark} writes it), minutes (10), users (50).
 */
public final class SoakBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SoakBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI application = URI.create(args.length > 0 ? args[0] : "http://localhost:8080/");
        String jdbc = args.length > 1 ? args[1] : "jdbc:postgresql://localhost:15432/esg";
        List<String> sessions = Files.readAllLines(Path.of(args.length > 2 ? args[2] : "target/dashboard-sessions.txt")).stream()
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
        int minutes = args.length > 3 ? Integer.parseInt(args[3]) : 10;
        int users = args.length > 4 ? Integer.parseInt(args[4]) : 50;
        if (sessions.size() < users) {
            throw new IllegalArgumentException(users + " users need as many sessions; the file has " + sessions.size());
        }
        long[] ownSuppliers = new long[users];
        long[] someSuppliers;
        try (Connection connection = DriverManager.getConnection(jdbc, "esg", "esg"); Statement sql = connection.createStatement()) {
            someSuppliers = ids(sql, "SELECT id FROM supplier ORDER BY id LIMIT 2000");
            long[] writable = ids(sql, "SELECT id FROM supplier WHERE status = 'ACTIVE' ORDER BY id DESC LIMIT " + users);
            System.arraycopy(writable, 0, ownSuppliers, 0, users);
        }

        Stats stats = new Stats();
        long end = System.nanoTime() + Duration.ofMinutes(minutes).toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            User user = new User(application, sessions.get(u), ownSuppliers[u], someSuppliers, stats);
            Thread thread = new Thread(() -> user.run(end), "user-" + u);
            thread.start();
            threads.add(thread);
        }
        System.out.printf("soak: %d users, %d minutes, against %s%n", users, minutes, application);
        System.out.println("minute  requests  req/s   errors  p50 ms  p95 ms  p99 ms  writes");
        long started = System.nanoTime();
        for (int minute = 1; minute <= minutes; minute++) {
            long due = started + Duration.ofMinutes(minute).toNanos();
            Thread.sleep(Math.max(0, (due - System.nanoTime()) / 1_000_000));
            stats.printMinute(minute);
        }
        for (Thread t : threads) {
            t.join();
        }
        stats.printTotal();
        if (stats.totalErrors.sum() > 0) {
            System.out.println("first errors:");
            stats.errorSamples.stream().limit(10).forEach(e -> System.out.println("  " + e));
            System.exit(1);
        }
    }

    private static long[] ids(Statement sql, String query) throws Exception {
        List<Long> ids = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                ids.add(rows.getLong(1));
            }
        }
        return ids.stream().mapToLong(Long::longValue).toArray();
    }

    /** One simulated buyer: its own session for pages, Basic authentication for the API, one request at a time. */
    private static final class User {
        private final URI application;
        private final String cookie;
        private final long ownSupplier;
        private final long[] suppliers;
        private final Stats stats;
        // HTTP/1.1, as browsers speak over plain HTTP and reverse proxies speak to the server behind them. (Java's
        // default, an upgrade to HTTP/2 on the plain connection, makes Payara 6's Grizzly keep every stream: README
        // "Operations", soak.)
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        private final String basic = "Basic " + Base64.getEncoder().encodeToString("buyer:demo".getBytes(StandardCharsets.UTF_8));
        private int revision;

        User(URI application, String session, long ownSupplier, long[] suppliers, Stats stats) {
            this.application = application;
            this.cookie = "JSESSIONID=" + session;
            this.ownSupplier = ownSupplier;
            this.suppliers = suppliers;
            this.stats = stats;
        }

        void run(long end) {
            ThreadLocalRandom random = ThreadLocalRandom.current();
            while (System.nanoTime() < end) {
                int dice = random.nextInt(100);
                try {
                    if (dice < 35) {
                        page("app/home.xhtml", "procurementDashboard");
                    } else if (dice < 55) {
                        page("app/suppliers/view.xhtml?id=" + suppliers[random.nextInt(suppliers.length)], "facts-heading");
                    } else if (dice < 75) {
                        String[] words = {"cathode", "lithium", "copper", "gmbh", "ltd", "xin", "energy"};
                        api("api/suppliers?q=" + words[random.nextInt(words.length)] + "&size=20&sort=legalName", "\"rows\"");
                    } else {
                        revise();
                    }
                } catch (Exception e) {
                    stats.error("exception " + e);
                }
                pause(random);
            }
        }

        private void page(String path, String marker) throws Exception {
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(application.resolve(path)).header("Cookie", cookie)
                    .header("Accept", "text/html").timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            stats.record(System.nanoTime() - start, false);
            if (answer.statusCode() != 200 || !answer.body().contains(marker)) {
                stats.error("GET " + path + " -> " + answer.statusCode() + (answer.statusCode() == 200 ? " without " + marker : ""));
            }
        }

        private String api(String path, String marker) throws Exception {
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(application.resolve(path)).header("Authorization", basic)
                    .timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
            stats.record(System.nanoTime() - start, false);
            if (answer.statusCode() != 200 || !answer.body().contains(marker)) {
                stats.error("GET " + path + " -> " + answer.statusCode());
                return null;
            }
            return answer.body();
        }

        private void revise() throws Exception {
            String current = api("api/suppliers/" + ownSupplier, "\"version\"");
            if (current == null) {
                return;
            }
            ObjectNode supplier = (ObjectNode) JSON.readTree(current);
            long version = supplier.get("version").asLong();
            supplier.put("region", "Soak " + Thread.currentThread().getName() + " #" + (++revision));
            long start = System.nanoTime();
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(application.resolve("api/suppliers/" + ownSupplier))
                    .header("Authorization", basic).header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                    .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(supplier))).build(), HttpResponse.BodyHandlers.ofString());
            stats.record(System.nanoTime() - start, true);
            if (answer.statusCode() != 200 || JSON.readTree(answer.body()).get("version").asLong() != version + 1) {
                stats.error("PUT api/suppliers/" + ownSupplier + " -> " + answer.statusCode() + " " + answer.body().substring(0, Math.min(200, answer.body().length())));
            }
        }

        private static void pause(ThreadLocalRandom random) {
            try {
                Thread.sleep(50 + random.nextInt(200)); // a user reads before the next click
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Latencies per minute (kept whole, to sort for the percentiles) and counters. */
    private static final class Stats {
        private ConcurrentLinkedQueue<Long> minute = new ConcurrentLinkedQueue<>();
        private final ConcurrentLinkedQueue<Long> all = new ConcurrentLinkedQueue<>();
        private final LongAdder minuteErrors = new LongAdder();
        private final LongAdder totalErrors = new LongAdder();
        private final LongAdder minuteWrites = new LongAdder();
        private final LongAdder totalWrites = new LongAdder();
        private final AtomicLong samples = new AtomicLong();
        private final ConcurrentLinkedQueue<String> errorSamples = new ConcurrentLinkedQueue<>();

        void record(long nanos, boolean write) {
            minute.add(nanos);
            all.add(nanos);
            if (write) {
                minuteWrites.increment();
                totalWrites.increment();
            }
        }

        void error(String what) {
            minuteErrors.increment();
            totalErrors.increment();
            if (samples.incrementAndGet() <= 20) {
                errorSamples.add(what);
            }
        }

        synchronized void printMinute(int number) {
            ConcurrentLinkedQueue<Long> done = minute;
            minute = new ConcurrentLinkedQueue<>();
            long[] sorted = sorted(done);
            System.out.printf("%6d  %8d  %5.0f  %6d  %6.0f  %6.0f  %6.0f  %6d%n", number, sorted.length, sorted.length / 60.0,
                    minuteErrors.sumThenReset(), ms(sorted, 50), ms(sorted, 95), ms(sorted, 99), minuteWrites.sumThenReset());
        }

        void printTotal() {
            long[] sorted = sorted(all);
            System.out.printf("soak: requests=%d writes=%d errors=%d p50_ms=%.0f p95_ms=%.0f p99_ms=%.0f max_ms=%.0f%n", sorted.length,
                    totalWrites.sum(), totalErrors.sum(), ms(sorted, 50), ms(sorted, 95), ms(sorted, 99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        }

        private static long[] sorted(ConcurrentLinkedQueue<Long> values) {
            long[] sorted = values.stream().mapToLong(Long::longValue).toArray();
            Arrays.sort(sorted);
            return sorted;
        }

        private static double ms(long[] sorted, int percentile) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)] / 1e6;
        }
    }
}
