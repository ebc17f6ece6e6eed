package org.supplieresg.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.supplieresg.audittrail.Auditable;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

/** One supplier in an annual audit plan: its risk when proposed, and whether and when the planner means to audit it. */
@Entity
@Table(name = "audit_plan_entry")
public class AuditPlanEntry implements Auditable {

    @Id
    @SequenceGenerator(name = "audit_plan_entry_seq", sequenceName = "audit_plan_entry_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_plan_entry_seq")
    private Long id;

    @Column(name = "plan_year", nullable = false, updatable = false)
    private int year;

    @Column(name = "supplier_id", nullable = false, updatable = false)
    private Long supplierId;

    @Column(name = "risk_score", nullable = false, updatable = false)
    private BigDecimal riskScore;

    @Column(name = "reasons", nullable = false, updatable = false)
    private String reasons;

    @Column(name = "included", nullable = false)
    private boolean included;

    @Column(name = "quarter")
    private Integer quarter;

    @Column(name = "note")
    private String note;

    @Version
    private long version;

    protected AuditPlanEntry() {
        // for JPA
    }

    AuditPlanEntry(int year, AuditRisk.Ranked ranked, boolean included) {
        this.year = year;
        this.supplierId = ranked.supplierId();
        this.riskScore = ranked.score();
        this.reasons = String.join("; ", ranked.reasons());
        this.included = included;
    }

    /** The planner's edit: in or out of the plan, the quarter to audit in, and a note (why it departs from the ranking). */
    void edit(boolean newIncluded, Integer newQuarter, String newNote) {
        if (newQuarter != null && (newQuarter < 1 || newQuarter > 4)) {
            throw new InvalidInputException(FieldViolation.of("quarter", "auditPlan.quarter"));
        }
        included = newIncluded;
        quarter = newIncluded ? newQuarter : null;
        note = newNote == null || newNote.isBlank() ? null : newNote.strip();
    }

    @Override
    public String auditType() {
        return "AuditPlanEntry";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("year", String.valueOf(year));
        fields.put("supplier", String.valueOf(supplierId));
        fields.put("riskScore", riskScore.toPlainString());
        fields.put("included", String.valueOf(included));
        fields.put("quarter", quarter == null ? null : String.valueOf(quarter));
        fields.put("note", note);
        return fields;
    }

    public Long id() { return id; }
    public int year() { return year; }
    public Long supplierId() { return supplierId; }
    public BigDecimal riskScore() { return riskScore; }
    public String reasons() { return reasons; }
    public boolean included() { return included; }
    public Integer quarter() { return quarter; }
    public String note() { return note; }
    public long version() { return version; }
}
