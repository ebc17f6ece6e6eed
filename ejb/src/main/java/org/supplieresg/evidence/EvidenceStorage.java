package org.supplieresg.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Where evidence bytes live: a directory outside the web root, with files named by their SHA-256 and never
 * overwritten. An upload streams to a temporary file while its digest is computed, is forced to disk, checked by the
 * caller, and only then moved into place; the database row is written after the move, in the caller's transaction.
 * A crash or rollback can therefore leave a temporary file or an unreferenced content file, never a row without its
 * bytes; {@link #removeLeftovers} deletes both once they are old enough not to belong to an upload in progress.
 */
public final class EvidenceStorage {

    /** An upload on disk, not yet in place. */
    public record Staged(Path file, String sha256, long size) {
    }

    /** More bytes than allowed arrived; nothing was kept. */
    public static final class TooLargeException extends RuntimeException {
        private final long limit;

        TooLargeException(long limit) {
            super("more than " + limit + " bytes");
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    private static final int BUFFER = 64 * 1024;

    private final Path temporary;
    private final Path content;

    public EvidenceStorage(Path root) {
        this.temporary = root.resolve("tmp");
        this.content = root.resolve("content");
        try {
            Files.createDirectories(temporary);
            Files.createDirectories(content);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the evidence storage in " + root, e);
        }
    }

    /**
     * Streams an upload to a temporary file, at most {@code maxBytes}, computing its SHA-256, and forces it to disk.
     * Memory use is one buffer, whatever the size.
     */
    public Staged stage(InputStream in, long maxBytes) throws IOException {
        Path file = temporary.resolve(UUID.randomUUID() + ".part");
        MessageDigest digest = sha256();
        long size = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             OutputStream out = new DigestOutputStream(java.nio.channels.Channels.newOutputStream(channel), digest)) {
            byte[] buffer = new byte[BUFFER];
            int read;
            while ((read = in.read(buffer)) >= 0) {
                size += read;
                if (size > maxBytes) {
                    throw new TooLargeException(maxBytes);
                }
                out.write(buffer, 0, read);
            }
            out.flush();
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new Staged(file, HexFormat.of().formatHex(digest.digest()), size);
    }

    /**
     * Moves a checked upload into place under its digest. If the same bytes are already stored (the same certificate
     * uploaded twice), the stored file is kept and the upload dropped: content files never change.
     */
    public void commit(Staged staged) throws IOException {
        Path target = pathOf(staged.sha256());
        Files.createDirectories(target.getParent());
        if (Files.exists(target)) {
            Files.delete(staged.file());
            Files.setLastModifiedTime(target, FileTime.from(Instant.now())); // young again: the cleanup leaves it alone
            return;
        }
        try {
            Files.move(staged.file(), target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.delete(staged.file()); // the same bytes arrived at the same moment
        }
        try (FileChannel directory = FileChannel.open(target.getParent(), StandardOpenOption.READ)) {
            directory.force(true); // the move itself survives a crash
        } catch (IOException e) {
            // some file systems cannot open a directory; the move is still atomic
        }
    }

    /** Drops an upload that failed its checks. */
    public void discard(Staged staged) {
        try {
            Files.deleteIfExists(staged.file());
        } catch (IOException e) {
            // the cleanup removes it later
        }
    }

    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(pathOf(sha256));
    }

    public boolean contains(String sha256) {
        return Files.exists(pathOf(sha256));
    }

    /**
     * Deletes temporary files and unreferenced content files last touched before {@code olderThan}.
     *
     * @param referenced the digests that evidence rows name
     * @return how many files were deleted
     */
    public int removeLeftovers(Set<String> referenced, Instant olderThan) throws IOException {
        int removed = 0;
        for (Path root : new Path[] {temporary, content}) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                    boolean old = Files.getLastModifiedTime(file).toInstant().isBefore(olderThan);
                    boolean orphan = root == temporary || !referenced.contains(file.getFileName().toString());
                    if (old && orphan && Files.deleteIfExists(file)) {
                        removed++;
                    }
                }
            }
        }
        return removed;
    }

    Path pathOf(String sha256) {
        if (!sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256: " + sha256);
        }
        return content.resolve(sha256.substring(0, 2)).resolve(sha256);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
