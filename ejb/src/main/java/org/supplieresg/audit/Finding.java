package org.supplieresg.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.supplieresg.audittrail.Auditable;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

/**
 * A non-conformance found on site. It stays open until its corrective action is verified and, for Major and Priority
 * findings, a closure audit confirms it on site; while a Major or Priority finding is open, the tier is capped at C.
 */
@Entity
@Table(name = "finding")
public class Finding implements Auditable {

    /** Open until closed; never reopened (a new audit raises a new finding). */
    public enum Status {
        OPEN, CLOSED
    }

    @Id
    @SequenceGenerator(name = "finding_seq", sequenceName = "finding_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "finding_seq")
    private Long id;

    @Column(name = "reference", nullable = false, updatable = false)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "audit_id", nullable = false, updatable = false)
    private Audit audit;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "checklist_item_id", nullable = false, updatable = false)
    private ChecklistItem item;

    @Column(name = "supplier_id", nullable = false, updatable = false)
    private Long supplierId;

    @Column(name = "indicator_code", nullable = false, updatable = false)
    private String indicatorCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, updatable = false)
    private Severity severity;

    @Column(name = "observation", nullable = false, updatable = false)
    private String observation;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "closed_by")
    private String closedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "closed_in_audit_id")
    private Long closedInAuditId;

    @Version
    private long version;

    protected Finding() {
        // for JPA
    }

    /** The finding an item of a completed audit raised; numbered within its audit. */
    Finding(ChecklistItem item, int number) {
        this.audit = item.audit();
        this.item = item;
        this.reference = audit.reference() + "-F" + String.format("%02d", number);
        this.supplierId = audit.supplier().id();
        this.indicatorCode = item.indicatorCode();
        this.severity = item.severity();
        this.observation = item.observation();
        this.status = Status.OPEN;
    }

    /**
     * Closes the finding: a Minor one once its corrective action is verified; a Major or Priority one only in a
     * follow-up audit that found the indicator conforming.
     */
    void close(CorrectiveAction action, Audit followUp, String by, Instant at) {
        if (status == Status.CLOSED) {
            return;
        }
        if (action.status() != CorrectiveActionStatus.VERIFIED) {
            throw new InvalidInputException(FieldViolation.of("status", "finding.close.notVerified", reference));
        }
        if (severity.needsClosureAudit() && followUp == null) {
            throw new InvalidInputException(FieldViolation.of("status", "finding.close.needsAudit", reference));
        }
        status = Status.CLOSED;
        closedBy = by;
        closedAt = at;
        closedInAuditId = followUp == null ? null : followUp.id();
    }

    public boolean capsTier() {
        return status == Status.OPEN && severity.needsClosureAudit();
    }

    @Override
    public String auditType() {
        return "Finding";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("reference", reference);
        fields.put("indicator", indicatorCode);
        fields.put("severity", severity.name());
        fields.put("status", status.name());
        fields.put("closedInAudit", closedInAuditId == null ? null : String.valueOf(closedInAuditId));
        return fields;
    }

    public Long id() { return id; }
    public String reference() { return reference; }
    public Audit audit() { return audit; }
    public ChecklistItem item() { return item; }
    public Long supplierId() { return supplierId; }
    public String indicatorCode() { return indicatorCode; }
    public Severity severity() { return severity; }
    public String observation() { return observation; }
    public Status status() { return status; }
    public String closedBy() { return closedBy; }
    public Instant closedAt() { return closedAt; }
    public Long closedInAuditId() { return closedInAuditId; }
    public long version() { return version; }
}
