package org.supplieresg.assessment;

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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.evidence.EvidenceLibrary;
import org.supplieresg.evidence.EvidenceView;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.notification.MailsToSend;
import org.supplieresg.notification.Notice;
import org.supplieresg.supplier.Supplier;
import org.supplieresg.scoring.Scores;
import org.supplieresg.shared.ConcurrentChangeException;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;

/**
 * Shared results, to cut audit fatigue: a supplier submits a third-party result it already holds; the coverage rules
 * propose the indicators it answers; a reviewer accepts or declines each proposal. An accepted proposal answers the
 * indicator in the supplier's assessments of open campaigns (and of campaigns launched while the result is valid),
 * accepted, with the report as evidence; the answer names its source and lapses with it (see {@link EvidenceExpiry}).
 */
@Stateless
public class SharedResults {

    public record SchemeView(String code, String nameEn, String nameZh, String resultEn, String resultZh,
                             int defaultValidityMonths, BigDecimal scoreMin, BigDecimal scoreMax, String reference) {
        static SchemeView of(SharedResultScheme s) {
            return new SchemeView(s.code(), s.nameEn(), s.nameZh(), s.resultEn(), s.resultZh(), s.defaultValidityMonths(),
                    s.scoreMin(), s.scoreMax(), s.reference());
        }
    }

    public record RuleView(long id, String scheme, String indicatorCode, String proposedAnswer, BigDecimal minScore,
                           List<String> alsoRequires, String rationaleEn, String rationaleZh, String createdBy, Instant createdAt) {
        static RuleView of(CoverageRule r) {
            return new RuleView(r.id(), r.scheme(), r.indicatorCode(), r.proposedAnswer(), r.minScore(), r.alsoRequires(),
                    r.rationaleEn(), r.rationaleZh(), r.createdBy(), r.createdAt());
        }
    }

    /** A new coverage rule as an admin enters it. */
    public record RuleInput(String scheme, String indicatorCode, String proposedAnswer, BigDecimal minScore,
                            List<String> alsoRequires, String rationaleEn, String rationaleZh) {
    }

    public record ProposalView(long id, long sharedResultId, String indicatorCode, String indicatorTextEn, String indicatorTextZh,
                               String proposedAnswer, String rationaleEn, String rationaleZh, String alsoRequires,
                               LocalDate validTo, boolean expired, CoverageProposal.Status status, String decidedBy,
                               Instant decidedAt, String note, long version) {
    }

    public record SharedResultView(long id, long supplierId, String scheme, String schemeNameEn, String schemeNameZh,
                                   EvidenceView evidence, LocalDate assessedOn, LocalDate validTo, boolean expired,
                                   String result, BigDecimal score, String referenceNo, String issuer, String submittedBy,
                                   Instant submittedAt, List<ProposalView> proposals) {
        public long openProposals() {
            return proposals.stream().filter(p -> p.status() == CoverageProposal.Status.PROPOSED).count();
        }
    }

    /**
     * What a decision did: the assessments (of open campaigns) whose answer was taken from the result, and those whose
     * answer a reviewer had already accepted and that were left as they were.
     */
    public record Decided(ProposalView proposal, List<Long> answeredIn, List<Long> keptIn) {
    }

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

    @Inject
    EvidenceLibrary library;

    @Inject
    Scores scores;

    @Inject
    jakarta.enterprise.event.Event<MailsToSend> mails;

    @RolesAllowed({SUPPLIER, PROCUREMENT, ADMIN, SUSTAINABILITY_OFFICER, AUDITOR})
    public List<SchemeView> schemes() {
        return em.createQuery("SELECT s FROM SharedResultScheme s ORDER BY s.position", SharedResultScheme.class)
                .getResultStream().map(SchemeView::of).toList();
    }

    @RolesAllowed({SUPPLIER, PROCUREMENT, ADMIN, SUSTAINABILITY_OFFICER, AUDITOR})
    public List<RuleView> rules() {
        return allRules().stream().map(RuleView::of).toList();
    }

