package org.supplieresg.web.assessment;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.supplieresg.assessment.CampaignView;
import org.supplieresg.assessment.Campaigns;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.supplier.ChainTier;
import org.supplieresg.supplier.SpendCategory;
import org.supplieresg.web.FormMessages;

/** The campaigns page: launch a campaign for a selection of suppliers, and follow each supplier's progress. */
@Named
@ViewScoped
public class CampaignsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Campaigns campaigns;

    @Inject
    FormMessages messages;

    private List<CampaignView> all;
    private String name;
    private LocalDate deadline = LocalDate.now().plusWeeks(6);
    private List<SpendCategory> spendCategories = new java.util.ArrayList<>(); // select-many targets: modifiable lists
    private List<String> countries = new java.util.ArrayList<>();
    private ChainTier chainTier;
    private List<String> currentTiers = new java.util.ArrayList<>();

    public void load() {
        all = campaigns.list();
    }

    public void launch() {
        try {
            CampaignView launched = campaigns.launch(name, deadline, new Campaigns.Selection(Set.copyOf(spendCategories),
                    Set.copyOf(countries), chainTier, Set.copyOf(currentTiers), Set.of()));
            messages.info("campaigns.launched", launched.name(), launched.assessments().size());
            name = null;
            load();
        } catch (InvalidInputException e) {
            messages.show(e);
        }
    }

    public List<CampaignView> getAll() { return all; }
    public String getName() { return name; }
    public void setName(String name) { this.name = name; }
    public LocalDate getDeadline() { return deadline; }
    public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
    public List<SpendCategory> getSpendCategories() { return spendCategories; }
    public void setSpendCategories(List<SpendCategory> spendCategories) { this.spendCategories = spendCategories == null ? new java.util.ArrayList<>() : spendCategories; }
    public List<String> getCountries() { return countries; }
    public void setCountries(List<String> countries) { this.countries = countries == null ? new java.util.ArrayList<>() : countries; }
    public List<String> getCurrentTiers() { return currentTiers; }
    public void setCurrentTiers(List<String> currentTiers) { this.currentTiers = currentTiers == null ? new java.util.ArrayList<>() : currentTiers; }
    public List<String> getTierChoices() { return List.of("A", "B", "C", "D", Campaigns.Selection.NOT_ASSESSED); }
    public ChainTier getChainTier() { return chainTier; }
    public void setChainTier(ChainTier chainTier) { this.chainTier = chainTier; }
}
