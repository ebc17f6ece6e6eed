package org.supplieresg.chain;

import static org.supplieresg.identity.Role.Names.SUPPLIER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.supplieresg.assessment.AssessmentSummary;
import org.supplieresg.assessment.CampaignScope;
import org.supplieresg.assessment.CampaignView;
import org.supplieresg.assessment.Campaigns;
import org.supplieresg.assessment.Progress;
import org.supplieresg.assessment.Questionnaires;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.identity.InvitedLogins;
import org.supplieresg.notification.MailsToSend;
import org.supplieresg.notification.Notice;
import org.supplieresg.scoring.Scores;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;
import org.supplieresg.supplier.ChainTier;
import org.supplieresg.supplier.IndustryScheme;
import org.supplieresg.supplier.SpendCategory;
import org.supplieresg.supplier.Supplier;
import org.supplieresg.supplier.SupplierProfile;
import org.supplieresg.supplier.SupplierStatus;

/**
 * The chain cascade (链主): a Tier-1's supplier admin invites its own suppliers into the platform, sends them
 * campaigns and carbon-data requests, and follows their results; a Tier-2 grants or withdraws consent to share them.
 * A Tier-1 sees of a Tier-2 only what it entered when inviting it and the status of what it asked, until the Tier-2
 * consents; then its score, red flags and carbon data too.
 */
@Stateless
@RolesAllowed(SUPPLIER)
public class Cascade {

    /** What a Tier-1 states about a company it invites, and who at that company gets the first login. */
    public record Invitation(String legalName, String localName, String country, IndustryScheme industryScheme, String industryCode,
                             SpendCategory commodity, BigDecimal annualSpendAmount, String annualSpendCurrency,
                             String contactName, String contactEmail, String username, String locale) {
    }

    /** The invited company and its first login; the password is shown to the inviter once and mailed to the contact. */
    public record Invited(long supplierId, String legalName, String username, String firstPassword) {
    }

    /** A Tier-2 as its Tier-1 sees it. Score, tier, red flags and carbon data are null or empty until it consents. */
    public record Tier2(long supplierId, String legalName, String localName, String country, SpendCategory commodity,
                        Instant invitedAt, boolean consented, Instant consentedAt, List<Questionnaire> questionnaires,
                        Scores.ChainScore score, List<CarbonRequestView> carbonRequests) {
    }

    /** Where a Tier-2 stands in a campaign of its Tier-1: status always, answer counts once it consented. */
    public record Questionnaire(long campaignId, String campaign, String scope, LocalDate deadline, String status,
                                Integer answered, Integer answerable, Instant submittedAt) {
    }

    /**
     * A carbon request and what answers it: the year's inventory submitted, its calculated Scope 1 and market-based
     * Scope 2 (kg CO2e, from the latest calculation run; null until one ran) and the footprints of that year.
     */
    public record CarbonRequestView(long id, long requesterId, String requesterName, long supplierId, String supplierName,
                                    int year, String productCodes, String message, LocalDate deadline, Instant requestedAt,
                                    boolean inventorySubmitted, BigDecimal scope1Kg, BigDecimal scope2MarketKg, int footprints) {
    }

    /** What a Tier-2 sees of the customer that invited it. */
    public record Customer(long supplierId, String legalName, String country, boolean consented, Instant consentedAt,
                           String consentedBy, List<CarbonRequestView> carbonRequests) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    InvitedLogins logins;

    @Inject
    Campaigns campaigns;

    @Inject
    Questionnaires questionnaires;

    @Inject
    Scores scores;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    @Inject
    Event<MailsToSend> mails;

