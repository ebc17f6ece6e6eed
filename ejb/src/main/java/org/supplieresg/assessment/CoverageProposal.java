package org.supplieresg.assessment;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.supplieresg.audittrail.Auditable;
import org.supplieresg.scoring.Response;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

/**
 * What one shared result proposes for one indicator, and the reviewer's decision on it. The rule's wording is copied,
 * so that a later change to the rules does not rewrite what the reviewer saw.
 */
@Entity
@Table(name = "coverage_proposal")
public class CoverageProposal implements Auditable {

    /** Proposed until a reviewer accepts or declines it; a decision is final. */
    public enum Status {
        PROPOSED, ACCEPTED, DECLINED
    }

    @Id
    @SequenceGenerator(name = "coverage_proposal_seq", sequenceName = "coverage_proposal_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coverage_proposal_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "shared_result_id", nullable = false, updatable = false)
    private SharedResult sharedResult;

    @Column(name = "indicator_code", nullable = false, updatable = false)
    private String indicatorCode;

    @Column(name = "proposed_answer", nullable = false, updatable = false)
    private String proposedAnswer;

    @Column(name = "rule_id", updatable = false)
    private Long ruleId;

    @Column(name = "rationale_en", nullable = false, updatable = false)
    private String rationaleEn;

    @Column(name = "rationale_zh", nullable = false, updatable = false)
    private String rationaleZh;

    @Column(name = "also_requires", updatable = false)
    private String alsoRequires;

    @Column(name = "valid_to", nullable = false, updatable = false)
    private LocalDate validTo;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note")
    private String decisionNote;

    @Version
    private long version;

    protected CoverageProposal() {
        // for JPA
    }

    CoverageProposal(SharedResult sharedResult, CoverageRule rule, LocalDate validTo) {
        this.sharedResult = sharedResult;
        this.indicatorCode = rule.indicatorCode();
        this.proposedAnswer = rule.proposedAnswer();
        this.ruleId = rule.id();
        this.rationaleEn = rule.rationaleEn();
        this.rationaleZh = rule.rationaleZh();
        this.alsoRequires = rule.alsoRequires().isEmpty() ? null : String.join(",", rule.alsoRequires());
        this.validTo = validTo;
        this.status = Status.PROPOSED;
    }

    /**
     * The reviewer accepts or declines the proposal. Declining needs a note the supplier will read; an expired
     * proposal cannot be accepted; a decided one stays decided.
     */
    void decide(boolean accept, String note, LocalDate today, String by, Instant at) {
        if (status != Status.PROPOSED) {
            throw new InvalidInputException(FieldViolation.of("status", "coverageProposal.decided", indicatorCode, status));
        }
        if (!accept && (note == null || note.isBlank())) {
            throw new InvalidInputException(FieldViolation.of("note", "coverageProposal.declineNote"));
        }
        if (accept && expiredOn(today)) {
            throw new InvalidInputException(FieldViolation.of("validTo", "coverageProposal.expired", indicatorCode, validTo.toString()));
        }
        status = accept ? Status.ACCEPTED : Status.DECLINED;
        decisionNote = note == null || note.isBlank() ? null : note.strip();
        decidedBy = by;
        decidedAt = at;
    }

    public boolean expiredOn(LocalDate day) {
        return validTo.isBefore(day);
    }

    public Response response() {
        return CoverageRule.responseOf(proposedAnswer);
    }

    @Override
    public String auditType() {
        return "CoverageProposal";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("indicator", indicatorCode);
        fields.put("answer", proposedAnswer);
        fields.put("validTo", String.valueOf(validTo));
        fields.put("status", String.valueOf(status));
        fields.put("note", decisionNote);
        return fields;
    }

    public Long id() { return id; }
    public SharedResult sharedResult() { return sharedResult; }
    public String indicatorCode() { return indicatorCode; }
    public String proposedAnswer() { return proposedAnswer; }
    public Long ruleId() { return ruleId; }
    public String rationaleEn() { return rationaleEn; }
    public String rationaleZh() { return rationaleZh; }
    public String alsoRequires() { return alsoRequires; }
    public LocalDate validTo() { return validTo; }
    public Status status() { return status; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decisionNote() { return decisionNote; }
    public long version() { return version; }
}
