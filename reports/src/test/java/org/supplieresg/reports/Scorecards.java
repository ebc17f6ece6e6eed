package org.supplieresg.reports;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.supplieresg.reports.SupplierScorecard.Cap;
import org.supplieresg.reports.SupplierScorecard.Company;
import org.supplieresg.reports.SupplierScorecard.DimensionScore;
import org.supplieresg.reports.SupplierScorecard.EmissionsSummary;
import org.supplieresg.reports.SupplierScorecard.IndicatorNote;
import org.supplieresg.reports.SupplierScorecard.NextTier;
import org.supplieresg.reports.SupplierScorecard.OpenFinding;
import org.supplieresg.reports.SupplierScorecard.Period;
import org.supplieresg.reports.SupplierScorecard.RedFlag;
import org.supplieresg.reports.SupplierScorecard.Result;
import org.supplieresg.reports.SupplierScorecard.TierPolicy;
import org.supplieresg.reports.SupplierScorecard.TrendPoint;

/**
 * Fixture factory: scorecards of cathode-material suppliers under tier policy v1 (A from 80, B from 65, C from 50, a
 * dimension below 30 rules out A). {@link #sample} is the realistic one; the others cover every other branch of the
 * writer. Public for the benchmark, which writes {@link #varied} cards.
 */
public final class Scorecards {

    public static final String LEGAL_NAME = "Hunan Xinyuan Cathode Materials Co., Ltd.";
    public static final String LOCAL_NAME = "湖南新源正极材料有限公司";
    public static final String MAJOR_FINDING = "F-2026-0001";
    public static final String MINOR_FINDING = "F-2026-0002";
    static final TierPolicy POLICY = new TierPolicy(1, new BigDecimal("80.00"), new BigDecimal("65.00"),
            new BigDecimal("50.00"), new BigDecimal("30.00"));

    /** Code, English name, Chinese name, weight in percent. */
    private static final String[][] DIMENSIONS = {
            {"MGT", "Management systems", "管理体系", "10"},
            {"CLI", "Climate and energy", "气候与能源", "15"},
            {"ENV", "Environment: water, waste and chemicals", "环境：水、废弃物与化学品", "15"},
            {"CIR", "Circularity and recycled content", "循环利用与再生材料", "10"},
            {"LAB", "Labour and human rights", "劳工与人权", "15"},
            {"HSE", "Health and safety", "健康与安全", "15"},
            {"ETH", "Business ethics", "商业道德", "10"},
            {"MIN", "Responsible minerals sourcing", "负责任矿产采购", "10"},
    };
    /** The sample's dimension scores: their weighted mean is 72.40. */
    static final String[] SAMPLE_SCORES = {"78.50", "59.40", "71.00", "58.75", "82.40", "69.30", "88.00", "75.60"};

    private Scorecards() {
    }

