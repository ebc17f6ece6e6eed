package org.supplieresg.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.supplieresg.shared.InvalidInputException;

/** The threshold: a dimension score from 0 to 100. */
class TrainingPolicyTest {

    @Test
    void theThresholdIsAScoreFrom0To100WithAtMostTwoDecimals() {
        for (String ok : new String[] {"0", "50", "62.5", "99.99", "100", "100.00"}) {
            assertThat(TrainingPolicy.violations(new BigDecimal(ok))).as(ok).isEmpty();
        }
        for (String bad : new String[] {"-1", "-0.01", "100.01", "101", "50.005"}) {
            assertThat(TrainingPolicy.violations(new BigDecimal(bad))).as(bad).singleElement()
                    .satisfies(v -> assertThat(v.message(Locale.ENGLISH))
                            .isEqualTo("The threshold is a dimension score from 0 to 100, with at most two decimals."));
        }
        assertThat(TrainingPolicy.violations(null)).singleElement().satisfies(v -> assertThat(v.messageKey()).isEqualTo("field.required"));
    }

    @Test
    void aChangeRecordsWhoAndWhenAndARefusedOneChangesNothing() {
        TrainingPolicy policy = TrainingPolicy.of(new BigDecimal("50"));
        Instant now = Instant.parse("2026-11-28T08:00:00Z");

        assertThatThrownBy(() -> policy.change(new BigDecimal("120"), "admin", now)).isInstanceOf(InvalidInputException.class);
        assertThat(policy.thresholdText()).isEqualTo("50");

        policy.change(new BigDecimal("62.50"), "admin", now);
        assertThat(policy.thresholdText()).isEqualTo("62.5");
        assertThat(policy.changedBy()).isEqualTo("admin");
        assertThat(policy.changedAt()).isEqualTo(now);
        assertThat(policy.auditSnapshot()).containsEntry("threshold", "62.5");
        assertThat(TrainingPolicy.of(new BigDecimal("100.00")).thresholdText()).isEqualTo("100");
    }
}
