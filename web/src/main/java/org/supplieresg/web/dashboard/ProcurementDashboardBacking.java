package org.supplieresg.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
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

    /** One row of a table under a chart, formatted once here for the reader's language (cheaper than per-cell EL). */
    public record TierRow(String label, String link, String suppliers, String spend, String share) {
    }

    public record CampaignRow(String name, String link, String due, boolean pastDeadline, String invited, String submitted,
                              String submittedPercent, String inProgress, String notStarted) {
    }

    public record ChangeRow(String link, String legalName, String localName, String from, String to, boolean downgrade, String when) {
    }

    public record BlockedRow(String link, String legalName, String localName, String country, String spend, String spendUsd) {
    }

    public List<TierRow> getTierRows() {
        java.text.NumberFormat whole = java.text.NumberFormat.getIntegerInstance(texts.locale());
        java.text.NumberFormat oneDecimal = oneDecimal();
        return getOverview().tiers().stream().map(t -> new TierRow(tierLabel(t.tier()), tierLink(t.tier()), whole.format(t.suppliers()),
                whole.format(t.spendUsd()), oneDecimal.format(t.spendPercent()))).toList();
    }

    public List<CampaignRow> getCampaignRows() {
        java.text.NumberFormat whole = java.text.NumberFormat.getIntegerInstance(texts.locale());
        java.text.NumberFormat oneDecimal = oneDecimal();
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(texts.locale());
        return getCampaigns().stream().map(c -> new CampaignRow(c.name(), campaignLink(c), day.format(c.deadline()), c.pastDeadline(),
                whole.format(c.invited()), whole.format(c.submitted()), oneDecimal.format(c.submittedPercent()), whole.format(c.inProgress()),
                whole.format(c.notStarted()))).toList();
    }

    public List<ChangeRow> getChangeRows() {
        java.time.format.DateTimeFormatter day = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(texts.locale()).withZone(java.time.ZoneOffset.UTC);
        return getOverview().tierChanges().stream().map(c -> new ChangeRow(scoreLink(c.supplierId()), c.legalName(), c.localName(),
                c.from(), c.to(), c.downgrade(), day.format(c.changedAt()))).toList();
    }

    public List<BlockedRow> getBlockedRows() {
        java.text.NumberFormat whole = java.text.NumberFormat.getIntegerInstance(texts.locale());
        return getOverview().blockedWithSpend().stream().map(b -> new BlockedRow(scoreLink(b.supplierId()), b.legalName(), b.localName(),
                org.supplieresg.shared.CountryCodes.displayName(b.country(), texts.locale()), whole.format(b.spend()) + " " + b.currency(),
                b.spendUsd() == null ? "" : whole.format(b.spendUsd()))).toList();
    }

    private String scoreLink(long supplierId) {
        return external.getRequestContextPath() + "/app/score.xhtml?supplier=" + supplierId;
    }

    private java.text.NumberFormat oneDecimal() {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(texts.locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format;
    }

    public int getTierChangeDays() {
        return ProcurementDashboard.TIER_CHANGE_DAYS;
    }
}