    /**
     * A Chinese cathode-material supplier in the 2026 campaign: total 72.40 earns B, an open Major finding caps it at C
     * (conditional); two open findings, one red flag not yet confirmed, its 2025 emissions and three campaigns.
     * Catalogue texts come in the given language, as the caller of the writer supplies them.
     */
    static SupplierScorecard sample(Locale language) {
        boolean chinese = "zh".equals(language.getLanguage());
        Cap majorFinding = new Cap("OPEN_MAJOR_FINDING", "C", MAJOR_FINDING);
        Result result = new Result(new BigDecimal("72.40"), "B", "C", "CONDITIONAL", POLICY, List.of(majorFinding));
        IndicatorNote sbti = note(chinese, "CLI-04", "Science-based emission reduction target", "科学碳减排目标", "0", "8");
        IndicatorNote recycled = note(chinese, "CIR-02", "Recycled nickel and cobalt content reported", "披露再生镍钴含量", "1.5", "6");
        IndicatorNote kilns = note(chinese, "HSE-03", "Process safety management for calcination kilns", "煅烧窑炉工艺安全管理", "2", "6");
        return new SupplierScorecard(company("TIER_1"), period(chinese), result, dimensions(chinese, SAMPLE_SCORES),
                List.of(note(chinese, "ETH-02", "Anti-bribery policy with yearly training", "反贿赂政策及年度培训", "10", "10"),
                        note(chinese, "LAB-01", "Working hours within legal limits, overtime voluntary", "工时符合法定上限，加班自愿", "8", "8"),
                        note(chinese, "MGT-01", "ESG policy approved by top management", "ESG政策经最高管理层批准", "6", "6")),
                List.of(sbti, kilns, recycled),
                List.of(new RedFlag("LAB-07", chinese ? "无童工（年龄核验记录）" : "No child labour (age verification records)", false)),
                List.of(new OpenFinding(MAJOR_FINDING, "HSE-04", "MAJOR",
                                "Two emergency exits in the calcination hall were locked during the night shift.", "SUBMITTED",
                                LocalDate.of(2026, 4, 17)),
                        new OpenFinding(MINOR_FINDING, "ENV-11", "MINOR",
                                "The spill kit log for warehouse B was not signed for two weeks in March.", "OPEN",
                                LocalDate.of(2026, 6, 30))),
                new EmissionsSummary(2025, new BigDecimal("48213500"), new BigDecimal("61872340"), new BigDecimal("39450125"),
                        new BigDecimal("612347890"), new BigDecimal("2.34"), "ACTIVITY_DATA", "AR6"),
                List.of(new TrendPoint(chinese ? "2024 年度 ESG 评估" : "2024 annual ESG assessment", LocalDate.of(2024, 4, 12),
                                new BigDecimal("61.80"), "C"),
                        new TrendPoint(chinese ? "2025 年度 ESG 评估" : "2025 annual ESG assessment", LocalDate.of(2025, 4, 9),
                                new BigDecimal("68.95"), "B"),
                        new TrendPoint(chinese ? "2026 年度 ESG 评估" : "2026 annual ESG assessment", LocalDate.of(2026, 4, 8),
                                new BigDecimal("72.40"), "C")),
                new NextTier("B", BigDecimal.ZERO.setScale(2), List.of(majorFinding), List.of(sbti, recycled, kilns)),
                Instant.parse("2026-04-20T06:45:00Z"), "Li Wei (procurement)");
    }

    /** Tier A with nothing else to say: no strengths or gaps listed, no flags, findings, emissions or trend. */
    static SupplierScorecard minimal() {
        String[] scores = {"92.00", "81.50", "84.00", null, "88.25", "86.00", "90.00", "79.00"};
        Result result = new Result(new BigDecimal("85.63"), "A", "A", "PREFERRED", POLICY, List.of());
        return new SupplierScorecard(new Company(7, "Ningbo Ronghai Precursor Co., Ltd.", null, "CN", "Precursors (pCAM)", "TIER_2"),
                period(), result, dimensions(false, scores), List.of(), List.of(), List.of(), List.of(), null, List.of(), null,
                Instant.parse("2026-04-20T06:45:00Z"), "system");
    }

