package org.supplieresg.training;

import static org.supplieresg.identity.Role.Names.ADMIN;
import static org.supplieresg.identity.Role.Names.AUDITOR;
import static org.supplieresg.identity.Role.Names.PROCUREMENT;
import static org.supplieresg.identity.Role.Names.SUPPLIER;
import static org.supplieresg.identity.Role.Names.SUSTAINABILITY_OFFICER;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.evidence.Evidence;
import org.supplieresg.evidence.EvidenceLibrary;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.notification.MailTemplates;
import org.supplieresg.scoring.Scored;
import org.supplieresg.shared.ConcurrentChangeException;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;
import org.supplieresg.supplier.Supplier;

/**
 * Modules assigned to suppliers: automatically whenever a supplier is scored (in the scoring transaction), by a buyer,
 * and their completion. A supplier user reaches only its own company's assignments, and the uploaded material only of
 * modules assigned to its company; another company's answer is 404, as if it did not exist.
 */
@Stateless
public class TrainingAssignments {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    EvidenceLibrary library;

    /**
     * Assigns the modules a new score calls for (see {@link TrainingPlan}): active modules of each dimension scored below
     * the policy's threshold, in the supplier's language where the dimension has any, each module once per supplier.
     * Runs inside the scoring transaction, as whoever scored (or the system, for a nightly rescore).
     */
    @PermitAll
    public void onScored(@Observes Scored scored) {
        TrainingPolicy policy = em.find(TrainingPolicy.class, TrainingPolicy.ID);
        List<TrainingPlan.Weakness> weaknesses = TrainingPlan.weaknesses(scored.card(), policy.threshold());
        if (weaknesses.isEmpty()) {
            return;
        }
        // One scoring at a time per supplier, so that two at once cannot assign the same module twice.
        Supplier supplier = em.find(Supplier.class, scored.supplierId(), LockModeType.PESSIMISTIC_WRITE);
        List<TrainingModule> active = em.createQuery("SELECT m FROM TrainingModule m WHERE m.active = TRUE AND m.dimensionCode IN :dims"
                        + " ORDER BY m.id", TrainingModule.class)
                .setParameter("dims", weaknesses.stream().map(TrainingPlan.Weakness::dimension).toList()).getResultList();
        if (active.isEmpty()) {
            return;
        }
        Set<Long> assigned = new HashSet<>(em.createQuery("SELECT a.module.id FROM TrainingAssignment a WHERE a.supplierId = :s", Long.class)
                .setParameter("s", supplier.id()).getResultList());
        Map<Long, TrainingModule> byId = new HashMap<>();
        active.forEach(m -> byId.put(m.id(), m));
        List<TrainingPlan.Pick> picks = TrainingPlan.picks(weaknesses, active.stream().map(TrainingModule::candidate).toList(),
                MailTemplates.languageOf(supplier), assigned);
        for (TrainingPlan.Pick pick : picks) {
            TrainingAssignment assignment = TrainingAssignment.automatic(supplier.id(), byId.get(pick.moduleId()), pick.weakness(),
                    policy, scored.computedAt(), actor(), clock.instant());
            em.persist(assignment);
            em.flush();
            auditTrail.created(assignment, assignment.version());
        }
    }

    /** A supplier's modules, open ones first, then by when they were assigned (a supplier user: its own only). */
    @RolesAllowed({SUPPLIER, PROCUREMENT, ADMIN, SUSTAINABILITY_OFFICER, AUDITOR})
    public List<TrainingViews.AssignmentView> ofSupplier(long supplierId) {
        currentUser.requireAccessTo(supplierId);
        if (em.find(Supplier.class, supplierId) == null) {
            throw new NotFoundException("supplier", supplierId);
        }
        LocalDate today = today();
        return em.createQuery("SELECT a FROM TrainingAssignment a WHERE a.supplierId = :s"
                        + " ORDER BY a.status, a.assignedAt DESC, a.id", TrainingAssignment.class)
                .setParameter("s", supplierId).getResultStream().map(a -> TrainingViews.AssignmentView.of(a, today)).toList();
    }

