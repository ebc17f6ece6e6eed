package org.supplieresg.supplier;

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
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.supplieresg.audittrail.AuditRecord;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.shared.ConcurrentChangeException;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;

/**
 * Reads and changes supplier records. This is where "a supplier user sees only its own company" is enforced: a supplier
 * user who names another company's id gets {@link NotFoundException}, exactly as if it did not exist.
 */
@Stateless
public class SupplierDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @RolesAllowed({PROCUREMENT, SUSTAINABILITY_OFFICER, AUDITOR, ADMIN})
    public SupplierPage search(SupplierSearch search) {
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<Supplier> query = cb.createQuery(Supplier.class);
        Root<Supplier> root = query.from(Supplier.class);
        query.select(root).where(filters(cb, query, root, search));
        if (search.sortField() != null) {
            Expression<?> key = sortKey(root, search.sortField());
            query.orderBy(search.ascending() ? cb.asc(key) : cb.desc(key), cb.asc(root.get("id")));
        } else {
            query.orderBy(cb.asc(cb.lower(root.get("legalName"))), cb.asc(root.get("id")));
        }
        List<Supplier> found = em.createQuery(query)
                .setFirstResult(search.first()).setMaxResults(search.pageSize())
                .setHint("eclipselink.batch", "s.parent")
                .getResultList();
        Map<Long, String> tiers = found.isEmpty() ? Map.of() : em.createQuery("SELECT st FROM Standing st WHERE st.supplierId IN :ids", Standing.class)
                .setParameter("ids", found.stream().map(Supplier::id).toList()).getResultStream()
                .collect(Collectors.toMap(Standing::supplierId, Standing::tier));
        List<SupplierSummary> rows = found.stream().map(s -> SupplierSummary.of(s, tiers.get(s.id()))).toList();

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<Supplier> countRoot = count.from(Supplier.class);
        count.select(cb.count(countRoot)).where(filters(cb, count, countRoot, search));
        return new SupplierPage(rows, em.createQuery(count).getSingleResult());
    }

    /** The Tier-1 suppliers, for choosing the parent of a Tier-2 supplier. */
    @RolesAllowed({PROCUREMENT, SUSTAINABILITY_OFFICER, AUDITOR, ADMIN})
    public List<SupplierSummary> tierOneSuppliers() {
        return em.createQuery("SELECT s FROM Supplier s WHERE s.chainTier = :tier ORDER BY s.legalName", Supplier.class)
                .setParameter("tier", ChainTier.TIER_1).getResultStream().map(s -> SupplierSummary.of(s, null)).toList();
    }

    @RolesAllowed({PROCUREMENT, SUSTAINABILITY_OFFICER, AUDITOR, ADMIN, SUPPLIER})
    public SupplierDetails get(long id) {
        return details(visible(id));
    }

    /** The supplier user's own company. */
    @RolesAllowed(SUPPLIER)
    public SupplierDetails ownCompany() {
        return get(ownCompanyId());
    }

    @RolesAllowed({PROCUREMENT, ADMIN})
    public SupplierDetails register(SupplierProfile profile) {
        InvalidInputException.throwIfAny(profile.violations());
        rejectDuplicate(profile, null);
        Supplier supplier = Supplier.register(profile, parent(profile), clock.instant());
        em.persist(supplier);
        em.flush();
        auditTrail.created(supplier, supplier.version());
        return details(supplier);
    }

    /**
     * Replaces the buyer's view of a supplier.
     *
     * @param expectedVersion the version the caller loaded; if someone saved since, nothing is stored and the caller is
     *                        told what they changed
     */
    @RolesAllowed({PROCUREMENT, ADMIN})
    public SupplierDetails revise(long id, Long expectedVersion, SupplierProfile profile) {
        Supplier supplier = find(id);
        checkVersion(supplier, expectedVersion);
        InvalidInputException.throwIfAny(profile.violations());
        rejectDuplicate(profile, supplier.id());
        if (profile.chainTier() == ChainTier.TIER_2 && supplier.chainTier() == ChainTier.TIER_1) {
            long children = countTierTwo(supplier);
            if (children > 0) {
                // Its Tier-2 suppliers would then sell to a Tier-2, which the chain model does not allow.
                throw new InvalidInputException(FieldViolation.of("chainTier", "supplier.tier.hasTierTwo", children));
            }
        }
        Map<String, String> before = supplier.auditSnapshot();
        supplier.revise(profile, parent(profile));
        em.flush();
        auditTrail.updated(supplier, supplier.version(), before);
        return details(supplier);
    }

    /** A supplier user updates its own company's local name, region and contacts. */
    @RolesAllowed(SUPPLIER)
    public SupplierDetails updateOwnCompany(Long expectedVersion, CompanyProfile profile) {
        Supplier supplier = find(ownCompanyId());
        checkVersion(supplier, expectedVersion);
        Map<String, String> before = supplier.auditSnapshot();
        supplier.updateCompanyProfile(profile);
        em.flush();
        auditTrail.updated(supplier, supplier.version(), before);
        return details(supplier);
    }

    /** Removes a supplier registered by mistake. Refused while Tier-2 suppliers or user accounts depend on it. */
    @RolesAllowed(ADMIN)
    public void delete(long id, Long expectedVersion) {
        Supplier supplier = find(id);
        checkVersion(supplier, expectedVersion);
        long children = countTierTwo(supplier);
        if (children > 0) {
            throw new InvalidInputException(FieldViolation.of("id", "supplier.delete.hasTierTwo", children));
        }
        long users = em.createQuery("SELECT COUNT(u) FROM UserAccount u WHERE u.company = :s", Long.class)
                .setParameter("s", supplier).getSingleResult();
        if (users > 0) {
            throw new InvalidInputException(FieldViolation.of("id", "supplier.delete.hasUsers", users));
        }
        auditTrail.deleted(supplier, supplier.version());
        em.remove(supplier);
    }

    /** The audit trail of one supplier, newest first; empty for an id that never existed. */
    @RolesAllowed({PROCUREMENT, SUSTAINABILITY_OFFICER, AUDITOR, ADMIN, SUPPLIER})
    public List<AuditRecord> history(long id) {
        if (currentUser.isSupplierUser()) {
            visible(id);
        }
        // Staff may read the trail of a deleted supplier too: that is where its deletion is recorded.
        return auditTrail.history("Supplier", String.valueOf(id));
    }

    private long countTierTwo(Supplier supplier) {
        return em.createNamedQuery(Supplier.COUNT_CHILDREN, Long.class).setParameter("parent", supplier).getSingleResult();
    }

    private Supplier visible(long id) {
        currentUser.requireAccessTo(id);
        return find(id);
    }

    private long ownCompanyId() {
        return currentUser.companyId().orElseThrow(() -> new NotFoundException("company of user", currentUser.username().orElse("?")));
    }

    private Supplier find(long id) {
        Supplier supplier = em.find(Supplier.class, id);
        if (supplier == null) {
            throw new NotFoundException("supplier", id);
        }
        return supplier;
    }

    /** The version the caller loaded must be given (checked here, after the caller's role) and still be current. */
    private void checkVersion(Supplier supplier, Long expectedVersion) {
        if (expectedVersion == null) {
            throw new InvalidInputException(FieldViolation.of("version", "field.required"));
        }
        if (supplier.version() != expectedVersion) {
            throw new ConcurrentChangeException("Supplier " + supplier.legalName(), expectedVersion, supplier.version(),
                    auditTrail.changesSince("Supplier", supplier.auditId(), expectedVersion));
        }
    }

    private void rejectDuplicate(SupplierProfile profile, Long self) {
        boolean taken = em.createNamedQuery(Supplier.BY_LEGAL_NAME_AND_COUNTRY, Supplier.class)
                .setParameter("legalName", profile.legalName().strip()).setParameter("country", profile.country().strip())
                .getResultStream().anyMatch(other -> !other.id().equals(self));
        if (taken) {
            throw new InvalidInputException(FieldViolation.of("legalName", "supplier.legalName.duplicate",
                    profile.legalName().strip(), profile.country().strip()));
        }
    }

    private Supplier parent(SupplierProfile profile) {
        return profile.parentSupplierId() == null ? null : em.find(Supplier.class, profile.parentSupplierId());
    }

    private SupplierDetails details(Supplier supplier) {
        Long viewer = currentUser.isSupplierUser() ? currentUser.companyId().orElse(null) : null;
        List<Supplier> tierTwo = supplier.chainTier() == ChainTier.TIER_1
                ? em.createQuery("SELECT s FROM Supplier s WHERE s.parent = :p ORDER BY s.legalName", Supplier.class)
                        .setParameter("p", supplier).getResultStream()
                        // the Tier-1 itself knows whom it invited; the buyer sees an invited Tier-2 once it consented
                        .filter(t -> t.resultsVisibleTo(viewer) || supplier.id().equals(viewer)).toList()
                : List.of();
        return SupplierDetails.of(supplier, tierTwo);
    }

    private static Predicate[] filters(CriteriaBuilder cb, jakarta.persistence.criteria.AbstractQuery<?> query, Root<Supplier> root,
                                       SupplierSearch search) {
        List<Predicate> where = new ArrayList<>();
        // a Tier-2 that a Tier-1 invited shows up for the buyer only once it consented to share its results
        where.add(cb.or(cb.isNull(root.get("invitedBy")), cb.isNotNull(root.get("chainConsentAt"))));
        if (search.text() != null && !search.text().isBlank()) {
            String pattern = "%" + search.text().strip().toLowerCase().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.add(cb.or(cb.like(cb.lower(root.get("legalName")), pattern, '\\'),
                    cb.like(cb.lower(cb.coalesce(root.get("localName"), "")), pattern, '\\')));
        }
        if (search.country() != null && !search.country().isBlank()) {
            where.add(cb.equal(root.get("country"), search.country().strip().toUpperCase()));
        }
        if (search.chainTier() != null) {
            where.add(cb.equal(root.get("chainTier"), search.chainTier()));
        }
        if (search.status() != null) {
            where.add(cb.equal(root.get("status"), search.status()));
        }
        if (search.spendCategory() != null) {
            where.add(cb.equal(root.get("spendCategory"), search.spendCategory()));
        }
        if (search.filtersOnStanding()) {
            jakarta.persistence.criteria.Subquery<Long> standing = query.subquery(Long.class);
            Root<Standing> st = standing.from(Standing.class);
            List<Predicate> of = new ArrayList<>();
            if (search.procurementTier() != null && !SupplierSearch.NOT_SCORED.equals(search.procurementTier())) {
                of.add(cb.equal(st.get("tier"), search.procurementTier()));
            }
            if (search.tierChangedSince() != null) {
                of.add(cb.greaterThanOrEqualTo(st.get("tierChangedAt"), search.tierChangedSince()));
            }
            standing.select(st.get("supplierId")).where(of.toArray(Predicate[]::new));
            where.add(SupplierSearch.NOT_SCORED.equals(search.procurementTier())
                    ? cb.not(root.get("id").in(standing)) : root.get("id").in(standing));
        }
        return where.toArray(Predicate[]::new);
    }

    private static Expression<?> sortKey(Root<Supplier> root, String field) {
        Path<?> path = "annualSpendAmount".equals(field) ? root.get("annualSpend").get("amount") : root.get(field);
        return path;
    }
}