    /** Registers a Tier-2 company sold to the caller's company, with a first login for its contact. */
    public Invited invite(Invitation input) {
        Supplier tier1 = ownCompany();
        if (tier1.chainTier() != ChainTier.TIER_1) {
            throw new InvalidInputException(FieldViolation.of("company", "chain.invite.tier1Only"));
        }
        List<FieldViolation> problems = new ArrayList<>();
        if (blank(input.contactName())) {
            problems.add(FieldViolation.of("contacts[0].name", "field.required"));
        }
        if (blank(input.contactEmail())) {
            problems.add(FieldViolation.of("contacts[0].email", "field.required"));
        }
        BigDecimal spend = input.annualSpendAmount() == null ? BigDecimal.ZERO : input.annualSpendAmount();
        String currency = blank(input.annualSpendCurrency()) ? tier1.annualSpend().currency() : input.annualSpendCurrency().strip();
        SupplierProfile profile = new SupplierProfile(input.legalName(), input.localName(), input.country(), null, input.industryScheme(),
                input.industryCode(), input.commodity(), spend, currency, ChainTier.TIER_2, tier1.id(), SupplierStatus.ONBOARDING,
                List.of(new SupplierProfile.ContactDetails(input.contactName(), null, input.contactEmail(), null)));
        problems.addAll(profile.violations());
        InvalidInputException.throwIfAny(problems);
        boolean taken = em.createQuery("SELECT COUNT(s) FROM Supplier s WHERE LOWER(s.legalName) = LOWER(:n) AND s.country = :c", Long.class)
                .setParameter("n", input.legalName().strip()).setParameter("c", input.country().strip()).getSingleResult() > 0;
        if (taken) {
            // Said without revealing whose supplier it is: the platform admin can link an existing company.
            throw new InvalidInputException(FieldViolation.of("legalName", "chain.invite.exists", input.legalName().strip(),
                    input.country().strip()));
        }
        Supplier tier2 = Supplier.invite(profile, tier1, clock.instant());
        em.persist(tier2);
        em.flush();
        auditTrail.created(tier2, tier2.version());
        String password = logins.createFirstLogin(input.username(), input.contactName(), blank(input.locale()) ? null : input.locale(), tier2);
        mails.fire(Notice.to(tier2, "chainInvited", tier2.legalName(), tier1.legalName(), input.username().strip().toLowerCase(), password));
        return new Invited(tier2.id(), tier2.legalName(), input.username().strip().toLowerCase(), password);
    }

    /** Whether the caller may invite and assess suppliers: its company's supplier admin, at a Tier-1. */
    public boolean canInvite() {
        return currentUser.isSupplierAdmin() && ownCompanyOfAnyUser().chainTier() == ChainTier.TIER_1;
    }

    /** The companies the caller's company invited, with what it may see of each. */
    public List<Tier2> tier2s() {
        Supplier tier1 = ownCompany();
        List<Supplier> invited = em.createQuery("SELECT s FROM Supplier s WHERE s.invitedBy = :t ORDER BY s.legalName", Supplier.class)
                .setParameter("t", tier1).getResultList();
        List<CarbonRequestView> requests = requestsFrom(tier1);
        List<Tier2> rows = new ArrayList<>();
        for (Supplier s : invited) {
            boolean consented = s.chainConsentAt() != null;
            rows.add(new Tier2(s.id(), s.legalName(), s.localName(), s.country(), s.spendCategory(), s.createdAt(), consented,
                    s.chainConsentAt(), questionnaires(tier1, s, consented),
                    consented ? scores.visibleToChain(s.id()).orElse(null) : null,
                    requests.stream().filter(r -> r.supplierId() == s.id())
                            .map(r -> consented ? r : withoutData(r)).toList()));
        }
        return rows;
    }

    /** A company the caller's company invited, by name only: for choosing where a purchased input came from. */
    public record InvitedCompany(long supplierId, String legalName) {
    }

    /** The companies the caller's company invited (any of its users may name them on its own inventory lines). */
    public List<InvitedCompany> invitedCompanies() {
        return em.createQuery("SELECT s.id, s.legalName FROM Supplier s WHERE s.invitedBy.id = :t ORDER BY s.legalName", Object[].class)
                .setParameter("t", ownCompanyOfAnyUser().id()).getResultStream()
                .map(r -> new InvitedCompany((Long) r[0], (String) r[1])).toList();
    }

