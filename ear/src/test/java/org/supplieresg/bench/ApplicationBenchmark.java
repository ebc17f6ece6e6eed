package org.supplieresg.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;

/**
 * Against the running application (started by {@code bench/application-benchmark.sh} on a database of its own): adds
 * 10,000 suppliers with 135 answers each, rescores them all through the API (the full write path: engine, 10,000 new
 * scores with their dimension scores and audit entries, one transaction), then times one supplier's score page and
 * score API as a logged-in buyer. Prints its figures; not a test.
 *
 * <p>Arguments: application URL, JDBC URL of the application's database.
 */
public final class ApplicationBenchmark {

    private static final int WARM_UP = 30;
    private static final int SAMPLES = 300;

    private ApplicationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI application = URI.create(args.length > 0 ? args[0] : "http://localhost:8080/");
        String jdbc = args.length > 1 ? args[1] : "jdbc:postgresql://localhost:15432/esg";

        try (Connection connection = DriverManager.getConnection(jdbc, "esg", "esg")) {
            RescoringBenchmark.generateUnlessThere(connection);
            System.out.printf("database holds %,d suppliers, %,d answers, %,d scores%n", count(connection, "SELECT count(*) FROM supplier"),
                    count(connection, "SELECT count(*) FROM answer"), count(connection, "SELECT count(*) FROM score"));
        }

        String admin = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
        String[] runs = {"cold, every supplier scored for the first time", "warm, nothing changed", "warm, every score rewritten"};
        for (int run = 0; run < runs.length; run++) {
            if (run == 2) {
                // Only a benchmark does this: forget the scores so that the next run writes all of them again.
                try (Connection connection = DriverManager.getConnection(jdbc, "esg", "esg"); Statement sql = connection.createStatement()) {
                    sql.execute("DELETE FROM dimension_score WHERE score_id IN (SELECT id FROM score WHERE supplier_id > 100000)");
                    sql.execute("DELETE FROM score WHERE supplier_id > 100000");
                }
            }
            // A fresh client each time: a pooled connection may have been closed by the server while the previous run was busy.
            HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            long start = System.nanoTime();
            HttpResponse<String> rescored = api.send(HttpRequest.newBuilder(application.resolve("api/scores/rescore"))
                    .timeout(Duration.ofMinutes(20)).header("Authorization", admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            double seconds = (System.nanoTime() - start) / 1e9;
            if (rescored.statusCode() != 200) {
                throw new IllegalStateException("rescore answered " + rescored.statusCode() + ": " + rescored.body());
            }
            int changed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(rescored.body()).size();
            System.out.printf("POST /api/scores/rescore (%s): %.1f s, %,d new scores stored with their audit entries%n",
                    runs[run], seconds, changed);
        }

        HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        JsfLogin.login(browser, application, "buyer", "demo");
        Random random = new Random(42);
        long[] page = new long[SAMPLES];
        long[] json = new long[SAMPLES];
        for (int i = -WARM_UP; i < SAMPLES; i++) {
            long supplier = 100_001 + random.nextInt(RescoringBenchmark.SUPPLIERS);
            long pageTime = time(browser, application.resolve("app/score.xhtml?supplier=" + supplier), null, "score-total");
            long jsonTime = time(api, application.resolve("api/suppliers/" + supplier + "/score"), admin, "\"total\"");
            if (i >= 0) {
                page[i] = pageTime;
                json[i] = jsonTime;
            }
        }
        report("GET /app/score.xhtml (whole page, logged-in buyer)", page);
        report("GET /api/suppliers/{id}/score", json);
    }

    private static long time(HttpClient client, URI uri, String authorization, String expected) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        long start = System.nanoTime();
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        long elapsed = System.nanoTime() - start;
        if (response.statusCode() != 200 || !response.body().contains(expected)) {
            throw new IllegalStateException(uri + " answered " + response.statusCode() + " without " + expected);
        }
        return elapsed;
    }

    private static void report(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf("%s over %d random suppliers: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms (target: within 100 ms)%n",
                what, sorted.length, ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double ms(long[] sorted, double quantile) {
        return sorted[(int) Math.ceil(quantile * sorted.length) - 1] / 1e6;
    }

    private static long count(Connection connection, String query) throws Exception {
        try (Statement sql = connection.createStatement(); ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
