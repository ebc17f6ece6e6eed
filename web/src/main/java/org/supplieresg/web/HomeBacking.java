package org.supplieresg.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.supplieresg.assessment.AssessmentSummary;
import org.supplieresg.assessment.Questionnaires;
import org.supplieresg.evidence.EvidenceLibrary;
import org.supplieresg.evidence.EvidenceView;
import org.supplieresg.identity.CurrentUser;

/** The home page: for a supplier user, the questionnaires of its company and where each stands. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    CurrentUser currentUser;

    @Inject
    Questionnaires questionnaires;

    @Inject
    EvidenceLibrary evidence;

    @Inject
    jakarta.faces.context.ExternalContext external;

    @Inject
    org.supplieresg.notification.Inbox inbox;

    @Inject
    org.supplieresg.web.i18n.Texts texts;

    private List<org.supplieresg.assessment.SharedResults.AwaitingReview> awaitingReview;
    private List<org.supplieresg.notification.Inbox.MessageView> messages;

    static final int MESSAGES_SHOWN = 20;

    @Inject
    org.supplieresg.audit.CorrectiveActions correctiveActions;

    @Inject
    StaffWorklists worklists;

    @Inject
    org.supplieresg.audit.Audits audits;

    private List<org.supplieresg.audit.AuditViews.OpenAction> openActions;
    private List<org.supplieresg.audit.AuditViews.OpenAction> overdueActions;
    private List<org.supplieresg.audit.AuditViews.AuditView> auditsThisMonth;
    private List<org.supplieresg.audit.AuditViews.AuditView> ownAudits;

    /** For a supplier user: its open findings and their corrective actions, by due date. */
    public List<org.supplieresg.audit.AuditViews.OpenAction> getOpenActions() {
        if (openActions == null) {
            openActions = currentUser.companyId().filter(c -> currentUser.isSupplierUser()).map(correctiveActions::openOf).orElse(List.of());
        }
        return openActions;
    }

    /** For a supplier user: its audits (announced ones, and unannounced ones once begun). */
    public List<org.supplieresg.audit.AuditViews.AuditView> getOwnAudits() {
        if (ownAudits == null) {
            ownAudits = currentUser.companyId().filter(c -> currentUser.isSupplierUser()).map(audits::ofSupplier).orElse(List.of());
        }
        return ownAudits;
    }

    /** For auditors and planners: the corrective actions past their due date and still with the supplier. */
    public List<org.supplieresg.audit.AuditViews.OpenAction> getOverdueActions() {
        if (overdueActions == null) {
            overdueActions = external.isUserInRole("AUDITOR") || external.isUserInRole("ADMIN") || external.isUserInRole("PROCUREMENT")
                    ? worklists.overdueActions() : List.of();
        }
        return overdueActions;
    }

    /** For auditors: the audits with days in this month. */
    public List<org.supplieresg.audit.AuditViews.AuditView> getAuditsThisMonth() {
        if (auditsThisMonth == null) {
            java.time.LocalDate first = java.time.LocalDate.now().withDayOfMonth(1);
            auditsThisMonth = external.isUserInRole("AUDITOR") || external.isUserInRole("ADMIN")
                    ? audits.between(first, first.plusMonths(1).minusDays(1)) : List.of();
        }
        return auditsThisMonth;
    }

    /** The latest messages to the user's company, in the user's language. */
    public List<org.supplieresg.notification.Inbox.MessageView> getMessages() {
        if (messages == null) {
            messages = currentUser.companyId().filter(c -> currentUser.isSupplierUser())
                    .map(c -> inbox.latest(c, MESSAGES_SHOWN, texts.locale())).orElse(List.of());
        }
        return messages;
    }

    private List<AssessmentSummary> assessments;
    private List<Questionnaires.ToFix> toFix;
    private List<EvidenceView> expiring;
    private List<EvidenceView> library;

    /** Answers that reviewers sent back, in open campaigns. */
    public List<Questionnaires.ToFix> getToFix() {
        if (toFix == null) {
            toFix = currentUser.companyId().filter(c -> currentUser.isSupplierUser()).map(questionnaires::toFix).orElse(List.of());
        }
        return toFix;
    }

    /** Certificates and other evidence whose validity ends within 60 days or has ended. */
    public List<EvidenceView> getExpiring() {
        if (expiring == null) {
            expiring = currentUser.companyId().filter(c -> currentUser.isSupplierUser())
                    .map(c -> evidence.expiring(c, EXPIRY_WARNING_DAYS)).orElse(List.of());
        }
        return expiring;
    }

    /** The company's evidence library. */
    public List<EvidenceView> getLibrary() {
        if (library == null) {
            library = currentUser.companyId().filter(c -> currentUser.isSupplierUser()).map(evidence::library).orElse(List.of());
        }
        return library;
    }

    static final int EXPIRY_WARNING_DAYS = 60;

    /** For reviewers: suppliers whose shared results propose answers still to be decided. */
    public List<org.supplieresg.assessment.SharedResults.AwaitingReview> getAwaitingReview() {
        if (awaitingReview == null) {
            awaitingReview = external.isUserInRole("PROCUREMENT") || external.isUserInRole("ADMIN")
                    ? worklists.awaitingReview() : List.of();
        }
        return awaitingReview;
    }

    /** For a supplier user: the questionnaires still to answer and submit, soonest deadline first. */
    public List<AssessmentSummary> getToAnswer() {
        return getAssessments().stream().filter(a -> a.status() == org.supplieresg.assessment.AssessmentStatus.IN_PROGRESS)
                .sorted(java.util.Comparator.comparing(AssessmentSummary::deadline)).toList();
    }

    /** For a supplier user: how many of its open corrective actions are past their due date. */
    public long getOverdueOwnActions() {
        return getOpenActions().stream().filter(org.supplieresg.audit.AuditViews.OpenAction::overdue).count();
    }

    /** For a supplier user: whether anything at all waits for it. */
    public boolean isNothingToDo() {
        return getToAnswer().isEmpty() && getToFix().isEmpty() && getOpenActions().isEmpty() && getExpiring().isEmpty();
    }

    public List<AssessmentSummary> getAssessments() {
        if (assessments == null) {
            assessments = currentUser.isSupplierUser()
                    ? currentUser.companyId().map(questionnaires::ofSupplier).orElse(List.of())
                    : List.of();
        }
        return assessments;
    }
}