    /** Sends a campaign (the whole catalogue or its core subset) to Tier-2s the caller's company invited. */
    public CampaignView launch(String name, LocalDate deadline, CampaignScope scope, Collection<Long> tier2Ids) {
        Supplier tier1 = ownCompany();
        return campaigns.launchCascade(tier1, name, deadline, scope, invitedBy(tier1, tier2Ids));
    }

    /** The campaigns the caller's company sent to its own suppliers. */
    public List<CampaignView> campaigns() {
        return campaigns.ownedBy(ownCompany().id());
    }

    /** Asks Tier-2s the caller's company invited for their carbon data of a year. */
    public List<CarbonRequestView> requestCarbonData(Collection<Long> tier2Ids, Integer year, String productCodes, String message,
                                                     LocalDate deadline) {
        Supplier tier1 = ownCompany();
        List<Supplier> targets = invitedBy(tier1, tier2Ids);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<CarbonRequest> made = new ArrayList<>();
        for (Supplier tier2 : targets) {
            boolean asked = year != null && em.createQuery("SELECT COUNT(r) FROM CarbonRequest r WHERE r.requester = :t AND r.supplier = :s"
                    + " AND r.reportingYear = :y", Long.class).setParameter("t", tier1).setParameter("s", tier2)
                    .setParameter("y", year).getSingleResult() > 0;
            if (asked) {
                throw new InvalidInputException(FieldViolation.of("year", "chain.carbon.alreadyAsked", tier2.legalName(), year));
            }
            CarbonRequest request = CarbonRequest.of(tier1, tier2, year, productCodes, message, deadline, today, actor(), clock.instant());
            em.persist(request);
            made.add(request);
        }
        em.flush();
        made.forEach(r -> auditTrail.created(r, r.version()));
        mails.fire(MailsToSend.all(made.stream().map(r -> Notice.to(r.supplier(), "chainCarbonRequest", r.supplier().legalName(),
                tier1.legalName(), String.valueOf(r.reportingYear()), r.deadline().toString(),
                r.productCodes() == null ? "" : " (" + r.productCodes() + ")", r.message() == null ? "" : r.message())).toList()));
        return made.stream().map(r -> view(r)).toList();
    }

    /** For a Tier-2: the customer that invited it, its consent, and what it was asked for. Empty for other companies. */
    public Optional<Customer> customer() {
        Supplier own = ownCompanyOfAnyUser();
        Supplier inviter = own.invitedBy();
        if (inviter == null) {
            return Optional.empty();
        }
        List<CarbonRequestView> requests = em.createQuery("SELECT r FROM CarbonRequest r WHERE r.supplier = :s ORDER BY r.reportingYear DESC",
                CarbonRequest.class).setParameter("s", own).getResultStream().map(r -> view(r)).toList();
        return Optional.of(new Customer(inviter.id(), inviter.legalName(), inviter.country(), own.chainConsentAt() != null,
                own.chainConsentAt(), own.chainConsentBy(), requests));
    }

    /**
     * A Tier-2's consent to show its results (answers' outcome, score, red flags, emissions, footprints, mineral
     * declarations) to the Tier-1 that invited it and to the buyer running the platform; withdrawing hides them again.
     */
    public Customer consent(boolean grant) {
        Supplier own = ownCompanyOfAnyUser();
        Map<String, String> before = own.auditSnapshot();
        if (grant) {
            own.grantChainConsent(actor(), clock.instant());
        } else {
            own.withdrawChainConsent();
        }
        em.flush();
        auditTrail.updated(own, own.version(), before);
        return customer().orElseThrow();
    }

    private List<Questionnaire> questionnaires(Supplier tier1, Supplier tier2, boolean consented) {
        List<Questionnaire> rows = new ArrayList<>();
        for (Object[] r : em.createQuery("SELECT a.id, c.id, c.name, c.scope, c.deadline, a.status, a.submittedAt FROM Assessment a"
                + " JOIN a.campaign c WHERE a.supplier = :s AND c.owner = :t ORDER BY c.createdAt DESC", Object[].class)
                .setParameter("s", tier2).setParameter("t", tier1).getResultList()) {
            Integer answered = null;
            Integer answerable = null;
            if (consented) {
                AssessmentSummary summary = Progress.of(em, em.find(org.supplieresg.assessment.Assessment.class, (Long) r[0]));
                answered = summary.answered();
                answerable = summary.answerable();
            }
            rows.add(new Questionnaire((Long) r[1], (String) r[2], r[3].toString(), (LocalDate) r[4], r[5].toString(), answered,
                    answerable, (Instant) r[6]));
        }
        return rows;
    }

