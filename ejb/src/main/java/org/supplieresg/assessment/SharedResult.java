package org.supplieresg.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.supplieresg.audittrail.Auditable;
import org.supplieresg.evidence.Evidence;
import org.supplieresg.scoring.Response;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

/**
 * A third-party result a supplier already holds (EcoVadis scorecard, RBA or SMETA audit, ISO certificate), with the
 * report or certificate from its evidence library, and what it proposes to answer.
 */
@Entity
@Table(name = "shared_result")
public class SharedResult implements Auditable {

    /** What the supplier states about the result; {@code validTo} may be left out for the scheme's default. */
    public record Statement(String scheme, long evidenceId, LocalDate assessedOn, LocalDate validTo, String result,
                            BigDecimal score, String referenceNo, String issuer) {
    }

    @Id
    @SequenceGenerator(name = "shared_result_seq", sequenceName = "shared_result_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "shared_result_seq")
    private Long id;

    @Column(name = "supplier_id", nullable = false, updatable = false)
    private Long supplierId;

    @ManyToOne(fetch = FetchType.EAGER)
    @JoinColumn(name = "scheme", nullable = false, updatable = false)
    private SharedResultScheme scheme;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "evidence_id", nullable = false, updatable = false)
    private Evidence evidence;

    @Column(name = "assessed_on", nullable = false, updatable = false)
    private LocalDate assessedOn;

    @Column(name = "valid_to", nullable = false, updatable = false)
    private LocalDate validTo;

    @Column(name = "result", nullable = false, updatable = false)
    private String result;

    @Column(name = "score", updatable = false)
    private BigDecimal score;

    @Column(name = "reference_no", updatable = false)
    private String referenceNo;

    @Column(name = "issuer", nullable = false, updatable = false)
    private String issuer;

    @Column(name = "submitted_by", nullable = false, updatable = false)
    private String submittedBy;

    @Column(name = "submitted_at", nullable = false, updatable = false)
    private Instant submittedAt;

    @OneToMany(mappedBy = "sharedResult", cascade = CascadeType.PERSIST)
    @OrderBy("indicatorCode")
    private List<CoverageProposal> proposals = new ArrayList<>();

    @Version
    private long version;

    protected SharedResult() {
        // for JPA
    }

    /**
     * A result as the supplier states it. Refused if the file is another company's, the assessment date lies in the
     * future, the result has already expired, the score does not fit the scheme, or a text is missing or too long.
     */
    static SharedResult submit(long supplierId, SharedResultScheme scheme, Evidence evidence, Statement statement,
                               LocalDate today, String by, Instant at) {
        List<FieldViolation> problems = new ArrayList<>();
        if (!evidence.supplierId().equals(supplierId)) {
            problems.add(FieldViolation.of("evidenceId", "evidence.otherCompany"));
        }
        LocalDate validTo = null;
        if (statement.assessedOn() == null) {
            problems.add(FieldViolation.of("assessedOn", "field.required"));
        } else if (statement.assessedOn().isAfter(today)) {
            problems.add(FieldViolation.of("assessedOn", "sharedResult.assessedOn.future", statement.assessedOn().toString()));
        } else {
            validTo = scheme.validTo(statement.assessedOn(), statement.validTo());
            if (validTo.isBefore(statement.assessedOn())) {
                problems.add(FieldViolation.of("validTo", "sharedResult.validTo.beforeAssessed"));
            } else if (validTo.isBefore(today)) {
                problems.add(FieldViolation.of("validTo", "sharedResult.expired", scheme.nameEn(), validTo.toString()));
            }
        }
        problems.addAll(scheme.scoreViolations(statement.score()));
        requireText(problems, "result", statement.result(), 200);
        requireText(problems, "issuer", statement.issuer(), 160);
        if (statement.referenceNo() != null && statement.referenceNo().strip().length() > 80) {
            problems.add(FieldViolation.of("referenceNo", "field.tooLong", 80));
        }
        InvalidInputException.throwIfAny(problems);
        SharedResult shared = new SharedResult();
        shared.supplierId = supplierId;
        shared.scheme = scheme;
        shared.evidence = evidence;
        shared.assessedOn = statement.assessedOn();
        shared.validTo = validTo;
        shared.result = statement.result().strip();
        shared.score = statement.score();
        shared.referenceNo = statement.referenceNo() == null || statement.referenceNo().isBlank() ? null : statement.referenceNo().strip();
        shared.issuer = statement.issuer().strip();
        shared.submittedBy = by;
        shared.submittedAt = at;
        return shared;
    }

    private static void requireText(List<FieldViolation> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(FieldViolation.of(field, "field.required"));
        } else if (value.strip().length() > max) {
            problems.add(FieldViolation.of(field, "field.tooLong", max));
        }
    }

    /**
     * Proposes the indicators this result answers: every rule of its scheme that its score meets and whose other
     * required schemes the supplier holds ({@code held}: scheme to the end of its current result's validity). Where
     * several rules name one indicator, the best answer wins. A proposal lapses with the first result it rests on.
     */
    void propose(Collection<CoverageRule> rules, Map<String, LocalDate> held) {
        Map<String, CoverageRule> best = new LinkedHashMap<>();
        for (CoverageRule rule : rules) {
            if (rule.scheme().equals(scheme.code()) && rule.appliesTo(score, held.keySet())) {
                best.merge(rule.indicatorCode(), rule, (a, b) -> strength(b) > strength(a) ? b : a);
            }
        }
        for (CoverageRule rule : best.values()) {
            LocalDate until = validTo;
            for (String other : rule.alsoRequires()) {
                until = held.get(other).isBefore(until) ? held.get(other) : until;
            }
            proposals.add(new CoverageProposal(this, rule, until));
        }
    }

    private static int strength(CoverageRule rule) {
        return rule.response() instanceof Response.Maturity m ? m.level() : 1;
    }

    public boolean expiredOn(LocalDate day) {
        return validTo.isBefore(day);
    }

    /** How an answer names its source, for people: "ISO 45001 certificate (…) CN-123 by TÜV, valid to 2027-05-31". */
    public String describe() {
        return scheme.nameEn() + (referenceNo == null ? "" : " " + referenceNo) + " by " + issuer + ", " + result
                + ", valid to " + validTo;
    }

    @Override
    public String auditType() {
        return "SharedResult";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("scheme", scheme.code());
        fields.put("evidence", evidence.fileName() + " #" + evidence.id());
        fields.put("assessedOn", String.valueOf(assessedOn));
        fields.put("validTo", String.valueOf(validTo));
        fields.put("result", result);
        fields.put("score", score == null ? null : score.stripTrailingZeros().toPlainString());
        fields.put("referenceNo", referenceNo);
        fields.put("issuer", issuer);
        fields.put("proposals", String.join(", ", proposals.stream().map(p -> p.indicatorCode() + " " + p.proposedAnswer()).toList()));
        return fields;
    }

    public Long id() { return id; }
    public Long supplierId() { return supplierId; }
    public SharedResultScheme scheme() { return scheme; }
    public Evidence evidence() { return evidence; }
    public LocalDate assessedOn() { return assessedOn; }
    public LocalDate validTo() { return validTo; }
    public String result() { return result; }
    public BigDecimal score() { return score; }
    public String referenceNo() { return referenceNo; }
    public String issuer() { return issuer; }
    public String submittedBy() { return submittedBy; }
    public Instant submittedAt() { return submittedAt; }
    public List<CoverageProposal> proposals() { return List.copyOf(proposals); }
    public long version() { return version; }
}
