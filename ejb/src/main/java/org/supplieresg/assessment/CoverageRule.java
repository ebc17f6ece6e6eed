package org.supplieresg.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.supplieresg.audittrail.Auditable;
import org.supplieresg.scoring.AnswerType;
import org.supplieresg.scoring.Response;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

/**
 * "A result of this scheme (with at least this score, and with current results of those other schemes) answers this
 * indicator so." A proposal only: the reviewer decides. Admins add and remove rules; a rule is never edited in place.
 */
@Entity
@Table(name = "coverage_rule")
public class CoverageRule implements Auditable {

    @Id
    @SequenceGenerator(name = "coverage_rule_seq", sequenceName = "coverage_rule_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "coverage_rule_seq")
    private Long id;

    @Column(name = "scheme", nullable = false, updatable = false)
    private String scheme;

    @Column(name = "indicator_code", nullable = false, updatable = false)
    private String indicatorCode;

    @Column(name = "proposed_answer", nullable = false, updatable = false)
    private String proposedAnswer;

    @Column(name = "min_score", updatable = false)
    private BigDecimal minScore;

    @Column(name = "also_requires", updatable = false)
    private String alsoRequires;

    @Column(name = "rationale_en", nullable = false, updatable = false)
    private String rationaleEn;

    @Column(name = "rationale_zh", nullable = false, updatable = false)
    private String rationaleZh;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected CoverageRule() {
        // for JPA
    }

    /**
     * A new rule, checked against the scheme and the indicator it names (from the catalogue in force): the proposed
     * answer must be one the indicator takes, a minimum score needs a scored scheme and must lie in its range, and the
     * schemes it also requires must exist and differ from its own.
     */
    static CoverageRule create(SharedResultScheme scheme, Indicator indicator, String proposedAnswer, BigDecimal minScore,
                               List<String> alsoRequires, Set<String> knownSchemes, String rationaleEn, String rationaleZh,
                               String by, Instant at) {
        List<FieldViolation> problems = new ArrayList<>();
        Response response = responseOf(proposedAnswer);
        if (response == null) {
            problems.add(FieldViolation.of("proposedAnswer", "coverageRule.answer.format", String.valueOf(proposedAnswer)));
        } else if (indicator.answerType() != (response instanceof Response.YesNo ? AnswerType.YES_NO : AnswerType.MATURITY)) {
            problems.add(FieldViolation.of("proposedAnswer", "coverageRule.answer.type", indicator.code(), indicator.answerType(), proposedAnswer));
        }
        if (minScore != null) {
            if (!scheme.scored()) {
                problems.add(FieldViolation.of("minScore", "sharedResult.score.none", scheme.nameEn()));
            } else {
                problems.addAll(scheme.scoreViolations(minScore).stream()
                        .map(v -> new FieldViolation("minScore", v.messageKey(), v.arguments())).toList());
            }
        }
        List<String> others = alsoRequires == null ? List.of() : alsoRequires.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        for (String other : others) {
            if (!knownSchemes.contains(other) || other.equals(scheme.code())) {
                problems.add(FieldViolation.of("alsoRequires", "coverageRule.alsoRequires.unknown", other));
            }
        }
        if (rationaleEn == null || rationaleEn.isBlank()) {
            problems.add(FieldViolation.of("rationaleEn", "field.required"));
        }
        if (rationaleZh == null || rationaleZh.isBlank()) {
            problems.add(FieldViolation.of("rationaleZh", "field.required"));
        }
        InvalidInputException.throwIfAny(problems);
        CoverageRule rule = new CoverageRule();
        rule.scheme = scheme.code();
        rule.indicatorCode = indicator.code();
        rule.proposedAnswer = proposedAnswer;
        rule.minScore = minScore;
        rule.alsoRequires = others.isEmpty() ? null : String.join(",", others);
        rule.rationaleEn = rationaleEn.strip();
        rule.rationaleZh = rationaleZh.strip();
        rule.createdBy = by;
        rule.createdAt = at;
        return rule;
    }

    /** "YES" or "LEVEL_n" as the response it stands for, or null if it is neither. */
    static Response responseOf(String proposedAnswer) {
        if ("YES".equals(proposedAnswer)) {
            return new Response.YesNo(true);
        }
        if (proposedAnswer != null && proposedAnswer.matches("LEVEL_[1-4]")) {
            return new Response.Maturity(proposedAnswer.charAt(6) - '0');
        }
        return null;
    }

    /** Whether a result with this score, from a supplier holding current results of these schemes, meets the rule. */
    boolean appliesTo(BigDecimal score, Set<String> heldSchemes) {
        boolean scoreMet = minScore == null || (score != null && score.compareTo(minScore) >= 0);
        return scoreMet && heldSchemes.containsAll(alsoRequires());
    }

    public List<String> alsoRequires() {
        return alsoRequires == null ? List.of() : Arrays.asList(alsoRequires.split(","));
    }

    @Override
    public String auditType() {
        return "CoverageRule";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("scheme", scheme);
        fields.put("indicator", indicatorCode);
        fields.put("answer", proposedAnswer);
        fields.put("minScore", minScore == null ? null : minScore.stripTrailingZeros().toPlainString());
        fields.put("alsoRequires", alsoRequires);
        fields.put("rationale", rationaleEn);
        return fields;
    }

    public Long id() { return id; }
    public String scheme() { return scheme; }
    public String indicatorCode() { return indicatorCode; }
    public String proposedAnswer() { return proposedAnswer; }
    public Response response() { return responseOf(proposedAnswer); }
    public BigDecimal minScore() { return minScore; }
    public String rationaleEn() { return rationaleEn; }
    public String rationaleZh() { return rationaleZh; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
}
