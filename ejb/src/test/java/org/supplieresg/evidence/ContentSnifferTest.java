package org.supplieresg.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supplieresg.shared.InvalidInputException;

class ContentSnifferTest {

    @TempDir
    Path dir;

    @Test
    void everyAcceptedTypeIsRecognisedFromItsBytes() throws IOException {
        assertThat(detect("certificate.pdf", pdf())).isEqualTo(EvidenceType.PDF);
        assertThat(detect("site.png", image("png"))).isEqualTo(EvidenceType.PNG);
        assertThat(detect("site.JPG", image("jpg"))).isEqualTo(EvidenceType.JPEG);
        assertThat(detect("site.jpeg", image("jpg"))).isEqualTo(EvidenceType.JPEG);
        assertThat(detect("energy.xlsx", xlsx())).isEqualTo(EvidenceType.XLSX);
        assertThat(detect("energy.xls", xls())).isEqualTo(EvidenceType.XLS);
        assertThat(detect("policy.docx", docx())).isEqualTo(EvidenceType.DOCX);
        assertThat(detect("meters.csv", "month,kWh\n2026-01,125000\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(EvidenceType.CSV);
        assertThat(detect("电表.csv", "月份,用电量（千瓦时）\n2026-01,125000\n".getBytes(Charset.forName("GB18030"))))
                .as("CSV as Chinese Excel writes it").isEqualTo(EvidenceType.CSV);
    }

    @Test
    void programsAndScriptsAreRefusedWhateverTheirName() throws IOException {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertRefused("invoice.pdf", exe, "“invoice.pdf” is a program or a script; only documents and images are accepted as evidence.");
        assertRefused("data.csv", "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII),
                "“data.csv” is a program or a script; only documents and images are accepted as evidence.");
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0};
        assertRefused("photo.jpg", elf, "“photo.jpg” is a program or a script; only documents and images are accepted as evidence.");
    }

    @Test
    void aNameThatLiesAboutTheContentIsRefused() throws IOException {
        assertRefused("scan.pdf", image("png"), "“scan.pdf” holds PNG content; give it the matching ending and upload it again.");
        assertRefused("energy.docx", xlsx(), "“energy.docx” holds XLSX content; give it the matching ending and upload it again.");
    }

    @Test
    void typesOutsideTheListAreRefused() throws IOException {
        assertRefused("archive.xlsx", zip("readme.txt", "hello".getBytes(StandardCharsets.US_ASCII)),
                "“archive.xlsx” is not a PDF, PNG, JPEG, Excel (.xlsx, .xls), Word (.docx) or CSV file.");
        byte[] binary = new byte[256];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 7 + 1);
        }
        assertRefused("meters.csv", binary, "“meters.csv” is not a PDF, PNG, JPEG, Excel (.xlsx, .xls), Word (.docx) or CSV file.");
    }

    @Test
    void damagedFilesBombsAndMacrosAreRefused() throws IOException {
        assertRefused("certificate.pdf", "%PDF-1.7\n1 0 obj\n<<>>\n".getBytes(StandardCharsets.US_ASCII),
                "The file looks like PDF but is damaged and cannot be read.");
        byte[] truncated = xlsx();
        assertRefused("energy.xlsx", java.util.Arrays.copyOf(truncated, truncated.length / 2),
                "The file looks like Office (zip) but is damaged and cannot be read.");
        assertRefused("bomb.xlsx", bomb(), "The file expands to far more than its size (a zip bomb); it was refused.");
        assertRefused("macros.xlsx", zip("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.US_ASCII),
                "xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.US_ASCII),
                "xl/vbaProject.bin", new byte[] {1, 2, 3}),
                "Office files with macros are not accepted; save it without macros (.xlsx or .docx).");
        assertRefused("empty.pdf", new byte[0], "The file is empty.");
    }

    private EvidenceType detect(String name, byte[] bytes) throws IOException {
        Path file = dir.resolve("upload-" + System.nanoTime());
        Files.write(file, bytes);
        return ContentSniffer.detect(file, name);
    }

    private void assertRefused(String name, byte[] bytes, String message) {
        assertThatThrownBy(() -> detect(name, bytes)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations().get(0).message(Locale.ENGLISH)).isEqualTo(message));
    }

    private static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] image(String format) throws IOException {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    private static byte[] xlsx() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Energy").createRow(0).createCell(0).setCellValue("kWh");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] xls() throws IOException {
        try (HSSFWorkbook workbook = new HSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.createSheet("Energy").createRow(0).createCell(0).setCellValue("kWh");
            workbook.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] docx() throws IOException {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.createParagraph().createRun().setText("Environmental policy");
            document.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] zip(Object... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) namesAndContents[i]));
                zip.write((byte[]) namesAndContents[i + 1]);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /** An .xlsx whose sheet inflates from a few kilobytes to 20 MB of zeros. */
    private static byte[] bomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("xl/workbook.xml"));
            OutputStream entry = zip;
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 20; i++) {
                entry.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
