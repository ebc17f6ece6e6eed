package org.supplieresg.reports;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.supplieresg.reports.Disclosure.AuditCoverage;
import org.supplieresg.reports.Disclosure.Emissions;
import org.supplieresg.reports.Disclosure.Impact;
import org.supplieresg.reports.Disclosure.ImpactAssessment;
import org.supplieresg.reports.Disclosure.IndexEntry;
import org.supplieresg.reports.Disclosure.Part;
import org.supplieresg.reports.Disclosure.Screening;
import org.supplieresg.reports.Disclosure.TierShare;

/**
 * Fixture factory: the 2025 disclosure of a battery maker buying cathode materials, cells and parts from about sixty
 * suppliers; the same company's first quarter of 2026, in which nothing happened yet; and a year in which some shares
 * have nothing to share (no new suppliers, no impacts, no Tier-1 suppliers, nothing purchased, no emissions run).
 */
final class Disclosures {

    static final String ORGANISATION = "Voltara Energy Storage GmbH";
    static final Instant GENERATED_AT = Instant.parse("2026-02-14T09:30:00Z");
    static final String GENERATED_BY = "Mei Lin, sustainability officer";
    static final String E1_6_OMISSION_NO_RUN = "No emissions calculation exists for 2025; figures will follow in an update.";

    private Disclosures() {
    }

    /** A full year with every section filled. */
    static Disclosure year2025() {
        return new Disclosure(ORGANISATION, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 2025, GENERATED_AT,
                GENERATED_BY, new Screening(14, 12, 11), environmental(), social(), new AuditCoverage(56, 17, 19, 47, 9),
                emissions(), tiers(), contentIndex(null));
    }

