package org.supplieresg.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvidenceStorageTest {

    @TempDir
    Path root;

    private static final byte[] CERTIFICATE = "%PDF-1.4 certificate %%EOF".getBytes(StandardCharsets.US_ASCII);
    private static final String DIGEST = sha256(CERTIFICATE);

    @Test
    void anUploadIsStagedWithItsDigestThenMovedInPlaceUnderIt() throws IOException {
        EvidenceStorage storage = new EvidenceStorage(root);
        EvidenceStorage.Staged staged = storage.stage(new ByteArrayInputStream(CERTIFICATE), 1000);

        assertThat(staged.sha256()).isEqualTo(DIGEST);
        assertThat(staged.size()).isEqualTo(CERTIFICATE.length);
        assertThat(storage.contains(DIGEST)).as("not in place before the commit").isFalse();

        storage.commit(staged);

        assertThat(Files.exists(staged.file())).isFalse();
        try (InputStream in = storage.open(DIGEST)) {
            assertThat(in.readAllBytes()).isEqualTo(CERTIFICATE);
        }
    }

    @Test
    void theSameBytesTwiceAreStoredOnce() throws IOException {
        EvidenceStorage storage = new EvidenceStorage(root);
        storage.commit(storage.stage(new ByteArrayInputStream(CERTIFICATE), 1000));
        storage.commit(storage.stage(new ByteArrayInputStream(CERTIFICATE), 1000));

        assertThat(files(root)).hasSize(1);
    }

    @Test
    void tooManyBytesLeaveNothingBehind() {
        EvidenceStorage storage = new EvidenceStorage(root);

        assertThatThrownBy(() -> storage.stage(new ByteArrayInputStream(new byte[5000]), 4096))
                .isInstanceOf(EvidenceStorage.TooLargeException.class);

        assertThat(files(root)).isEmpty();
    }

    @Test
    void leftoversOlderThanTheGraceAreRemovedAndReferencedFilesKept() throws IOException {
        EvidenceStorage storage = new EvidenceStorage(root);
        storage.commit(storage.stage(new ByteArrayInputStream(CERTIFICATE), 1000));
        EvidenceStorage.Staged orphan = storage.stage(new ByteArrayInputStream("orphan".getBytes(StandardCharsets.UTF_8)), 1000);
        storage.commit(orphan);
        EvidenceStorage.Staged interrupted = storage.stage(new ByteArrayInputStream("half".getBytes(StandardCharsets.UTF_8)), 1000);
        EvidenceStorage.Staged fresh = storage.stage(new ByteArrayInputStream("in progress".getBytes(StandardCharsets.UTF_8)), 1000);
        Instant twoHoursAgo = Instant.now().minusSeconds(7200);
        for (Path file : files(root)) {
            if (!file.equals(fresh.file())) {
                Files.setLastModifiedTime(file, FileTime.from(twoHoursAgo));
            }
        }

        int removed = storage.removeLeftovers(Set.of(DIGEST), Instant.now().minusSeconds(3600));

        assertThat(removed).isEqualTo(2);
        assertThat(storage.contains(DIGEST)).isTrue();
        assertThat(storage.contains(orphan.sha256())).isFalse();
        assertThat(Files.exists(interrupted.file())).isFalse();
        assertThat(Files.exists(fresh.file())).as("an upload in progress is left alone").isTrue();
    }

    @Test
    void onlyDigestsNameFiles() {
        EvidenceStorage storage = new EvidenceStorage(root);
        assertThatThrownBy(() -> storage.open("../../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }

    private static java.util.List<Path> files(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
