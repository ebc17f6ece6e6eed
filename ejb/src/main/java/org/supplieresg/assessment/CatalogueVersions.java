package org.supplieresg.assessment;

import static org.supplieresg.identity.Role.Names.ADMIN;
import static org.supplieresg.identity.Role.Names.PROCUREMENT;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.reports.CatalogueWorkbook;
import org.supplieresg.reports.CatalogueWorkbook.Content;
import org.supplieresg.reports.CatalogueWorkbookReader;
import org.supplieresg.scoring.AnswerType;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;

/**
 * The versions of the catalogue: export one as workbook content, import edited content as a new draft (all or
 * nothing), compare a draft with the version in force, and publish or discard it. Publishing retires the version in
 * force; campaigns already running keep the version they started with. Rescoring after publication is
 * {@link org.supplieresg.scoring.Rescoring}'s job.
 */
@Stateless
@RolesAllowed({ADMIN, PROCUREMENT})
public class CatalogueVersions {

    /** A version as the catalogue page lists it. */
    public record VersionView(int versionNo, String label, CatalogueStatus status, Integer basedOn, String note,
                              String createdBy, Instant createdAt, Instant publishedAt, long indicators, long campaigns) {
        public boolean draft() {
            return status == CatalogueStatus.DRAFT;
        }
    }

    /** One difference between a draft and the version in force. */
    public record Difference(String code, String what, String before, String after) {
    }

    /** The 135-indicator catalogue exports to about 100 KB; anything above this is not a catalogue. */
    static final int MAX_WORKBOOK_BYTES = 10 * 1024 * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    Catalogue catalogue;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** Every version, newest first. */
    public List<VersionView> list() {
        Map<Long, Long> indicators = counts("SELECT i.catalogueVersion.id, COUNT(i) FROM Indicator i GROUP BY i.catalogueVersion.id");
        Map<Long, Long> campaigns = counts("SELECT c.catalogueVersion.id, COUNT(c) FROM Campaign c GROUP BY c.catalogueVersion.id");
        return em.createQuery("SELECT c FROM CatalogueVersion c ORDER BY c.versionNo DESC", CatalogueVersion.class)
                .getResultStream()
                .map(c -> new VersionView(c.versionNo(), c.label(), c.status(), c.basedOnVersionNo(), c.note(), c.createdBy(),
                        c.createdAt(), c.publishedAt(), indicators.getOrDefault(c.id(), 0L), campaigns.getOrDefault(c.id(), 0L)))
                .toList();
    }

    /** A version's content, for the workbook an admin edits. */
    public Content content(int versionNo) {
        CatalogueVersion version = byNumber(versionNo);
        List<CatalogueWorkbook.Dimension> dimensions = version.dimensions().stream()
                .map(d -> new CatalogueWorkbook.Dimension(d.code(), d.position(), d.nameEn(), d.nameZh(),
                        plain(d.weightPercent()), d.maxNotApplicable()))
                .toList();
        List<CatalogueWorkbook.Indicator> indicators = catalogue.indicatorsOf(version).stream()
                .map(CatalogueVersions::content).toList();
        return new Content(version.label(), version.note(), version.basedOnVersionNo(), dimensions, indicators);
    }

