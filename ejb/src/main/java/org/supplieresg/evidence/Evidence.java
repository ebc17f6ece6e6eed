package org.supplieresg.evidence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.supplieresg.audittrail.Auditable;

/**
 * One version of one document a supplier uploaded: what the bytes are (digest, size, type detected from them), what
 * the document is (kind, issuer, validity, language) and who uploaded it when. Never changed: a correction is a new
 * version that names the one it replaces.
 */
@Entity
@Table(name = "evidence")
public class Evidence implements Auditable {

    /** What the uploader says about the document. */
    public record Details(EvidenceKind kind, String issuer, LocalDate validFrom, LocalDate validTo, String language) {
    }

    @Id
    @SequenceGenerator(name = "evidence_seq", sequenceName = "evidence_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "evidence_seq")
    private Long id;

    @Column(name = "supplier_id", nullable = false, updatable = false)
    private Long supplierId;

    @Column(name = "document_id", nullable = false, updatable = false)
    private Long documentId;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "replaces_id", updatable = false)
    private Long replacesId;

    @Column(name = "sha256", nullable = false, updatable = false)
    private String sha256;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long sizeBytes;

    @Column(name = "content_type", nullable = false, updatable = false)
    private String contentType;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false)
    private EvidenceKind kind;

    @Column(name = "issuer", updatable = false)
    private String issuer;

    @Column(name = "valid_from", updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to", updatable = false)
    private LocalDate validTo;

    @Column(name = "language", updatable = false)
    private String language;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Version
    private long version;

    protected Evidence() {
        // for JPA
    }

    Evidence(long supplierId, Evidence replaces, EvidenceStorage.Staged content, EvidenceType type, String fileName,
             Details details, String by, Instant at) {
        this.supplierId = supplierId;
        this.replacesId = replaces == null ? null : replaces.id;
        this.documentId = replaces == null ? null : replaces.documentId;
        this.versionNo = replaces == null ? 1 : replaces.versionNo + 1;
        this.sha256 = content.sha256();
        this.sizeBytes = content.size();
        this.contentType = type.contentType();
        this.fileName = fileName;
        this.kind = details.kind();
        this.issuer = details.issuer();
        this.validFrom = details.validFrom();
        this.validTo = details.validTo();
        this.language = details.language();
        this.uploadedBy = by;
        this.uploadedAt = at;
    }

    /** A first version is its own document; called once the id is known. */
    void startDocument() {
        if (documentId == null) {
            documentId = id;
        }
    }

    public boolean expiredOn(LocalDate day) {
        return validTo != null && validTo.isBefore(day);
    }

    @Override
    public String auditType() {
        return "Evidence";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("supplier", String.valueOf(supplierId));
        fields.put("document", String.valueOf(documentId));
        fields.put("versionNo", String.valueOf(versionNo));
        fields.put("fileName", fileName);
        fields.put("sha256", sha256);
        fields.put("size", String.valueOf(sizeBytes));
        fields.put("contentType", contentType);
        fields.put("kind", kind.name());
        fields.put("issuer", issuer);
        fields.put("validFrom", validFrom == null ? null : validFrom.toString());
        fields.put("validTo", validTo == null ? null : validTo.toString());
        fields.put("language", language);
        return fields;
    }

    public Long id() { return id; }
    public long version() { return version; }
    public Long supplierId() { return supplierId; }
    public Long documentId() { return documentId; }
    public int versionNo() { return versionNo; }
    public Long replacesId() { return replacesId; }
    public String sha256() { return sha256; }
    public long sizeBytes() { return sizeBytes; }
    public String contentType() { return contentType; }
    public EvidenceType type() { return EvidenceType.ofContentType(contentType); }
    public String fileName() { return fileName; }
    public EvidenceKind kind() { return kind; }
    public String issuer() { return issuer; }
    public LocalDate validFrom() { return validFrom; }
    public LocalDate validTo() { return validTo; }
    public String language() { return language; }
    public String uploadedBy() { return uploadedBy; }
    public Instant uploadedAt() { return uploadedAt; }
}
