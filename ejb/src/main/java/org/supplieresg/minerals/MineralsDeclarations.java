package org.supplieresg.minerals;

import static org.supplieresg.identity.Role.Names.ADMIN;
import static org.supplieresg.identity.Role.Names.AUDITOR;
import static org.supplieresg.identity.Role.Names.PROCUREMENT;
import static org.supplieresg.identity.Role.Names.SUPPLIER;
import static org.supplieresg.identity.Role.Names.SUSTAINABILITY_OFFICER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.supplieresg.audit.Severity;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.evidence.Evidence;
import org.supplieresg.evidence.EvidenceFiles;
import org.supplieresg.evidence.EvidenceKind;
import org.supplieresg.evidence.EvidenceLibrary;
import org.supplieresg.evidence.EvidenceView;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.reports.minerals.RmiTemplate;
import org.supplieresg.reports.minerals.RmiTemplateReader;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;
import org.supplieresg.supplier.Supplier;

/**
 * A supplier's responsible-minerals declarations: upload a CMRT or EMRT (a supplier user for its own company, staff
 * for any), which is read, kept as evidence, stored with its smelters and reviewed against the current conformant
 * list; and the declarations, smelters and findings of a company (a supplier user only its own). A file that cannot
 * be used is refused with every problem named, and nothing is stored.
 */
@Stateless
@RolesAllowed({SUPPLIER, PROCUREMENT, ADMIN, AUDITOR, SUSTAINABILITY_OFFICER})
public class MineralsDeclarations {

    public record SmelterView(long id, int row, String metal, String smelterId, String smelterName, String country, String countryName,
                              String idSource, Conformance conformance) {
        static SmelterView of(DeclaredSmelter s) {
            return new SmelterView(s.id(), s.rowNo(), s.metal().code(), s.smelterId(), s.smelterName(), s.country(), s.countryName(),
                    s.idSource(), s.conformance());
        }
    }

    public record FindingView(long id, long declarationId, String indicatorCode, String metal, String smelterId, String smelterName,
                              Severity severity, FindingReason reason, MineralsFinding.Status status, Instant openedAt,
                              Instant closedAt, MineralsFinding.Closure closedBecause) {
        static FindingView of(MineralsFinding f) {
            return new FindingView(f.id(), f.declaration().id(), f.indicatorCode(), f.metal().code(), f.smelterId(), f.smelterName(),
                    f.severity(), f.reason(), f.status(), f.openedAt(), f.closedAt(), f.closedBecause());
        }
    }

    /** A declaration with its smelters and the findings raised on it; {@code current} when it is the newest of its template. */
    public record DeclarationView(long id, long supplierId, String template, String revision, String companyName, String fileName,
                                  String sha256, Long evidenceId, String uploadedBy, Instant uploadedAt, boolean current,
                                  List<SmelterView> smelters, List<FindingView> findings) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    EvidenceLibrary library;

    @Inject
    EvidenceFiles evidenceFiles;

    @Inject
    ConformantSmelterLists lists;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @RolesAllowed({SUPPLIER, PROCUREMENT, ADMIN, AUDITOR})
    public DeclarationView upload(long supplierId, InputStream content, String fileName) {
        currentUser.requireAccessTo(supplierId);
        if (em.find(Supplier.class, supplierId) == null) {
            throw new NotFoundException("supplier", supplierId);
        }
        byte[] bytes = readAtMost(content, evidenceFiles.maxBytes());
        RmiTemplateReader.Reading reading = RmiTemplateReader.read(new ByteArrayInputStream(bytes));
        InvalidInputException.throwIfAny(reading.problems().stream()
                .map(p -> new FieldViolation("file", p.messageKey(), p.arguments())).toList());

        // Kept as evidence first: the library checks the bytes, names the file safely and counts it in the quota.
        EvidenceView evidence = library.upload(supplierId, new ByteArrayInputStream(bytes), fileName,
                new Evidence.Details(EvidenceKind.REPORT, null, null, null, null));
        Instant now = clock.instant();
        MineralsDeclaration declaration = new MineralsDeclaration(supplierId, reading.declaration(),
                new MineralsDeclaration.File(evidence.fileName(), evidence.sha256(), evidence.id()),
                currentUser.username().orElse(AuditTrail.SYSTEM), now);
        em.persist(declaration);
        em.flush();
        auditTrail.created(declaration, null);

        List<MineralsFinding> older = em.createQuery("SELECT f FROM MineralsFinding f WHERE f.supplierId = :s AND f.status = :open"
                        + " AND f.declaration.template = :t", MineralsFinding.class)
                .setParameter("s", supplierId).setParameter("open", MineralsFinding.Status.OPEN)
                .setParameter("t", declaration.template()).getResultList();
        Map<MineralsFinding, Map<String, String>> before = snapshots(older);
        declaration.supersede(older, now);
        recordClosed(em, auditTrail, before);
        store(em, auditTrail, declaration.review(lists.rules(), List.of(), now));
        return view(declaration, true);
    }

