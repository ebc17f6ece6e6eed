package org.supplieresg.training;

import static org.supplieresg.identity.Role.Names.ADMIN;
import static org.supplieresg.identity.Role.Names.AUDITOR;
import static org.supplieresg.identity.Role.Names.PROCUREMENT;
import static org.supplieresg.identity.Role.Names.SUPPLIER;
import static org.supplieresg.identity.Role.Names.SUSTAINABILITY_OFFICER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.supplieresg.assessment.Catalogue;
import org.supplieresg.assessment.DimensionView;
import org.supplieresg.audittrail.AuditRecord;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.evidence.EvidenceType;
import org.supplieresg.evidence.FileNames;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.shared.ConcurrentChangeException;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;

/**
 * The training library and the training policy: everyone reads them (a supplier user sees active modules only); an
 * admin adds, changes and deactivates modules, uploads material and changes the threshold. Every change is audited.
 */
@Stateless
public class TrainingLibrary {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @Inject
    Catalogue catalogue;

    /** The modules in catalogue order of their dimension, then by English title. */
    @RolesAllowed({SUPPLIER, PROCUREMENT, ADMIN, SUSTAINABILITY_OFFICER, AUDITOR})
    public List<TrainingViews.ModuleView> modules() {
        Map<String, Integer> positions = new HashMap<>();
        catalogue.dimensions().forEach(d -> positions.put(d.code(), d.position()));
        return em.createQuery("SELECT m FROM TrainingModule m", TrainingModule.class).getResultStream()
                .filter(m -> m.active() || !currentUser.isSupplierUser())
                .sorted(Comparator.comparing((TrainingModule m) -> positions.getOrDefault(m.dimensionCode(), Integer.MAX_VALUE))
                        .thenComparing(TrainingModule::titleEn, String.CASE_INSENSITIVE_ORDER))
                .map(TrainingViews.ModuleView::of).toList();
    }

    /** The dimensions of the catalogue in force, which modules belong to. */
    @RolesAllowed({SUPPLIER, PROCUREMENT, ADMIN, SUSTAINABILITY_OFFICER, AUDITOR})
    public List<DimensionView> dimensions() {
        return catalogue.dimensions();
    }

    /** Adds a module (admin). Refused with every problem named; see {@link TrainingModule#create}. */
    @RolesAllowed(ADMIN)
    public TrainingViews.ModuleView create(TrainingModule.Details details) {
        TrainingModule module = TrainingModule.create(details, dimensionCodes(), material(details.materialId()), actor(), clock.instant());
        em.persist(module);
        em.flush();
        auditTrail.created(module, module.version());
        return TrainingViews.ModuleView.of(module);
    }

    /**
     * Changes a module (admin); {@code active} false deactivates it, true activates it again. Material the module no
     * longer uses, and no other module uses, is removed.
     *
     * @param expectedVersion the version the admin loaded; a stale one is refused with what changed since
     */
    @RolesAllowed(ADMIN)
    public TrainingViews.ModuleView update(long moduleId, TrainingModule.Details details, Boolean active, Long expectedVersion) {
        TrainingModule module = find(moduleId);
        requireVersion(module, expectedVersion);
        Long previousMaterial = module.materialId();
        Map<String, String> before = module.auditSnapshot();
        module.revise(details, active == null ? module.active() : active, dimensionCodes(), material(details.materialId()));
        em.flush();
        auditTrail.updated(module, module.version(), before);
        if (previousMaterial != null && !previousMaterial.equals(module.materialId())) {
            removeIfUnused(previousMaterial);
        }
        return TrainingViews.ModuleView.of(module);
    }

    /** Deactivates a module (admin): it is no longer assigned; suppliers who have it keep it. */
    @RolesAllowed(ADMIN)
    public TrainingViews.ModuleView deactivate(long moduleId) {
        TrainingModule module = find(moduleId);
        Map<String, String> before = module.auditSnapshot();
        module.deactivate();
        em.flush();
        auditTrail.updated(module, module.version(), before);
        return TrainingViews.ModuleView.of(module);
    }

