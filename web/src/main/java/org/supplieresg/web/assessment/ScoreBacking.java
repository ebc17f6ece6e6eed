package org.supplieresg.web.assessment;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.supplieresg.assessment.AnswerView;
import org.supplieresg.assessment.Catalogue;
import org.supplieresg.assessment.Questionnaires;
import org.supplieresg.audittrail.AuditRecord;
import org.supplieresg.procurement.TierPolicies;
import org.supplieresg.procurement.TierPolicy;
import org.supplieresg.assessment.DimensionView;
import org.supplieresg.scoring.ScoreCard;
import org.supplieresg.scoring.Scores;
import org.supplieresg.shared.NotFoundException;
import org.supplieresg.supplier.SupplierDetails;
import org.supplieresg.supplier.SupplierDirectory;
import org.supplieresg.web.i18n.Texts;

/** The score page: from total to dimensions to indicators, with the rule behind each figure and the tier's reason. */
@Named
@ViewScoped
public class ScoreBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Scores scores;

    @Inject
    SupplierDirectory suppliers;

    @Inject
    Catalogue catalogue;

    @Inject
    Texts texts;

    @Inject
    Questionnaires questionnaires;

    @Inject
    TierPolicies policies;

    private Long supplierId;
    private SupplierDetails supplier;
    private ScoreCard card;
    private Map<String, DimensionView> dimensions;
    private List<Scores.HistoryEntry> history;
    private List<AuditRecord> trail;
    private Long assessmentId;
    private Map<String, AnswerView> answers;
    private String trendChart;

    public void load() throws IOException {
        try {
            if (supplierId == null) {
                throw new NotFoundException("supplier", "-");
            }
            supplier = suppliers.get(supplierId);
            card = scores.explain(supplierId).orElse(null);
            history = scores.history(supplierId);
            trail = scores.trail(supplierId);
            if (card != null) {
                assessmentId = history.get(history.size() - 1).assessmentId();
                answers = questionnaires.get(assessmentId).answers().stream()
                        .collect(Collectors.toMap(AnswerView::code, Function.identity()));
            }
            trendChart = trend(history, policies.current(), texts.get("score.score"));
            dimensions = catalogue.dimensions().stream().collect(Collectors.toMap(DimensionView::code, Function.identity()));
        } catch (NotFoundException e) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(404, "not found");
            FacesContext.getCurrentInstance().responseComplete();
        }
    }

    /** Why the tier is what it is, in words: the score's tier, then each cap. */
    public String getTierReason() {
        if (card == null) {
            return "";
        }
        StringBuilder reason = new StringBuilder(texts.get("score.reason.total", card.total(), card.scoreTier()));
        for (ScoreCard.Cap cap : card.caps()) {
            reason.append(' ').append(texts.get("score.reason." + cap.kind(), cap.maximum(), cap.source()));
        }
        return reason.toString();
    }

    /** The rule that gave an indicator its points, in the reader's language. */
    public String rule(ScoreCard.IndicatorScore indicator) {
        return texts.get(indicator.rule(), indicator.ruleArguments().toArray());
    }

    /** "earned / max", or "— / max" for an indicator left out of its dimension. */
    public String points(ScoreCard.IndicatorScore indicator) {
        String earned = indicator.counted() ? indicator.earned().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() : "—";
        return earned + " / " + indicator.maxPoints().stripTrailingZeros().toPlainString();
    }

    public String dimensionName(String code) {
        DimensionView d = dimensions.get(code);
        return d == null ? code : (texts.locale().getLanguage().equals("zh") ? d.nameZh() : d.nameEn());
    }

    public List<ScoreCard.IndicatorScore> indicatorsOf(String dimension) {
        return card.indicators().stream().filter(i -> i.dimension().equals(dimension)).toList();
    }

    /** The answer behind an indicator's points, as the supplier gave it: yes/no, level, value with unit, or N/A. */
    public String answer(String code) {
        AnswerView a = answers == null ? null : answers.get(code);
        if (a == null || a.answerVersion() == null) {
            return "—";
        }
        if (a.notApplicable()) {
            return texts.get("score.answer.notApplicable");
        }
        if (a.yes() != null) {
            return texts.get(a.yes() ? "score.answer.yes" : "score.answer.no");
        }
        if (a.maturityLevel() != null) {
            return texts.get("score.answer.level", a.maturityLevel());
        }
        return a.value() == null ? "—" : a.value().stripTrailingZeros().toPlainString() + (a.unit() == null ? "" : " " + a.unit());
    }

    /** The reviewer's decision on the answer behind an indicator, in the reader's language. */
    public String decision(String code) {
        AnswerView a = answers == null ? null : answers.get(code);
        return a == null || a.decision() == null ? "" : texts.get("score.decision." + a.decision().name());
    }

    /** Every change to the answer behind an indicator, for the row's expansion. */
    public List<AuditRecord> answerHistory(String code) {
        return assessmentId == null ? List.of() : questionnaires.answerHistory(assessmentId, code);
    }

    /** Json.createObjectBuilder() looks the JSON provider up with a ServiceLoader on every call; one factory serves all. */
    private static final jakarta.json.JsonBuilderFactory JSON = Json.createBuilderFactory(java.util.Map.of());

    /**
     * The score over time as a Chart.js line chart, with the policy's tier thresholds as dashed lines so that a reader
     * sees at once how far the supplier is from the next tier.
     */
    static String trend(List<Scores.HistoryEntry> history, TierPolicy policy, String scoreLabel) {
        JsonArrayBuilder labels = JSON.createArrayBuilder();
        JsonArrayBuilder totals = JSON.createArrayBuilder();
        for (Scores.HistoryEntry h : history) {
            labels.add(h.campaign() + " · " + h.computedAt().toString().substring(0, 10));
            totals.add(h.total());
        }
        JsonArrayBuilder datasets = JSON.createArrayBuilder()
                .add(JSON.createObjectBuilder().add("label", scoreLabel).add("data", totals).add("borderColor", "#0b5d3b")
                        .add("backgroundColor", "#0b5d3b").add("pointRadius", 5).add("tension", 0).add("fill", false));
        String[][] thresholds = {{"A", policy.aMinimum().toPlainString(), "#1f7a4d"}, {"B", policy.bMinimum().toPlainString(), "#8a6d00"},
                {"C", policy.cMinimum().toPlainString(), "#b3261e"}};
        for (String[] t : thresholds) {
            JsonArrayBuilder line = JSON.createArrayBuilder();
            history.forEach(h -> line.add(new java.math.BigDecimal(t[1])));
            datasets.add(JSON.createObjectBuilder().add("label", t[0] + " ≥ " + t[1]).add("data", line)
                    .add("borderColor", t[2]).add("borderDash", JSON.createArrayBuilder().add(6).add(4))
                    .add("pointRadius", 0).add("borderWidth", 1).add("fill", false));
        }
        return JSON.createObjectBuilder()
                .add("type", "line")
                .add("data", JSON.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", JSON.createObjectBuilder()
                        .add("animation", false)
                        .add("maintainAspectRatio", false)
                        .add("scales", JSON.createObjectBuilder().add("y", JSON.createObjectBuilder()
                                .add("min", 0).add("max", 100))))
                .build().toString();
    }

    public List<Scores.HistoryEntry> getHistory() { return history; }
    public List<AuditRecord> getTrail() { return trail; }
    public String getTrendChart() { return trendChart; }
    public Long getSupplierId() { return supplierId; }
    public void setSupplierId(Long supplierId) { this.supplierId = supplierId; }

    /** The id from the URL, as typed: anything but a number answers 404 instead of failing the page. */
    public String getSupplierIdParam() { return supplierId == null ? null : String.valueOf(supplierId); }
    public void setSupplierIdParam(String value) {
        try {
            this.supplierId = value == null || value.isBlank() ? null : Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            this.supplierId = -1L;
        }
    }
    public SupplierDetails getSupplier() { return supplier; }
    public ScoreCard getCard() { return card; }
}
