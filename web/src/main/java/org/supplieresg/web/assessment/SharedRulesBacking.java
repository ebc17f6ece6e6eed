package org.supplieresg.web.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.supplieresg.assessment.SharedResults;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;
import org.supplieresg.web.FormMessages;

/** The coverage rules: everyone reads them; admins add and remove them. */
@Named
@ViewScoped
public class SharedRulesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SharedResults sharedResults;

    @Inject
    FormMessages messages;

    private List<SharedResults.RuleView> rules;
    private List<SharedResults.SchemeView> schemes;

    private String scheme;
    private String indicatorCode;
    private String proposedAnswer;
    private BigDecimal minScore;
    private List<String> alsoRequires;
    private String rationaleEn;
    private String rationaleZh;

    public void load() {
        rules = sharedResults.rules();
        schemes = sharedResults.schemes();
    }

    public void add() {
        try {
            SharedResults.RuleView added = sharedResults.addRule(new SharedResults.RuleInput(scheme, indicatorCode == null ? null
                    : indicatorCode.strip().toUpperCase(java.util.Locale.ROOT), proposedAnswer, minScore, alsoRequires, rationaleEn, rationaleZh));
            messages.info("rules.added", added.scheme(), added.indicatorCode());
            scheme = null;
            indicatorCode = null;
            proposedAnswer = null;
            minScore = null;
            alsoRequires = null;
            rationaleEn = null;
            rationaleZh = null;
            rules = sharedResults.rules();
        } catch (InvalidInputException e) {
            messages.show(e);
        }
    }

    public void remove(SharedResults.RuleView rule) {
        try {
            sharedResults.removeRule(rule.id());
            messages.info("rules.removed", rule.scheme(), rule.indicatorCode());
        } catch (NotFoundException e) {
            messages.error("rules.gone");
        }
        rules = sharedResults.rules();
    }

    public List<String> getAnswers() {
        return List.of("YES", "LEVEL_1", "LEVEL_2", "LEVEL_3", "LEVEL_4");
    }

    public List<SharedResults.RuleView> getRules() { return rules; }
    public List<SharedResults.SchemeView> getSchemes() { return schemes; }
    public String getScheme() { return scheme; }
    public void setScheme(String scheme) { this.scheme = scheme; }
    public String getIndicatorCode() { return indicatorCode; }
    public void setIndicatorCode(String indicatorCode) { this.indicatorCode = indicatorCode; }
    public String getProposedAnswer() { return proposedAnswer; }
    public void setProposedAnswer(String proposedAnswer) { this.proposedAnswer = proposedAnswer; }
    public BigDecimal getMinScore() { return minScore; }
    public void setMinScore(BigDecimal minScore) { this.minScore = minScore; }
    public List<String> getAlsoRequires() { return alsoRequires; }
    public void setAlsoRequires(List<String> alsoRequires) { this.alsoRequires = alsoRequires; }
    public String getRationaleEn() { return rationaleEn; }
    public void setRationaleEn(String rationaleEn) { this.rationaleEn = rationaleEn; }
    public String getRationaleZh() { return rationaleZh; }
    public void setRationaleZh(String rationaleZh) { this.rationaleZh = rationaleZh; }
}
