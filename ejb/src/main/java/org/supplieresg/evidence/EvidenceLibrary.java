package org.supplieresg.evidence;

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
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;
import org.supplieresg.supplier.Supplier;

/**
 * A company's evidence library: upload a document (checked from its bytes, stored by digest, never overwritten), add
 * a new version of it, list and read it. A supplier user reaches only its own company's evidence; every download is
 * written to the audit trail. Linking evidence to answers is the questionnaire's business.
 */
@Stateless
@RolesAllowed({SUPPLIER, PROCUREMENT, ADMIN, AUDITOR, SUSTAINABILITY_OFFICER})
public class EvidenceLibrary {

    /** A document to read: what it is, and its bytes. The caller closes the stream. */
    public record Download(EvidenceView evidence, InputStream content) {
    }

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2,3}(-[A-Za-z0-9]{2,8})*");

    @PersistenceContext
    EntityManager em;

    @Inject
    EvidenceFiles files;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** Uploads a new document to a company's library. Nothing is stored unless every check passes. */
    @RolesAllowed({SUPPLIER, PROCUREMENT, ADMIN, AUDITOR})
    public EvidenceView upload(long supplierId, InputStream content, String fileName, Evidence.Details details) {
        currentUser.requireAccessTo(supplierId);
        return store(supplierId, null, content, fileName, details);
    }

    /** Uploads a new version of a document; the earlier versions stay as they were. */
    @RolesAllowed({SUPPLIER, PROCUREMENT, ADMIN, AUDITOR})
    public EvidenceView uploadVersion(long evidenceId, InputStream content, String fileName, Evidence.Details details) {
        Evidence previous = visible(evidenceId);
        Evidence latest = em.createQuery("SELECT e FROM Evidence e WHERE e.documentId = :d ORDER BY e.versionNo DESC", Evidence.class)
                .setParameter("d", previous.documentId()).setMaxResults(1).getSingleResult();
        return store(previous.supplierId(), latest, content, fileName, details);
    }

    /** The latest version of every document of a company, newest first. */
    public List<EvidenceView> library(long supplierId) {
        currentUser.requireAccessTo(supplierId);
        LocalDate today = today();
        return em.createQuery("SELECT e FROM Evidence e WHERE e.supplierId = :s AND e.versionNo ="
                        + " (SELECT MAX(v.versionNo) FROM Evidence v WHERE v.documentId = e.documentId) ORDER BY e.uploadedAt DESC, e.id DESC",
                        Evidence.class)
                .setParameter("s", supplierId).getResultStream().map(e -> EvidenceView.of(e, today)).toList();
    }

    /**
     * The latest versions whose validity ends within {@code days} or has ended, soonest first: what the supplier must
     * renew before the answers resting on them lose their support.
     */
    public List<EvidenceView> expiring(long supplierId, int days) {
        LocalDate today = today();
        return library(supplierId).stream()
                .filter(e -> e.validTo() != null && !e.validTo().isAfter(today.plusDays(days)))
                .sorted(java.util.Comparator.comparing(EvidenceView::validTo))
                .toList();
    }

    /** Every version of the document a piece of evidence belongs to, newest first. */
    public List<EvidenceView> versions(long evidenceId) {
        Evidence evidence = visible(evidenceId);
        LocalDate today = today();
        return em.createQuery("SELECT e FROM Evidence e WHERE e.documentId = :d ORDER BY e.versionNo DESC", Evidence.class)
                .setParameter("d", evidence.documentId()).getResultStream().map(e -> EvidenceView.of(e, today)).toList();
    }

    public EvidenceView get(long evidenceId) {
        return EvidenceView.of(visible(evidenceId), today());
    }

    /** Opens a document for reading and records who read it. */
    public Download open(long evidenceId) {
        Evidence evidence = visible(evidenceId);
        auditTrail.read("Evidence", evidence.auditId(), "download " + evidence.fileName());
        try {
            return new Download(EvidenceView.of(evidence, today()), files.storage().open(evidence.sha256()));
        } catch (IOException e) {
            throw new UncheckedIOException("the bytes of evidence " + evidenceId + " are missing from the storage", e);
        }
    }

    /** The evidence entity, for services that link it (a supplier user reaches only its own company's). */
    public Evidence find(long evidenceId) {
        return visible(evidenceId);
    }

    private EvidenceView store(long supplierId, Evidence replaces, InputStream content, String fileName, Evidence.Details details) {
        InvalidInputException.throwIfAny(violations(details));
        String name = FileNames.sanitise(fileName);
        EvidenceStorage storage = files.storage();
        EvidenceStorage.Staged staged;
        try {
            staged = storage.stage(content, files.maxBytes());
        } catch (EvidenceStorage.TooLargeException e) {
            throw new InvalidInputException(FieldViolation.of("file", "evidence.tooLarge", files.maxBytes() / (1024 * 1024)));
        } catch (IOException e) {
            throw new UncheckedIOException("the upload could not be stored", e);
        }
        try {
            EvidenceType type = ContentSniffer.detect(staged.file(), name);
            // One upload at a time per company, so that two parallel uploads cannot both slip under the quota.
            em.find(Supplier.class, supplierId, LockModeType.PESSIMISTIC_WRITE);
            long used = ((Number) em.createQuery("SELECT COALESCE(SUM(e.sizeBytes), 0) FROM Evidence e WHERE e.supplierId = :s")
                    .setParameter("s", supplierId).getSingleResult()).longValue();
            if (used + staged.size() > files.quotaBytes()) {
                throw new InvalidInputException(FieldViolation.of("file", "evidence.quota", files.quotaBytes() / (1024 * 1024),
                        used / (1024 * 1024)));
            }
            storage.commit(staged);
            Evidence evidence = new Evidence(supplierId, replaces, staged, type, name, details,
                    currentUser.username().orElse(AuditTrail.SYSTEM), clock.instant());
            em.persist(evidence);
            evidence.startDocument();
            em.flush();
            auditTrail.created(evidence, evidence.version());
            return EvidenceView.of(evidence, today());
        } catch (IOException e) {
            storage.discard(staged);
            throw new UncheckedIOException("the upload could not be checked", e);
        } catch (RuntimeException e) {
            storage.discard(staged);
            throw e;
        }
    }

    private static List<FieldViolation> violations(Evidence.Details details) {
        List<FieldViolation> found = new ArrayList<>();
        if (details.kind() == null) {
            found.add(FieldViolation.of("kind", "evidence.kind", "-"));
        }
        if (details.validFrom() != null && details.validTo() != null && details.validTo().isBefore(details.validFrom())) {
            found.add(FieldViolation.of("validTo", "evidence.dates", details.validFrom(), details.validTo()));
        }
        if (details.issuer() != null && details.issuer().length() > 160) {
            found.add(FieldViolation.of("issuer", "evidence.issuer"));
        }
        if (details.language() != null && !LANGUAGE.matcher(details.language()).matches()) {
            found.add(FieldViolation.of("language", "evidence.language", details.language()));
        }
        return found;
    }

    private Evidence visible(long evidenceId) {
        Evidence evidence = em.find(Evidence.class, evidenceId);
        if (evidence == null) {
            throw new NotFoundException("evidence", evidenceId);
        }
        currentUser.requireAccessTo(evidence.supplierId()); // another company's: 404, as if it did not exist
        return evidence;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