    private List<CarbonRequestView> requestsFrom(Supplier tier1) {
        List<CarbonRequest> requests = em.createQuery("SELECT r FROM CarbonRequest r WHERE r.requester = :t ORDER BY r.reportingYear DESC",
                CarbonRequest.class).setParameter("t", tier1).getResultList();
        return requests.stream().map(r -> view(r)).toList();
    }

    /** A request and whether it is answered: the year's inventory submitted, and how many footprints of that year. */
    private CarbonRequestView view(CarbonRequest r) {
        Object[] answered = (Object[]) em.createNativeQuery("SELECT"
                        + " EXISTS (SELECT 1 FROM emission_inventory i WHERE i.supplier_id = ?1 AND i.reporting_year = ?2 AND i.status = 'SUBMITTED'),"
                        + " (SELECT SUM(kg_co2e) FROM emission_result e WHERE e.supplier_id = ?1 AND e.reporting_year = ?2"
                        + "   AND e.perspective = 'SUPPLIER' AND e.scope = 1 AND e.superseded_run_id IS NULL),"
                        + " (SELECT SUM(kg_co2e) FROM emission_result e WHERE e.supplier_id = ?1 AND e.reporting_year = ?2"
                        + "   AND e.perspective = 'SUPPLIER' AND e.scope = 2 AND e.scope2_basis = 'MARKET' AND e.superseded_run_id IS NULL),"
                        + " (SELECT COUNT(*) FROM product_footprint f WHERE f.supplier_id = ?1 AND f.reference_year = ?2)")
                .setParameter(1, r.supplier().id()).setParameter(2, r.reportingYear()).getSingleResult();
        return new CarbonRequestView(r.id(), r.requester().id(), r.requester().legalName(), r.supplier().id(), r.supplier().legalName(),
                r.reportingYear(), r.productCodes(), r.message(), r.deadline(), r.requestedAt(), (Boolean) answered[0],
                (BigDecimal) answered[1], (BigDecimal) answered[2], ((Number) answered[3]).intValue());
    }

    private static CarbonRequestView withoutData(CarbonRequestView r) {
        return new CarbonRequestView(r.id(), r.requesterId(), r.requesterName(), r.supplierId(), r.supplierName(), r.year(),
                r.productCodes(), r.message(), r.deadline(), r.requestedAt(), false, null, null, 0);
    }

    private List<Supplier> invitedBy(Supplier tier1, Collection<Long> ids) {
        Set<Long> wanted = ids == null ? Set.of() : new TreeSet<>(ids);
        if (wanted.isEmpty()) {
            throw new InvalidInputException(FieldViolation.of("suppliers", "campaign.selection.empty"));
        }
        List<Supplier> found = em.createQuery("SELECT s FROM Supplier s WHERE s.id IN :ids AND s.invitedBy = :t ORDER BY s.id", Supplier.class)
                .setParameter("ids", wanted).setParameter("t", tier1).getResultList();
        if (found.size() != wanted.size()) {
            // the same answer for a company that does not exist and for someone else's supplier
            Set<Long> missing = new TreeSet<>(wanted);
            found.forEach(s -> missing.remove(s.id()));
            throw new NotFoundException("supplier", missing.iterator().next());
        }
        return found;
    }

    private Supplier ownCompany() {
        return em.find(Supplier.class, currentUser.requireSupplierAdmin());
    }

    private Supplier ownCompanyOfAnyUser() {
        return currentUser.companyId().map(id -> em.find(Supplier.class, id))
                .orElseThrow(() -> new NotFoundException("company of user", actor()));
    }

    private String actor() {
        return currentUser.username().orElse(AuditTrail.SYSTEM);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
