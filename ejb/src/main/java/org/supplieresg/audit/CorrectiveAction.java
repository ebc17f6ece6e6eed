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
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
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

/**
 * The corrective action plan for one finding: the supplier states the root cause, the actions, who owns them and
 * how far they are, with evidence; the auditor verifies the result or sends it back with a reason.
 */
@Entity
@Table(name = "corrective_action")
public class CorrectiveAction implements Auditable {

    /** What the supplier reports. */
    public record Progress(String rootCause, String actions, String owner, String progress) {
    }

    @Id
    @SequenceGenerator(name = "corrective_action_seq", sequenceName = "corrective_action_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "corrective_action_seq")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "finding_id", nullable = false, updatable = false)
    private Finding finding;

    @Column(name = "due_date", nullable = false, updatable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private CorrectiveActionStatus status;

    @Column(name = "root_cause")
    private String rootCause;

    @Column(name = "actions")
    private String actions;

    @Column(name = "owner")
    private String owner;

    @Column(name = "progress")
    private String progress;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "verified_by")
    private String verifiedBy;

    @Column(name = "verified_at")
    private Instant verifiedAt;

    @Column(name = "verification_note")
    private String verificationNote;

    @Column(name = "escalation_level", nullable = false)
    private int escalationLevel;

    @ManyToMany
    @JoinTable(name = "corrective_action_evidence", joinColumns = @JoinColumn(name = "corrective_action_id"),
            inverseJoinColumns = @JoinColumn(name = "evidence_id"))
    private Set<Evidence> evidence = new LinkedHashSet<>();

    @Version
    private long version;

    protected CorrectiveAction() {
        // for JPA
    }

    CorrectiveAction(Finding finding, LocalDate dueDate) {
        this.finding = finding;
        this.dueDate = dueDate;
        this.status = CorrectiveActionStatus.OPEN;
    }

    /**
     * The supplier submits its plan and progress for verification: root cause, actions and owner are required, and
     * at least one piece of evidence of the company's own.
     */
    void submit(Progress report, List<Evidence> documents, String by, Instant at) {
        if (!status.withSupplier()) {
            throw new InvalidInputException(FieldViolation.of("status", "cap.status", finding.reference(), status));
        }
        List<FieldViolation> problems = new ArrayList<>();
        require(problems, "rootCause", report.rootCause());
        require(problems, "actions", report.actions());
        require(problems, "owner", report.owner());
        if (documents.isEmpty() && evidence.isEmpty()) {
            problems.add(FieldViolation.of("evidence", "cap.evidence.required"));
        }
        for (Evidence document : documents) {
            if (!java.util.Objects.equals(document.supplierId(), finding.supplierId())) {
                problems.add(FieldViolation.of("evidence", "evidence.otherCompany"));
            }
        }
        InvalidInputException.throwIfAny(problems);
        rootCause = report.rootCause().strip();
        actions = report.actions().strip();
        owner = report.owner().strip();
        progress = report.progress() == null || report.progress().isBlank() ? null : report.progress().strip();
        evidence.addAll(documents);
        status = CorrectiveActionStatus.SUBMITTED;
        submittedBy = by;
        submittedAt = at;
    }

    private static void require(List<FieldViolation> problems, String field, String value) {
        if (value == null || value.isBlank()) {
            problems.add(FieldViolation.of(field, "field.required"));
        }
    }

    /** The auditor verifies the submitted plan, or rejects it with a reason the supplier will read. */
    void verify(boolean accept, String note, String by, Instant at) {
        if (status != CorrectiveActionStatus.SUBMITTED) {
            throw new InvalidInputException(FieldViolation.of("status", "cap.status", finding.reference(), status));
        }
        if (!accept && (note == null || note.isBlank())) {
            throw new InvalidInputException(FieldViolation.of("note", "cap.reject.reason"));
        }
        status = accept ? CorrectiveActionStatus.VERIFIED : CorrectiveActionStatus.REJECTED;
        verificationNote = note == null || note.isBlank() ? null : note.strip();
        verifiedBy = by;
        verifiedAt = at;
    }

    /** A follow-up audit found the indicator conforming: that is the verification, whatever the plan's state. */
    void verifyOnSite(String note, String by, Instant at) {
        status = CorrectiveActionStatus.VERIFIED;
        verificationNote = note;
        verifiedBy = by;
        verifiedAt = at;
    }

    public boolean overdueOn(LocalDate day) {
        return status.withSupplier() && dueDate.isBefore(day);
    }

    /** Raises the escalation to {@code level} if it is higher; true if it changed. */
    boolean escalate(int level) {
        if (level <= escalationLevel) {
            return false;
        }
        escalationLevel = level;
        return true;
    }

    @Override
    public String auditType() {
        return "CorrectiveAction";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("finding", finding.reference());
        fields.put("dueDate", String.valueOf(dueDate));
        fields.put("status", status.name());
        fields.put("rootCause", rootCause);
        fields.put("actions", actions);
        fields.put("owner", owner);
        fields.put("progress", progress);
        fields.put("verificationNote", verificationNote);
        fields.put("escalationLevel", String.valueOf(escalationLevel));
        fields.put("evidence", evidence.stream().map(e -> e.fileName() + " #" + e.id()).sorted().collect(Collectors.joining(", ")));
        return fields;
    }

    public Long id() { return id; }
    public Finding finding() { return finding; }
    public LocalDate dueDate() { return dueDate; }
    public CorrectiveActionStatus status() { return status; }
    public String rootCause() { return rootCause; }
    public String actions() { return actions; }
    public String owner() { return owner; }
    public String progress() { return progress; }
    public String submittedBy() { return submittedBy; }
    public Instant submittedAt() { return submittedAt; }
    public String verifiedBy() { return verifiedBy; }
    public Instant verifiedAt() { return verifiedAt; }
    public String verificationNote() { return verificationNote; }
    public int escalationLevel() { return escalationLevel; }
    public List<Evidence> evidence() { return List.copyOf(evidence); }
    public long version() { return version; }
}
