package org.supplieresg.assessment;

import static org.supplieresg.identity.Role.Names.ADMIN;
import static org.supplieresg.identity.Role.Names.AUDITOR;
import static org.supplieresg.identity.Role.Names.PROCUREMENT;
import static org.supplieresg.identity.Role.Names.SUSTAINABILITY_OFFICER;
import static org.supplieresg.identity.Role.Names.SUPPLIER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.notification.Notice;
import org.supplieresg.notification.MailsToSend;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;
import org.supplieresg.supplier.ChainTier;
import org.supplieresg.supplier.SpendCategory;
import org.supplieresg.supplier.Supplier;
import org.supplieresg.supplier.SupplierStatus;

/** Procurement launches assessment campaigns for a selection of suppliers and follows their progress. */
@Stateless
public class Campaigns {

    /**
     * Which suppliers a campaign goes to; empty sets mean "any". Inactive suppliers are never included. Risk is
     * selected by current tier: {@code currentTiers} of A, B, C, D, and NOT_ASSESSED for suppliers never scored
     * (country and commodity risk tables come with the audit plan).
     */
    public record Selection(Set<SpendCategory> spendCategories, Set<String> countries, ChainTier chainTier,
                            Set<String> currentTiers, Set<Long> supplierIds) {

        public static final String NOT_ASSESSED = "NOT_ASSESSED";
        static final Set<String> TIERS = Set.of("A", "B", "C", "D", NOT_ASSESSED);

        public Selection {
            spendCategories = spendCategories == null ? Set.of() : Set.copyOf(spendCategories);
            countries = countries == null ? Set.of() : Set.copyOf(countries);
            currentTiers = currentTiers == null ? Set.of() : Set.copyOf(currentTiers);
            supplierIds = supplierIds == null ? Set.of() : Set.copyOf(supplierIds);
        }

        String describe() {
            List<String> parts = new ArrayList<>();
            if (!spendCategories.isEmpty()) {
                parts.add("categories " + spendCategories.stream().map(Enum::name).sorted().toList());
            }
            if (!countries.isEmpty()) {
                parts.add("countries " + countries.stream().sorted().toList());
            }
            if (chainTier != null) {
                parts.add("chain tier " + chainTier);
            }
            if (!currentTiers.isEmpty()) {
                parts.add("current tier " + currentTiers.stream().sorted().toList());
            }
            if (!supplierIds.isEmpty()) {
                parts.add("suppliers " + supplierIds.stream().sorted().toList());
            }
            return parts.isEmpty() ? "all active and onboarding suppliers" : String.join("; ", parts);
        }
    }

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

    @Inject
    Event<MailsToSend> mails;

    @Inject
    SharedResults sharedResults;

    /** Launches a campaign on the catalogue in force and creates one assessment per selected supplier. */
    @RolesAllowed({PROCUREMENT, ADMIN})
    public CampaignView launch(String name, LocalDate deadline, Selection selection) {
        Campaign campaign = Campaign.launch(name, catalogue.current(), deadline, LocalDate.now(clock.withZone(ZoneOffset.UTC)),
                selection.describe(), currentUser.username().orElse(AuditTrail.SYSTEM), clock.instant());
        List<String> unknownTiers = selection.currentTiers().stream().filter(t -> !Selection.TIERS.contains(t)).sorted().toList();
        if (!unknownTiers.isEmpty()) {
            throw new InvalidInputException(FieldViolation.of("currentTiers", "campaign.selection.tier", unknownTiers));
        }
        List<Supplier> suppliers = select(selection);
        if (suppliers.isEmpty()) {
            throw new InvalidInputException(FieldViolation.of("selection", "campaign.selection.empty"));
        }
        em.persist(campaign);
        List<Assessment> assessments = new java.util.ArrayList<>();
        for (Supplier supplier : suppliers) {
            Assessment assessment = new Assessment(campaign, supplier);
            em.persist(assessment);
            assessments.add(assessment);
        }
        em.flush();
        sharedResults.prefill(assessments);
        auditTrail.created(campaign, campaign.version());
        mails.fire(MailsToSend.all(suppliers.stream().map(s -> Notice.to(s, "invitation", s.legalName(),
                campaign.name(), campaign.deadline().toString())).toList()));
        return view(campaign);
    }

    /**
     * A Tier-1's campaign for Tier-2 suppliers it invited (the cascade); the caller has checked that the owner's admin
     * asks and that every supplier is the owner's.
     */
    @RolesAllowed(SUPPLIER)
    public CampaignView launchCascade(Supplier owner, String name, LocalDate deadline, CampaignScope scope, List<Supplier> tier2s) {
        if (tier2s.isEmpty()) {
            throw new InvalidInputException(FieldViolation.of("suppliers", "campaign.selection.empty"));
        }
        Campaign campaign = Campaign.cascade(name, catalogue.current(), scope, deadline, LocalDate.now(clock.withZone(ZoneOffset.UTC)),
                owner, "Tier-2 suppliers of " + owner.legalName() + ": " + tier2s.stream().map(Supplier::id).sorted().toList(),
                currentUser.username().orElse(AuditTrail.SYSTEM), clock.instant());
        em.persist(campaign);
        for (Supplier supplier : tier2s) {
            em.persist(new Assessment(campaign, supplier));
        }
        em.flush();
        auditTrail.created(campaign, campaign.version());
        mails.fire(MailsToSend.all(tier2s.stream().map(s -> Notice.to(s, "invitation", s.legalName(),
                campaign.name(), campaign.deadline().toString())).toList()));
        return view(campaign);
    }

