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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.supplieresg.audittrail.Auditable;
import org.supplieresg.evidence.Evidence;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

/** One indicator to verify on site, what the supplier had said, and what the auditor found. */
@Entity
@Table(name = "checklist_item")
public class ChecklistItem implements Auditable {

    @Id
    @SequenceGenerator(name = "checklist_item_seq", sequenceName = "checklist_item_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "checklist_item_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "audit_id", nullable = false, updatable = false)
    private Audit audit;

    @Column(name = "position", nullable = false, updatable = false)
    private int position;

    @Column(name = "indicator_code", nullable = false, updatable = false)
    private String indicatorCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, updatable = false)
    private ChecklistReason reason;

    @Column(name = "self_assessed", updatable = false)
    private String selfAssessed;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private Outcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity")
    private Severity severity;

    @Column(name = "verified_answer")
    private String verifiedAnswer;

    @Column(name = "observation")
    private String observation;

    @Column(name = "checked_by")
    private String checkedBy;

    @Column(name = "checked_at")
    private Instant checkedAt;

    @ManyToMany
    @JoinTable(name = "checklist_item_evidence", joinColumns = @JoinColumn(name = "checklist_item_id"),
            inverseJoinColumns = @JoinColumn(name = "evidence_id"))
    private Set<Evidence> photos = new LinkedHashSet<>();

    @Version
    private long version;

    protected ChecklistItem() {
        // for JPA
    }

    ChecklistItem(Audit audit, int position, String indicatorCode, ChecklistReason reason, String selfAssessed) {
        this.audit = audit;
        this.position = position;
        this.indicatorCode = indicatorCode;
        this.reason = reason;
        this.selfAssessed = selfAssessed;
    }

    /**
     * Conforming, or a finding with a severity and what was observed. The verified answer (checked by the caller
     * against the indicator) is optional: it overrides the self-assessment when the audit completes.
     */
    void record(Outcome newOutcome, Severity newSeverity, String newVerifiedAnswer, String newObservation, String by, Instant at) {
        List<FieldViolation> problems = new ArrayList<>();
        if (newOutcome == null) {
            problems.add(FieldViolation.of("outcome", "field.required"));
        }
        if (newOutcome == Outcome.FINDING && newSeverity == null) {
            problems.add(FieldViolation.of("severity", "audit.finding.severity"));
        }
        if (newOutcome == Outcome.FINDING && (newObservation == null || newObservation.isBlank())) {
            problems.add(FieldViolation.of("observation", "audit.finding.observation"));
        }
        InvalidInputException.throwIfAny(problems);
        outcome = newOutcome;
        severity = newOutcome == Outcome.FINDING ? newSeverity : null;
        verifiedAnswer = newVerifiedAnswer == null || newVerifiedAnswer.isBlank() ? null : newVerifiedAnswer.strip();
        observation = newObservation == null || newObservation.isBlank() ? null : newObservation.strip();
        checkedBy = by;
        checkedAt = at;
    }

    /** A photo or document taken on site, from the supplier's evidence storage. */
    void addPhoto(Evidence photo) {
        if (!photo.supplierId().equals(audit.supplier().id())) {
            throw new InvalidInputException(FieldViolation.of("evidence", "evidence.otherCompany"));
        }
        photos.add(photo);
    }

    /** Whether the answer verified on site differs from what the supplier had said. */
    public boolean discrepancy() {
        return verifiedAnswer != null && !verifiedAnswer.equalsIgnoreCase(String.valueOf(selfAssessed));
    }

    @Override
    public String auditType() {
        return "ChecklistItem";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("audit", audit.reference());
        fields.put("indicator", indicatorCode);
        fields.put("outcome", outcome == null ? null : outcome.name());
        fields.put("severity", severity == null ? null : severity.name());
        fields.put("verifiedAnswer", verifiedAnswer);
        fields.put("observation", observation);
        fields.put("photos", photos.stream().map(e -> e.fileName() + " #" + e.id()).sorted().collect(Collectors.joining(", ")));
        return fields;
    }

    public Long id() { return id; }
    public Audit audit() { return audit; }
    public int position() { return position; }
    public String indicatorCode() { return indicatorCode; }
    public ChecklistReason reason() { return reason; }
    public String selfAssessed() { return selfAssessed; }
    public Outcome outcome() { return outcome; }
    public Severity severity() { return severity; }
    public String verifiedAnswer() { return verifiedAnswer; }
    public String observation() { return observation; }
    public String checkedBy() { return checkedBy; }
    public Instant checkedAt() { return checkedAt; }
    public List<Evidence> photos() { return List.copyOf(photos); }
    public long version() { return version; }
}