    /** A quarter without data: no new suppliers, assessments, audits, emissions or spend. */
    static Disclosure emptyQuarter() {
        ImpactAssessment nothing = new ImpactAssessment(0, 0, List.of(), 0, 0);
        return new Disclosure(ORGANISATION, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), 2026, GENERATED_AT,
                GENERATED_BY, new Screening(0, 0, 0), nothing, nothing, new AuditCoverage(0, 0, 0, 0, 0), null, List.of(),
                contentIndex("No emissions calculation exists for 2026."));
    }

    /**
     * Data, but every share without a whole: no new suppliers, no supplier with impacts, no Tier-1 supplier, nothing
     * purchased in the year; and no emissions calculation for the year.
     */
    static Disclosure sharesWithoutWhole() {
        ImpactAssessment clean = new ImpactAssessment(12, 0, List.of(), 0, 0);
        List<TierShare> tiers = List.of(
                new TierShare("A", 3, new BigDecimal("4500000.00"), Disclosure.percent(new BigDecimal("4500000.00"), new BigDecimal("6000000.00")),
                        BigDecimal.ZERO, Disclosure.percent(BigDecimal.ZERO, BigDecimal.ZERO)),
                new TierShare("B", 2, new BigDecimal("1500000.00"), Disclosure.percent(new BigDecimal("1500000.00"), new BigDecimal("6000000.00")),
                        BigDecimal.ZERO, Disclosure.percent(BigDecimal.ZERO, BigDecimal.ZERO)));
        return new Disclosure(ORGANISATION, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), 2025, GENERATED_AT,
                null, new Screening(0, 0, 0), clean, clean, new AuditCoverage(0, 0, 0, 0, 0), null, tiers,
                contentIndex(E1_6_OMISSION_NO_RUN));
    }

    static ImpactAssessment environmental() {
        return new ImpactAssessment(38, 5, List.of(
                new Impact("ENV-07", "Air emission sources (kilns, dryers, solvent exhausts) covered by the permit, monitoring within limits",
                        "FINDING", 2),
                new Impact("ENV-09", "Hazardous chemicals stored in designated, ventilated and segregated areas", "FINDING", 2),
                new Impact("ENV-12", "Wastewater from leaching treated on site before discharge", "FINDING", 1)),
                4, 1);
    }

    static ImpactAssessment social() {
        return new ImpactAssessment(41, 6, List.of(
                new Impact("LAB-03", "Workers keep their own identity documents, passports and work permits", "RED_FLAG", 1),
                new Impact("LAB-06", "Legal minimum wage, social insurance and housing fund paid for every worker", "FINDING", 3),
                new Impact("HSE-03", "Site free of imminent life-threatening hazards, such as locked or blocked emergency exits",
                        "FINDING", 2)),
                5, 1);
    }

    static Emissions emissions() {
        List<Part> categories = List.of(
                new Part("1", "Purchased goods and services", new BigDecimal("41250880.125"), 1842),
                new Part("2", "Capital goods", new BigDecimal("2104300.5"), 37),
                new Part("3", "Fuel- and energy-related activities", new BigDecimal("688412.25"), 24),
                new Part("4", "Upstream transportation and distribution", new BigDecimal("4721839.2"), 615));
        List<Part> methods = List.of(
                new Part("SUPPLIER_SPECIFIC", "Supplier-specific", new BigDecimal("9412005.0"), 212),
                new Part("HYBRID", "Hybrid", new BigDecimal("14880120.6"), 389),
                new Part("AVERAGE_DATA", "Average-data", new BigDecimal("12404116.4"), 904),
                new Part("SPEND_BASED", "Spend-based", new BigDecimal("6658938.625"), 374),
                new Part("DISTANCE_BASED", "Distance-based (tonne-km)", new BigDecimal("4721839.2"), 615),
                new Part("FUEL_AND_ENERGY_UPSTREAM", "Fuel and energy upstream", new BigDecimal("688412.25"), 24));
        List<Part> quality = List.of(
                new Part("1-2", "Very good to good", new BigDecimal("9412005.0"), 212),
                new Part("2-3", "Good to fair", new BigDecimal("15568532.85"), 413),
                new Part("3-4", "Fair to poor", new BigDecimal("17125955.6"), 1519),
                new Part("4-5", "Poor to very poor", new BigDecimal("6658938.625"), 374));
        return new Emissions(2025, "AR6", 318, new BigDecimal("1234567.8"), new BigDecimal("2845120.449"),
                new BigDecimal("1902335.951"), new BigDecimal("48765432.075"), categories, methods, quality,
                new BigDecimal("2.64"), new BigDecimal("24292125.6"));
    }

    /** Shares computed as the service computes them, with {@link Disclosure#percent}. */
    static List<TierShare> tiers() {
        String[][] rows = {
                {"A", "12", "48200000.00", "41876543.21"},
                {"B", "23", "36750000.00", "29104220.50"},
                {"C", "15", "9800000.00", "6215400.00"},
                {"D", "4", "1250000.00", "310000.00"},
                {"NONE", "9", "2100000.00", "0.00"}};
        BigDecimal spend = BigDecimal.ZERO;
        BigDecimal purchased = BigDecimal.ZERO;
        for (String[] row : rows) {
            spend = spend.add(new BigDecimal(row[2]));
            purchased = purchased.add(new BigDecimal(row[3]));
        }
        BigDecimal allSpend = spend;
        BigDecimal allPurchased = purchased;
        return Arrays.stream(rows)
                .map(row -> new TierShare(row[0], Long.parseLong(row[1]), new BigDecimal(row[2]),
                        Disclosure.percent(new BigDecimal(row[2]), allSpend), new BigDecimal(row[3]),
                        Disclosure.percent(new BigDecimal(row[3]), allPurchased)))
                .toList();
    }

    static List<IndexEntry> contentIndex(String emissionsOmission) {
        return List.of(
                new IndexEntry("GRI", "308-1", "New suppliers that were screened using environmental criteria", "2 Supplier screening", null),
                new IndexEntry("GRI", "308-2", "Negative environmental impacts in the supply chain and actions taken",
                        "3 Negative impacts in the supply chain", null),
                new IndexEntry("GRI", "414-1", "New suppliers that were screened using social criteria", "2 Supplier screening", null),
                new IndexEntry("GRI", "414-2", "Negative social impacts in the supply chain and actions taken",
                        "3 Negative impacts in the supply chain", null),
                new IndexEntry("ESRS", "E1-6", "Gross Scopes 1, 2, 3 and Total GHG emissions", "5 Greenhouse gas emissions",
                        emissionsOmission == null ? "GHG intensity per net revenue is not reported: revenue is not held in this system."
                                : emissionsOmission),
                new IndexEntry("ESRS", "S2", "Workers in the value chain", "3 Negative impacts in the supply chain",
                        "Partly: impacts found by self-assessments and on-site audits of Tier-1 and Tier-2 suppliers only."),
                new IndexEntry("ESRS", "G1-2", "Management of relationships with suppliers", "4 Audit coverage; 6 Spend by procurement tier",
                        null));
    }
}
