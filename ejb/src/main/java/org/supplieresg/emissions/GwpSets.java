package org.supplieresg.emissions;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The GWP sets (IPCC AR5, AR6) with their 100-year values per gas, and which one reporting uses. */
@Stateless
@PermitAll
public class GwpSets {

    @PersistenceContext
    EntityManager em;

    @SuppressWarnings("unchecked")
    public List<GwpSet> all() {
        List<Object[]> sets = em.createNativeQuery("SELECT code, name, source, reporting FROM gwp_set ORDER BY code").getResultList();
        List<Object[]> values = em.createNativeQuery("SELECT gwp_set, gas, gwp100 FROM gwp_value ORDER BY gwp_set, gas").getResultList();
        return sets.stream().map(s -> {
            Map<String, BigDecimal> gwp = new LinkedHashMap<>();
            values.stream().filter(v -> v[0].equals(s[0])).forEach(v -> gwp.put((String) v[1], ((BigDecimal) v[2]).stripTrailingZeros()));
            return new GwpSet((String) s[0], (String) s[1], (String) s[2], (Boolean) s[3], gwp);
        }).toList();
    }
}
