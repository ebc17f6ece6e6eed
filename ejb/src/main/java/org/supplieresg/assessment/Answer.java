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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.audittrail.Auditable;
import org.supplieresg.evidence.Evidence;
import org.supplieresg.scoring.AnswerFacts;
import org.supplieresg.scoring.Response;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

/** A supplier's answer to one indicator, and the reviewer's decision on it. */
@Entity
@Table(name = "answer")
public class Answer implements Auditable {

    /** How the response is stored. */
    enum Kind {
        YES_NO, MATURITY, KPI, NOT_APPLICABLE
    }

    @Id
    @SequenceGenerator(name = "answer_seq", sequenceName = "answer_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "answer_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "assessment_id", nullable = false, updatable = false)
    private Assessment assessment;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "indicator_id", nullable = false, updatable = false)
    private Indicator indicator;

    @Enumerated(EnumType.STRING)
    @Column(name = "response_kind", nullable = false)
    private Kind kind;

    @Column(name = "yes_no")
    private Boolean yesNo;

    @Column(name = "maturity_level")
    private Integer maturityLevel;

    @Column(name = "kpi_value")
    private BigDecimal kpiValue;

    @Column(name = "comment")
    private String comment;

    @Column(name = "answered_by", nullable = false)
    private String answeredBy;

    @Column(name = "answered_at", nullable = false)
    private Instant answeredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "validation", nullable = false)
    private Decision decision;

    @Column(name = "validation_reason")
    private String validationReason;

    @Column(name = "validated_by")
    private String validatedBy;

    @Column(name = "validated_at")
    private Instant validatedAt;

    @ManyToMany
    @JoinTable(name = "answer_evidence", joinColumns = @JoinColumn(name = "answer_id"),
            inverseJoinColumns = @JoinColumn(name = "evidence_id"))
    private Set<Evidence> evidence = new LinkedHashSet<>();

    /** The accepted shared result this answer was taken from, if any; the answer lapses with it. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "source_proposal_id")
    private CoverageProposal source;

    @Version
    private long version;

    protected Answer() {
        // for JPA
    }

    Answer(Assessment assessment, Indicator indicator) {
        this.assessment = assessment;
        this.indicator = indicator;
    }

    /** Records the supplier's response; a changed response goes back to the reviewer. */
    void respond(Response response, String comment, String by, Instant at) {
        Response before = response();
        if (response instanceof Response.YesNo y) {
            set(Kind.YES_NO, y.yes(), null, null);
        } else if (response instanceof Response.Maturity m) {
            set(Kind.MATURITY, null, m.level(), null);
        } else if (response instanceof Response.Kpi k) {
            set(Kind.KPI, null, null, k.value());
        } else if (response instanceof Response.NotApplicable) {
            set(Kind.NOT_APPLICABLE, null, null, null);
        } else {
            throw new IllegalArgumentException("an answer cannot be unanswered");
        }
        this.comment = comment == null || comment.isBlank() ? null : comment.strip();
        if (decision == null || !response.equals(before)) {
            source = null; // the supplier's own answer now, no longer the shared result's
            decision = Decision.PENDING;
            validationReason = null;
            validatedBy = null;
            validatedAt = null;
        }
        this.answeredBy = by;
        this.answeredAt = at;
    }

    private void set(Kind kind, Boolean yesNo, Integer maturityLevel, BigDecimal kpiValue) {
        this.kind = kind;
        this.yesNo = yesNo;
        this.maturityLevel = maturityLevel;
        this.kpiValue = kpiValue;
    }

    /**
     * Adds a document in support of the answer. It must be the answering company's own; the answer goes back to the
     * reviewer, since what supports it changed.
     */
    void link(Evidence document, String by, Instant at) {
        if (!document.supplierId().equals(assessment.supplier().id())) {
            throw new InvalidInputException(FieldViolation.of("evidence", "evidence.otherCompany"));
        }
        if (evidence.add(document)) {
            evidenceChanged(by, at);
        }
    }

    void unlink(Evidence document, String by, Instant at) {
        if (!evidence.remove(document)) {
            throw new InvalidInputException(FieldViolation.of("evidence", "evidence.notLinked"));
        }
        evidenceChanged(by, at);
    }

    /**
     * The evidence that supported an accepted answer has expired and no other current evidence supports it: the answer
     * goes back to the supplier as "more information needed", and scores as self-declared until a reviewer accepts it
     * again.
     */
    boolean evidenceExpired(LocalDate today, String reason, Instant at) {
        boolean stillSupported = evidence.stream().anyMatch(e -> !e.expiredOn(today));
        if (decision != Decision.ACCEPTED || stillSupported || evidence.isEmpty()) {
            return false;
        }
        decision = Decision.MORE_INFO;
        validationReason = reason;
        validatedBy = AuditTrail.SYSTEM;
        validatedAt = at;
        return true;
    }

    /**
     * A reviewer accepted a shared result for this indicator: the answer becomes the one the result supports, with
     * its report linked as evidence, accepted, and naming the result as its source.
     */
    void takeFrom(CoverageProposal proposal, Response response, String by, Instant at) {
        respond(response, comment, by, at);
        evidence.add(proposal.sharedResult().evidence());
        source = proposal;
        decision = Decision.ACCEPTED;
        validationReason = null;
        validatedBy = by;
        validatedAt = at;
    }

    /**
     * The response is settled by someone other than the supplier: an auditor who verified it on site, or the system
     * that calculated it. It replaces the self-assessed one, accepted, with the reason (the audit, or the calculation).
     */
    void settle(Response response, String reason, String by, Instant at) {
        if (!response.equals(response())) {
            respond(response, comment, by, at);
        }
        source = null;
        decision = Decision.ACCEPTED;
        validationReason = reason;
        validatedBy = by;
        validatedAt = at;
    }

    /** The shared result an accepted answer was taken from has expired: the answer goes back to the supplier. */
    boolean sourceExpired(LocalDate today, String reason, Instant at) {
        if (decision != Decision.ACCEPTED || source == null || !source.expiredOn(today)) {
            return false;
        }
        decision = Decision.MORE_INFO;
        validationReason = reason;
        validatedBy = AuditTrail.SYSTEM;
        validatedAt = at;
        return true;
    }

    private void evidenceChanged(String by, Instant at) {
        decision = Decision.PENDING;
        validationReason = null;
        validatedBy = null;
        validatedAt = null;
        answeredBy = by;
        answeredAt = at;
    }

    /** A reviewer's decision; rejecting or asking for more information needs a reason the supplier will read. */
    void decide(Decision newDecision, String reason, String by, Instant at) {
        if (newDecision == null || newDecision == Decision.PENDING) {
            throw new InvalidInputException(FieldViolation.of("decision", "answer.decision.required"));
        }
        if (newDecision.needsReason() && (reason == null || reason.isBlank())) {
            throw new InvalidInputException(FieldViolation.of("reason", "answer.decision.reasonRequired"));
        }
        decision = newDecision;
        validationReason = reason == null || reason.isBlank() ? null : reason.strip();
        validatedBy = by;
        validatedAt = at;
    }

    public Response response() {
        if (kind == null) {
            return new Response.Unanswered();
        }
        return switch (kind) {
            case YES_NO -> new Response.YesNo(yesNo);
            case MATURITY -> new Response.Maturity(maturityLevel);
            case KPI -> new Response.Kpi(kpiValue);
            case NOT_APPLICABLE -> new Response.NotApplicable();
        };
    }

    public AnswerFacts facts() {
        return new AnswerFacts(indicator.code(), response(), decision.validation());
    }

    @Override
    public String auditType() {
        return "Answer";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("indicator", indicator.code());
        fields.put("response", describe(response()));
        fields.put("comment", comment);
        fields.put("decision", String.valueOf(decision));
        fields.put("reason", validationReason);
        fields.put("source", source == null ? null : source.sharedResult().scheme().code() + " result #" + source.sharedResult().id());
        fields.put("evidence", evidence.stream().map(e -> e.fileName() + " #" + e.id()).sorted().collect(Collectors.joining(", ")));
        return fields;
    }

    static String describe(Response response) {
        if (response instanceof Response.YesNo y) {
            return y.yes() ? "yes" : "no";
        }
        if (response instanceof Response.Maturity m) {
            return "level " + m.level();
        }
        if (response instanceof Response.Kpi k) {
            return k.value().stripTrailingZeros().toPlainString();
        }
        return response instanceof Response.NotApplicable ? "not applicable" : null;
    }

    public Long id() { return id; }
    public Assessment assessment() { return assessment; }
    public Indicator indicator() { return indicator; }
    public String comment() { return comment; }
    public String answeredBy() { return answeredBy; }
    public Instant answeredAt() { return answeredAt; }
    public Decision decision() { return decision; }
    public String validationReason() { return validationReason; }
    public String validatedBy() { return validatedBy; }
    public List<Evidence> evidence() { return List.copyOf(evidence); }
    public Instant validatedAt() { return validatedAt; }
    public CoverageProposal source() { return source; }
    public long version() { return version; }
}
