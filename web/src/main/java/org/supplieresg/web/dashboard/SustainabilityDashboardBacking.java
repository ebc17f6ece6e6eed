package org.supplieresg.web.dashboard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.function.Function;
import org.supplieresg.reporting.SustainabilityDashboard;
import org.supplieresg.reporting.SustainabilityOverview;
import org.supplieresg.reports.Disclosure;
import org.supplieresg.web.i18n.Texts;

/** The sustainability officer's home: Scope 1-3 by year, the latest year's Scope 3 by category and data quality, coverage. */
@Named
@RequestScoped
public class SustainabilityDashboardBacking {

    static final String[] QUALITY_COLOURS = {"#0b6b3a", "#4f8f2f", "#8a5a00", "#b42318"};
    static final String[] CATEGORY_COLOURS = {"#0b5cad"};

    @Inject
    SustainabilityDashboard dashboard;

    @Inject
    ExternalContext external;

    @Inject
    Texts texts;

    private SustainabilityOverview overview;

    public SustainabilityOverview getOverview() {
        if (overview == null) {
            overview = dashboard.overview("zh".equals(texts.locale().getLanguage()));
        }
        return overview;
    }

    private String overviewLink(int year, String narrowing) {
        return external.getRequestContextPath() + "/app/emissions-overview.xhtml?year=" + year + narrowing;
    }

    public String yearLink(int year) {
        return overviewLink(year, "");
    }

    public String categoryLink(Disclosure.Part part) {
        return overviewLink(getOverview().latest().year(), "&scope=3&category=" + part.key());
    }

    public String qualityLink(Disclosure.Part part) {
        return overviewLink(getOverview().latest().year(), "&scope=3&quality=" + part.key());
    }

    public String getNotScoredLink() {
        return external.getRequestContextPath() + "/app/suppliers/list.xhtml?tier=NONE&chain=TIER_1&status=ACTIVE";
    }

    public static BigDecimal tonnes(BigDecimal kg) {
        return kg == null ? null : kg.divide(BigDecimal.valueOf(1000), 1, RoundingMode.HALF_UP);
    }

    public String getTrendChart() {
        List<SustainabilityOverview.YearEmissions> trend = getOverview().trend();
        List<String> links = trend.stream().map(y -> yearLink(y.year())).toList();
        return ChartJson.line(trend.stream().map(y -> String.valueOf(y.year())).toList(), List.of(
                series("dashboard.scope1", trend, SustainabilityOverview.YearEmissions::scope1Kg, "#8a5a00"),
                series("dashboard.scope2market", trend, SustainabilityOverview.YearEmissions::scope2MarketKg, "#0b5cad"),
                series("dashboard.scope2location", trend, SustainabilityOverview.YearEmissions::scope2LocationKg, "#6b7c93"),
                series("dashboard.scope3", trend, SustainabilityOverview.YearEmissions::scope3Kg, "#0b6b3a")),
                links, texts.get("dashboard.tonnes"));
    }

    private ChartJson.Series series(String key, List<SustainabilityOverview.YearEmissions> trend,
                                    Function<SustainabilityOverview.YearEmissions, BigDecimal> kg, String colour) {
        return new ChartJson.Series(texts.get(key), trend.stream().map(y -> tonnes(kg.apply(y))).toList(), List.of(colour));
    }

    public String getCategoryChart() {
        List<Disclosure.Part> parts = getOverview().latest().byCategory();
        return ChartJson.bar(parts.stream().map(Disclosure.Part::label).toList(),
                List.of(new ChartJson.Series(texts.get("dashboard.tonnes"), parts.stream().map(p -> tonnes(p.kg())).toList(), List.of(CATEGORY_COLOURS))),
                parts.stream().map(this::categoryLink).toList(), true, false, texts.get("dashboard.tonnes"));
    }

    public String getQualityChart() {
        List<Disclosure.Part> parts = getOverview().latest().byDataQuality();
        List<String> colours = parts.stream().map(p -> QUALITY_COLOURS[Math.max(0, org.supplieresg.emissions.EmissionResults.QUALITY_BANDS.indexOf(p.key()))]).toList();
        return ChartJson.doughnut(parts.stream().map(p -> p.label() + " (" + p.key() + ")").toList(),
                new ChartJson.Series(texts.get("dashboard.tonnes"), parts.stream().map(p -> tonnes(p.kg())).toList(), colours),
                parts.stream().map(this::qualityLink).toList());
    }

    public String getCoverageChart() {
        SustainabilityOverview.Coverage c = getOverview().coverage();
        String base = external.getRequestContextPath();
        return ChartJson.bar(List.of(texts.get("dashboard.coverage.assessed"), texts.get("dashboard.coverage.scored"), texts.get("dashboard.coverage.audited")),
                List.of(new ChartJson.Series("%", List.of(c.assessedPercent(), c.scoredPercent(), c.auditedPercent()),
                        List.of("#0b5cad", "#0b6b3a", "#8a5a00"))),
                List.of(base + "/app/campaigns.xhtml", getNotScoredLink(), base + "/app/audits.xhtml"), true, false, "%", 100);
    }

    public int getAssessedMonths() {
        return SustainabilityDashboard.ASSESSED_MONTHS;
    }

    public int getAuditCycleMonths() {
        return SustainabilityDashboard.AUDIT_CYCLE_MONTHS;
    }
}
