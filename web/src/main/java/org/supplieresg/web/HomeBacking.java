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
    org.supplieresg.assessment.SharedResults sharedResults;

    @Inject
    jakarta.faces.context.ExternalContext external;

    @Inject
    org.supplieresg.notification.Inbox inbox;

    @Inject
    org.supplieresg.web.i18n.Texts texts;

    private List<org.supplieresg.assessment.SharedResults.AwaitingReview> awaitingReview;
    private List<org.supplieresg.notification.Inbox.MessageView> messages;

    static final int MESSAGES_SHOWN = 20;

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
                    ? sharedResults.awaitingReview() : List.of();
        }
        return awaitingReview;
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
