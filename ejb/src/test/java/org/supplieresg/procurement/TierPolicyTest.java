package org.supplieresg.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

class TierPolicyTest {

    private final TierPolicy policy = TierPolicy.defaults();

    @Test
    void defaultThresholdsAreEightySixtyFiveAndFifty() {
        assertThat(policy.tierForScore(new BigDecimal("100"))).isEqualTo(Tier.A);
        assertThat(policy.tierForScore(new BigDecimal("80.00"))).isEqualTo(Tier.A);
        assertThat(policy.tierForScore(new BigDecimal("79.99"))).isEqualTo(Tier.B);
        assertThat(policy.tierForScore(new BigDecimal("65"))).isEqualTo(Tier.B);
        assertThat(policy.tierForScore(new BigDecimal("64.99"))).isEqualTo(Tier.C);
        assertThat(policy.tierForScore(new BigDecimal("50"))).isEqualTo(Tier.C);
        assertThat(policy.tierForScore(new BigDecimal("49.99"))).isEqualTo(Tier.D);
        assertThat(policy.tierForScore(BigDecimal.ZERO)).isEqualTo(Tier.D);
    }

    @Test
    void eachTierHasItsSourcingStatus() {
        assertThat(Tier.A.sourcingStatus()).isEqualTo(SourcingStatus.PREFERRED);
        assertThat(Tier.B.sourcingStatus()).isEqualTo(SourcingStatus.APPROVED);
        assertThat(Tier.C.sourcingStatus()).isEqualTo(SourcingStatus.CONDITIONAL);
        assertThat(Tier.D.sourcingStatus()).isEqualTo(SourcingStatus.BLOCKED);
    }

    @Test
    void aCapOnlyEverLowersATier() {
        assertThat(Tier.A.atMost(Tier.C)).isEqualTo(Tier.C);
        assertThat(Tier.D.atMost(Tier.B)).isEqualTo(Tier.D);
        assertThat(Tier.B.atMost(Tier.B)).isEqualTo(Tier.B);
    }

    @Test
    void thresholdsMustDescendAndStayWithinZeroToOneHundred() {
        assertThatThrownBy(() -> new TierPolicy(2, new BigDecimal("60"), new BigDecimal("65"), new BigDecimal("50"),
                new BigDecimal("30"), new BigDecimal("50")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(FieldViolation::messageKey)
                        .containsExactly("policy.thresholds.order"));
        assertThatThrownBy(() -> new TierPolicy(2, new BigDecimal("101"), new BigDecimal("65"), new BigDecimal("50"),
                new BigDecimal("30"), new BigDecimal("-1")))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations()).extracting(FieldViolation::field)
                        .containsExactly("aMinimum", "unvalidatedPointsPercent"));
    }
}