    /** The campaigns a Tier-1 runs for its own suppliers, newest first. */
    @RolesAllowed(SUPPLIER)
    public List<CampaignView> ownedBy(long ownerId) {
        currentUser.requireAccessTo(ownerId);
        return em.createQuery("SELECT c FROM Campaign c WHERE c.owner.id = :o ORDER BY c.createdAt DESC", Campaign.class)
                .setParameter("o", ownerId).getResultStream().map(this::view).toList();
    }

    /** The buyer's campaigns; those Tier-1s run for their own suppliers are theirs. */
    @RolesAllowed({PROCUREMENT, ADMIN, SUSTAINABILITY_OFFICER, AUDITOR})
    public List<CampaignView> list() {
        return em.createQuery("SELECT c FROM Campaign c WHERE c.owner IS NULL ORDER BY c.createdAt DESC", Campaign.class).getResultStream()
                .map(this::view).toList();
    }

    @RolesAllowed({PROCUREMENT, ADMIN, SUSTAINABILITY_OFFICER, AUDITOR})
    public CampaignView get(long id) {
        Campaign campaign = find(id);
        if (campaign.owner() != null) {
            throw new NotFoundException("campaign", id);
        }
        return view(campaign);
    }

    /** Closes a campaign: no more answers; reviews and scores remain. */
    @RolesAllowed({PROCUREMENT, ADMIN})
    public CampaignView close(long id) {
        Campaign campaign = find(id);
        if (campaign.owner() != null) {
            throw new NotFoundException("campaign", id);
        }
        var before = campaign.auditSnapshot();
        campaign.close();
        em.flush();
        auditTrail.updated(campaign, campaign.version(), before);
        return view(campaign);
    }

    private Campaign find(long id) {
        Campaign campaign = em.find(Campaign.class, id);
        if (campaign == null) {
            throw new NotFoundException("campaign", id);
        }
        return campaign;
    }

    private List<Supplier> select(Selection selection) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<Supplier> query = cb.createQuery(Supplier.class);
        Root<Supplier> s = query.from(Supplier.class);
        List<Predicate> where = new ArrayList<>();
        where.add(s.get("status").in(SupplierStatus.ACTIVE, SupplierStatus.ONBOARDING));
        // Tier-2s a Tier-1 invited answer that Tier-1's campaigns, not the buyer's
        where.add(cb.isNull(s.get("invitedBy")));
        if (!selection.spendCategories().isEmpty()) {
            where.add(s.get("spendCategory").in(selection.spendCategories()));
        }
        if (!selection.countries().isEmpty()) {
            where.add(s.get("country").in(selection.countries()));
        }
        if (selection.chainTier() != null) {
            where.add(cb.equal(s.get("chainTier"), selection.chainTier()));
        }
        if (!selection.supplierIds().isEmpty()) {
            where.add(s.get("id").in(selection.supplierIds()));
        }
        List<Supplier> selected = em.createQuery(query.select(s).where(where.toArray(Predicate[]::new))
                .orderBy(cb.asc(s.get("id")))).getResultList();
        if (selection.currentTiers().isEmpty()) {
            return selected;
        }
        Map<Long, String> tiers = currentTiers();
        return selected.stream()
                .filter(supplier -> selection.currentTiers().contains(tiers.getOrDefault(supplier.id(), Selection.NOT_ASSESSED)))
                .toList();
    }

    /** Every scored supplier's current tier (its newest score's). */
    @SuppressWarnings("unchecked")
    private Map<Long, String> currentTiers() {
        Map<Long, String> tiers = new HashMap<>();
        List<Object[]> rows = em.createNativeQuery("SELECT DISTINCT ON (supplier_id) supplier_id, tier FROM score"
                + " ORDER BY supplier_id, computed_at DESC, id DESC").getResultList();
        rows.forEach(r -> tiers.put(((Number) r[0]).longValue(), r[1].toString().strip()));
        return tiers;
    }

    private CampaignView view(Campaign campaign) {
        List<Assessment> assessments = em.createQuery(
                        "SELECT a FROM Assessment a JOIN FETCH a.supplier WHERE a.campaign = :c ORDER BY a.supplier.legalName", Assessment.class)
                .setParameter("c", campaign).getResultList();
        return new CampaignView(campaign.id(), campaign.name(), campaign.catalogueVersion().versionNo(), campaign.deadline(),
                campaign.status(), campaign.selection(), campaign.createdBy(), campaign.createdAt(),
                Progress.ofCampaign(em, campaign, assessments));
    }
}