    /**
     * Reads an edited workbook and stores it as a new draft version. Every problem of form or content is reported at
     * once, with its sheet and row or its code; if there is any, nothing is stored.
     */
    @RolesAllowed(ADMIN)
    public VersionView importDraft(InputStream workbook) {
        byte[] bytes;
        try {
            bytes = workbook.readNBytes(MAX_WORKBOOK_BYTES + 1);
        } catch (IOException e) {
            throw new InvalidInputException(FieldViolation.of("file", "catalogue.file.unreadable", e.getMessage()));
        }
        if (bytes.length > MAX_WORKBOOK_BYTES) {
            throw new InvalidInputException(FieldViolation.of("file", "catalogue.file.tooLarge", MAX_WORKBOOK_BYTES / 1024 / 1024));
        }
        if (bytes.length == 0) {
            throw new InvalidInputException(FieldViolation.of("file", "catalogue.file.empty"));
        }
        CatalogueWorkbookReader.Reading reading = CatalogueWorkbookReader.read(new ByteArrayInputStream(bytes));
        List<FieldViolation> problems = new ArrayList<>(reading.problems().stream()
                .map(p -> new FieldViolation(p.sheet().isEmpty() ? "file" : p.sheet() + ":" + p.row(), p.messageKey(), p.arguments()))
                .toList());
        if (reading.content() != null) {
            problems.addAll(CatalogueCheck.violations(reading.content()));
        }
        InvalidInputException.throwIfAny(problems);
        Content content = reading.content();

        // Versions are numbered in sequence; the lock makes two imports at once take turns instead of colliding.
        CatalogueVersion current = em.find(CatalogueVersion.class, catalogue.current().id(), LockModeType.PESSIMISTIC_WRITE);
        int next = em.createQuery("SELECT MAX(c.versionNo) FROM CatalogueVersion c", Integer.class).getSingleResult() + 1;
        CatalogueVersion basedOn = content.basedOnVersion() == null ? current
                : em.createNamedQuery(CatalogueVersion.BY_NUMBER, CatalogueVersion.class)
                        .setParameter("versionNo", content.basedOnVersion()).getResultStream().findFirst().orElse(current);
        CatalogueVersion draft = new CatalogueVersion(next, content.label().strip(), content.note(), basedOn,
                currentUser.username().orElse(AuditTrail.SYSTEM), clock.instant());
        em.persist(draft);
        Map<String, Dimension> dimensions = new HashMap<>();
        for (CatalogueWorkbook.Dimension d : content.dimensions()) {
            Dimension dimension = new Dimension(draft, d.code(), d.position(), d.nameEn().strip(), d.nameZh().strip(),
                    d.weightPercent(), d.maxNotApplicable());
            em.persist(dimension);
            dimensions.put(d.code(), dimension);
        }
        Map<String, Indicator> previous = new HashMap<>();
        em.createQuery("SELECT i FROM Indicator i WHERE i.catalogueVersion = :v", Indicator.class).setParameter("v", basedOn)
                .getResultStream().forEach(i -> previous.put(i.code(), i));
        for (CatalogueWorkbook.Indicator i : content.indicators()) {
            Indicator indicator = indicator(dimensions.get(i.dimension()), i);
            if (previous.containsKey(i.code())) {
                indicator.carryHelpFrom(previous.get(i.code()));
            }
            em.persist(indicator);
        }
        em.flush();
        // The core subset for small companies is the platform's choice, not the workbook's: it carries over by code.
        em.createNativeQuery("UPDATE indicator SET core = TRUE WHERE catalogue_version_id = ?1 AND code IN"
                + " (SELECT code FROM indicator WHERE catalogue_version_id = ?2 AND core)")
                .setParameter(1, draft.id()).setParameter(2, basedOn.id()).executeUpdate();
        em.getEntityManagerFactory().getCache().evict(Indicator.class);
        auditTrail.created(draft, null);
        return view(draft);
    }

