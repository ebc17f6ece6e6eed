package org.supplieresg.chain;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.shared.NotFoundException;
import org.supplieresg.supplier.ChainTier;
import org.supplieresg.supplier.SpendCategory;
import org.supplieresg.supplier.Supplier;

/**
 * The multi-tier chain as the buyer sees it (Tier-1 → Tier-2 → the countries its minerals come from), and the risks a
 * Tier-1 carries through its Tier-2s. Only what each company lets its viewer see takes part: a Tier-2 that a Tier-1
 * invited counts once it consented (until then the buyer sees only how many such invitations wait).
 * <p>
 * A red flag is a "no" to a red-flag question in the supplier's latest submitted questionnaire, confirmed or only
 * declared; minerals risks are smelters of its current RMI declarations that are not conformant or not identified.
 */
@Stateless
public class ChainOverview {

    /** One risk a Tier-1 carries through a Tier-2, with the path it travels. */
    public record ChainRisk(long tier2Id, String tier2Name, List<String> path, String kind, String detail) {
    }

    /** A company or an origin country on the map; {@code risk} is HIGH, MEDIUM, LOW or UNKNOWN. */
    public record Node(String key, String kind, Long supplierId, String label, String country, String commodity, String tier,
                       String risk, List<String> reasons) {

        public String reasonsText() {
            return String.join("; ", reasons);
        }
    }

    public record Link(String from, String to, String label, boolean risky) {
    }

    /** The chain map: nodes by column, links, and how many invited Tier-2s have not consented yet. */
    public record ChainMap(List<Node> tier1s, List<Node> tier2s, List<Node> origins, List<Link> links, int awaitingConsent,
                           List<String> commodities, List<String> minerals) {
    }

    private record Company(long id, String name, String country, SpendCategory commodity, ChainTier chainTier, Long parentId,
                           boolean invited, boolean consented) {
    }

    private record Smelter(long supplierId, String metal, String name, String country, String conformance) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    /** The risks a Tier-1 carries through its Tier-2s (staff, or the Tier-1 itself for the Tier-2s that consented). */
    @RolesAllowed({PROCUREMENT, ADMIN, SUSTAINABILITY_OFFICER, AUDITOR, SUPPLIER})
    public List<ChainRisk> risksOf(long tier1Id) {
        currentUser.requireAccessTo(tier1Id);
        Supplier tier1 = em.find(Supplier.class, tier1Id);
        if (tier1 == null) {
            throw new NotFoundException("supplier", tier1Id);
        }
        Long viewer = currentUser.isSupplierUser() ? tier1Id : null;
        List<Supplier> tier2s = em.createQuery("SELECT s FROM Supplier s WHERE s.parent = :p ORDER BY s.legalName", Supplier.class)
                .setParameter("p", tier1).getResultStream().filter(s -> s.resultsVisibleTo(viewer)).toList();
        if (tier2s.isEmpty()) {
            return List.of();
        }
        List<Long> ids = tier2s.stream().map(Supplier::id).toList();
        Map<Long, List<String>> redFlags = redFlags(ids);
        Map<Long, List<String>> findings = openFindings(ids);
        Map<Long, List<Smelter>> smelters = smelters(ids);
        List<ChainRisk> risks = new ArrayList<>();
        for (Supplier tier2 : tier2s) {
            List<String> path = List.of("Buyer", tier1.legalName(), tier2.legalName());
            redFlags.getOrDefault(tier2.id(), List.of()).forEach(code -> risks.add(new ChainRisk(tier2.id(), tier2.legalName(), path, "RED_FLAG", code)));
            findings.getOrDefault(tier2.id(), List.of()).forEach(f -> risks.add(new ChainRisk(tier2.id(), tier2.legalName(), path, "OPEN_FINDING", f)));
            smelters.getOrDefault(tier2.id(), List.of()).stream().filter(s -> !"CONFORMANT".equals(s.conformance()))
                    .forEach(s -> risks.add(new ChainRisk(tier2.id(), tier2.legalName(), path, "MINERALS_" + s.conformance(),
                            s.metal() + ": " + s.name() + (s.country() == null ? "" : " (" + s.country() + ")"))));
        }
        return risks;
    }

