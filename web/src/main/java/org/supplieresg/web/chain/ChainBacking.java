package org.supplieresg.web.chain;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.supplieresg.assessment.CampaignScope;
import org.supplieresg.assessment.CampaignView;
import org.supplieresg.chain.Cascade;
import org.supplieresg.chain.ChainOverview;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;
import org.supplieresg.supplier.IndustryScheme;
import org.supplieresg.supplier.SpendCategory;
import org.supplieresg.web.FormMessages;

/**
 * A supplier's chain page: as a Tier-2, the customer that invited it and its consent; as a Tier-1's admin, the
 * companies it invited, what it asked them and what they share.
 */
@Named
@ViewScoped
public class ChainBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Cascade cascade;

    @Inject
    ChainOverview overview;

    @Inject
    CurrentUser currentUser;

    @Inject
    FormMessages messages;

    @Inject
    org.supplieresg.web.i18n.Texts texts;

    private Cascade.Customer customer;
    private boolean admin;
    private List<Cascade.Tier2> tier2s = List.of();
    private List<CampaignView> campaigns = List.of();
    private List<ChainOverview.ChainRisk> risks = List.of();
    private Cascade.Invited invited;

    // the invitation form
    private String legalName;
    private String localName;
    private String country;
    private IndustryScheme industryScheme = IndustryScheme.ISIC;
    private String industryCode;
    private SpendCategory commodity;
    private BigDecimal annualSpendAmount;
    private String contactName;
    private String contactEmail;
    private String username;
    private String locale = "zh-CN";

    // the campaign and carbon-request forms
    private List<Long> selected = new ArrayList<>();
    private String campaignName;
    private LocalDate campaignDeadline;
    private CampaignScope scope = CampaignScope.CORE;
    private Integer carbonYear = LocalDate.now().getYear() - 1;
    private LocalDate carbonDeadline;
    private String productCodes;
    private String carbonMessage;

    public void load() {
        customer = cascade.customer().orElse(null);
        admin = cascade.canInvite();
        if (admin) {
            tier2s = cascade.tier2s();
            campaigns = cascade.campaigns();
            risks = currentUser.companyId().map(overview::risksOf).orElse(List.of());
        }
    }

    public void invite() {
        try {
            invited = cascade.invite(new Cascade.Invitation(legalName, localName, country, industryScheme, industryCode, commodity,
                    annualSpendAmount, null, contactName, contactEmail, username, locale));
            messages.info("chain.invited", invited.legalName());
            legalName = localName = country = industryCode = contactName = contactEmail = username = null;
            commodity = null;
            annualSpendAmount = null;
            load();
        } catch (InvalidInputException e) {
            messages.show(e);
        }
    }

    public void launch() {
        try {
            CampaignView campaign = cascade.launch(campaignName, campaignDeadline, scope, selected);
            messages.info("chain.campaignSent", campaign.name(), campaign.assessments().size());
            campaignName = null;
            campaignDeadline = null;
            load();
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (NotFoundException e) {
            messages.error("chain.notYourSupplier");
        }
    }

    public void requestCarbonData() {
        try {
            List<Cascade.CarbonRequestView> made = cascade.requestCarbonData(selected, carbonYear, productCodes, carbonMessage, carbonDeadline);
            messages.info("chain.carbonRequested", made.size(), String.valueOf(carbonYear));
            productCodes = carbonMessage = null;
            load();
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (NotFoundException e) {
            messages.error("chain.notYourSupplier");
        }
    }

    public void consent(boolean grant) {
        try {
            customer = cascade.consent(grant);
            messages.info(grant ? "chain.consentGranted" : "chain.consentWithdrawn", customer.legalName());
        } catch (InvalidInputException e) {
            messages.show(e);
        }
    }

    /** One carbon request in words: asked, answered, and the Tier-2's calculated tonnes once it shares them. */
    public String carbonSummary(Cascade.CarbonRequestView r) {
        if (!r.inventorySubmitted()) {
            return texts.get("chain.carbonAsked", String.valueOf(r.year()), r.deadline().toString());
        }
        String tonnes = r.scope1Kg() == null ? texts.get("chain.carbonNotCalculated")
                : texts.get("chain.carbonTonnes", tonnes(r.scope1Kg()), tonnes(r.scope2MarketKg()));
        return texts.get("chain.carbonAnswered", String.valueOf(r.year()), tonnes, String.valueOf(r.footprints()));
    }

    private static String tonnes(BigDecimal kg) {
        return kg == null ? "0" : kg.movePointLeft(3).setScale(1, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    public Cascade.Customer getCustomer() { return customer; }
    public boolean isAdmin() { return admin; }
    public List<Cascade.Tier2> getTier2s() { return tier2s; }
    public List<CampaignView> getCampaigns() { return campaigns; }
    public List<ChainOverview.ChainRisk> getRisks() { return risks; }
    public Cascade.Invited getInvited() { return invited; }
    public CampaignScope[] getScopes() { return CampaignScope.values(); }

    public String getLegalName() { return legalName; }
    public void setLegalName(String legalName) { this.legalName = legalName; }
    public String getLocalName() { return localName; }
    public void setLocalName(String localName) { this.localName = localName; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public IndustryScheme getIndustryScheme() { return industryScheme; }
    public void setIndustryScheme(IndustryScheme industryScheme) { this.industryScheme = industryScheme; }
    public String getIndustryCode() { return industryCode; }
    public void setIndustryCode(String industryCode) { this.industryCode = industryCode; }
    public SpendCategory getCommodity() { return commodity; }
    public void setCommodity(SpendCategory commodity) { this.commodity = commodity; }
    public BigDecimal getAnnualSpendAmount() { return annualSpendAmount; }
    public void setAnnualSpendAmount(BigDecimal annualSpendAmount) { this.annualSpendAmount = annualSpendAmount; }
    public String getContactName() { return contactName; }
    public void setContactName(String contactName) { this.contactName = contactName; }
    public String getContactEmail() { return contactEmail; }
    public void setContactEmail(String contactEmail) { this.contactEmail = contactEmail; }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username; }
    public String getLocale() { return locale; }
    public void setLocale(String locale) { this.locale = locale; }
    public List<Long> getSelected() { return selected; }
    public void setSelected(List<Long> selected) { this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected); }
    public String getCampaignName() { return campaignName; }
    public void setCampaignName(String campaignName) { this.campaignName = campaignName; }
    public LocalDate getCampaignDeadline() { return campaignDeadline; }
    public void setCampaignDeadline(LocalDate campaignDeadline) { this.campaignDeadline = campaignDeadline; }
    public CampaignScope getScope() { return scope; }
    public void setScope(CampaignScope scope) { this.scope = scope; }
    public Integer getCarbonYear() { return carbonYear; }
    public void setCarbonYear(Integer carbonYear) { this.carbonYear = carbonYear; }
    public LocalDate getCarbonDeadline() { return carbonDeadline; }
    public void setCarbonDeadline(LocalDate carbonDeadline) { this.carbonDeadline = carbonDeadline; }
    public String getProductCodes() { return productCodes; }
    public void setProductCodes(String productCodes) { this.productCodes = productCodes; }
    public String getCarbonMessage() { return carbonMessage; }
    public void setCarbonMessage(String carbonMessage) { this.carbonMessage = carbonMessage; }
}