    /** Adds a coverage rule (admin); it proposes for results submitted from now on. */
    @RolesAllowed(ADMIN)
    public RuleView addRule(RuleInput input) {
        SharedResultScheme scheme = scheme(input.scheme());
        Indicator indicator = catalogue.indicatorsOf(catalogue.current()).stream()
                .filter(i -> i.code().equals(input.indicatorCode())).findFirst()
                .orElseThrow(() -> new InvalidInputException(FieldViolation.of("indicatorCode", "answer.indicator.unknown",
                        String.valueOf(input.indicatorCode()))));
        Set<String> known = em.createQuery("SELECT s.code FROM SharedResultScheme s", String.class).getResultStream().collect(Collectors.toSet());
        CoverageRule rule = CoverageRule.create(scheme, indicator, input.proposedAnswer(), input.minScore(), input.alsoRequires(),
                known, input.rationaleEn(), input.rationaleZh(), actor(), clock.instant());
        boolean duplicate = allRules().stream().anyMatch(r -> r.scheme().equals(rule.scheme()) && r.indicatorCode().equals(rule.indicatorCode())
                && r.proposedAnswer().equals(rule.proposedAnswer()) && r.alsoRequires().equals(rule.alsoRequires())
                && (r.minScore() == null ? rule.minScore() == null : rule.minScore() != null && r.minScore().compareTo(rule.minScore()) == 0));
        if (duplicate) {
            throw new InvalidInputException(FieldViolation.of("indicatorCode", "coverageRule.duplicate", rule.scheme(), rule.indicatorCode()));
        }
        em.persist(rule);
        em.flush();
        auditTrail.created(rule, null);
        return RuleView.of(rule);
    }

    /** Removes a coverage rule (admin); proposals already made keep the rule's wording. */
    @RolesAllowed(ADMIN)
    public void removeRule(long ruleId) {
        CoverageRule rule = em.find(CoverageRule.class, ruleId);
        if (rule == null) {
            throw new NotFoundException("coverage rule", ruleId);
        }
        auditTrail.deleted(rule, null);
        em.remove(rule);
    }

    /**
     * A supplier (or a buyer on its behalf) submits a result with its report or certificate, already uploaded to the
     * company's library. The rules in force propose the indicators it answers.
     */
    @RolesAllowed({SUPPLIER, PROCUREMENT, ADMIN})
    public SharedResultView submit(long supplierId, SharedResult.Statement statement) {
        currentUser.requireAccessTo(supplierId);
        SharedResultScheme scheme = scheme(statement.scheme());
        LocalDate today = today();
        SharedResult result = SharedResult.submit(supplierId, scheme, library.find(statement.evidenceId()), statement, today,
                actor(), clock.instant());
        Map<String, LocalDate> held = new HashMap<>();
        for (SharedResult other : currentResults(supplierId, today)) {
            held.merge(other.scheme().code(), other.validTo(), (a, b) -> a.isAfter(b) ? a : b);
        }
        Set<String> inCatalogue = catalogue.indicatorsOf(catalogue.current()).stream().map(Indicator::code).collect(Collectors.toSet());
        result.propose(allRules().stream().filter(r -> inCatalogue.contains(r.indicatorCode())).toList(), held);
        em.persist(result);
        em.flush();
        auditTrail.created(result, result.version());
        return view(result);
    }

    @RolesAllowed({SUPPLIER, PROCUREMENT, ADMIN, SUSTAINABILITY_OFFICER, AUDITOR})
    public List<SharedResultView> ofSupplier(long supplierId) {
        currentUser.requireAccessTo(supplierId);
        return em.createQuery("SELECT r FROM SharedResult r WHERE r.supplierId = :s ORDER BY r.submittedAt DESC, r.id DESC", SharedResult.class)
                .setParameter("s", supplierId).getResultStream().map(this::view).toList();
    }

    /** A supplier with proposals waiting for a reviewer. */
    public record AwaitingReview(long supplierId, String legalName, long proposals) {
    }

    /** The suppliers whose shared results have proposals still to decide (and not lapsed), most first. */
    @RolesAllowed({PROCUREMENT, ADMIN})
    public List<AwaitingReview> awaitingReview() {
        return em.createQuery("SELECT s.id, s.legalName, COUNT(p) FROM CoverageProposal p JOIN p.sharedResult r, Supplier s"
                        + " WHERE s.id = r.supplierId AND p.status = :proposed AND p.validTo >= :today"
                        + " GROUP BY s.id, s.legalName ORDER BY COUNT(p) DESC, s.legalName", Object[].class)
                .setParameter("proposed", CoverageProposal.Status.PROPOSED).setParameter("today", today())
                .getResultStream().map(row -> new AwaitingReview((Long) row[0], (String) row[1], ((Number) row[2]).longValue())).toList();
    }

