package org.supplieresg.audit;

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
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.supplieresg.assessment.Assessment;
import org.supplieresg.assessment.Catalogue;
import org.supplieresg.assessment.CatalogueVersion;
import org.supplieresg.assessment.Indicator;
import org.supplieresg.evidence.Evidence;
import org.supplieresg.evidence.EvidenceLibrary;
import org.supplieresg.evidence.EvidenceType;
import org.supplieresg.identity.Accounts;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.reports.AuditReport;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;
import org.supplieresg.supplier.Contact;
import org.supplieresg.supplier.Supplier;

/**
 * The content of a completed audit's report, for the PDF writer in {@code reports}: every figure comes from the audit's
 * checklist, findings and corrective actions as stored, and the photos from the evidence storage.
 */
@Stateless
public class AuditReports {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Catalogue catalogue;

    @Inject
    EvidenceLibrary library;

    @Inject
    Accounts accounts;

    @Inject
    Clock clock;

    @RolesAllowed({SUPPLIER, PROCUREMENT, AUDITOR, ADMIN, SUSTAINABILITY_OFFICER})
    public AuditReport of(long auditId, Locale language) {
        Audit audit = em.find(Audit.class, auditId);
        if (audit == null || (currentUser.isSupplierUser()
                && currentUser.companyId().filter(own -> own.equals(audit.supplier().id())).isEmpty())) {
            throw new NotFoundException("audit", auditId);
        }
        if (audit.status() != AuditStatus.COMPLETED) {
            throw new InvalidInputException(FieldViolation.of("status", "audit.report.notCompleted", audit.reference(), audit.status()));
        }
        boolean chinese = language.getLanguage().equals("zh");
        Map<String, Indicator> indicators = indicators(audit);
        Map<String, Finding> findingsByIndicator = new HashMap<>();
        findingsOf(audit).forEach(f -> findingsByIndicator.put(f.indicatorCode(), f));
        List<AuditReport.Finding> findings = new ArrayList<>();
        List<AuditReport.CorrectiveActionPlan> plans = new ArrayList<>();
        int conforming = 0;
        int[] bySeverity = new int[Severity.values().length];
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        for (ChecklistItem item : audit.items()) {
            if (item.outcome() == Outcome.CONFORMING) {
                conforming++;
                continue;
            }
            Finding finding = findingsByIndicator.get(item.indicatorCode());
            if (finding == null) {
                continue; // a follow-up found an open finding still open: it is reported with the audit that raised it
            }
            bySeverity[item.severity().ordinal()]++;
            Indicator indicator = indicators.get(item.indicatorCode());
            String requirement = indicator == null ? item.indicatorCode() : chinese ? indicator.textZh() : indicator.textEn();
            findings.add(new AuditReport.Finding(finding.reference(), item.indicatorCode(), requirement,
                    AuditReport.Severity.valueOf(item.severity().name()), item.observation(),
                    item.verifiedAnswer() == null ? null : chinese
                            ? "自评：" + item.selfAssessed() + "；现场核实：" + item.verifiedAnswer()
                            : "Self-assessed: " + item.selfAssessed() + "; verified on site: " + item.verifiedAnswer(),
                    photos(item)));
            CorrectiveAction action = em.createQuery("SELECT c FROM CorrectiveAction c WHERE c.finding = :f", CorrectiveAction.class)
                    .setParameter("f", finding).getSingleResult();
            plans.add(new AuditReport.CorrectiveActionPlan(finding.reference(), action.rootCause(), action.actions(), action.owner(),
                    action.dueDate(), status(finding, action, today)));
        }
        int checked = (int) audit.items().stream().filter(i -> i.outcome() != null).count();
        Supplier supplier = audit.supplier();
        Contact representative = supplier.contacts().isEmpty() ? null : supplier.contacts().get(0);
        return new AuditReport(
                new AuditReport.Supplier(supplier.legalName(), supplier.localName(), audit.siteCountry(), audit.siteAddress()),
                new AuditReport.Audit(audit.reference(), AuditReport.AuditType.valueOf(audit.type().name()), audit.plannedStart(),
                        audit.plannedEnd(), audit.startedAt() == null ? null : LocalDate.ofInstant(audit.startedAt(), ZoneOffset.UTC),
                        name(audit.leadAuditor()), audit.team().stream().map(this::name).toList(), Locale.forLanguageTag(audit.language()),
                        scope(audit, chinese), criteria(audit, chinese)),
                new AuditReport.ChecklistCounts(checked, conforming, bySeverity[Severity.PRIORITY.ordinal()],
                        bySeverity[Severity.MAJOR.ordinal()], bySeverity[Severity.MINOR.ordinal()]),
                findings, plans,
                new AuditReport.Signatures(name(audit.leadAuditor()),
                        audit.completedAt() == null ? null : LocalDate.ofInstant(audit.completedAt(), ZoneOffset.UTC),
                        representative == null ? null : representative.name(), representative == null ? null : representative.jobTitle()));
    }

