package org.supplieresg.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportStorageTest {

    @TempDir
    Path root;

    @Test
    void aStoredFileIsCompleteWithItsChecksumAndSize() throws Exception {
        ReportStorage storage = new ReportStorage(root);
        byte[] content = "a report".repeat(10_000).getBytes(StandardCharsets.UTF_8);

        ReportStorage.Stored stored = storage.store(7, "scorecard-supplier-1-en.pdf", out -> {
            out.write(content, 0, 100);
            out.write(content, 100, content.length - 100);
            out.close(); // writers may close what they are given
        });

        assertThat(stored.file()).isEqualTo(storage.fileOf(7, "scorecard-supplier-1-en.pdf"));
        assertThat(Files.readAllBytes(stored.file())).isEqualTo(content);
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
        assertThat(files(root.resolve("tmp"))).isZero();
    }

    @Test
    void aWriterThatFailsHalfwayLeavesNoFileAnywhere() {
        ReportStorage storage = new ReportStorage(root);

        assertThatThrownBy(() -> storage.store(8, "portfolio-en.xlsx", out -> {
            out.write(new byte[100_000]);
            throw new IOException("No space left on device");
        })).isInstanceOf(IOException.class).hasMessage("No space left on device");
        assertThatThrownBy(() -> storage.store(9, "portfolio-en.xlsx", out -> {
            out.write(1);
            throw new IllegalStateException("the database went away");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(Files.exists(storage.fileOf(8, "portfolio-en.xlsx"))).isFalse();
        assertThat(files(root.resolve("tmp"))).isZero();
        assertThat(files(root.resolve("files"))).isZero();
    }

    @Test
    void leftoversOfACrashAreDeletedAtStartAndFinishedFilesKept() throws Exception {
        ReportStorage storage = new ReportStorage(root);
        storage.store(1, "kept.pdf", out -> out.write(1));
        Files.write(root.resolve("tmp").resolve("2-crashed.part"), new byte[10]);
        Files.write(root.resolve("tmp").resolve("3-another-server-is-writing.part"), new byte[10]);

        assertThat(new ReportStorage(root).deleteLeftovers(job -> job == 2)).isEqualTo(1);
        assertThat(files(root.resolve("tmp"))).isEqualTo(1);
        assertThat(Files.exists(root.resolve("tmp").resolve("3-another-server-is-writing.part"))).isTrue();
        assertThat(Files.exists(storage.fileOf(1, "kept.pdf"))).isTrue();
    }

    @Test
    void fileNamesCannotLeaveTheDirectory() {
        ReportStorage storage = new ReportStorage(root);
        assertThat(storage.fileOf(3, "../../etc/passwd").getParent()).isEqualTo(root.resolve("files"));
    }

    private static long files(Path directory) {
        try (Stream<Path> list = Files.list(directory)) {
            return list.count();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
