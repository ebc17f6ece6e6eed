package org.supplieresg.reporting;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Where generated report files live: written under {@code tmp/} as {@code .part} files, forced to disk, then moved
 * atomically into {@code files/}. A file in {@code files/} is therefore always complete; a crash or an IO error leaves
 * at most a {@code .part} file, which is deleted at once or, after a crash, when the server starts again.
 */
public final class ReportStorage {

    /** A stored file: where, its SHA-256 in hex and its size in bytes. */
    public record Stored(Path file, String sha256, long size) {
    }

    /** Writes a report's bytes; may throw, and then nothing is kept. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path temporary;
    private final Path files;

    public ReportStorage(Path root) {
        this.temporary = root.resolve("tmp");
        this.files = root.resolve("files");
        try {
            Files.createDirectories(temporary);
            Files.createDirectories(files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the report directory " + root + ": " + e.getMessage(), e);
        }
    }

    public Stored store(long jobId, String fileName, Content content) throws IOException {
        Path part = temporary.resolve(jobId + "-" + UUID.randomUUID() + ".part");
        MessageDigest sha256 = sha256();
        long size;
        try (FileChannel channel = FileChannel.open(part, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            Measured out = new Measured(Channels.newOutputStream(channel), sha256);
            try (OutputStream buffered = new BufferedOutputStream(new NonClosing(out), 64 * 1024)) {
                content.writeTo(buffered);
            }
            channel.force(true);
            size = out.size;
        } catch (IOException | RuntimeException | Error e) {
            Files.deleteIfExists(part);
            throw e;
        }
        Path target = fileOf(jobId, fileName);
        try {
            Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(part);
            throw e;
        }
        return new Stored(target, HexFormat.of().formatHex(sha256.digest()), size);
    }

    /** The finished file of a job (it may not exist). */
    public Path fileOf(long jobId, String fileName) {
        String safe = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return files.resolve(jobId + "-" + safe);
    }

    /**
     * Deletes the {@code .part} files a crash left behind for the given jobs (those of the server that crashed: the
     * directory may be shared with other servers whose jobs are still writing); returns how many.
     */
    public int deleteLeftovers(java.util.function.LongPredicate ofJob) {
        int deleted = 0;
        try (Stream<Path> parts = Files.list(temporary)) {
            for (Path part : (Iterable<Path>) parts.filter(p -> isPartOf(p, ofJob))::iterator) {
                Files.deleteIfExists(part);
                deleted++;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + temporary + ": " + e.getMessage(), e);
        }
        return deleted;
    }

    private static boolean isPartOf(Path file, java.util.function.LongPredicate ofJob) {
        String name = file.getFileName().toString();
        int dash = name.indexOf('-');
        if (!name.endsWith(".part") || dash < 1) {
            return false;
        }
        try {
            return ofJob.test(Long.parseLong(name.substring(0, dash)));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Counts and digests what passes through. */
    private static final class Measured extends FilterOutputStream {
        private final MessageDigest digest;
        long size;

        Measured(OutputStream out, MessageDigest digest) {
            super(out);
            this.digest = digest;
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            digest.update((byte) b);
            size++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            digest.update(b, off, len);
            size += len;
        }
    }

    /** Writers may close the stream they are given; the channel is closed here, after it is forced to disk. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
