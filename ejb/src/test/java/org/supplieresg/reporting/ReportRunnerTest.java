package org.supplieresg.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a job does when its report is written, fails to be written, or is cancelled, with the database replaced by a log. */
class ReportRunnerTest {

    @TempDir
    Path root;

    private final List<String> log = new ArrayList<>();
    private boolean claimable = true;
    private boolean cancelAsked;
    private ReportRunner runner;

    /** Records the state changes the runner asks for. */
    private final class LoggingStore extends JobStore {
        @Override
        public boolean claim(long id, String runnerName, Instant now) {
            log.add("claim " + id);
            return claimable;
        }

        @Override
        public Optional<ReportJob> find(long id) {
            return Optional.of(new ReportJob(ReportRequest.of(ReportKind.PORTFOLIO, null, null, null, 2025, "en"), "officer", Instant.EPOCH, null));
        }

        @Override
        public boolean progress(long id, String runnerName, int done, int total, String step) {
            log.add("progress " + done + "/" + total);
            return !cancelAsked;
        }

        @Override
        public boolean succeed(long id, String runnerName, String fileName, String contentType, ReportStorage.Stored file, Instant now) {
            log.add("succeed " + fileName + " " + file.size() + " " + file.sha256().substring(0, 8));
            return true;
        }

        @Override
        public void fail(long id, String runnerName, String reason, Instant now) {
            log.add("fail " + reason);
        }

        @Override
        public void cancelled(long id, String runnerName, Instant now) {
            log.add("cancelled");
        }
    }

    private interface Writing {
        void write(OutputStream out, Progress progress) throws IOException;
    }

    private void generator(Writing writing) {
        runner.generator = new ReportGenerator() {
            @Override
            public void write(ReportRequest request, String requestedBy, OutputStream out, Progress progress) throws IOException {
                writing.write(out, progress);
            }
        };
    }

    @BeforeEach
    void setUp() {
        runner = new ReportRunner();
        runner.store = new LoggingStore();
        runner.files = new ReportFiles();
        runner.files.directory = root.toString();
        runner.files.open();
        runner.clock = Clock.fixed(Instant.parse("2026-11-27T08:00:00Z"), ZoneOffset.UTC);
    }

    @Test
    void aWrittenReportIsKeptWithItsChecksum() {
        generator((out, progress) -> {
            progress.report("suppliers", 1, 2);
            out.write("PK".getBytes());
            progress.report("suppliers", 2, 2);
        });

        runner.run(7);

        assertThat(log).containsExactly("claim 7", "progress 1/2", "progress 2/2", "succeed portfolio-2025-en.xlsx 2 fcab7fcc");
        assertThat(files()).containsExactly("7-portfolio-2025-en.xlsx");
    }

    @Test
    void aDiskErrorFailsTheJobWithTheReasonAndLeavesNoFile() {
        generator((out, progress) -> {
            out.write(new byte[200_000]);
            throw new IOException("No space left on device");
        });

        runner.run(8);

        assertThat(log).containsExactly("claim 8", "fail the report file could not be written: No space left on device");
        assertThat(files()).isEmpty();
    }

    @Test
    void aBrokenReportFailsWithItsMessage() {
        generator((out, progress) -> {
            throw new IllegalStateException("reading the portfolio failed: connection reset");
        });

        runner.run(9);

        assertThat(log).containsExactly("claim 9", "fail reading the portfolio failed: connection reset");
        assertThat(files()).isEmpty();
    }

    @Test
    void aCancelledJobStopsAtItsNextStepAndKeepsNothing() {
        cancelAsked = true;
        generator((out, progress) -> {
            out.write(new byte[1000]);
            progress.report("suppliers", 1, 10_000);
            out.write(new byte[1000]);
        });

        runner.run(10);

        assertThat(log).containsExactly("claim 10", "progress 1/10000", "cancelled");
        assertThat(files()).isEmpty();
    }

    @Test
    void aJobClaimedElsewhereOrCancelledBeforeItStartedIsNotRun() {
        claimable = false;
        generator((out, progress) -> {
            throw new AssertionError("must not run");
        });

        runner.run(11);

        assertThat(log).containsExactly("claim 11");
    }

    private List<String> files() {
        List<String> names = new ArrayList<>();
        for (String directory : List.of("tmp", "files")) {
            try (Stream<Path> list = Files.list(root.resolve(directory))) {
                list.forEach(p -> names.add(p.getFileName().toString()));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        return names;
    }
}