    /** What a draft changes compared with the version in force: weights, indicators added or removed, scoring rules, texts. */
    public List<Difference> differences(int versionNo) {
        Content draft = content(versionNo);
        Content current = content(catalogue.current().versionNo());
        List<Difference> differences = new ArrayList<>();
        Map<String, CatalogueWorkbook.Dimension> before = current.dimensions().stream()
                .collect(Collectors.toMap(CatalogueWorkbook.Dimension::code, d -> d));
        for (CatalogueWorkbook.Dimension d : draft.dimensions()) {
            CatalogueWorkbook.Dimension old = before.remove(d.code());
            if (old == null) {
                differences.add(new Difference(d.code(), "dimension", null, d.nameEn()));
            } else {
                compare(differences, d.code(), "weight_percent", old.weightPercent(), d.weightPercent());
                compare(differences, d.code(), "max_not_applicable", old.maxNotApplicable(), d.maxNotApplicable());
                compare(differences, d.code(), "name", old.nameEn() + " / " + old.nameZh(), d.nameEn() + " / " + d.nameZh());
            }
        }
        before.values().forEach(d -> differences.add(new Difference(d.code(), "dimension", d.nameEn(), null)));

        Map<String, CatalogueWorkbook.Indicator> oldIndicators = new LinkedHashMap<>();
        current.indicators().forEach(i -> oldIndicators.put(i.code(), i));
        for (CatalogueWorkbook.Indicator i : draft.indicators()) {
            CatalogueWorkbook.Indicator old = oldIndicators.remove(i.code());
            if (old == null) {
                differences.add(new Difference(i.code(), "indicator", null, i.textEn()));
                continue;
            }
            compare(differences, i.code(), "dimension", old.dimension(), i.dimension());
            compare(differences, i.code(), "answer_type", old.answerType(), i.answerType());
            compare(differences, i.code(), "max_points", old.maxPoints(), i.maxPoints());
            compare(differences, i.code(), "red_flag", old.redFlag(), i.redFlag());
            compare(differences, i.code(), "not_applicable_allowed", old.notApplicableAllowed(), i.notApplicableAllowed());
            compare(differences, i.code(), "onsite_verification", old.onsiteVerification(), i.onsiteVerification());
            compare(differences, i.code(), "unit", old.unit(), i.unit());
            compare(differences, i.code(), "bands", old.bands(), i.bands());
            compare(differences, i.code(), "text_en", old.textEn(), i.textEn());
            compare(differences, i.code(), "text_zh", old.textZh(), i.textZh());
            compare(differences, i.code(), "guidance", old.guidanceEn() + old.guidanceZh(), i.guidanceEn() + i.guidanceZh(), true);
            compare(differences, i.code(), "evidence", old.evidenceEn() + old.evidenceZh(), i.evidenceEn() + i.evidenceZh(), true);
            compare(differences, i.code(), "levels", old.levels(), i.levels(), true);
            compare(differences, i.code(), "references", old.references(), i.references(), true);
        }
        oldIndicators.values().forEach(i -> differences.add(new Difference(i.code(), "indicator", i.textEn(), null)));
        return differences;
    }

    /** Puts a draft in force and retires the version it replaces; the caller rescores. */
    @RolesAllowed(ADMIN)
    public CatalogueVersion publish(int versionNo) {
        CatalogueVersion current = em.find(CatalogueVersion.class, catalogue.current().id(), LockModeType.PESSIMISTIC_WRITE);
        CatalogueVersion draft = draft(versionNo);
        Map<String, String> currentBefore = current.auditSnapshot();
        Map<String, String> draftBefore = draft.auditSnapshot();
        current.retire();
        em.flush(); // the one-published index would refuse the draft while the old version still holds the place
        draft.publish(clock.instant());
        em.flush();
        auditTrail.updated(current, null, currentBefore);
        auditTrail.updated(draft, null, draftBefore);
        return draft;
    }

    /** Deletes a draft that is not wanted. Nothing refers to a draft: campaigns only start on the version in force. */
    @RolesAllowed(ADMIN)
    public void discard(int versionNo) {
        CatalogueVersion draft = draft(versionNo);
        auditTrail.deleted(draft, null);
        em.createQuery("DELETE FROM Indicator i WHERE i.catalogueVersion = :v").setParameter("v", draft).executeUpdate();
        em.createQuery("DELETE FROM Dimension d WHERE d.catalogueVersion = :v").setParameter("v", draft).executeUpdate();
        em.remove(draft);
    }

    /** A draft version by number (for previews), or a clear refusal. */
    public CatalogueVersion draft(int versionNo) {
        CatalogueVersion version = byNumber(versionNo);
        if (!version.isDraft()) {
            throw new InvalidInputException(FieldViolation.of("version", "catalogue.version.notDraft", versionNo));
        }
        return version;
    }

