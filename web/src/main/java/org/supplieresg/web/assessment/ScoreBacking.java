package org.supplieresg.web.assessment;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.supplieresg.assessment.Catalogue;
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

    private Long supplierId;
    private SupplierDetails supplier;
    private ScoreCard card;
    private Map<String, DimensionView> dimensions;
    private List<Scores.HistoryEntry> history;

    public void load() throws IOException {
        try {
            if (supplierId == null) {
                throw new NotFoundException("supplier", "-");
            }
            supplier = suppliers.get(supplierId);
            card = scores.explain(supplierId).orElse(null);
            history = scores.history(supplierId);
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

    public List<Scores.HistoryEntry> getHistory() { return history; }
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
