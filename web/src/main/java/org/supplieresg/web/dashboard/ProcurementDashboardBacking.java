package org.supplieresg.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.List;
import org.supplieresg.procurement.ProcurementDashboard;
import org.supplieresg.procurement.ProcurementOverview;
import org.supplieresg.web.i18n.Texts;

/** The buyer's home: tiers and spend by tier, open campaigns, changes of tier and blocked suppliers that still carry spend. */
@Named
@RequestScoped
public class ProcurementDashboardBacking {

    static final String[] TIER_COLOURS = {"#0b6b3a", "#0b5cad", "#8a5a00", "#b42318", "#9aa5b1"};

    @Inject
    ProcurementDashboard dashboard;

    @Inject
    ExternalContext external;

    @Inject
    Texts texts;

    private ProcurementOverview overview;

    public ProcurementOverview getOverview() {
        if (overview == null) {
            overview = dashboard.overview();
        }
        return overview;
    }

    /** The supplier list behind a tier: the active Tier-1 suppliers of that tier, as the dashboard counts them. */
    public String tierLink(String tier) {
        return external.getRequestContextPath() + "/app/suppliers/list.xhtml?tier=" + tier + "&chain=TIER_1&status=ACTIVE";
    }

    public String tierLabel(String tier) {
        return ProcurementOverview.NOT_SCORED.equals(tier) ? texts.get("dashboard.notScored") : texts.get("dashboard.tier", tier);
    }

    public String getTierChart() {
        List<ProcurementOverview.TierShare> tiers = getOverview().tiers();
        return ChartJson.doughnut(tiers.stream().map(t -> tierLabel(t.tier())).toList(),
                new ChartJson.Series(texts.get("dashboard.suppliers"), tiers.stream().map(ProcurementOverview.TierShare::suppliers).toList(),
                        List.of(TIER_COLOURS)),
                tiers.stream().map(t -> tierLink(t.tier())).toList());
    }

    public String getSpendChart() {
        List<ProcurementOverview.TierShare> tiers = getOverview().tiers();
        return ChartJson.bar(tiers.stream().map(t -> tierLabel(t.tier())).toList(),
                List.of(new ChartJson.Series(texts.get("dashboard.spendUsd"),
                        tiers.stream().map(t -> t.spendUsd().setScale(0, java.math.RoundingMode.HALF_UP)).toList(), List.of(TIER_COLOURS))),
                tiers.stream().map(t -> tierLink(t.tier())).toList(), false, false, texts.get("dashboard.spendUsd"));
    }

    /** The open campaigns with the nearest deadlines; the campaigns page has them all. */
    public List<ProcurementOverview.CampaignProgress> getCampaigns() {
        List<ProcurementOverview.CampaignProgress> all = getOverview().campaigns();
        return all.subList(0, Math.min(all.size(), CAMPAIGNS_SHOWN));
    }

    static final int CAMPAIGNS_SHOWN = 8;

    public String getCampaignChart() {
        List<ProcurementOverview.CampaignProgress> campaigns = getCampaigns();
        List<String> links = campaigns.stream().map(this::campaignLink).toList();
        return ChartJson.bar(campaigns.stream().map(ProcurementOverview.CampaignProgress::name).toList(), List.of(
                new ChartJson.Series(texts.get("AssessmentStatus.SUBMITTED"), campaigns.stream().map(ProcurementOverview.CampaignProgress::submitted).toList(), List.of("#0b6b3a")),
                new ChartJson.Series(texts.get("AssessmentStatus.IN_PROGRESS"), campaigns.stream().map(ProcurementOverview.CampaignProgress::inProgress).toList(), List.of("#0b5cad")),
                new ChartJson.Series(texts.get("dashboard.notStarted"), campaigns.stream().map(ProcurementOverview.CampaignProgress::notStarted).toList(), List.of("#9aa5b1"))),
                links, true, true, texts.get("dashboard.suppliers"));
    }

    public String campaignLink(ProcurementOverview.CampaignProgress campaign) {
        return external.getRequestContextPath() + "/app/campaigns.xhtml#campaign-" + campaign.id();
    }

    /** A chart needs a few pixels per campaign so that every name stays readable. */
    public int getCampaignChartHeight() {
        return Math.max(140, 60 + 36 * getCampaigns().size());
    }

    public int getTierChangeDays() {
        return ProcurementDashboard.TIER_CHANGE_DAYS;
    }
}
