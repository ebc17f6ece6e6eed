package org.supplieresg.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.supplieresg.assessment.AssessmentSummary;
import org.supplieresg.assessment.Questionnaires;
import org.supplieresg.identity.CurrentUser;

/** The home page: for a supplier user, the questionnaires of its company and where each stands. */
@Named
@RequestScoped
public class HomeBacking {

    @Inject
    CurrentUser currentUser;

    @Inject
    Questionnaires questionnaires;

    private List<AssessmentSummary> assessments;

    public List<AssessmentSummary> getAssessments() {
        if (assessments == null) {
            assessments = currentUser.isSupplierUser()
                    ? currentUser.companyId().map(questionnaires::ofSupplier).orElse(List.of())
                    : List.of();
        }
        return assessments;
    }
}
