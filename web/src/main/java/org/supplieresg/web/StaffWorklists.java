package org.supplieresg.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.supplieresg.assessment.SharedResults;
import org.supplieresg.audit.AuditViews;
import org.supplieresg.audit.CorrectiveActions;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.platform.RecentValue;

/**
 * The work lists every staff home page shows (corrective actions past due, shared results to decide), the same for
 * every staff member: shared between them for a few seconds and read again as soon as the audit trail moves, like the
 * dashboards' figures. Callers check the viewer's role before asking; the services check it again when they compute.
 */
@ApplicationScoped
public class StaffWorklists {

    static final Duration MAX_AGE = Duration.ofSeconds(15);
    static final Duration RECHECK = Duration.ofSeconds(1);

    @Inject
    CorrectiveActions correctiveActions;

    @Inject
    SharedResults sharedResults;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    private RecentValue<List<AuditViews.OpenAction>> overdue;
    private RecentValue<List<SharedResults.AwaitingReview>> awaitingReview;

    @PostConstruct
    void init() {
        overdue = new RecentValue<>(MAX_AGE, RECHECK, clock);
        awaitingReview = new RecentValue<>(MAX_AGE, RECHECK, clock);
    }

    public List<AuditViews.OpenAction> overdueActions() {
        return overdue.get(auditTrail::latestEntryId, correctiveActions::overdue).value();
    }

    public List<SharedResults.AwaitingReview> awaitingReview() {
        return awaitingReview.get(auditTrail::latestEntryId, sharedResults::awaitingReview).value();
    }
}