    @RolesAllowed({SUPPLIER, PROCUREMENT, ADMIN, SUSTAINABILITY_OFFICER, AUDITOR})
    public SharedResultView get(long resultId) {
        return view(visible(resultId));
    }

    /**
     * A reviewer accepts or declines one proposal. Accepting answers the indicator in every assessment of the supplier
     * in an open campaign whose catalogue has it (an answer already accepted is kept) and scores a submitted, scored
     * assessment again.
     *
     * @param expectedVersion the version of the proposal the reviewer saw
     */
    @RolesAllowed({PROCUREMENT, ADMIN})
    public Decided decide(long proposalId, boolean accept, String note, long expectedVersion) {
        CoverageProposal proposal = em.find(CoverageProposal.class, proposalId);
        if (proposal == null) {
            throw new NotFoundException("proposal", proposalId);
        }
        if (proposal.version() != expectedVersion) {
            throw new ConcurrentChangeException("Proposal " + proposal.indicatorCode(), expectedVersion, proposal.version(),
                    auditTrail.changesSince(proposal.auditType(), proposal.auditId(), expectedVersion));
        }
        Map<String, String> before = proposal.auditSnapshot();
        proposal.decide(accept, note, today(), actor(), clock.instant());
        em.flush();
        auditTrail.updated(proposal, proposal.version(), before);
        List<Long> answered = new ArrayList<>();
        List<Long> kept = new ArrayList<>();
        if (!accept) {
            SharedResult result = proposal.sharedResult();
            Supplier supplier = em.find(Supplier.class, result.supplierId());
            mails.fire(Notice.to(supplier, "sharedDeclined", supplier.legalName(), result.scheme().nameEn(), proposal.indicatorCode(),
                    proposal.decisionNote(), result.scheme().nameZh()));
        }
        if (accept) {
            List<Assessment> open = em.createQuery("SELECT a FROM Assessment a WHERE a.supplier.id = :s AND a.campaign.status = :open",
                            Assessment.class)
                    .setParameter("s", proposal.sharedResult().supplierId()).setParameter("open", CampaignStatus.OPEN).getResultList();
            for (Assessment assessment : open) {
                take(assessment, List.of(proposal), actor()).forEach((taken, answer) -> (answer ? answered : kept).add(assessment.id()));
            }
        }
        return new Decided(proposalView(proposal, indicatorsInForce()), answered, kept);
    }

    /**
     * Answers a new campaign's assessments from the accepted, still valid proposals of their suppliers, as the system
     * (the reviewer's decision stands in the proposal's audit trail). Called by the campaign launch.
     */
    @RolesAllowed({PROCUREMENT, ADMIN})
    public void prefill(Collection<Assessment> assessments) {
        Map<Long, Assessment> bySupplier = new HashMap<>();
        assessments.forEach(a -> bySupplier.put(a.supplier().id(), a));
        if (bySupplier.isEmpty()) {
            return;
        }
        List<CoverageProposal> accepted = em.createQuery("SELECT p FROM CoverageProposal p JOIN FETCH p.sharedResult r"
                        + " WHERE p.status = :accepted AND p.validTo >= :today AND r.supplierId IN :suppliers", CoverageProposal.class)
                .setParameter("accepted", CoverageProposal.Status.ACCEPTED).setParameter("today", today())
                .setParameter("suppliers", bySupplier.keySet()).getResultList();
        accepted.stream().collect(Collectors.groupingBy(p -> p.sharedResult().supplierId()))
                .forEach((supplier, proposals) -> take(bySupplier.get(supplier), proposals, AuditTrail.SYSTEM));
    }

