package org.supplieresg.procurement;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;

/** Reads the tier policy in force. */
@Stateless
public class TierPolicies {

    @PersistenceContext
    EntityManager em;

    public TierPolicy current() {
        Object[] row = (Object[]) em.createNativeQuery("SELECT version_no, a_minimum, b_minimum, c_minimum, dimension_floor_for_a,"
                + " unvalidated_points_percent FROM tier_policy WHERE status = 'PUBLISHED'").getSingleResult();
        return new TierPolicy(((Number) row[0]).intValue(), decimal(row[1]), decimal(row[2]), decimal(row[3]),
                decimal(row[4]), decimal(row[5]));
    }

    private static BigDecimal decimal(Object value) {
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
