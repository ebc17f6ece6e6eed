package org.supplieresg.web.emissions;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.supplieresg.emissions.EmissionResults;
import org.supplieresg.emissions.FactorLibrary;
import org.supplieresg.emissions.Inventories;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.shared.ConcurrentChangeException;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;
import org.supplieresg.web.FormMessages;

/**
 * The supplier user's own GHG inventory of a reporting year: the activity lines it enters, the company details
 * (revenue, production), submission, and the figures the latest calculation run made of it. Only translates
 * between the page and {@link Inventories} / {@link EmissionResults}; staff use the overview page instead.
 */
@Named
@ViewScoped
public class InventoryBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int YEARS_SHOWN = 8;

    /** A fuel activity of the factor library, with its names. */
    public record FuelOption(String activity, String nameEn, String nameZh) implements Serializable {
    }

    @Inject
    Inventories inventories;

    @Inject
    EmissionResults results;

    @Inject
    FactorLibrary library;

    @Inject
    CurrentUser currentUser;

    @Inject
    FormMessages messages;

    @Inject
    Clock clock;

    private Long supplierId;
    private Integer year;
    private List<Integer> years = List.of();
    private List<FuelOption> fuels = List.of();
    private Inventories.InventoryView inventory;
    private EmissionResults.SupplierFigures figures;

    // the line being entered
    private String type = "FUEL";
    private String activity;
    private String activityText = "grid";
    private BigDecimal quantity;
    private String unit = "kWh";
    private String description;
    private Long sourceSupplierId;
    private String sourceItemCode;
    private List<org.supplieresg.chain.Cascade.InvitedCompany> invitedCompanies;

    @Inject
    org.supplieresg.chain.Cascade cascade;
    private String siteCountry;
    private String instrument;
    private BigDecimal instrumentKgPerKwh;

    // the inventory details
    private BigDecimal revenue;
    private String revenueCurrency;
    private BigDecimal productionTonnes;

    public void load() throws IOException {
        if (!currentUser.isSupplierUser() || currentUser.companyId().isEmpty()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, "forbidden");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        supplierId = currentUser.companyId().get();
        int thisYear = LocalDate.now(clock).getYear();
        List<Integer> choices = new ArrayList<>();
        for (int y = thisYear; y > thisYear - YEARS_SHOWN && y >= 2000; y--) {
            choices.add(y);
        }
        years = choices;
        if (year == null || !years.contains(year)) {
            year = thisYear - 1;
        }
        Map<String, FuelOption> byActivity = new LinkedHashMap<>();
        for (FactorLibrary.FactorView f : library.search("FUEL", null, true, 500)) {
            byActivity.putIfAbsent(f.factor().activity(), new FuelOption(f.factor().activity(), f.factor().nameEn(), f.factor().nameZh()));
        }
        fuels = List.copyOf(byActivity.values());
        openYear();
    }

    /** Opens (and on first use creates) the draft of the chosen year, and reads its figures. */
    public void openYear() {
        try {
            inventory = inventories.open(supplierId, year);
            copyDetails();
            figures = results.ofSupplier(supplierId, year);
        } catch (InvalidInputException e) {
            inventory = null;
            figures = null;
            messages.show(e);
        }
    }

    private void refresh() {
        inventory = inventories.get(inventory.id());
        copyDetails();
        figures = results.ofSupplier(supplierId, year);
    }

    private void copyDetails() {
        revenue = inventory.revenue();
        revenueCurrency = inventory.revenueCurrency();
        productionTonnes = inventory.productionTonnes();
    }

    /** The type changed: electricity is grid electricity unless said otherwise; other types name their own activity. */
    public void typeChanged() {
        if ("ELECTRICITY".equals(type)) {
            if (activityText == null || activityText.isBlank()) {
                activityText = "grid";
            }
        } else {
            if ("grid".equals(activityText)) {
                activityText = null;
            }
            instrument = null;
            instrumentKgPerKwh = null;
        }
    }

    public void addLine() {
        if (inventory == null) {
            return;
        }
        String chosenActivity = isFuel() ? activity : activityText;
        try {
            Inventories.LineView added = inventories.addLine(inventory.id(), new Inventories.NewLine(type, chosenActivity, description, quantity,
                    unit, siteCountry, isElectricity() ? instrument : null, isElectricity() ? instrumentKgPerKwh : null, null,
                    isInput() ? sourceSupplierId : null, isInput() ? sourceItemCode : null));
            if (added.flagged()) {
                messages.info("emissions.lineAddedFlagged", added.activity());
            } else {
                messages.info("emissions.lineAdded", added.activity());
            }
            quantity = null;
            description = null;
            refresh();
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (NotFoundException e) {
            messages.error("emissions.notFound");
        }
    }

    public void removeLine(Inventories.LineView line) {
        try {
            inventories.removeLine(line.id());
            messages.info("emissions.lineRemoved", line.activity());
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (NotFoundException e) {
            messages.error("emissions.notFound");
        }
        refresh();
    }

    public void saveDetails() {
        try {
            inventory = inventories.update(inventory.id(), new Inventories.Details(inventory.basis() == null
                            ? Inventories.Basis.ACTIVITY_DATA : inventory.basis(), revenue, blankToNull(revenueCurrency), productionTonnes,
                    inventory.reductionTarget(), inventory.verifiedScope1Tonnes(), inventory.verifiedScope2LocationTonnes(),
                    inventory.verifiedScope2MarketTonnes(), inventory.verificationEvidenceId(), inventory.verifier()), inventory.version());
            copyDetails();
            messages.info("emissions.detailsSaved");
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (ConcurrentChangeException e) {
            messages.concurrentChange(e);
            refresh();
        }
    }

    public void submit() {
        try {
            inventory = inventories.submit(inventory.id(), inventory.version());
            messages.info("emissions.submitted", String.valueOf(year));
            refresh();
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (ConcurrentChangeException e) {
            messages.concurrentChange(e);
            refresh();
        }
    }

    public boolean isEditable() {
        return inventory != null && !"SUBMITTED".equals(inventory.status());
    }

    public boolean isInput() {
        return "INPUT".equals(type);
    }

    /** The Tier-2s the company invited, for naming where a purchased input came from (the chain roll-up). */
    public List<org.supplieresg.chain.Cascade.InvitedCompany> getInvitedCompanies() {
        if (invitedCompanies == null) {
            invitedCompanies = inventory != null && inventory.supplierId() != null && currentUserIsSupplier() ? cascade.invitedCompanies() : List.of();
        }
        return invitedCompanies;
    }

    /** The name of a Tier-2 the company invited, for the lines that name it. */
    public String invitedName(Long supplierId) {
        return getInvitedCompanies().stream().filter(c -> supplierId != null && c.supplierId() == supplierId)
                .map(org.supplieresg.chain.Cascade.InvitedCompany::legalName).findFirst().orElse(String.valueOf(supplierId));
    }

    private boolean currentUserIsSupplier() {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().isUserInRole("SUPPLIER");
    }

    public Long getSourceSupplierId() { return sourceSupplierId; }
    public void setSourceSupplierId(Long sourceSupplierId) { this.sourceSupplierId = sourceSupplierId; }
    public String getSourceItemCode() { return sourceItemCode; }
    public void setSourceItemCode(String sourceItemCode) { this.sourceItemCode = sourceItemCode; }

    public boolean isFuel() {
        return "FUEL".equals(type);
    }

    public boolean isElectricity() {
        return "ELECTRICITY".equals(type);
    }

    public boolean isCalculated() {
        return figures != null && figures.runId() != null;
    }

    /** kg CO2e as tonnes with two decimals. */
    public String tonnes(BigDecimal kg) {
        return Tonnes.of(kg);
    }

    public String plain(BigDecimal value) {
        return Tonnes.plain(value);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public List<Integer> getYears() { return years; }
    public List<FuelOption> getFuels() { return fuels; }
    public Inventories.InventoryView getInventory() { return inventory; }
    public EmissionResults.SupplierFigures getFigures() { return figures; }
    public String getType() { return type; }
    public void setType(String type) { this.type = type; }
    public String getActivity() { return activity; }
    public void setActivity(String activity) { this.activity = activity; }
    public String getActivityText() { return activityText; }
    public void setActivityText(String activityText) { this.activityText = activityText; }
    public BigDecimal getQuantity() { return quantity; }
    public void setQuantity(BigDecimal quantity) { this.quantity = quantity; }
    public String getUnit() { return unit; }
    public void setUnit(String unit) { this.unit = unit; }
    public String getDescription() { return description; }
    public void setDescription(String description) { this.description = description; }
    public String getSiteCountry() { return siteCountry; }
    public void setSiteCountry(String siteCountry) { this.siteCountry = siteCountry; }
    public String getInstrument() { return instrument; }
    public void setInstrument(String instrument) { this.instrument = instrument; }
    public BigDecimal getInstrumentKgPerKwh() { return instrumentKgPerKwh; }
    public void setInstrumentKgPerKwh(BigDecimal instrumentKgPerKwh) { this.instrumentKgPerKwh = instrumentKgPerKwh; }
    public BigDecimal getRevenue() { return revenue; }
    public void setRevenue(BigDecimal revenue) { this.revenue = revenue; }
    public String getRevenueCurrency() { return revenueCurrency; }
    public void setRevenueCurrency(String revenueCurrency) { this.revenueCurrency = revenueCurrency; }
    public BigDecimal getProductionTonnes() { return productionTonnes; }
    public void setProductionTonnes(BigDecimal productionTonnes) { this.productionTonnes = productionTonnes; }
}