    /** A company's declarations, newest first, each with its smelters and findings. */
    public List<DeclarationView> declarations(long supplierId) {
        currentUser.requireAccessTo(supplierId);
        List<MineralsDeclaration> declarations = em.createQuery("SELECT d FROM MineralsDeclaration d WHERE d.supplierId = :s"
                        + " ORDER BY d.uploadedAt DESC, d.id DESC", MineralsDeclaration.class)
                .setParameter("s", supplierId).getResultList();
        Set<RmiTemplate> seen = new HashSet<>(); // newest first: the first of each template is the one in force
        return declarations.stream().map(d -> view(d, seen.add(d.template()))).toList();
    }

    /** A company's findings, open ones first, newest first. */
    public List<FindingView> findings(long supplierId) {
        currentUser.requireAccessTo(supplierId);
        return em.createQuery("SELECT f FROM MineralsFinding f WHERE f.supplierId = :s ORDER BY f.status DESC, f.openedAt DESC, f.id DESC",
                        MineralsFinding.class)
                .setParameter("s", supplierId).getResultStream().map(FindingView::of).toList();
    }

    private DeclarationView view(MineralsDeclaration d, boolean current) {
        List<FindingView> findings = em.createQuery("SELECT f FROM MineralsFinding f WHERE f.declaration = :d ORDER BY f.status DESC, f.id",
                        MineralsFinding.class)
                .setParameter("d", d).getResultStream().map(FindingView::of).toList();
        return new DeclarationView(d.id(), d.supplierId(), d.template().name(), d.revision(), d.companyName(), d.fileName(), d.sha256(),
                d.evidenceId(), d.uploadedBy(), d.uploadedAt(), current, d.smelters().stream().map(SmelterView::of).toList(), findings);
    }

    static List<MineralsFinding> openFindings(EntityManager em, MineralsDeclaration declaration) {
        return em.createQuery("SELECT f FROM MineralsFinding f WHERE f.declaration = :d AND f.status = :open", MineralsFinding.class)
                .setParameter("d", declaration).setParameter("open", MineralsFinding.Status.OPEN).getResultList();
    }

    static Map<MineralsFinding, Map<String, String>> snapshots(Collection<MineralsFinding> findings) {
        Map<MineralsFinding, Map<String, String>> before = new LinkedHashMap<>();
        findings.forEach(f -> before.put(f, f.auditSnapshot()));
        return before;
    }

    /** Writes the closing of the findings that a review closed; returns how many it closed. */
    static int recordClosed(EntityManager em, AuditTrail auditTrail, Map<MineralsFinding, Map<String, String>> before) {
        em.flush(); // the versions the audit trail records
        int closed = 0;
        for (Map.Entry<MineralsFinding, Map<String, String>> entry : before.entrySet()) {
            if (!entry.getKey().isOpen()) {
                auditTrail.updated(entry.getKey(), entry.getKey().version(), entry.getValue());
                closed++;
            }
        }
        return closed;
    }

    /** Stores the findings a review opened, each in the audit trail; returns how many. */
    static int store(EntityManager em, AuditTrail auditTrail, List<MineralsFinding> opened) {
        opened.forEach(em::persist);
        em.flush();
        opened.forEach(f -> auditTrail.created(f, f.version()));
        return opened.size();
    }

    private static byte[] readAtMost(InputStream content, long maxBytes) {
        try {
            byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw new InvalidInputException(FieldViolation.of("file", "evidence.tooLarge", maxBytes / (1024 * 1024)));
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be read", e);
        }
    }
}
