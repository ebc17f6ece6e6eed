package org.supplieresg.bench;

import java.net.CookieManager;
import java.net.HttpCookie;
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
import java.util.Base64;
import java.util.HashSet;
import java.util.List;

/**
 * Prepares the procurement dashboard load test ({@code bench/dashboard-benchmark.sh}, issue 9 point 5) against the
 * running application: makes sure the database holds the 10,000 benchmark suppliers with 135 answers each and a score
 * for each of them (one rescore through the API if not, so that the dashboard has tiers to show), then logs in as the
 * buyer once per simulated user, each time with a cookie jar of its own, and writes the session ids, one a line, for
 * wrk ({@code bench/dashboard.lua}). Every session is checked with one request for the dashboard, sending only its
 * {@code JSESSIONID} cookie, as wrk will. Not a test.
 *
 * <p>Arguments: application URL, JDBC URL of the application's database, sessions file, number of sessions (50).
 */
public final class DashboardBenchmark {

    private DashboardBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        URI application = URI.create(args.length > 0 ? args[0] : "http://localhost:8080/");
        String jdbc = args.length > 1 ? args[1] : "jdbc:postgresql://localhost:15432/esg";
        Path sessionsFile = Path.of(args.length > 2 ? args[2] : "target/dashboard-sessions.txt");
        int users = args.length > 3 ? Integer.parseInt(args[3]) : 50;

        boolean rescore;
        try (Connection connection = DriverManager.getConnection(jdbc, "esg", "esg")) {
            RescoringBenchmark.generateUnlessThere(connection);
            rescore = count(connection, "SELECT count(DISTINCT supplier_id) FROM score WHERE supplier_id > 100000") < RescoringBenchmark.SUPPLIERS;
        }

        if (rescore) {
            String admin = "Basic " + Base64.getEncoder().encodeToString("admin:demo".getBytes(StandardCharsets.UTF_8));
            HttpClient api = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            long start = System.nanoTime();
            HttpResponse<String> rescored = api.send(HttpRequest.newBuilder(application.resolve("api/scores/rescore"))
                    .timeout(Duration.ofMinutes(20)).header("Authorization", admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
            if (rescored.statusCode() != 200) {
                throw new IllegalStateException("rescore answered " + rescored.statusCode() + ": " + rescored.body());
            }
            int changed = new com.fasterxml.jackson.databind.ObjectMapper().readTree(rescored.body()).size();
            System.out.printf("POST /api/scores/rescore: %.1f s, %,d new scores stored with their audit entries%n",
                    (System.nanoTime() - start) / 1e9, changed);
        }

        try (Connection connection = DriverManager.getConnection(jdbc, "esg", "esg")) {
            System.out.printf("database holds %,d suppliers, %,d answers, %,d scores%n", count(connection, "SELECT count(*) FROM supplier"),
                    count(connection, "SELECT count(*) FROM answer"), count(connection, "SELECT count(*) FROM score"));
        }

        // Each simulated user logs in with a cookie jar of its own, so the server holds that many sessions.
        HttpClient wrkLike = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NEVER).build();
        URI dashboard = application.resolve("app/home.xhtml");
        List<String> sessions = new ArrayList<>();
        long start = System.nanoTime();
        for (int i = 0; i < users; i++) {
            CookieManager cookies = new CookieManager();
            HttpClient browser = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
            JsfLogin.login(browser, application, "buyer", "demo");
            String session = cookies.getCookieStore().getCookies().stream().filter(c -> "JSESSIONID".equals(c.getName()))
                    .map(HttpCookie::getValue).reduce((first, second) -> {
                        throw new IllegalStateException("more than one JSESSIONID cookie after login " + (sessions.size() + 1));
                    }).orElseThrow(() -> new IllegalStateException("no JSESSIONID cookie after login " + (sessions.size() + 1)));
            HttpResponse<String> page = wrkLike.send(HttpRequest.newBuilder(dashboard).timeout(Duration.ofSeconds(60))
                    .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                throw new IllegalStateException("GET " + dashboard + " with session " + (sessions.size() + 1) + " answered "
                        + page.statusCode() + " (expected 200: the session should be logged in)");
            }
            sessions.add(session);
        }
        if (new HashSet<>(sessions).size() != sessions.size()) {
            throw new IllegalStateException("the logins did not give distinct sessions");
        }
        if (sessionsFile.toAbsolutePath().getParent() != null) {
            Files.createDirectories(sessionsFile.toAbsolutePath().getParent());
        }
        Files.write(sessionsFile, sessions, StandardCharsets.US_ASCII);
        System.out.printf("logged in %d distinct buyer sessions in %.1f s, each checked with GET /app/home.xhtml; ids in %s%n",
                sessions.size(), (System.nanoTime() - start) / 1e9, sessionsFile.toAbsolutePath());
    }

    private static long count(Connection connection, String query) throws Exception {
        try (Statement sql = connection.createStatement(); ResultSet rs = sql.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
