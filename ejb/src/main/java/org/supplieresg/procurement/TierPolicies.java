package org.supplieresg.procurement;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.audittrail.Auditable;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.identity.Role;

/** The tier policy in force, and the publication of a new version (which retires the old one). */
@Stateless
@PermitAll
public class TierPolicies {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public TierPolicy current() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT version_no, a_minimum, b_minimum, c_minimum, dimension_floor_for_a,"
                + " unvalidated_points_percent FROM tier_policy WHERE status = 'PUBLISHED'").getSingleResult();
        return new TierPolicy(((Number) row[0]).intValue(), decimal(row[1]), decimal(row[2]), decimal(row[3]),
                decimal(row[4]), decimal(row[5]));
    }

    /**
     * Publishes the thresholds as the next version; the version in force is retired in the same transaction, and both
     * the old and the new thresholds go into the audit trail.
     */
    @RolesAllowed(Role.Names.ADMIN)
    public TierPolicy publish(TierPolicy thresholds, String note) {
        TierPolicy before = current();
        int next = ((Number) em.createNativeQuery("SELECT max(version_no) + 1 FROM tier_policy").getSingleResult()).intValue();
        TierPolicy published = new TierPolicy(next, thresholds.aMinimum(), thresholds.bMinimum(), thresholds.cMinimum(),
                thresholds.dimensionFloorForA(), thresholds.unvalidatedPointsPercent());
        String by = currentUser.username().orElse(AuditTrail.SYSTEM);
        em.createNativeQuery("UPDATE tier_policy SET status = 'RETIRED' WHERE status = 'PUBLISHED'").executeUpdate();
        em.createNativeQuery("INSERT INTO tier_policy (id, version_no, status, a_minimum, b_minimum, c_minimum,"
                        + " dimension_floor_for_a, unvalidated_points_percent, note, created_by, created_at, published_at)"
                        + " VALUES (nextval('tier_policy_seq'), ?, 'PUBLISHED', ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, next).setParameter(2, published.aMinimum()).setParameter(3, published.bMinimum())
                .setParameter(4, published.cMinimum()).setParameter(5, published.dimensionFloorForA())
                .setParameter(6, published.unvalidatedPointsPercent()).setParameter(7, note == null ? "" : note.strip())
                .setParameter(8, by).setParameter(9, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .setParameter(10, OffsetDateTime.now(clock.withZone(ZoneOffset.UTC)))
                .executeUpdate();
        auditTrail.updated(audited(published), (long) next, audited(before).auditSnapshot());
        return published;
    }

    private static Auditable audited(TierPolicy policy) {
        return new Auditable() {
            @Override
            public String auditType() {
                return "TierPolicy";
            }

            @Override
            public String auditId() {
                return "current";
            }

            @Override
            public Map<String, String> auditSnapshot() {
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("version", String.valueOf(policy.versionNo()));
                fields.put("aMinimum", policy.aMinimum().toPlainString());
                fields.put("bMinimum", policy.bMinimum().toPlainString());
                fields.put("cMinimum", policy.cMinimum().toPlainString());
                fields.put("dimensionFloorForA", policy.dimensionFloorForA().toPlainString());
                fields.put("unvalidatedPointsPercent", policy.unvalidatedPointsPercent().toPlainString());
                return fields;
            }
        };
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
