package org.supplieresg.assessment;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.supplieresg.evidence.Evidence;
import org.supplieresg.scoring.AnswerType;
import org.supplieresg.scoring.Response;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.supplier.Supplier;

/**
 * One supplier's questionnaire in one campaign. The supplier answers in drafts that save as they go and submits when
 * every indicator is answered; after that the answers are locked until a reviewer reopens the assessment.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

    @Id
    @SequenceGenerator(name = "assessment_seq", sequenceName = "assessment_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assessment_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "campaign_id", nullable = false, updatable = false)
    private Campaign campaign;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supplier_id", nullable = false, updatable = false)
    private Supplier supplier;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AssessmentStatus status;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.PERSIST)
    private List<Answer> answers = new ArrayList<>();

    @Version
    private long version;

    protected Assessment() {
        // for JPA
    }

    Assessment(Campaign campaign, Supplier supplier) {
        this.campaign = campaign;
        this.supplier = supplier;
        this.status = AssessmentStatus.IN_PROGRESS;
    }

    /**
     * Saves the supplier's response to one indicator of this campaign's catalogue. Refused after submission, for a
     * closed campaign, and for a response that the indicator does not take (wrong type, a KPI outside its scale, "not
     * applicable" where it must apply).
     *
     * @return the answer, new or updated
     */
    public Answer answer(Indicator indicator, Response response, String comment, String by, Instant at) {
        requireEditable();
        if (!indicator.catalogueVersion().equals(campaign.catalogueVersion())) {
            throw new InvalidInputException(FieldViolation.of(indicator.code(), "answer.indicator.otherCatalogue", indicator.code()));
        }
        if (!campaign.asks(indicator)) {
            throw new InvalidInputException(FieldViolation.of(indicator.code(), "answer.indicator.notInCoreScope", indicator.code()));
        }
        InvalidInputException.throwIfAny(responseViolations(indicator, response));
        Answer answer = answerTo(indicator).orElseGet(() -> {
            Answer fresh = new Answer(this, indicator);
            answers.add(fresh);
            return fresh;
        });
        answer.respond(response, comment, by, at);
        return answer;
    }

    /**
     * Records an answer verified on site by an auditor; it overrides the self-assessment and counts as accepted.
     *
     * @return the answer, new or updated
     */
    public Answer verifiedOnSite(Indicator indicator, Response response, String reason, String by, Instant at) {
        InvalidInputException.throwIfAny(responseViolations(indicator, response));
        Answer answer = answerTo(indicator).orElseGet(() -> {
            Answer fresh = new Answer(this, indicator);
            answers.add(fresh);
            return fresh;
        });
        answer.settle(response, reason, by, at);
        return answer;
    }

    /**
     * Records the value the system calculated for a CALCULATED indicator (say, emissions intensity from the submitted
     * inventory): accepted, since no one answered it, with the calculation as its reason. Also after submission: the
     * value follows the data it is calculated from.
     *
     * @return the answer, new or updated
     */
    public Answer calculated(Indicator indicator, Response.Kpi value, String explanation, String by, Instant at) {
        if (indicator.answerType() != AnswerType.CALCULATED) {
            throw new IllegalArgumentException(indicator.code() + " is answered by the supplier, not calculated");
        }
        Answer answer = answerTo(indicator).orElseGet(() -> {
            Answer fresh = new Answer(this, indicator);
            answers.add(fresh);
            return fresh;
        });
        answer.settle(value, explanation, by, at);
        return answer;
    }

    /** What is wrong with giving {@code response} to {@code indicator}: nothing, or the problems. */
    public static List<FieldViolation> responseViolations(Indicator indicator, Response response) {
        String code = indicator.code();
        if (response instanceof Response.NotApplicable) {
            return indicator.notApplicableAllowed() ? List.of() : List.of(FieldViolation.of(code, "answer.notApplicable.notAllowed", code));
        }
        AnswerType type = indicator.answerType();
        if (type == AnswerType.CALCULATED) {
            return List.of(FieldViolation.of(code, "answer.calculated", code));
        }
        boolean fits = switch (type) {
            case YES_NO -> response instanceof Response.YesNo;
            case MATURITY -> response instanceof Response.Maturity;
            case NUMERIC -> response instanceof Response.Kpi;
            case CALCULATED -> false;
        };
        if (!fits) {
            return List.of(FieldViolation.of(code, "answer.type.mismatch", code, type));
        }
        if (response instanceof Response.Kpi kpi) {
            BigDecimal lowest = indicator.bands().isEmpty() ? null : indicator.bands().get(0).lowerBound();
            if (lowest != null && kpi.value().compareTo(lowest) < 0) {
                return List.of(FieldViolation.of(code, "answer.kpi.belowScale", code, lowest.stripTrailingZeros().toPlainString(), indicator.unit()));
            }
            if ("%".equals(indicator.unit()) && kpi.value().compareTo(BigDecimal.valueOf(100)) > 0) {
                return List.of(FieldViolation.of(code, "answer.kpi.percent", code));
            }
        }
        return List.of();
    }

    /**
     * Submits the questionnaire for review. Every indicator the supplier can answer must be answered, and no dimension
     * may have more "not applicable" answers than it allows.
     */
    public void submit(List<Indicator> catalogue, String by, Instant at) {
        requireEditable();
        List<FieldViolation> missing = new ArrayList<>();
        Map<Dimension, Integer> notApplicable = new HashMap<>();
        for (Indicator indicator : catalogue) {
            if (indicator.answerType() == AnswerType.CALCULATED || !campaign.asks(indicator)) {
                continue;
            }
            Optional<Answer> answer = answerTo(indicator);
            if (answer.isEmpty()) {
                missing.add(FieldViolation.of(indicator.code(), "assessment.submit.unanswered", indicator.code()));
            } else if (answer.get().response() instanceof Response.NotApplicable) {
                int count = notApplicable.merge(indicator.dimension(), 1, Integer::sum);
                if (count == indicator.dimension().maxNotApplicable() + 1) {
                    missing.add(FieldViolation.of(indicator.dimension().code(), "assessment.submit.tooManyNotApplicable",
                            indicator.dimension().code(), indicator.dimension().maxNotApplicable()));
                }
            }
        }
        InvalidInputException.throwIfAny(missing);
        status = AssessmentStatus.SUBMITTED;
        submittedAt = at;
        submittedBy = by;
    }

    /** Links a document of the company to the answer of one indicator, while the answers may still change. */
    public Answer linkEvidence(Indicator indicator, Evidence evidence, String by, Instant at) {
        Answer answer = editableAnswer(indicator);
        answer.link(evidence, by, at);
        return answer;
    }

    public Answer unlinkEvidence(Indicator indicator, Evidence evidence, String by, Instant at) {
        Answer answer = editableAnswer(indicator);
        answer.unlink(evidence, by, at);
        return answer;
    }

    private Answer editableAnswer(Indicator indicator) {
        requireEditable();
        return answerTo(indicator).orElseThrow(() ->
                new InvalidInputException(FieldViolation.of(indicator.code(), "evidence.noAnswer", indicator.code())));
    }

    /**
     * Takes the answer to an indicator from an accepted shared result, whether or not the questionnaire is submitted
     * (a reviewer acts here, not the supplier), as long as the campaign is open. An answer a reviewer has already
     * accepted stays as it is.
     *
     * @return the answer taken, or empty if an accepted answer was kept
     */
    Optional<Answer> takeFrom(CoverageProposal proposal, Indicator indicator, String by, Instant at) {
        if (!campaign.isOpen()) {
            throw new InvalidInputException(FieldViolation.of("campaign", "assessment.campaign.closed"));
        }
        Response response = proposal.response();
        InvalidInputException.throwIfAny(responseViolations(indicator, response));
        Optional<Answer> existing = answerTo(indicator);
        if (existing.isPresent() && existing.get().decision() == Decision.ACCEPTED) {
            return Optional.empty();
        }
        Answer answer = existing.orElseGet(() -> {
            Answer fresh = new Answer(this, indicator);
            answers.add(fresh);
            return fresh;
        });
        answer.takeFrom(proposal, response, by, at);
        return Optional.of(answer);
    }

    /** A reviewer unlocks the answers so that the supplier can revise them. */
    public void reopen() {
        if (status != AssessmentStatus.SUBMITTED) {
            throw new InvalidInputException(FieldViolation.of("status", "assessment.reopen.notSubmitted"));
        }
        status = AssessmentStatus.IN_PROGRESS;
    }

    /** Records a reviewer's decision on one answer; only submitted answers are reviewed. */
    public Answer decide(Indicator indicator, Decision decision, String reason, String by, Instant at) {
        if (status != AssessmentStatus.SUBMITTED) {
            throw new InvalidInputException(FieldViolation.of("status", "assessment.review.notSubmitted"));
        }
        Answer answer = answerTo(indicator).orElseThrow(() ->
                new InvalidInputException(FieldViolation.of(indicator.code(), "assessment.review.noAnswer", indicator.code())));
        answer.decide(decision, reason, by, at);
        return answer;
    }

    private void requireEditable() {
        if (!campaign.isOpen()) {
            throw new InvalidInputException(FieldViolation.of("campaign", "assessment.campaign.closed"));
        }
        if (status == AssessmentStatus.SUBMITTED) {
            throw new InvalidInputException(FieldViolation.of("status", "assessment.locked"));
        }
    }

    public Optional<Answer> answerTo(Indicator indicator) {
        return answers.stream().filter(a -> a.indicator().equals(indicator)).findFirst();
    }

    public Long id() { return id; }
    public Campaign campaign() { return campaign; }
    public Supplier supplier() { return supplier; }
    public AssessmentStatus status() { return status; }
    public Instant submittedAt() { return submittedAt; }
    public String submittedBy() { return submittedBy; }
    public List<Answer> answers() { return List.copyOf(answers); }
    public long version() { return version; }
}
