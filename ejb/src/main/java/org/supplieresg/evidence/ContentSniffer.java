package org.supplieresg.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

/**
 * Says what a file is from its bytes, never from the name or the type the client claimed, and refuses what is not
 * acceptable evidence: executables and scripts, types outside the list, a name whose ending does not match the bytes,
 * Office files with macros, malformed files, and zip bombs (POI's {@link ZipSecureFile} limits on every entry).
 */
public final class ContentSniffer {

    /** No entry of an Office file may inflate beyond this, nor all of them together. */
    static final long MAX_UNCOMPRESSED = 200L * 1024 * 1024;
    private static final int HEAD = 8192;

    static {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_UNCOMPRESSED);
    }

    private ContentSniffer() {
    }

    /**
     * @param fileName the sanitised name, whose ending must match the content
     * @throws InvalidInputException saying what is wrong, in the user's terms
     */
    public static EvidenceType detect(Path file, String fileName) throws IOException {
        byte[] head = head(file);
        if (head.length == 0) {
            throw refuse("evidence.empty");
        }
        if (executable(head)) {
            throw refuse("evidence.executable", fileName);
        }
        EvidenceType type = recognise(file, head);
        if (type == null) {
            throw refuse("evidence.typeNotAllowed", fileName);
        }
        if (!type.fitsName(fileName)) {
            throw refuse("evidence.extensionMismatch", fileName, type.name());
        }
        return type;
    }

    private static EvidenceType recognise(Path file, byte[] head) throws IOException {
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return EvidenceType.PNG;
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return EvidenceType.JPEG;
        }
        if (indexOf(head, "%PDF-".getBytes(StandardCharsets.US_ASCII), 1024) >= 0) {
            if (!pdfEnds(file)) {
                throw refuse("evidence.malformed", "PDF");
            }
            return EvidenceType.PDF;
        }
        if (startsWith(head, 'P', 'K', 3, 4)) {
            return officeOpenXml(file);
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return legacyExcel(file);
        }
        return text(file) ? EvidenceType.CSV : null;
    }

    /** An .xlsx or .docx: a zip with the Office parts, every entry read through POI's bomb checks. */
    private static EvidenceType officeOpenXml(Path file) throws IOException {
        Set<String> names = new HashSet<>();
        long total = 0;
        try (ZipSecureFile zip = new ZipSecureFile(file.toFile())) {
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                names.add(entry.getName());
                try (InputStream in = zip.getInputStream(entry)) {
                    byte[] buffer = new byte[16 * 1024];
                    int read;
                    while ((read = in.read(buffer)) >= 0) {
                        total += read;
                        if (total > MAX_UNCOMPRESSED) {
                            throw refuse("evidence.zipBomb");
                        }
                    }
                }
            }
        } catch (IOException | IllegalStateException e) {
            if (String.valueOf(e.getMessage()).toLowerCase(Locale.ROOT).contains("zip bomb")) {
                throw refuse("evidence.zipBomb");
            }
            throw refuse("evidence.malformed", "Office (zip)");
        }
        if (!names.contains("[Content_Types].xml")) {
            return null; // a plain zip archive
        }
        if (names.stream().anyMatch(n -> n.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin"))) {
            throw refuse("evidence.macros");
        }
        if (names.contains("xl/workbook.xml")) {
            return EvidenceType.XLSX;
        }
        return names.contains("word/document.xml") ? EvidenceType.DOCX : null;
    }

    /** An .xls: an OLE2 file with a workbook stream (an old .doc or .ppt is not accepted). */
    private static EvidenceType legacyExcel(Path file) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            if (fs.getRoot().hasEntry("_VBA_PROJECT_CUR")) {
                throw refuse("evidence.macros");
            }
            return fs.getRoot().hasEntry("Workbook") || fs.getRoot().hasEntry("Book") ? EvidenceType.XLS : null;
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw refuse("evidence.malformed", "Excel 97-2003");
        }
    }

    /** Text without NUL bytes that decodes as UTF-8 or as GB18030 (what Chinese Excel writes CSV in). */
    private static boolean text(Path file) throws IOException {
        int sample = 1024 * 1024;
        byte[] bytes;
        try (InputStream in = Files.newInputStream(file)) {
            bytes = in.readNBytes(sample);
        }
        int length = bytes.length;
        if (length == sample) {
            // judge whole lines only, so that a character cut at the end of the sample does not count against it
            while (length > 0 && bytes[length - 1] != '\n') {
                length--;
            }
        }
        for (int i = 0; i < length; i++) {
            if (bytes[i] == 0) {
                return false;
            }
        }
        return length > 0 && (decodes(bytes, length, StandardCharsets.UTF_8) || decodes(bytes, length, Charset.forName("GB18030")));
    }

    private static boolean decodes(byte[] bytes, int length, Charset charset) {
        try {
            charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean pdfEnds(Path file) throws IOException {
        long size = Files.size(file);
        try (var channel = Files.newByteChannel(file)) {
            int length = (int) Math.min(2048, size);
            channel.position(size - length);
            ByteBuffer tail = ByteBuffer.allocate(length);
            while (tail.hasRemaining() && channel.read(tail) >= 0) {
                // read the tail
            }
            return indexOf(tail.array(), "%%EOF".getBytes(StandardCharsets.US_ASCII), length) >= 0;
        }
    }

    private static boolean executable(byte[] head) {
        return startsWith(head, 'M', 'Z')                                   // Windows PE
                || startsWith(head, 0x7F, 'E', 'L', 'F')                     // Linux ELF
                || startsWith(head, 0xFE, 0xED, 0xFA, 0xCE) || startsWith(head, 0xFE, 0xED, 0xFA, 0xCF)
                || startsWith(head, 0xCE, 0xFA, 0xED, 0xFE) || startsWith(head, 0xCF, 0xFA, 0xED, 0xFE)
                || startsWith(head, 0xCA, 0xFE, 0xBA, 0xBE)                  // Mach-O, Java class
                || startsWith(head, '#', '!');                               // scripts
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(HEAD);
        }
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int indexOf(byte[] bytes, byte[] wanted, int within) {
        int end = Math.min(bytes.length, within) - wanted.length;
        for (int i = 0; i <= end; i++) {
            if (Arrays.equals(bytes, i, i + wanted.length, wanted, 0, wanted.length)) {
                return i;
            }
        }
        return -1;
    }

    private static InvalidInputException refuse(String key, Object... arguments) {
        return new InvalidInputException(FieldViolation.of("file", key, arguments));
    }
}
