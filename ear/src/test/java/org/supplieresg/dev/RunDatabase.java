package org.supplieresg.dev;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The first half of {@code mvn -Prun package}: starts the embedded PostgreSQL (unless {@code DB_URL} names an external
 * one) inside Maven's JVM, where it lives until Maven exits, then waits in the background for the application and
 * prints its URL and the demo logins. Cargo then starts Payara.
 *
 * <p>Arguments: data directory, port, application URL.
 */
public final class RunDatabase {

    private RunDatabase() {
    }

    public static void main(String[] args) throws Exception {
        Path dataDirectory = Path.of(args[0]);
        int port = Integer.parseInt(args[1]);
        URI application = URI.create(args[2]);
        // From the start of the Maven command, so that the banner shows the whole start-up time.
        Instant started = ProcessHandle.current().info().startInstant().orElse(Instant.now());
        String external = System.getenv("DB_URL");
        if (external != null && !external.isBlank()) {
            System.out.println("[supplier-esg] DB_URL is set: using the external database " + external);
        } else {
            EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, port, true);
            database.stopOnExit(dataDirectory);
            System.out.println("[supplier-esg] embedded PostgreSQL ready at " + database.jdbcUrl() + ", data in " + dataDirectory);
        }
        boolean demo = System.getenv("DEMO_DATA") != null ? Boolean.parseBoolean(System.getenv("DEMO_DATA")) : external == null || external.isBlank();
        Thread banner = new Thread(() -> announceWhenReady(application, started, demo), "ready-banner");
        banner.setDaemon(true);
        banner.start();
    }

    private static void announceWhenReady(URI application, Instant started, boolean demo) {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest login = HttpRequest.newBuilder(application.resolve("login.xhtml")).timeout(Duration.ofSeconds(10)).build();
        Instant giveUp = Instant.now().plus(Duration.ofMinutes(10));
        while (Instant.now().isBefore(giveUp)) {
            try {
                if (client.send(login, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    long seconds = Duration.between(started, Instant.now()).toSeconds();
                    StringBuilder text = new StringBuilder()
                            .append("\n==============================================================\n")
                            .append(" Supplier ESG audit is ready (").append(seconds).append(" s): ").append(application).append('\n');
                    if (demo) {
                        text.append(" Demo logins, all with password 'demo':\n")
                                .append("   admin      ADMIN\n")
                                .append("   buyer      PROCUREMENT\n")
                                .append("   officer    SUSTAINABILITY_OFFICER\n")
                                .append("   auditor    AUDITOR\n")
                                .append("   supplier   SUPPLIER of Hunan Xinyuan Cathode Materials\n")
                                .append("   supplier2  SUPPLIER of Hanbit Separator\n");
                    }
                    text.append(" Health: ").append(application.resolve("health")).append("   API docs: ").append(application.resolve("openapi")).append('\n')
                            .append(" Stop with Ctrl+C.\n")
                            .append("==============================================================\n");
                    System.out.println(text);
                    return;
                }
            } catch (java.io.IOException e) {
                // not up yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            try {
                Thread.sleep(1000);
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