    /**
     * Tier D: the total 42.94 is below C already, and a confirmed red flag, a dimension below the floor and an
     * overdue corrective action cap it too. A Priority finding without a plan, a rejected and a verified plan;
     * verified emission totals.
     */
    static SupplierScorecard blocked() {
        String[] scores = {"52.00", "24.50", "41.00", "38.00", "35.20", "48.60", "60.00", "55.40"};
        Cap redFlag = new Cap("RED_FLAG", "D", "LAB-07");
        List<Cap> caps = List.of(redFlag, new Cap("DIMENSION_BELOW_FLOOR", "B", "CLI"),
                new Cap("OVERDUE_CORRECTIVE_ACTION", "C", "F-2025-0107"));
        Result result = new Result(new BigDecimal("42.94"), "D", "D", "BLOCKED", POLICY, caps);
        return new SupplierScorecard(new Company(12, "Guangxi Lithium Salt Refining Co., Ltd.", "广西锂盐精炼有限公司", "CN",
                "Lithium hydroxide", "TIER_2"), period(), result, dimensions(false, scores),
                List.of(), List.of(note(false, "CLI-01", "Energy use measured per site", "", "0", "6")),
                List.of(new RedFlag("LAB-07", "No child labour (age verification records)", true),
                        new RedFlag("ENV-02", "Wastewater discharge permit valid", false)),
                List.of(new OpenFinding("F-2026-0031", "LAB-07", "PRIORITY", "Two workers aged 15 found in the packing line.",
                                null, null),
                        new OpenFinding("F-2025-0107", "ENV-06", "MAJOR", "Hazardous waste stored outside the bunded area.",
                                "REJECTED", LocalDate.of(2026, 1, 31)),
                        new OpenFinding("F-2025-0109", "HSE-02", "MINOR", "Eye-wash station blocked by pallets.", "VERIFIED",
                                LocalDate.of(2026, 2, 28))),
                new EmissionsSummary(2025, new BigDecimal("9120400"), new BigDecimal("15874000"), new BigDecimal("15874000"),
                        new BigDecimal("88000000"), new BigDecimal("1.00"), "VERIFIED_TOTAL", "AR5"),
                List.of(new TrendPoint("2026 annual ESG assessment", LocalDate.of(2026, 4, 8), new BigDecimal("42.94"), "D")),
                new NextTier("C", new BigDecimal("7.06"), List.of(redFlag), List.of()),
                Instant.parse("2026-04-20T06:45:00Z"), "Li Wei (procurement)");
    }

    /** Tier B by the total alone, no caps: 4.15 points short of A. Two campaigns. */
    static SupplierScorecard approved() {
        String[] scores = {"80.00", "70.00", "74.00", "70.00", "80.00", "76.00", "82.00", "76.50"};
        Result result = new Result(new BigDecimal("75.85"), "B", "B", "APPROVED", POLICY, List.of());
        IndicatorNote target = note(false, "CLI-04", "Science-based emission reduction target", "", "4", "8");
        return new SupplierScorecard(new Company(3, "Jiangxi Ganfeng Cathode Technology Co., Ltd.", "江西赣锋正极科技有限公司", "CN",
                "Cathode active materials (LFP)", "TIER_1"), period(), result, dimensions(false, scores),
                List.of(note(false, "ETH-02", "Anti-bribery policy with yearly training", "", "10", "10")), List.of(target),
                List.of(), List.of(), null,
                List.of(new TrendPoint("2025 annual ESG assessment", LocalDate.of(2025, 4, 9), new BigDecimal("70.15"), "B"),
                        new TrendPoint("2026 annual ESG assessment", LocalDate.of(2026, 4, 8), new BigDecimal("75.85"), "B")),
                new NextTier("A", new BigDecimal("4.15"), List.of(), List.of(target)),
                Instant.parse("2026-04-20T06:45:00Z"), "system");
    }

    /** Every card the tests write: together they use every label. */
    static List<SupplierScorecard> all(Locale language) {
        return List.of(sample(language), minimal(), blocked(), approved());
    }