    private List<Finding> findingsOf(Audit audit) {
        return em.createQuery("SELECT f FROM Finding f WHERE f.audit = :a ORDER BY f.reference", Finding.class)
                .setParameter("a", audit).getResultList();
    }

    private List<AuditReport.Photo> photos(ChecklistItem item) {
        List<AuditReport.Photo> photos = new ArrayList<>();
        for (Evidence photo : item.photos()) {
            if (photo.type() != EvidenceType.PNG && photo.type() != EvidenceType.JPEG) {
                continue; // documents are listed in the system, not printed
            }
            try (InputStream in = library.open(photo.id()).content()) {
                photos.add(new AuditReport.Photo(in.readAllBytes(), photo.fileName()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return photos;
    }

    private static AuditReport.CapStatus status(Finding finding, CorrectiveAction action, LocalDate today) {
        if (finding.status() == Finding.Status.CLOSED) {
            return AuditReport.CapStatus.CLOSED;
        }
        if (action.overdueOn(today)) {
            return AuditReport.CapStatus.OVERDUE;
        }
        return AuditReport.CapStatus.valueOf(action.status().name());
    }

    private String name(String username) {
        return accounts.byUsername(username).map(Accounts.Caller::displayName).orElse(username);
    }

    private static String scope(Audit audit, boolean chinese) {
        long onsite = audit.items().stream().filter(i -> i.reason() == ChecklistReason.ONSITE || i.reason() == ChecklistReason.RED_FLAG).count();
        long weak = audit.items().stream().filter(i -> i.reason() == ChecklistReason.WEAK_ANSWER).count();
        long open = audit.items().stream().filter(i -> i.reason() == ChecklistReason.OPEN_FINDING).count();
        return chinese
                ? "现场核查" + audit.items().size() + "项指标：" + onsite + "项需现场核实或属红线指标，" + weak + "项自评较弱，" + open + "项为待关闭的发现项。"
                : audit.items().size() + " indicators checked on site: " + onsite + " marked for on-site verification or red flags, "
                        + weak + " answered weakly in the self-assessment, " + open + " open findings to close.";
    }

    private String criteria(Audit audit, boolean chinese) {
        CatalogueVersion version = audit.assessmentId() == null ? catalogue.current()
                : em.find(Assessment.class, audit.assessmentId()).campaign().catalogueVersion();
        return chinese
                ? "供应商ESG指标体系第" + version.versionNo() + "版；发现项严重程度按RBA验证审核程序（VAP）定义。"
                : "Supplier ESG catalogue version " + version.versionNo() + "; severities as defined by the RBA Validated Assessment Program.";
    }

    private Map<String, Indicator> indicators(Audit audit) {
        CatalogueVersion version = audit.assessmentId() == null ? catalogue.current()
                : em.find(Assessment.class, audit.assessmentId()).campaign().catalogueVersion();
        Map<String, Indicator> byCode = new HashMap<>();
        catalogue.indicatorsOf(version).forEach(i -> byCode.put(i.code(), i));
        return byCode;
    }
}
