package org.supplieresg.web.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.supplieresg.procurement.TierPolicies;
import org.supplieresg.procurement.TierPolicy;
import org.supplieresg.scoring.Rescoring;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.web.FormMessages;

/** The admin's tier policy page: edit the thresholds, see whose tier would change, then publish. */
@Named
@ViewScoped
public class TierPolicyBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TierPolicies policies;

    @Inject
    Rescoring rescoring;

    @Inject
    FormMessages messages;

    private TierPolicy current;
    private BigDecimal aMinimum;
    private BigDecimal bMinimum;
    private BigDecimal cMinimum;
    private BigDecimal dimensionFloorForA;
    private BigDecimal unvalidatedPointsPercent;
    private String note;
    private List<Rescoring.Change> changes;

    public void load() {
        current = policies.current();
        aMinimum = current.aMinimum();
        bMinimum = current.bMinimum();
        cMinimum = current.cMinimum();
        dimensionFloorForA = current.dimensionFloorForA();
        unvalidatedPointsPercent = current.unvalidatedPointsPercent();
    }

    public void preview() {
        try {
            changes = rescoring.preview(candidate());
        } catch (InvalidInputException e) {
            changes = null;
            messages.show(e);
        }
    }

    public void publish() {
        try {
            changes = rescoring.publishPolicy(candidate(), note);
            messages.info("policy.published", changes.size());
            load();
        } catch (InvalidInputException e) {
            messages.show(e);
        }
    }

    private TierPolicy candidate() {
        return new TierPolicy(0, aMinimum, bMinimum, cMinimum, dimensionFloorForA, unvalidatedPointsPercent);
    }

    public TierPolicy getCurrent() { return current; }
    public BigDecimal getAMinimum() { return aMinimum; }
    public void setAMinimum(BigDecimal aMinimum) { this.aMinimum = aMinimum; }
    public BigDecimal getBMinimum() { return bMinimum; }
    public void setBMinimum(BigDecimal bMinimum) { this.bMinimum = bMinimum; }
    public BigDecimal getCMinimum() { return cMinimum; }
    public void setCMinimum(BigDecimal cMinimum) { this.cMinimum = cMinimum; }
    public BigDecimal getDimensionFloorForA() { return dimensionFloorForA; }
    public void setDimensionFloorForA(BigDecimal dimensionFloorForA) { this.dimensionFloorForA = dimensionFloorForA; }
    public BigDecimal getUnvalidatedPointsPercent() { return unvalidatedPointsPercent; }
    public void setUnvalidatedPointsPercent(BigDecimal unvalidatedPointsPercent) { this.unvalidatedPointsPercent = unvalidatedPointsPercent; }
    public String getNote() { return note; }
    public void setNote(String note) { this.note = note; }
    public List<Rescoring.Change> getChanges() { return changes; }
}