    private CatalogueVersion byNumber(int versionNo) {
        return em.createNamedQuery(CatalogueVersion.BY_NUMBER, CatalogueVersion.class).setParameter("versionNo", versionNo)
                .getResultStream().findFirst().orElseThrow(() -> new NotFoundException("catalogue version", versionNo));
    }

    private VersionView view(CatalogueVersion c) {
        long indicators = c.dimensions().stream().mapToLong(d -> d.indicators().size()).sum();
        return new VersionView(c.versionNo(), c.label(), c.status(), c.basedOnVersionNo(), c.note(), c.createdBy(),
                c.createdAt(), c.publishedAt(), indicators, 0);
    }

    private Map<Long, Long> counts(String query) {
        return em.createQuery(query, Object[].class).getResultStream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> ((Number) r[1]).longValue()));
    }

    private static Indicator indicator(Dimension dimension, CatalogueWorkbook.Indicator i) {
        List<MaturityLevel> levels = i.levels().stream()
                .map(l -> new MaturityLevel(l.level(), l.descriptionEn().strip(), l.descriptionZh().strip())).toList();
        List<ScoringBand> bands = new ArrayList<>();
        for (int p = 0; p < i.bands().size(); p++) {
            CatalogueWorkbook.Band b = i.bands().get(p);
            bands.add(new ScoringBand(p + 1, b.lower(), b.upper(), b.pointsPercent()));
        }
        List<StandardReference> references = new ArrayList<>();
        for (int p = 0; p < i.references().size(); p++) {
            CatalogueWorkbook.Reference r = i.references().get(p);
            references.add(new StandardReference(p + 1, r.framework(), r.clause().strip()));
        }
        String[] texts = {i.textEn().strip(), i.textZh().strip(), orEmpty(i.guidanceEn()), orEmpty(i.guidanceZh()),
                i.evidenceEn().strip(), i.evidenceZh().strip()};
        return new Indicator(dimension, i.code(), i.position(), AnswerType.valueOf(i.answerType()), i.unit(),
                i.maxPoints(), i.notApplicableAllowed(), i.redFlag(), i.onsiteVerification(), texts, levels, bands, references);
    }

    private static CatalogueWorkbook.Indicator content(Indicator i) {
        return new CatalogueWorkbook.Indicator(i.code(), i.dimension().code(), i.position(), i.answerType().name(), i.unit(),
                plain(i.maxPoints()), i.notApplicableAllowed(), i.redFlag(), i.onsiteVerification(), i.textEn(), i.textZh(),
                i.guidanceEn(), i.guidanceZh(), i.evidenceEn(), i.evidenceZh(),
                i.levels().stream().map(l -> new CatalogueWorkbook.Level(l.level(), l.descriptionEn(), l.descriptionZh())).toList(),
                i.bands().stream().map(b -> new CatalogueWorkbook.Band(plainOrNull(b.lowerBound()), plainOrNull(b.upperBound()),
                        plain(b.pointsPercent()))).toList(),
                i.references().stream().map(r -> new CatalogueWorkbook.Reference(r.framework(), r.clause())).toList());
    }

    private static void compare(List<Difference> differences, String code, String what, Object before, Object after) {
        compare(differences, code, what, before, after, false);
    }

    /** Records a difference; long texts are only flagged as changed, with the new text. */
    private static void compare(List<Difference> differences, String code, String what, Object before, Object after,
                                boolean flagOnly) {
        if (!Objects.equals(before, after)) {
            differences.add(new Difference(code, what, flagOnly ? "…" : text(before), flagOnly ? "changed" : text(after)));
        }
    }

    private static String text(Object value) {
        return value instanceof BigDecimal d ? d.toPlainString() : value == null ? null : value.toString();
    }

    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static BigDecimal plainOrNull(BigDecimal value) {
        return value == null ? null : plain(value);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value.strip();
    }
}
