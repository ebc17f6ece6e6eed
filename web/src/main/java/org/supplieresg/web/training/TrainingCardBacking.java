package org.supplieresg.web.training;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.supplieresg.evidence.EvidenceLibrary;
import org.supplieresg.evidence.EvidenceView;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.shared.ConcurrentChangeException;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;
import org.supplieresg.training.AssignmentSource;
import org.supplieresg.training.TrainingAssignments;
import org.supplieresg.training.TrainingViews;
import org.supplieresg.web.FormMessages;
import org.supplieresg.web.i18n.Texts;

/**
 * The "Training" card ({@code /WEB-INF/templates/training-card.xhtml}) on a supplier's record page and on a supplier
 * user's home: the company's assigned modules, why each was assigned, and "completed" with an optional certificate from
 * the company's evidence library. The card's {@code supplierId} parameter names the company; without it, a supplier
 * user's own company (staff then see no card). Only translates between the card and {@link TrainingAssignments}.
 */
@Named
@ViewScoped
public class TrainingCardBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TrainingAssignments assignments;

    @Inject
    EvidenceLibrary library;

    @Inject
    CurrentUser currentUser;

    @Inject
    FormMessages messages;

    @Inject
    Texts texts;

    private final Map<Long, List<TrainingViews.AssignmentView>> bySupplier = new HashMap<>();
    private final Map<Long, List<EvidenceView>> documents = new HashMap<>();
    private final Map<Long, String> certificates = new HashMap<>();
    private final Map<Long, String> notes = new HashMap<>();

    /** The company the card is about: the parameter if it names one, else the supplier user's own; null for none. */
    public Long company(Object supplierId) {
        if (supplierId instanceof Number n && n.longValue() > 0) {
            return n.longValue();
        }
        if (supplierId instanceof String s && s.matches("[1-9][0-9]{0,18}")) {
            return Long.valueOf(s);
        }
        return currentUser.companyId().orElse(null);
    }

    /** Whether the card shows: there is a company, and the caller may see it. */
    public boolean shows(Object supplierId) {
        Long company = company(supplierId);
        return company != null && assignments(supplierId) != null;
    }

    /** The company's assignments, read once per view (and again after a completion); null if the caller may not see them. */
    public List<TrainingViews.AssignmentView> assignments(Object supplierId) {
        Long company = company(supplierId);
        if (company == null) {
            return null;
        }
        if (!bySupplier.containsKey(company)) {
            List<TrainingViews.AssignmentView> found;
            try {
                found = assignments.ofSupplier(company);
            } catch (NotFoundException | EJBAccessException e) {
                found = null;
            }
            bySupplier.put(company, found);
        }
        return bySupplier.get(company);
    }

    public long open(Object supplierId) {
        List<TrainingViews.AssignmentView> all = assignments(supplierId);
        return all == null ? 0 : all.stream().filter(a -> !a.completed()).count();
    }

    /** The company's evidence library, for choosing a certificate. */
    public List<EvidenceView> documents(Object supplierId) {
        Long company = company(supplierId);
        if (company == null) {
            return List.of();
        }
        return documents.computeIfAbsent(company, c -> {
            try {
                return library.library(c);
            } catch (NotFoundException | EJBAccessException e) {
                return List.of();
            }
        });
    }

    /** The supplier user of the company, or a buyer or admin, records a completion. */
    public boolean canComplete() {
        return currentUser.isSupplierUser() || FacesContext.getCurrentInstance().getExternalContext().isUserInRole("PROCUREMENT")
                || FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN");
    }

    public boolean isStaff() {
        return !currentUser.isSupplierUser();
    }

    public void complete(TrainingViews.AssignmentView assignment) {
        String chosen = certificates.get(assignment.id());
        Long evidenceId = chosen == null || chosen.isBlank() ? null : Long.valueOf(chosen);
        try {
            TrainingViews.AssignmentView done = assignments.complete(assignment.id(), evidenceId, notes.get(assignment.id()),
                    assignment.version());
            messages.info("training.completed", title(done.module()));
            certificates.remove(assignment.id());
            notes.remove(assignment.id());
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (ConcurrentChangeException e) {
            messages.concurrentChange(e);
        } catch (NotFoundException e) {
            messages.error("training.notFound");
        }
        bySupplier.remove(assignment.supplierId());
    }

    /** Why the module was assigned, in the reader's language. */
    public String reason(TrainingViews.AssignmentView a) {
        if (a.source() == AssignmentSource.AUTOMATIC) {
            return texts.get("training.reason.automatic", a.dimension(), a.dimensionScore().toPlainString(),
                    a.threshold().stripTrailingZeros().toPlainString(), LocalDate.ofInstant(a.scoredAt(), ZoneOffset.UTC).toString());
        }
        return a.reason();
    }

    public String title(TrainingViews.ModuleView module) {
        return texts.locale().getLanguage().equals("zh") ? module.titleZh() : module.titleEn();
    }

    public Map<Long, String> getCertificates() { return certificates; }
    public Map<Long, String> getNotes() { return notes; }
}