    /** Takes answers from proposals into one assessment; maps each proposal to whether its answer was taken (or kept). */
    private Map<CoverageProposal, Boolean> take(Assessment assessment, List<CoverageProposal> proposals, String by) {
        Map<String, Indicator> indicators = new HashMap<>();
        catalogue.indicatorsOf(assessment.campaign().catalogueVersion()).forEach(i -> indicators.put(i.code(), i));
        Map<CoverageProposal, Boolean> outcome = new java.util.LinkedHashMap<>();
        for (CoverageProposal proposal : proposals) {
            Indicator indicator = indicators.get(proposal.indicatorCode());
            if (indicator == null || !Assessment.responseViolations(indicator, proposal.response()).isEmpty()) {
                continue; // not in this campaign's catalogue, or no longer the same kind of question
            }
            Answer existing = assessment.answerTo(indicator).orElse(null);
            Map<String, String> before = existing == null ? null : existing.auditSnapshot();
            Optional<Answer> taken = assessment.takeFrom(proposal, indicator, by, clock.instant());
            outcome.put(proposal, taken.isPresent());
            if (taken.isPresent()) {
                Answer answer = taken.get();
                if (existing == null) {
                    em.persist(answer);
                    em.flush();
                    auditTrail.created(answer, answer.version());
                } else {
                    em.flush();
                    auditTrail.updated(answer, answer.version(), before);
                }
            }
        }
        if (outcome.containsValue(true) && assessment.status() == AssessmentStatus.SUBMITTED
                && em.createQuery("SELECT COUNT(s) FROM Score s WHERE s.assessmentId = :a", Long.class)
                .setParameter("a", assessment.id()).getSingleResult() > 0) {
            scores.refresh(assessment.id());
        }
        return outcome;
    }

    private List<SharedResult> currentResults(long supplierId, LocalDate today) {
        return em.createQuery("SELECT r FROM SharedResult r WHERE r.supplierId = :s AND r.validTo >= :today", SharedResult.class)
                .setParameter("s", supplierId).setParameter("today", today).getResultList();
    }

    private List<CoverageRule> allRules() {
        return em.createQuery("SELECT r FROM CoverageRule r ORDER BY r.scheme, r.indicatorCode, r.proposedAnswer", CoverageRule.class)
                .getResultList();
    }

    private SharedResultScheme scheme(String code) {
        SharedResultScheme scheme = code == null ? null : em.find(SharedResultScheme.class, code);
        if (scheme == null) {
            throw new InvalidInputException(FieldViolation.of("scheme", "sharedResult.scheme.unknown", String.valueOf(code)));
        }
        return scheme;
    }

    private SharedResult visible(long resultId) {
        SharedResult result = em.find(SharedResult.class, resultId);
        if (result == null || (currentUser.isSupplierUser()
                && currentUser.companyId().filter(own -> own.equals(result.supplierId())).isEmpty())) {
            throw new NotFoundException("shared result", resultId);
        }
        return result;
    }

    private SharedResultView view(SharedResult r) {
        LocalDate today = today();
        Map<String, Indicator> indicators = r.proposals().isEmpty() ? Map.of() : indicatorsInForce();
        return new SharedResultView(r.id(), r.supplierId(), r.scheme().code(), r.scheme().nameEn(), r.scheme().nameZh(),
                EvidenceView.of(r.evidence(), today), r.assessedOn(), r.validTo(), r.expiredOn(today), r.result(), r.score(),
                r.referenceNo(), r.issuer(), r.submittedBy(), r.submittedAt(),
                r.proposals().stream().map(p -> proposalView(p, indicators)).toList());
    }

    private Map<String, Indicator> indicatorsInForce() {
        Map<String, Indicator> byCode = new HashMap<>();
        catalogue.indicatorsOf(catalogue.current()).forEach(i -> byCode.put(i.code(), i));
        return byCode;
    }

    private ProposalView proposalView(CoverageProposal p, Map<String, Indicator> indicators) {
        Indicator indicator = indicators.get(p.indicatorCode());
        return new ProposalView(p.id(), p.sharedResult().id(), p.indicatorCode(), indicator == null ? null : indicator.textEn(),
                indicator == null ? null : indicator.textZh(), p.proposedAnswer(), p.rationaleEn(), p.rationaleZh(),
                p.alsoRequires(), p.validTo(), p.expiredOn(today()), p.status(), p.decidedBy(), p.decidedAt(), p.decisionNote(),
                p.version());
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }

    private String actor() {
        return currentUser.username().orElse(AuditTrail.SYSTEM);
    }
}
