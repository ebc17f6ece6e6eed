package org.supplieresg.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.supplieresg.evidence.Evidence;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

/** An audit's life cycle, its findings and corrective actions, as the entities guard them. */
class AuditLifecycleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    static final Instant NOW = Instant.parse("2026-11-27T09:00:00Z");

    static Audit.Plan plan(AuditType type, LocalDate start, LocalDate end) {
        return new Audit.Plan(type, start, end, "auditor", List.of("auditor", "lin"), "12 Harbour Road", "CN", "zh-CN");
    }

    static final org.supplieresg.supplier.Supplier SUPPLIER = org.supplieresg.supplier.Supplier.register(
            new org.supplieresg.supplier.SupplierProfile("Guangdong Electrolyte Co., Ltd.", null, "CN", null,
                    org.supplieresg.supplier.IndustryScheme.NAICS, "325180", org.supplieresg.supplier.SpendCategory.ELECTROLYTE,
                    new java.math.BigDecimal("1000"), "CNY", org.supplieresg.supplier.ChainTier.TIER_1, null,
                    org.supplieresg.supplier.SupplierStatus.ACTIVE, List.of()), null, NOW);

    static Audit audit(AuditType type) {
        Audit audit = Audit.schedule("AUD-2026-0001", SUPPLIER, plan(type, TODAY.plusDays(10), TODAY.plusDays(11)), null, TODAY, "buyer", NOW);
        audit.addItem("ENV-09", ChecklistReason.ONSITE, "YES");
        audit.addItem("LAB-08", ChecklistReason.WEAK_ANSWER, "LEVEL_1");
        return audit;
    }

    static List<String> problems(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException e) {
            return e.violations().stream().map(FieldViolation::messageKey).toList();
        }
        throw new AssertionError("nothing was refused");
    }

    @Test
    void anAuditNeedsDatesInOrderAndNotInThePastALeadAnAddressACountryAndALanguage() {
        assertThat(problems(() -> Audit.schedule("AUD-2026-0002", null, new Audit.Plan(null, TODAY.minusDays(1), TODAY.minusDays(2),
                " ", null, "", "XX", null), null, TODAY, "buyer", NOW)))
                .containsExactly("field.required", "audit.date.past", "audit.date.order", "field.required", "field.required",
                        "supplier.country.required", "field.required");
    }

    @Test
    void anAnnouncedAuditWaitsForTheSupplierAndAnUnannouncedOneIsConfirmedAtOnceAndHidden() {
        Audit announced = audit(AuditType.PERIODIC);
        assertThat(announced.status()).isEqualTo(AuditStatus.PLANNED);
        assertThat(announced.visibleToSupplier()).isTrue();
        assertThat(announced.team()).as("the lead is not repeated in the team").containsExactly("lin");
        assertThat(problems(() -> announced.propose(TODAY.plusDays(20), TODAY.plusDays(21), " ", TODAY))).containsExactly("audit.propose.note");
        announced.propose(TODAY.plusDays(20), TODAY.plusDays(21), "Shutdown week", TODAY);
        assertThat(announced.proposedStart()).contains(TODAY.plusDays(20));
        announced.reschedule(TODAY.plusDays(20), TODAY.plusDays(21), TODAY);
        assertThat(announced.proposedStart()).isEmpty();
        announced.confirm();
        assertThat(announced.status()).isEqualTo(AuditStatus.CONFIRMED);

        Audit unannounced = audit(AuditType.UNANNOUNCED);
        assertThat(unannounced.status()).isEqualTo(AuditStatus.CONFIRMED);
        assertThat(unannounced.visibleToSupplier()).isFalse();
        unannounced.start(NOW);
        assertThat(unannounced.visibleToSupplier()).isTrue();
    }

    @Test
    void itemsAreCheckedOnlyOnSiteAFindingNeedsSeverityAndObservationAndEveryItemBeforeCompletion() {
        Audit audit = audit(AuditType.INITIAL);
        assertThat(problems(() -> audit.check("ENV-09", Outcome.CONFORMING, null, null, null, "auditor", NOW))).containsExactly("audit.status");
        audit.confirm();
        audit.start(NOW);
        assertThat(problems(() -> audit.check("ENV-09", Outcome.FINDING, null, null, " ", "auditor", NOW)))
                .containsExactly("audit.finding.severity", "audit.finding.observation");
        assertThat(problems(() -> audit.check("XXX-01", Outcome.CONFORMING, null, null, null, "auditor", NOW))).containsExactly("audit.item.unknown");
        audit.check("ENV-09", Outcome.FINDING, Severity.MINOR, "NO", "Drums outside the bund", "auditor", NOW);
        assertThat(problems(() -> audit.complete(NOW))).containsExactly("audit.complete.unchecked");
        audit.check("LAB-08", Outcome.CONFORMING, Severity.MAJOR, "LEVEL_1", null, "auditor", NOW);

        audit.complete(NOW);

        assertThat(audit.status()).isEqualTo(AuditStatus.COMPLETED);
        assertThat(audit.item("ENV-09").discrepancy()).as("said YES, found NO").isTrue();
        assertThat(audit.item("LAB-08").discrepancy()).isFalse();
        assertThat(audit.item("LAB-08").severity()).as("a conforming item has no severity").isNull();
    }

    @Test
    void aMinorFindingClosesOnVerificationAMajorOneOnlyInAClosureAudit() {
        Audit audit = audit(AuditType.INITIAL);
        audit.confirm();
        audit.start(NOW);
        audit.check("ENV-09", Outcome.FINDING, Severity.MINOR, null, "Drums outside the bund", "auditor", NOW);
        audit.check("LAB-08", Outcome.FINDING, Severity.MAJOR, null, "Pregnancy tests", "auditor", NOW);
        audit.complete(NOW);
        Finding minor = new Finding(audit.item("ENV-09"), 1);
        Finding major = new Finding(audit.item("LAB-08"), 2);
        assertThat(minor.reference()).isEqualTo("AUD-2026-0001-F01");
        assertThat(major.capsTier()).isTrue();
        assertThat(minor.capsTier()).isFalse();
        CorrectiveAction minorAction = new CorrectiveAction(minor, TODAY.plusDays(180));
        CorrectiveAction majorAction = new CorrectiveAction(major, TODAY.plusDays(90));

        assertThat(problems(() -> minor.close(minorAction, null, "auditor", NOW))).containsExactly("finding.close.notVerified");
        assertThat(problems(() -> minorAction.submit(new CorrectiveAction.Progress(" ", "Built a bund", null, null), List.of(), "s", NOW)))
                .containsExactly("field.required", "field.required", "cap.evidence.required");
        minorAction.submit(new CorrectiveAction.Progress("No space", "Built a bund", "EHS", null), List.of(document(null)), "s", NOW);
        assertThat(problems(() -> minorAction.verify(false, "", "auditor", NOW))).containsExactly("cap.reject.reason");
        minorAction.verify(true, null, "auditor", NOW);
        minor.close(minorAction, null, "auditor", NOW);
        assertThat(minor.status()).isEqualTo(Finding.Status.CLOSED);

        majorAction.submit(new CorrectiveAction.Progress("Old procedure", "Procedure revised", "HR", "Done"), List.of(document(null)), "s", NOW);
        majorAction.verify(true, null, "auditor", NOW);
        assertThat(problems(() -> major.close(majorAction, null, "auditor", NOW))).containsExactly("finding.close.needsAudit");
        Audit followUp = audit(AuditType.FOLLOW_UP);
        major.close(majorAction, followUp, "auditor", NOW);
        assertThat(major.capsTier()).isFalse();
    }

    @Test
    void anOverduePlanEscalatesOneStepAtATimeAndNeverBack() {
        Audit audit = audit(AuditType.INITIAL);
        audit.confirm();
        audit.start(NOW);
        audit.check("ENV-09", Outcome.FINDING, Severity.MINOR, null, "x", "auditor", NOW);
        audit.check("LAB-08", Outcome.CONFORMING, null, null, null, "auditor", NOW);
        audit.complete(NOW);
        CorrectiveAction action = new CorrectiveAction(new Finding(audit.item("ENV-09"), 1), TODAY);

        assertThat(action.overdueOn(TODAY)).isFalse();
        assertThat(action.overdueOn(TODAY.plusDays(1))).isTrue();
        assertThat(action.escalate(1)).isTrue();
        assertThat(action.escalate(1)).isFalse();
        assertThat(action.escalate(3)).isTrue();
        assertThat(action.escalate(2)).isFalse();
        assertThat(action.escalationLevel()).isEqualTo(3);
    }

    /** Evidence of the audited company (the test supplier is not stored, so its id is null). */
    private static Evidence document(Long supplierId) {
        return new Evidence() {
            @Override
            public Long supplierId() {
                return supplierId;
            }
        };
    }
}