    /**
     * The chain map for the buyer, optionally only the Tier-1s (with their Tier-2s) of one commodity and only the
     * origins of one mineral.
     */
    @RolesAllowed({PROCUREMENT, ADMIN, SUSTAINABILITY_OFFICER, AUDITOR})
    public ChainMap map(SpendCategory commodity, String mineral) {
        List<Company> companies = em.createQuery("SELECT s.id, s.legalName, s.country, s.spendCategory, s.chainTier, p.id,"
                        + " inviter.id, s.chainConsentAt FROM Supplier s LEFT JOIN s.parent p LEFT JOIN s.invitedBy inviter"
                        + " WHERE s.status <> org.supplieresg.supplier.SupplierStatus.INACTIVE ORDER BY s.legalName", Object[].class)
                .getResultStream().map(r -> new Company((Long) r[0], (String) r[1], (String) r[2], (SpendCategory) r[3], (ChainTier) r[4],
                        (Long) r[5], r[6] != null, r[7] != null)).toList();
        List<Company> tier1s = companies.stream().filter(c -> c.chainTier() == ChainTier.TIER_1)
                .filter(c -> commodity == null || c.commodity() == commodity).toList();
        Map<Long, Company> shownTier1 = new LinkedHashMap<>();
        tier1s.forEach(c -> shownTier1.put(c.id(), c));
        List<Company> tier2s = new ArrayList<>();
        int awaiting = 0;
        for (Company c : companies) {
            if (c.chainTier() == ChainTier.TIER_2 && c.parentId() != null && shownTier1.containsKey(c.parentId())) {
                if (c.invited() && !c.consented()) {
                    awaiting++;
                } else {
                    tier2s.add(c);
                }
            }
        }
        // Tier-2s stay next to their Tier-1 in the column, so that links do not cross more than needed.
        Map<Long, Integer> order = new HashMap<>();
        tier1s.forEach(c -> order.put(c.id(), order.size()));
        tier2s.sort(Comparator.comparing((Company c) -> order.get(c.parentId())).thenComparing(Company::name));

        List<Long> shown = new ArrayList<>(shownTier1.keySet());
        tier2s.forEach(c -> shown.add(c.id()));
        Map<Long, String> tiers = tiers(shown);
        Map<Long, List<String>> redFlags = redFlags(shown);
        Map<Long, List<String>> findings = openFindings(shown);
        Map<Long, List<Smelter>> smelters = smelters(shown);

        List<Link> links = new ArrayList<>();
        List<Node> tier1Nodes = tier1s.stream().map(c -> node("T1", c, tiers, redFlags, findings, smelters)).toList();
        List<Node> tier2Nodes = new ArrayList<>();
        for (Company c : tier2s) {
            Node node = node("T2", c, tiers, redFlags, findings, smelters);
            tier2Nodes.add(node);
            links.add(new Link("T1-" + c.parentId(), node.key(), c.commodity().name(), "HIGH".equals(node.risk())));
        }
        // Origins: the countries of the smelters and refiners each shown company declared, per mineral.
        Map<String, TreeSet<String>> metalsByOrigin = new TreeMap<>();
        Map<String, Boolean> riskyOrigin = new HashMap<>();
        for (Long id : shown) {
            Map<String, List<Smelter>> byCountry = new TreeMap<>();
            smelters.getOrDefault(id, List.of()).stream()
                    .filter(s -> mineral == null || mineral.equalsIgnoreCase(s.metal()))
                    .forEach(s -> byCountry.computeIfAbsent(s.country() == null ? "??" : s.country(), k -> new ArrayList<>()).add(s));
            String from = (shownTier1.containsKey(id) ? "T1-" : "T2-") + id;
            byCountry.forEach((country, list) -> {
                TreeSet<String> metals = new TreeSet<>();
                list.forEach(s -> metals.add(s.metal()));
                boolean risky = list.stream().anyMatch(s -> !"CONFORMANT".equals(s.conformance()));
                metalsByOrigin.computeIfAbsent(country, k -> new TreeSet<>()).addAll(metals);
                riskyOrigin.merge(country, risky, Boolean::logicalOr);
                links.add(new Link(from, "O-" + country, String.join(", ", metals), risky));
            });
        }
        List<Node> origins = metalsByOrigin.entrySet().stream().map(e -> new Node("O-" + e.getKey(), "ORIGIN", null, e.getKey(), e.getKey(),
                String.join(", ", e.getValue()), null, riskyOrigin.get(e.getKey()) ? "HIGH" : "LOW",
                riskyOrigin.get(e.getKey()) ? List.of("smelters not conformant or not identified") : List.of())).toList();
        List<String> minerals = em.createNativeQuery("SELECT DISTINCT metal FROM current_declared_smelter ORDER BY metal").getResultList()
                .stream().map(Object::toString).toList();
        List<String> commodities = companies.stream().filter(c -> c.chainTier() == ChainTier.TIER_1).map(c -> c.commodity().name())
                .distinct().sorted().toList();
        return new ChainMap(tier1Nodes, tier2Nodes, origins, links, awaiting, commodities, minerals);
    }