    /** A buyer assigns a module by hand, with a note for the supplier. Refused for an inactive module or one it already has. */
    @RolesAllowed({PROCUREMENT, ADMIN})
    public TrainingViews.AssignmentView assign(long supplierId, long moduleId, String note) {
        Supplier supplier = em.find(Supplier.class, supplierId, LockModeType.PESSIMISTIC_WRITE);
        if (supplier == null) {
            throw new NotFoundException("supplier", supplierId);
        }
        TrainingModule module = em.find(TrainingModule.class, moduleId);
        if (module == null) {
            throw new InvalidInputException(FieldViolation.of("moduleId", "trainingModule.unknown", String.valueOf(moduleId)));
        }
        boolean has = em.createQuery("SELECT COUNT(a) FROM TrainingAssignment a WHERE a.supplierId = :s AND a.module = :m", Long.class)
                .setParameter("s", supplierId).setParameter("m", module).getSingleResult() > 0;
        if (has) {
            throw new InvalidInputException(FieldViolation.of("moduleId", "trainingAssignment.duplicate", module.titleEn()));
        }
        TrainingAssignment assignment = TrainingAssignment.manual(supplierId, module, note, actor(), clock.instant());
        em.persist(assignment);
        em.flush();
        auditTrail.created(assignment, assignment.version());
        return TrainingViews.AssignmentView.of(assignment, today());
    }

    /**
     * Marks an assigned module completed: the supplier user for its own company, or a buyer for the supplier; with a
     * certificate from the company's evidence library if it has one.
     *
     * @param evidenceId      the certificate, or null
     * @param expectedVersion the version the user saw, or null not to check
     */
    @RolesAllowed({SUPPLIER, PROCUREMENT, ADMIN})
    public TrainingViews.AssignmentView complete(long assignmentId, Long evidenceId, String note, Long expectedVersion) {
        TrainingAssignment assignment = visible(assignmentId);
        if (expectedVersion != null && assignment.version() != expectedVersion) {
            throw new ConcurrentChangeException("Training " + assignment.module().titleEn(), expectedVersion, assignment.version(),
                    auditTrail.changesSince(assignment.auditType(), assignment.auditId(), expectedVersion));
        }
        Evidence certificate = evidenceId == null ? null : library.find(evidenceId);
        Map<String, String> before = assignment.auditSnapshot();
        assignment.complete(certificate, note, actor(), clock.instant());
        em.flush();
        auditTrail.updated(assignment, assignment.version(), before);
        return TrainingViews.AssignmentView.of(assignment, today());
    }

    /**
     * A module's uploaded material. Staff read any; a supplier user only that of a module assigned to its company
     * (anything else is 404, as if it did not exist).
     */
    @RolesAllowed({SUPPLIER, PROCUREMENT, ADMIN, SUSTAINABILITY_OFFICER, AUDITOR})
    public TrainingViews.Material material(long moduleId) {
        TrainingModule module = em.find(TrainingModule.class, moduleId);
        if (module == null || !module.hasMaterial()) {
            throw new NotFoundException("training material of module", moduleId);
        }
        if (currentUser.isSupplierUser()) {
            long own = currentUser.companyId().orElseThrow(() -> new NotFoundException("training material of module", moduleId));
            boolean assigned = em.createQuery("SELECT COUNT(a) FROM TrainingAssignment a WHERE a.supplierId = :s AND a.module = :m", Long.class)
                    .setParameter("s", own).setParameter("m", module).getSingleResult() > 0;
            if (!assigned) {
                throw new NotFoundException("training material of module", moduleId);
            }
        }
        TrainingMaterial material = em.find(TrainingMaterial.class, module.materialId());
        return new TrainingViews.Material(material.fileName(), material.contentType(), material.content());
    }

    private TrainingAssignment visible(long assignmentId) {
        TrainingAssignment assignment = em.find(TrainingAssignment.class, assignmentId);
        if (assignment == null || (currentUser.isSupplierUser()
                && currentUser.companyId().filter(own -> own.equals(assignment.supplierId())).isEmpty())) {
            throw new NotFoundException("training assignment", assignmentId);
        }
        return assignment;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private String actor() {
        return currentUser.username().orElse(AuditTrail.SYSTEM);
    }
}
