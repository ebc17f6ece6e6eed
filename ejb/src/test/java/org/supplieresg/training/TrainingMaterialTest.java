package org.supplieresg.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.supplieresg.evidence.EvidenceType;
import org.supplieresg.shared.InvalidInputException;

/** Uploaded material: documents and images recognised from their bytes, at most 10 MB. */
class TrainingMaterialTest {

    @TempDir
    Path dir;

    static byte[] pdf() {
        return "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    }

    EvidenceType check(String name, byte[] content, long size) throws IOException {
        Path file = Files.write(dir.resolve("upload"), content);
        return TrainingMaterial.check(file, name, size);
    }

    String refusal(String name, byte[] content, long size) throws IOException {
        try {
            check(name, content, size);
            return null;
        } catch (InvalidInputException e) {
            return e.violations().get(0).message(Locale.ENGLISH);
        }
    }

    @Test
    void aPdfIsTakenAndStoredWithItsDigest() throws IOException {
        assertThat(check("supplier induction.pdf", pdf(), pdf().length)).isEqualTo(EvidenceType.PDF);

        TrainingMaterial material = TrainingMaterial.of("supplier induction.pdf", EvidenceType.PDF, pdf(), "admin",
                Instant.parse("2026-11-28T08:00:00Z"));
        assertThat(material.contentType()).isEqualTo("application/pdf");
        assertThat(material.sizeBytes()).isEqualTo(pdf().length);
        assertThat(material.sha256()).hasSize(64).matches("[0-9a-f]{64}");
        assertThat(material.content()).isEqualTo(pdf());
    }

    @Test
    void programsOtherTypesAndCsvAreRefusedAsMaterial() throws IOException {
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertThat(refusal("setup.exe", exe, exe.length)).isEqualTo("“setup.exe” is not a PDF, Word (.docx), Excel (.xlsx), PNG or JPEG file.");
        assertThat(refusal("course.zip", new byte[] {'P', 'K', 5, 6, 0, 0, 0, 0}, 8)).isEqualTo("“course.zip” is not a PDF, Word (.docx), Excel (.xlsx), PNG or JPEG file.");
        byte[] csv = "module,minutes\ninduction,30\n".getBytes(StandardCharsets.UTF_8);
        assertThat(refusal("attendance.csv", csv, csv.length)).isEqualTo("“attendance.csv” is not a PDF, Word (.docx), Excel (.xlsx), PNG or JPEG file.");
        assertThat(refusal("empty.pdf", new byte[0], 0)).isEqualTo("The file is empty.");
        assertThat(refusal("slides.docx", pdf(), pdf().length)).isEqualTo("“slides.docx” holds PDF content; give it the matching ending and upload it again.");
    }

    @Test
    void materialOver10MbIsRefusedBeforeItIsRead() throws IOException {
        assertThat(refusal("video.pdf", pdf(), TrainingMaterial.MAX_BYTES + 1))
                .isEqualTo("The material is larger than 10 MB: put it on a course platform and give the link instead.");
        assertThat(check("exactly.pdf", pdf(), TrainingMaterial.MAX_BYTES)).isEqualTo(EvidenceType.PDF);
    }
}