    /**
     * Stores material for a module to use (admin): at most 10 MB, a PDF, Word, Excel, PNG or JPEG file recognised from
     * its bytes. Nothing is stored unless every check passes.
     */
    @RolesAllowed(ADMIN)
    public TrainingViews.MaterialView upload(InputStream content, String fileName) {
        String name = FileNames.sanitise(fileName);
        Path staged = null;
        try {
            staged = Files.createTempFile("training-material-", ".upload");
            long size;
            try (var out = Files.newOutputStream(staged)) {
                size = copy(content, out, TrainingMaterial.MAX_BYTES + 1);
            }
            EvidenceType type = TrainingMaterial.check(staged, name, size);
            TrainingMaterial material = TrainingMaterial.of(name, type, Files.readAllBytes(staged), actor(), clock.instant());
            em.persist(material);
            em.flush();
            auditTrail.created(material, null);
            return TrainingViews.MaterialView.of(material);
        } catch (IOException e) {
            throw new UncheckedIOException("the material could not be read", e);
        } finally {
            if (staged != null) {
                try {
                    Files.deleteIfExists(staged);
                } catch (IOException e) {
                    // a temporary file left behind; the operating system clears its temporary directory
                }
            }
        }
    }

    /** Copies at most {@code limit} bytes; returns how many there were (limit means: at least that many). */
    private static long copy(InputStream in, java.io.OutputStream out, long limit) throws IOException {
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while (total < limit && (read = in.read(buffer, 0, (int) Math.min(buffer.length, limit - total))) >= 0) {
            out.write(buffer, 0, read);
            total += read;
        }
        return total;
    }

    @RolesAllowed({SUPPLIER, PROCUREMENT, ADMIN, SUSTAINABILITY_OFFICER, AUDITOR})
    public TrainingViews.PolicyView policy() {
        return TrainingViews.PolicyView.of(em.find(TrainingPolicy.class, TrainingPolicy.ID));
    }

    /**
     * Changes the threshold (admin), from the next score on.
     *
     * @param expectedVersion the version the admin loaded; a stale one is refused with what changed since
     */
    @RolesAllowed(ADMIN)
    public TrainingViews.PolicyView changePolicy(BigDecimal threshold, Long expectedVersion) {
        TrainingPolicy policy = em.find(TrainingPolicy.class, TrainingPolicy.ID, LockModeType.PESSIMISTIC_WRITE);
        if (expectedVersion == null) {
            throw new InvalidInputException(FieldViolation.of("version", "field.required"));
        }
        if (policy.version() != expectedVersion) {
            throw new ConcurrentChangeException("The training policy", expectedVersion, policy.version(),
                    auditTrail.changesSince(policy.auditType(), policy.auditId(), expectedVersion));
        }
        Map<String, String> before = policy.auditSnapshot();
        policy.change(threshold, actor(), clock.instant());
        em.flush();
        auditTrail.updated(policy, policy.version(), before);
        return TrainingViews.PolicyView.of(policy);
    }

    /** Every change of the policy, oldest first. */
    @RolesAllowed({PROCUREMENT, ADMIN})
    public List<AuditRecord> policyHistory() {
        return auditTrail.history("TrainingPolicy", String.valueOf(TrainingPolicy.ID));
    }

    private Set<String> dimensionCodes() {
        return catalogue.dimensions().stream().map(DimensionView::code).collect(Collectors.toSet());
    }

    private TrainingMaterial material(Long materialId) {
        return materialId == null ? null : em.find(TrainingMaterial.class, materialId);
    }

    private void removeIfUnused(long materialId) {
        long users = em.createQuery("SELECT COUNT(m) FROM TrainingModule m WHERE m.materialId = :id", Long.class)
                .setParameter("id", materialId).getSingleResult();
        TrainingMaterial material = em.find(TrainingMaterial.class, materialId);
        if (users == 0 && material != null) {
            auditTrail.deleted(material, null);
            em.remove(material);
        }
    }

    private TrainingModule find(long moduleId) {
        TrainingModule module = em.find(TrainingModule.class, moduleId);
        if (module == null) {
            throw new NotFoundException("training module", moduleId);
        }
        return module;
    }

    private void requireVersion(TrainingModule module, Long expectedVersion) {
        if (expectedVersion == null) {
            throw new InvalidInputException(FieldViolation.of("version", "field.required"));
        }
        if (!Objects.equals(module.version(), expectedVersion)) {
            throw new ConcurrentChangeException("Training module " + module.titleEn(), expectedVersion, module.version(),
                    auditTrail.changesSince(module.auditType(), module.auditId(), expectedVersion));
        }
    }

    private String actor() {
        return currentUser.username().orElse(AuditTrail.SYSTEM);
    }
}
