package org.supplieresg.audit;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.supplieresg.evidence.EvidenceView;

/** What the pages and the API show of audits, findings and corrective actions. */
public final class AuditViews {

    private AuditViews() {
    }

    static FindingView of(Finding f, CorrectiveAction c, LocalDate today) {
        return new FindingView(f.id(), f.reference(), f.audit().reference(), f.supplierId(), f.indicatorCode(),
                f.severity(), f.observation(), f.status(), f.closedAt(), of(c, today));
    }

    static CorrectiveActionView of(CorrectiveAction c, LocalDate today) {
        return new CorrectiveActionView(c.id(), c.finding().reference(), c.dueDate(), c.overdueOn(today), c.status(),
                c.rootCause(), c.actions(), c.owner(), c.progress(), c.submittedBy(), c.submittedAt(), c.verifiedBy(),
                c.verificationNote(), c.escalationLevel(), c.evidence().stream().map(e -> EvidenceView.of(e, today)).toList(), c.version());
    }

    public record AuditView(long id, String reference, long supplierId, String supplierName, AuditType type, AuditStatus status,
                            LocalDate plannedStart, LocalDate plannedEnd, LocalDate proposedStart, LocalDate proposedEnd,
                            String supplierNote, String leadAuditor, List<String> team, String siteAddress, String siteCountry,
                            String language, Long assessmentId, Instant startedAt, Instant completedAt, long version,
                            List<ItemView> items, List<FindingView> findings) {

        public long checked() {
            return items.stream().filter(i -> i.outcome() != null).count();
        }

        public List<ItemView> discrepancies() {
            return items.stream().filter(ItemView::discrepancy).toList();
        }
    }

    public record ItemView(long id, int position, String indicatorCode, String textEn, String textZh, ChecklistReason reason,
                           String selfAssessed, Outcome outcome, Severity severity, String verifiedAnswer, String observation,
                           String checkedBy, boolean discrepancy, List<EvidenceView> photos, long version) {
    }

    public record FindingView(long id, String reference, String auditReference, long supplierId, String indicatorCode,
                              Severity severity, String observation, Finding.Status status, Instant closedAt,
                              CorrectiveActionView correctiveAction) {
    }

    public record CorrectiveActionView(long id, String findingReference, LocalDate dueDate, boolean overdue,
                                       CorrectiveActionStatus status, String rootCause, String actions, String owner,
                                       String progress, String submittedBy, Instant submittedAt, String verifiedBy,
                                       String verificationNote, int escalationLevel, List<EvidenceView> evidence, long version) {
    }

    /** An open corrective action as a to-do line: which supplier, which finding, when due. */
    public record OpenAction(long id, long supplierId, String supplierName, String findingReference, String indicatorCode,
                             Severity severity, String observation, LocalDate dueDate, boolean overdue,
                             CorrectiveActionStatus status) {
    }
}
