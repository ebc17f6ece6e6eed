package org.supplieresg.training;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.supplieresg.audittrail.Auditable;
import org.supplieresg.evidence.ContentSniffer;
import org.supplieresg.evidence.EvidenceType;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

/**
 * A file the buyer uploaded as a module's material (a slide deck as PDF, a work instruction), kept in PostgreSQL: it is
 * the buyer's own and small (at most {@link #MAX_BYTES}); anything larger belongs on a course platform, as a link.
 * What it is comes from its bytes, as for evidence.
 */
@Entity
@Table(name = "training_material")
public class TrainingMaterial implements Auditable {

    /** The largest material: 10 MB. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** What a module's material may be: documents and images, not CSV or old Excel files. */
    static final Set<EvidenceType> ACCEPTED = Set.of(EvidenceType.PDF, EvidenceType.DOCX, EvidenceType.XLSX, EvidenceType.PNG,
            EvidenceType.JPEG);

    @Id
    @SequenceGenerator(name = "training_material_seq", sequenceName = "training_material_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_material_seq")
    private Long id;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "sha256", nullable = false, updatable = false)
    private String sha256;

    @Basic(fetch = FetchType.LAZY) // read only to send the material: the module keeps its name, type and size
    @Column(name = "content", nullable = false, updatable = false)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    protected TrainingMaterial() {
        // for JPA
    }

    /**
     * What the file in {@code file} is, if it may be material: refused, with the reason, if it is empty, larger than
     * {@link #MAX_BYTES}, a program or script, of another type, damaged, a zip bomb, an Office file with macros, or
     * named with an ending that does not match its content.
     *
     * @param fileName the sanitised name
     */
    public static EvidenceType check(Path file, String fileName, long size) throws IOException {
        if (size > MAX_BYTES) {
            throw new InvalidInputException(FieldViolation.of("file", "trainingMaterial.tooLarge", String.valueOf(MAX_BYTES / (1024 * 1024))));
        }
        EvidenceType type;
        try {
            type = ContentSniffer.detect(file, fileName);
        } catch (InvalidInputException refused) {
            List<FieldViolation> reasons = refused.violations().stream()
                    .map(v -> v.messageKey().equals("evidence.typeNotAllowed") || v.messageKey().equals("evidence.executable")
                            ? FieldViolation.of("file", "trainingMaterial.type", fileName) : v)
                    .toList();
            throw new InvalidInputException(reasons);
        }
        if (!ACCEPTED.contains(type)) {
            throw new InvalidInputException(FieldViolation.of("file", "trainingMaterial.type", fileName));
        }
        return type;
    }

    /** Material of a type {@link #check} accepted. */
    public static TrainingMaterial of(String fileName, EvidenceType type, byte[] content, String by, Instant at) {
        TrainingMaterial material = new TrainingMaterial();
        material.fileName = fileName;
        material.contentType = type.contentType();
        material.sizeBytes = content.length;
        material.sha256 = sha256(content);
        material.content = content.clone();
        material.uploadedBy = by;
        material.uploadedAt = at;
        return material;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String auditType() {
        return "TrainingMaterial";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("fileName", fileName);
        fields.put("contentType", contentType);
        fields.put("sizeBytes", String.valueOf(sizeBytes));
        fields.put("sha256", sha256);
        return fields;
    }

    public Long id() { return id; }
    public String fileName() { return fileName; }
    public String contentType() { return contentType; }
    public long sizeBytes() { return sizeBytes; }
    public String sha256() { return sha256; }
    public byte[] content() { return content.clone(); }
    public String uploadedBy() { return uploadedBy; }
    public Instant uploadedAt() { return uploadedAt; }
}
