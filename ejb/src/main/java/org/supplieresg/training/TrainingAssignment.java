package org.supplieresg.training;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.supplieresg.audittrail.Auditable;
import org.supplieresg.evidence.Evidence;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

/**
 * A module assigned to a supplier, once only: automatically by a dimension scored below the threshold (with the score,
 * the threshold and the date that assigned it), or by a buyer. The supplier, or a buyer for it, marks it completed,
 * with a certificate from the company's evidence library if there is one; it then stays completed.
 */
@Entity
@Table(name = "training_assignment")
public class TrainingAssignment implements Auditable {

    @Id
    @SequenceGenerator(name = "training_assignment_seq", sequenceName = "training_assignment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "training_assignment_seq")
    private Long id;

    @Column(name = "supplier_id", nullable = false, updatable = false)
    private Long supplierId;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "module_id", nullable = false, updatable = false)
    private TrainingModule module;

    @Enumerated(EnumType.STRING)
    @Column(name = "source", nullable = false, updatable = false)
    private AssignmentSource source;

    @Column(name = "reason", nullable = false, updatable = false)
    private String reason;

    @Column(name = "dimension_score", updatable = false)
    private BigDecimal dimensionScore;

    @Column(name = "threshold", updatable = false)
    private BigDecimal threshold;

    @Column(name = "scored_at", updatable = false)
    private Instant scoredAt;

    @Column(name = "assigned_by", nullable = false, updatable = false)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AssignmentStatus status;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "completed_by")
    private String completedBy;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "certificate_id")
    private Evidence certificate;

    @Column(name = "completion_note")
    private String completionNote;

    @Version
    private long version;

    protected TrainingAssignment() {
        // for JPA
    }

    /**
     * Assigned because {@code weakness} scored below the policy's threshold in the score computed at {@code scoredAt};
     * the reason reads "DAT scored 41.94 &lt; 50 in the score of 2026-11-28".
     */
    static TrainingAssignment automatic(long supplierId, TrainingModule module, TrainingPlan.Weakness weakness, TrainingPolicy policy,
                                        Instant scoredAt, String by, Instant at) {
        TrainingAssignment assignment = new TrainingAssignment(supplierId, module, AssignmentSource.AUTOMATIC, by, at);
        assignment.dimensionScore = weakness.score();
        assignment.threshold = policy.threshold();
        assignment.scoredAt = scoredAt;
        assignment.reason = weakness.dimension() + " scored " + weakness.score().toPlainString() + " < " + policy.thresholdText()
                + " in the score of " + LocalDate.ofInstant(scoredAt, ZoneOffset.UTC);
        return assignment;
    }

    /** Assigned by a buyer, with a note for the supplier; only an active module can be assigned. */
    static TrainingAssignment manual(long supplierId, TrainingModule module, String note, String by, Instant at) {
        List<FieldViolation> problems = new ArrayList<>();
        if (!module.active()) {
            problems.add(FieldViolation.of("moduleId", "trainingModule.inactive", module.titleEn()));
        }
        if (note != null && note.strip().length() > 400) {
            problems.add(FieldViolation.of("note", "field.tooLong", 400));
        }
        InvalidInputException.throwIfAny(problems);
        TrainingAssignment assignment = new TrainingAssignment(supplierId, module, AssignmentSource.MANUAL, by, at);
        assignment.reason = "Assigned by " + by + (note == null || note.isBlank() ? "" : ": " + note.strip());
        return assignment;
    }

    private TrainingAssignment(long supplierId, TrainingModule module, AssignmentSource source, String by, Instant at) {
        this.supplierId = supplierId;
        this.module = module;
        this.source = source;
        this.assignedBy = by;
        this.assignedAt = at;
        this.status = AssignmentStatus.ASSIGNED;
    }

    /**
     * Marks the module completed. Refused if it already is, if the certificate is another company's, or if the note is
     * too long.
     *
     * @param certificate a document of the supplier's evidence library showing the completion, or null
     */
    void complete(Evidence certificate, String note, String by, Instant at) {
        List<FieldViolation> problems = new ArrayList<>();
        if (status == AssignmentStatus.COMPLETED) {
            problems.add(FieldViolation.of("status", "trainingAssignment.completed", module.titleEn()));
        }
        if (certificate != null && !certificate.supplierId().equals(supplierId)) {
            problems.add(FieldViolation.of("evidenceId", "evidence.otherCompany"));
        }
        if (note != null && note.strip().length() > 1000) {
            problems.add(FieldViolation.of("note", "field.tooLong", 1000));
        }
        InvalidInputException.throwIfAny(problems);
        this.status = AssignmentStatus.COMPLETED;
        this.certificate = certificate;
        this.completionNote = note == null || note.isBlank() ? null : note.strip();
        this.completedBy = by;
        this.completedAt = at;
    }

    public boolean completed() {
        return status == AssignmentStatus.COMPLETED;
    }

    @Override
    public String auditType() {
        return "TrainingAssignment";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("supplier", String.valueOf(supplierId));
        fields.put("module", module.titleEn() + " #" + module.id());
        fields.put("reason", reason);
        fields.put("status", status.name());
        fields.put("certificate", certificate == null ? null : certificate.fileName() + " #" + certificate.id());
        fields.put("completionNote", completionNote);
        return fields;
    }

    public Long id() { return id; }
    public Long supplierId() { return supplierId; }
    public TrainingModule module() { return module; }
    public AssignmentSource source() { return source; }
    public String reason() { return reason; }
    public BigDecimal dimensionScore() { return dimensionScore; }
    public BigDecimal threshold() { return threshold; }
    public Instant scoredAt() { return scoredAt; }
    public String assignedBy() { return assignedBy; }
    public Instant assignedAt() { return assignedAt; }
    public AssignmentStatus status() { return status; }
    public Instant completedAt() { return completedAt; }
    public String completedBy() { return completedBy; }
    public Evidence certificate() { return certificate; }
    public String completionNote() { return completionNote; }
    public long version() { return version; }
}