    /**
     * The sample with other figures, for the benchmark: the supplier, the dimension scores (and so the total, tier,
     * caps and next tier), the emissions and the trend vary with {@code seed}.
     */
    public static SupplierScorecard varied(int seed, Locale language) {
        boolean chinese = "zh".equals(language.getLanguage());
        SupplierScorecard sample = sample(language);
        Random random = new Random(seed);
        String[] scores = new String[DIMENSIONS.length];
        BigDecimal weighted = BigDecimal.ZERO;
        for (int i = 0; i < scores.length; i++) {
            BigDecimal score = BigDecimal.valueOf(35 + random.nextInt(6000) / 100.0).setScale(2, RoundingMode.HALF_UP);
            scores[i] = score.toPlainString();
            weighted = weighted.add(score.multiply(new BigDecimal(DIMENSIONS[i][3])));
        }
        BigDecimal total = weighted.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
        String scoreTier = POLICY.tierFor(total);
        List<Cap> caps = new ArrayList<>();
        if (random.nextBoolean()) {
            caps.add(new Cap("OPEN_MAJOR_FINDING", "C", MAJOR_FINDING));
        }
        for (int i = 0; i < scores.length; i++) {
            if (new BigDecimal(scores[i]).compareTo(POLICY.dimensionFloorForA()) < 0) {
                caps.add(new Cap("DIMENSION_BELOW_FLOOR", "B", DIMENSIONS[i][0]));
            }
        }
        String tier = scoreTier;
        for (Cap cap : caps) {
            tier = "ABCD".indexOf(cap.maximum()) > "ABCD".indexOf(tier) ? cap.maximum() : tier;
        }
        String status = switch (tier) {
            case "A" -> "PREFERRED";
            case "B" -> "APPROVED";
            case "C" -> "CONDITIONAL";
            default -> "BLOCKED";
        };
        NextTier next = null;
        if (!"A".equals(tier)) {
            String better = String.valueOf("ABCD".charAt("ABCD".indexOf(tier) - 1));
            BigDecimal needed = POLICY.minimum(better).subtract(total).max(BigDecimal.ZERO).setScale(2, RoundingMode.HALF_UP);
            List<Cap> blocking = caps.stream().filter(cap -> "ABCD".indexOf(cap.maximum()) > "ABCD".indexOf(better)).toList();
            next = new NextTier(better, needed, blocking, sample.nextTier().actions());
        }
        long kg = 20_000_000L + random.nextInt(50_000_000);
        BigDecimal previous = total.subtract(BigDecimal.valueOf(random.nextInt(900) / 100.0)).max(BigDecimal.ZERO)
                .setScale(2, RoundingMode.HALF_UP);
        Company company = new Company(1000 + seed, "Supplier " + seed + " Cathode Materials Co., Ltd.",
                "供应商" + seed + "正极材料有限公司", "CN", "Cathode active materials (NCM)", seed % 2 == 0 ? "TIER_1" : "TIER_2");
        return new SupplierScorecard(company, sample.period(), new Result(total, scoreTier, tier, status, POLICY, caps),
                dimensions(chinese, scores), sample.strengths(), sample.gaps(), sample.redFlags(), sample.openFindings(),
                new EmissionsSummary(2025, BigDecimal.valueOf(kg), BigDecimal.valueOf(kg * 13 / 10), BigDecimal.valueOf(kg * 9 / 10),
                        BigDecimal.valueOf(kg * 11), new BigDecimal("2.34"), "ACTIVITY_DATA", "AR6"),
                List.of(sample.trend().get(0), new TrendPoint(sample.trend().get(1).campaign(), sample.trend().get(1).scoredOn(),
                                previous, POLICY.tierFor(previous)),
                        new TrendPoint(sample.trend().get(2).campaign(), sample.trend().get(2).scoredOn(), total, tier)),
                next, sample.generatedAt(), sample.generatedBy());
    }

    static Company company(String chainTier) {
        return new Company(1, LEGAL_NAME, LOCAL_NAME, "CN", "Cathode active materials (NCM)", chainTier);
    }

    static Period period() {
        return period(false);
    }

    static Period period(boolean chinese) {
        return new Period(chinese ? "2026 年度 ESG 评估" : "2026 annual ESG assessment", LocalDate.of(2026, 3, 31), 3, 1, Instant.parse("2026-04-08T09:30:00Z"));
    }

    static List<DimensionScore> dimensions(boolean chinese, String[] scores) {
        List<DimensionScore> dimensions = new ArrayList<>();
        for (int i = 0; i < DIMENSIONS.length; i++) {
            String[] dimension = DIMENSIONS[i];
            dimensions.add(new DimensionScore(dimension[0], chinese ? dimension[2] : dimension[1],
                    scores[i] == null ? null : new BigDecimal(scores[i]), new BigDecimal(dimension[3])));
        }
        return dimensions;
    }

    private static IndicatorNote note(boolean chinese, String code, String english, String chineseName, String earned, String max) {
        return new IndicatorNote(code, chinese ? chineseName : english, code.substring(0, 3), new BigDecimal(earned), new BigDecimal(max));
    }
}
