package org.supplieresg.onboarding;

import static org.supplieresg.identity.Role.Names.SUPPLIER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.supplieresg.assessment.Catalogue;
import org.supplieresg.assessment.DimensionView;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.identity.UserAccount;
import org.supplieresg.reports.PolicyDocx;
import org.supplieresg.reports.PolicyTemplate;
import org.supplieresg.scoring.Scores;
import org.supplieresg.shared.NotFoundException;
import org.supplieresg.supplier.SupplierDetails;
import org.supplieresg.supplier.SupplierDirectory;
import org.supplieresg.supplier.SupplierProfile;
import org.supplieresg.training.TrainingAssignments;
import org.supplieresg.training.TrainingLibrary;
import org.supplieresg.training.TrainingViews;

/**
 * A supplier user's onboarding: ending the first-login guide, the help for its company's weakest dimensions (see
 * {@link Guidance}), and the policy templates filled in with what the platform knows about the company. Only for supplier
 * users, and only about their own company.
 */
@Stateless
@RolesAllowed(SUPPLIER)
public class Onboarding {

    /** One dimension to work on, with its names, its score (null: not yet scored), and what helps. */
    public record Advice(String dimension, String nameEn, String nameZh, BigDecimal score, List<PolicyTemplate> templates,
                         List<TrainingViews.ModuleView> modules) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    @Inject
    SupplierDirectory directory;

    @Inject
    Scores scores;

    @Inject
    Catalogue catalogue;

    @Inject
    TrainingLibrary library;

    @Inject
    TrainingAssignments assignments;

    /** The user finished or skipped the guide: it no longer opens after login (it stays in the menu). */
    public void complete() {
        String username = currentUser.username().orElseThrow();
        UserAccount user = em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :username", UserAccount.class)
                .setParameter("username", username).getSingleResult();
        if (!user.onboardingDue()) {
            return;
        }
        Map<String, String> before = user.auditSnapshot();
        user.completeOnboarding(clock.instant());
        em.flush();
        auditTrail.updated(user, user.version(), before);
    }

    /** Whether the company has been scored: its advice is then about its weakest dimensions, else about the basics. */
    public boolean scored() {
        return scores.current(companyId()).isPresent();
    }

    /**
     * The dimensions to work on, each with its templates and the training modules the user can open (linked ones, and
     * uploaded ones assigned to the company), preferring those in {@code reader}'s language.
     */
    public List<Advice> advice(Locale reader) {
        long company = companyId();
        List<DimensionView> dimensions = catalogue.dimensions();
        List<Guidance.Standing> latest = scores.current(company)
                .map(s -> s.dimensions().stream().map(d -> new Guidance.Standing(d.dimensionCode(), d.score())).toList())
                .orElse(List.of());
        Set<Long> assigned = new HashSet<>();
        assignments.ofSupplier(company).forEach(a -> assigned.add(a.module().id()));
        Map<Long, TrainingViews.ModuleView> openable = new LinkedHashMap<>();
        library.modules().stream().filter(m -> m.active() && (m.link() != null || assigned.contains(m.id())))
                .forEach(m -> openable.put(m.id(), m));
        List<Guidance.Module> modules = openable.values().stream()
                .map(m -> new Guidance.Module(m.id(), m.dimension(), m.language())).toList();
        Map<String, DimensionView> byCode = new HashMap<>();
        dimensions.forEach(d -> byCode.put(d.code(), d));
        return Guidance.advise(dimensions.stream().map(DimensionView::code).toList(), latest, modules, reader).stream()
                .filter(a -> byCode.containsKey(a.dimension()))
                .map(a -> new Advice(a.dimension(), byCode.get(a.dimension()).nameEn(), byCode.get(a.dimension()).nameZh(), a.score(),
                        a.templates(), a.moduleIds().stream().map(openable::get).toList()))
                .toList();
    }

    /**
     * The template as a Word document in {@code language}, with the company's name (its Chinese name in a Chinese
     * document, if it has one), region and first contact filled in.
     */
    public byte[] policyDocument(PolicyTemplate template, Locale language) {
        SupplierDetails company = directory.ownCompany();
        boolean chinese = PolicyTemplate.chinese(language);
        String name = chinese && company.localName() != null && !company.localName().isBlank() ? company.localName() : company.legalName();
        SupplierProfile.ContactDetails contact = company.contacts().isEmpty() ? null : company.contacts().get(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PolicyDocx.write(template, language, new PolicyDocx.Company(name, company.region(),
                contact == null ? null : contact.name(), contact == null ? null : contact.email()), out);
        return out.toByteArray();
    }

    private long companyId() {
        return currentUser.companyId().orElseThrow(() -> new NotFoundException("company of user", currentUser.username().orElse("?")));
    }
}
