package org.supplieresg.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The audit risk ranking: every point has its reason, and the tables and facts move the score as documented. */
class AuditRiskTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final AuditRisk.Tables TABLES = new AuditRisk.Tables(Map.of("CD", 5, "DE", 1), Map.of("COBALT", 5, "ALUMINIUM", 3),
            Map.of("CD/COBALT", 5));

    static AuditRisk.Facts facts(long id, String country, String category, String spend, String tier, boolean redFlag,
                                 LocalDate lastAudit, boolean shared) {
        return new AuditRisk.Facts(id, "Supplier " + id, country, category, spend == null ? null : new BigDecimal(spend), tier,
                redFlag, lastAudit, shared);
    }

    @Test
    void cobaltFromCongoNeverAuditedAndNotAssessedRanksHighWithEveryPointExplained() {
        AuditRisk.Ranked congo = AuditRisk.rank(List.of(facts(1, "CD", "COBALT", "1000000", null, false, null, false)), TABLES, TODAY).get(0);

        // 15 not assessed + 16 country + 12 commodity + 10 chain + 10 spend (the largest) + 12 never audited
        assertThat(congo.score()).isEqualByComparingTo("75.0");
        assertThat(congo.reasons()).containsExactly("not assessed yet: +15", "country CD risk 5: +16", "COBALT risk 5: +12",
                "COBALT from CD risk 5: +10", "spend USD 1000000: +10", "never audited on site: +12");
    }

    @Test
    void aRecentAuditAndASharedSocialAuditLowerTheRiskAndATierARecentlyAuditedGermanSupplierRanksLast() {
        List<AuditRisk.Ranked> ranked = AuditRisk.rank(List.of(
                facts(1, "DE", "ALUMINIUM", "500000", "A", false, TODAY.minusMonths(3), true),
                facts(2, "DE", "ALUMINIUM", "1000000", "D", true, TODAY.minusMonths(30), false),
                facts(3, "DE", "ALUMINIUM", "1000000", "B", false, TODAY.minusMonths(18), false)), TABLES, TODAY);

        assertThat(ranked).extracting(AuditRisk.Ranked::supplierId).containsExactly(2L, 3L, 1L);
        // 25 tier D + 15 red flag + 0 country + 6 commodity + 10 spend + 8 audit over 24 months
        assertThat(ranked.get(0).score()).isEqualByComparingTo("64.0");
        assertThat(ranked.get(1).reasons()).contains("last audit " + TODAY.minusMonths(18) + ", 12-24 months ago: +4");
        // 0 + 6 commodity + 5 spend (half the largest) + 0 recent audit - 10 shared audit = 1
        assertThat(ranked.get(2).score()).isEqualByComparingTo("1.0");
        assertThat(ranked.get(2).reasons()).contains("current RBA or SMETA audit shared: -10", "spend USD 500000: +5");
    }

    @Test
    void aCountryOrCategoryNotInTheTablesCountsAsMediumAndSpendWithoutARateIsSaidSo() {
        AuditRisk.Ranked unknown = AuditRisk.rank(List.of(facts(1, "FR", "LOGISTICS", null, "A", false, TODAY.minusMonths(1), false)),
                TABLES, TODAY).get(0);

        assertThat(unknown.reasons()).contains("country FR risk 3: +8", "LOGISTICS risk 3: +6",
                "spend not ranked: no exchange rate for its currency");
        assertThat(unknown.score()).isEqualByComparingTo("14.0");
    }

    @Test
    void theScoreStaysWithinZeroAndAHundred() {
        AuditRisk.Ranked lowest = AuditRisk.rank(List.of(facts(1, "DE", "NONE", "0", "A", false, TODAY, true)),
                new AuditRisk.Tables(Map.of("DE", 1), Map.of("NONE", 1), Map.of()), TODAY).get(0);

        assertThat(lowest.score()).isEqualByComparingTo("0.0");
    }
}
