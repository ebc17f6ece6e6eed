package org.supplieresg.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.supplieresg.procurement.AllocationPlanner.Allocation;
import org.supplieresg.procurement.AllocationPlanner.Candidate;
import org.supplieresg.procurement.AllocationPlanner.Plan;

/** Shares computed by hand: weights A90 x 1.5 = 135, B70 x 1.0 = 70, C55 x 0.5 = 27.5; total 232.5. */
class AllocationPlannerTest {

    private static final List<Candidate> CANDIDATES = List.of(
            new Candidate(1, "Alpha", Tier.A, new BigDecimal("90")),
            new Candidate(2, "Bravo", Tier.B, new BigDecimal("70")),
            new Candidate(3, "Charlie", Tier.C, new BigDecimal("55")),
            new Candidate(4, "Delta", Tier.D, new BigDecimal("40")),
            new Candidate(5, "Echo", null, null));

    private static Plan plan(String min, String max, List<Candidate> candidates) {
        return AllocationPlanner.plan(new BigDecimal("1000"), "t", new BigDecimal(min), new BigDecimal(max), candidates);
    }

    private static Allocation of(Plan plan, long id) {
        return plan.allocations().stream().filter(a -> a.supplierId() == id).findFirst().orElseThrow();
    }

    @Test
    void sharesFollowScoreTimesTierFactorAndLeaveOutBlockedAndUnassessedSuppliers() {
        Plan plan = plan("10", "60", CANDIDATES);
        assertThat(of(plan, 1).sharePercent()).isEqualByComparingTo("58.06");
        assertThat(of(plan, 2).sharePercent()).isEqualByComparingTo("30.11");
        assertThat(of(plan, 3).sharePercent()).isEqualByComparingTo("11.83");
        assertThat(of(plan, 1).quantity()).isEqualByComparingTo("580.645");
        assertThat(plan.excluded()).extracting(AllocationPlanner.Exclusion::supplierId).containsExactly(4L, 5L);
        assertThat(plan.excluded().get(0).reason()).contains("blocked");
        assertThat(plan.excluded().get(1).reason()).contains("not assessed");
        assertThat(plan.uncoveredPercent()).isEqualByComparingTo("0");
        assertThat(plan.allocations()).extracting(Allocation::supplierId).containsExactly(1L, 2L, 3L);
    }

    @Test
    void aShareAboveTheMaximumIsCutAndTheExcessSharedByWeight() {
        // Alpha held at 50; the other 50 % split 70 : 27.5 -> 35.90 and 14.10.
        Plan plan = plan("10", "50", CANDIDATES);
        assertThat(of(plan, 1).sharePercent()).isEqualByComparingTo("50.00");
        assertThat(of(plan, 1).reason()).contains("maximum");
        assertThat(of(plan, 2).sharePercent()).isEqualByComparingTo("35.90");
        assertThat(of(plan, 3).sharePercent()).isEqualByComparingTo("14.10");
        assertThat(plan.reasoning()).anyMatch(r -> r.contains("held at the maximum share of 50"));
    }

    @Test
    void aShareBelowTheMinimumDropsOutAndTheOthersAreRecomputed() {
        // Charlie's 11.83 % is below 15 %: Alpha 135 / 205 = 65.85 %, capped at 60; Bravo gets 40.
        Plan plan = plan("15", "60", CANDIDATES);
        assertThat(plan.allocations()).extracting(Allocation::supplierId).containsExactly(1L, 2L);
        assertThat(plan.excluded()).anyMatch(e -> e.supplierId() == 3 && e.reason().contains("below the minimum of 15"));
        assertThat(of(plan, 1).sharePercent()).isEqualByComparingTo("60.00");
        assertThat(of(plan, 2).sharePercent()).isEqualByComparingTo("40.00");
    }

    @Test
    void demandThatTheMaximumSharesCannotCoverIsReportedAsUncovered() {
        Plan plan = plan("0", "40", CANDIDATES.subList(0, 2));
        assertThat(of(plan, 1).sharePercent()).isEqualByComparingTo("40");
        assertThat(of(plan, 2).sharePercent()).isEqualByComparingTo("40");
        assertThat(plan.uncoveredPercent()).isEqualByComparingTo("20");
        assertThat(plan.reasoning()).anyMatch(r -> r.contains("20 % of the demand is uncovered"));
    }

    @Test
    void nobodyQualifiedMeansEverythingIsUncovered() {
        Plan plan = plan("10", "60", CANDIDATES.subList(3, 5));
        assertThat(plan.allocations()).isEmpty();
        assertThat(plan.uncoveredPercent()).isEqualByComparingTo("100");
    }

    @Test
    void refusesImpossibleLimits() {
        assertThatThrownBy(() -> plan("70", "60", CANDIDATES)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AllocationPlanner.plan(BigDecimal.ZERO, "t", BigDecimal.ZERO, BigDecimal.TEN, CANDIDATES))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
