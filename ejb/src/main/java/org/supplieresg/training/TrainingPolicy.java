package org.supplieresg.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.supplieresg.audittrail.Auditable;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

/**
 * The one training policy: a dimension scored below {@code threshold} (0-100, 50 by default) assigns that dimension's
 * modules. A change applies from the next score on; it assigns nothing by itself.
 */
@Entity
@Table(name = "training_policy")
public class TrainingPolicy implements Auditable {

    /** The id of the only row. */
    public static final int ID = 1;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Id
    private Integer id;

    @Column(name = "threshold", nullable = false)
    private BigDecimal threshold;

    @Column(name = "changed_by", nullable = false)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Version
    private long version;

    protected TrainingPolicy() {
        // for JPA
    }

    /** A policy as it stands (for tests and previews; the stored one is changed with {@link #change}). */
    public static TrainingPolicy of(BigDecimal threshold) {
        InvalidInputException.throwIfAny(violations(threshold));
        TrainingPolicy policy = new TrainingPolicy();
        policy.id = ID;
        policy.threshold = threshold;
        return policy;
    }

    /** Refused unless the threshold is a score from 0 to 100 with at most two decimals. */
    public void change(BigDecimal newThreshold, String by, Instant at) {
        InvalidInputException.throwIfAny(violations(newThreshold));
        threshold = newThreshold;
        changedBy = by;
        changedAt = at;
    }

    static List<FieldViolation> violations(BigDecimal threshold) {
        if (threshold == null) {
            return List.of(FieldViolation.of("threshold", "field.required"));
        }
        if (threshold.signum() < 0 || threshold.compareTo(HUNDRED) > 0 || threshold.stripTrailingZeros().scale() > 2) {
            return List.of(FieldViolation.of("threshold", "trainingPolicy.threshold"));
        }
        return List.of();
    }

    /** The threshold as people read it: 50, 62.5. */
    public String thresholdText() {
        return threshold.stripTrailingZeros().toPlainString();
    }

    @Override
    public String auditType() {
        return "TrainingPolicy";
    }

    @Override
    public String auditId() {
        return String.valueOf(ID);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("threshold", thresholdText());
        return fields;
    }

    public BigDecimal threshold() { return threshold; }
    public String changedBy() { return changedBy; }
    public Instant changedAt() { return changedAt; }
    public long version() { return version; }
}
