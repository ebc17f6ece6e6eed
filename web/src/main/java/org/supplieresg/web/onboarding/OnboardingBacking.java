package org.supplieresg.web.onboarding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import org.supplieresg.assessment.AssessmentStatus;
import org.supplieresg.assessment.AssessmentSummary;
import org.supplieresg.assessment.Questionnaires;
import org.supplieresg.audittrail.AuditRecord;
import org.supplieresg.onboarding.Onboarding;
import org.supplieresg.shared.ConcurrentChangeException;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.supplier.CompanyProfile;
import org.supplieresg.supplier.SupplierDetails;
import org.supplieresg.supplier.SupplierDirectory;
import org.supplieresg.web.FormMessages;
import org.supplieresg.web.i18n.Texts;
import org.supplieresg.web.supplier.SupplierForm;

/**
 * The first-login guide ({@code /app/onboarding.xhtml}), one step per page: 1 the company's own details, 2 its
 * contacts, 3 its open questionnaires, 4 what comes next. Steps 1 and 2 save through {@link SupplierDirectory} like the
 * company page; a refused save keeps the user on the step with the messages next to the fields and what they typed.
 * Finishing or skipping ends the guide for good ({@link Onboarding#complete()}).
 */
@Named
@ViewScoped
public class OnboardingBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int COMPANY = 1;
    static final int CONTACTS = 2;
    static final int QUESTIONNAIRE = 3;
    static final int NEXT = 4;
    static final List<String> STEP_KEYS = List.of("onboarding.step.company", "onboarding.step.contacts",
            "onboarding.step.questionnaire", "onboarding.step.next");

    @Inject
    SupplierDirectory directory;

    @Inject
    Questionnaires questionnaires;

    @Inject
    Onboarding onboarding;

    @Inject
    FormMessages messages;

    @Inject
    Texts texts;

    private int step = COMPANY;
    private SupplierDetails company;
    private SupplierForm form;
    private List<AssessmentSummary> open;
    private List<AuditRecord> concurrentChanges = List.of();

    public void load() {
        if (company == null) {
            reload();
        }
    }

    /** Saves steps 1 and 2, then moves on; stays on the step if the save is refused. */
    public void next() {
        if ((step == COMPANY || step == CONTACTS) && !save()) {
            return;
        }
        step = Math.min(step + 1, NEXT);
    }

    /** One step back; what was typed stays in the form, unsaved. */
    public void back() {
        step = Math.max(step - 1, COMPANY);
    }

    public String finish() {
        onboarding.complete();
        return home("onboarding.finished");
    }

    public String skip() {
        onboarding.complete();
        return home("onboarding.skipped");
    }

    /** Re-reads the company after someone else saved it first; the user's unsaved typing is dropped. */
    public void reload() {
        company = directory.ownCompany();
        form = SupplierForm.of(company);
        concurrentChanges = List.of();
    }

    private boolean save() {
        try {
            company = directory.updateOwnCompany(company.version(),
                    new CompanyProfile(form.getLocalName(), form.getRegion(), form.contactDetails()));
            form = SupplierForm.of(company);
            messages.info("company.saved");
            return true;
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (ConcurrentChangeException e) {
            concurrentChanges = e.changes();
            messages.concurrentChange(e);
        }
        return false;
    }

    private String home(String messageKey) {
        messages.info(messageKey);
        messages.keepForRedirect();
        return "/app/home.xhtml?faces-redirect=true";
    }

    /** The questionnaires the company can answer now, soonest deadline first. */
    public List<AssessmentSummary> getOpenAssessments() {
        if (open == null) {
            open = questionnaires.ofSupplier(company.id()).stream().filter(a -> a.status() == AssessmentStatus.IN_PROGRESS)
                    .sorted(Comparator.comparing(AssessmentSummary::deadline)).toList();
        }
        return open;
    }

    /** "Step 2 of 4: Contacts", for the page title and the step's heading. */
    public String getStepTitle() {
        return texts.get("onboarding.stepOf", step, NEXT, texts.get(STEP_KEYS.get(step - 1)));
    }

    public List<String> getStepKeys() { return STEP_KEYS; }
    public int getStep() { return step; }
    public SupplierDetails getCompany() { return company; }
    public SupplierForm getForm() { return form; }
    public List<AuditRecord> getConcurrentChanges() { return concurrentChanges; }
}
