package org.supplieresg.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.supplieresg.evidence.Evidence;
import org.supplieresg.shared.InvalidInputException;

/** An assigned module: why it was assigned, and its completion, once. */
class TrainingAssignmentTest {

    static final Instant NOW = Instant.parse("2026-11-28T08:00:00Z");
    static final Instant SCORED = Instant.parse("2026-11-27T23:30:00Z");

    final TrainingModule module = TrainingModule.create(TrainingModuleTest.linked("DAT", "en", "https://thebatterypass.eu/"),
            TrainingModuleTest.DIMENSIONS, null, "admin", NOW);
    final TrainingPolicy policy = TrainingPolicy.of(new BigDecimal("50.00"));

    static Evidence certificateOf(long supplierId) {
        return new Evidence() {
            @Override
            public Long supplierId() {
                return supplierId;
            }

            @Override
            public String fileName() {
                return "certificate.pdf";
            }
        };
    }

    static String message(Runnable action) {
        try {
            action.run();
            return null;
        } catch (InvalidInputException e) {
            return e.violations().get(0).message(Locale.ENGLISH);
        }
    }

    @Test
    void anAutomaticAssignmentSaysWhichScoreAssignedIt() {
        TrainingAssignment assignment = TrainingAssignment.automatic(50, module, new TrainingPlan.Weakness("DAT", new BigDecimal("41.94")),
                policy, SCORED, "buyer", NOW);

        assertThat(assignment.reason()).isEqualTo("DAT scored 41.94 < 50 in the score of 2026-11-27");
        assertThat(assignment.source()).isEqualTo(AssignmentSource.AUTOMATIC);
        assertThat(assignment.status()).isEqualTo(AssignmentStatus.ASSIGNED);
        assertThat(assignment.dimensionScore()).isEqualByComparingTo("41.94");
        assertThat(assignment.threshold()).isEqualByComparingTo("50");
        assertThat(assignment.scoredAt()).isEqualTo(SCORED);
        assertThat(assignment.assignedBy()).isEqualTo("buyer");
        assertThat(assignment.auditSnapshot()).containsEntry("status", "ASSIGNED").containsEntry("supplier", "50");
    }

    @Test
    void aBuyerAssignsOnlyActiveModulesWithANoteForTheSupplier() {
        TrainingAssignment assignment = TrainingAssignment.manual(50, module, "  After the audit of March  ", "buyer", NOW);
        assertThat(assignment.reason()).isEqualTo("Assigned by buyer: After the audit of March");
        assertThat(assignment.source()).isEqualTo(AssignmentSource.MANUAL);
        assertThat(TrainingAssignment.manual(50, module, null, "buyer", NOW).reason()).isEqualTo("Assigned by buyer");

        module.deactivate();
        assertThat(message(() -> TrainingAssignment.manual(50, module, null, "buyer", NOW)))
                .isEqualTo("“GHG Protocol Corporate Standard” is no longer offered: choose an active module.");
    }

    @Test
    void completionRecordsWhoWhenAndTheCertificateAndHappensOnce() {
        TrainingAssignment assignment = TrainingAssignment.manual(50, module, null, "buyer", NOW);

        assignment.complete(certificateOf(50), " Six staff attended ", "company50-user", NOW);

        assertThat(assignment.completed()).isTrue();
        assertThat(assignment.completedBy()).isEqualTo("company50-user");
        assertThat(assignment.completedAt()).isEqualTo(NOW);
        assertThat(assignment.completionNote()).isEqualTo("Six staff attended");
        assertThat(assignment.certificate().fileName()).isEqualTo("certificate.pdf");
        assertThat(message(() -> assignment.complete(null, null, "buyer", NOW)))
                .isEqualTo("“GHG Protocol Corporate Standard” is already marked as completed.");
        assertThat(assignment.completedBy()).as("unchanged").isEqualTo("company50-user");
    }

    @Test
    void anotherCompanysCertificateIsRefusedAndNothingChanges() {
        TrainingAssignment assignment = TrainingAssignment.manual(50, module, null, "buyer", NOW);

        assertThat(message(() -> assignment.complete(certificateOf(51), null, "buyer", NOW)))
                .isEqualTo("This evidence belongs to another company.");
        assertThat(assignment.completed()).isFalse();
        assertThatThrownBy(() -> assignment.complete(null, "x".repeat(1001), "buyer", NOW)).isInstanceOf(InvalidInputException.class);
        assertThat(assignment.completed()).isFalse();
    }
}