    private static Node node(String column, Company c, Map<Long, String> tiers, Map<Long, List<String>> redFlags,
                             Map<Long, List<String>> findings, Map<Long, List<Smelter>> smelters) {
        List<String> reasons = new ArrayList<>();
        redFlags.getOrDefault(c.id(), List.of()).forEach(code -> reasons.add("red flag " + code));
        findings.getOrDefault(c.id(), List.of()).forEach(f -> reasons.add("open finding " + f));
        long badSmelters = smelters.getOrDefault(c.id(), List.of()).stream().filter(s -> !"CONFORMANT".equals(s.conformance())).count();
        if (badSmelters > 0) {
            reasons.add(badSmelters + " smelters not conformant or not identified");
        }
        String tier = tiers.get(c.id());
        String risk = !reasons.isEmpty() || "D".equals(tier) ? "HIGH" : "C".equals(tier) ? "MEDIUM" : tier == null ? "UNKNOWN" : "LOW";
        return new Node(column + "-" + c.id(), c.chainTier().name(), c.id(), c.name(), c.country(), c.commodity().name(), tier, risk, reasons);
    }

    private Map<Long, String> tiers(List<Long> ids) {
        Map<Long, String> tiers = new HashMap<>();
        if (!ids.isEmpty()) {
            rows("SELECT supplier_id, tier FROM supplier_standing WHERE supplier_id = ANY (CAST(?1 AS BIGINT[]))", ids)
                    .forEach(r -> tiers.put(((Number) r[0]).longValue(), r[1].toString().strip()));
        }
        return tiers;
    }

    /** "No" answers to red-flag questions in each supplier's latest submitted questionnaire. */
    private Map<Long, List<String>> redFlags(List<Long> ids) {
        return grouped("SELECT a.supplier_id, i.code FROM answer x JOIN assessment a ON a.id = x.assessment_id"
                + " JOIN indicator i ON i.id = x.indicator_id"
                + " WHERE i.red_flag AND x.response_kind = 'YES_NO' AND x.yes_no = FALSE AND a.id IN ("
                + "   SELECT DISTINCT ON (supplier_id) id FROM assessment WHERE status = 'SUBMITTED' AND supplier_id = ANY (CAST(?1 AS BIGINT[]))"
                + "   ORDER BY supplier_id, submitted_at DESC, id DESC) ORDER BY i.code", ids);
    }

    private Map<Long, List<String>> openFindings(List<Long> ids) {
        return grouped("SELECT supplier_id, severity || ' ' || reference || ' (' || indicator_code || ')' FROM finding"
                + " WHERE status = 'OPEN' AND severity IN ('PRIORITY', 'MAJOR') AND supplier_id = ANY (CAST(?1 AS BIGINT[])) ORDER BY reference", ids);
    }

    private Map<Long, List<Smelter>> smelters(List<Long> ids) {
        Map<Long, List<Smelter>> found = new HashMap<>();
        if (!ids.isEmpty()) {
            rows("SELECT supplier_id, metal, smelter_name, country, conformance FROM current_declared_smelter"
                    + " WHERE supplier_id = ANY (CAST(?1 AS BIGINT[])) ORDER BY metal, smelter_name", ids)
                    .forEach(r -> found.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add(new Smelter(
                            ((Number) r[0]).longValue(), (String) r[1], (String) r[2], r[3] == null ? null : r[3].toString().strip(), (String) r[4])));
        }
        return found;
    }

    private Map<Long, List<String>> grouped(String sql, List<Long> ids) {
        Map<Long, List<String>> found = new HashMap<>();
        if (!ids.isEmpty()) {
            rows(sql, ids).forEach(r -> found.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>()).add((String) r[1]));
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, List<Long> ids) {
        return em.createNativeQuery(sql).setParameter(1, "{" + String.join(",", ids.stream().map(String::valueOf).toList()) + "}").getResultList();
    }
}
