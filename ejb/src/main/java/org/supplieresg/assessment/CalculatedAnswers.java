package org.supplieresg.assessment;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.emissions.CarbonKpis;
import org.supplieresg.emissions.EmissionsCalculated;
import org.supplieresg.emissions.LineType;
import org.supplieresg.emissions.Quantity;
import org.supplieresg.emissions.Unit;
import org.supplieresg.scoring.AnswerType;
import org.supplieresg.scoring.Response;

/**
 * Carbon data feeds the assessment: after a reporting year is calculated, each supplier whose latest submitted
 * inventory is of that year gets its calculated climate indicators (see {@link CarbonKpis}) written into its
 * assessments of open campaigns, accepted, with the calculation as the reason; the audit trail keeps before and after.
 * An indicator the data do not allow (no production volume, fuels in litres for the energy intensity) stays unanswered
 * and scores as "calculated without data".
 */
@Stateless
@PermitAll
public class CalculatedAnswers {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    @SuppressWarnings("unchecked")
    public void onCalculated(@Observes EmissionsCalculated calculated) {
        List<Object[]> inventories = em.createNativeQuery("SELECT i.id, i.supplier_id, i.production_tonnes FROM emission_inventory i"
                + " WHERE i.reporting_year = ?1 AND i.status = 'SUBMITTED' AND i.supplier_id IS NOT NULL AND NOT EXISTS (SELECT 1 FROM"
                + " emission_inventory n WHERE n.supplier_id = i.supplier_id AND n.status = 'SUBMITTED' AND n.reporting_year > i.reporting_year)")
                .setParameter(1, calculated.year()).getResultList();
        for (Object[] inventory : inventories) {
            long inventoryId = ((Number) inventory[0]).longValue();
            long supplierId = ((Number) inventory[1]).longValue();
            Map<String, CarbonKpis.Kpi> kpis = CarbonKpis.of(calculated.year(), calculated.runId(),
                    sum(calculated, supplierId, "scope = 1"), sum(calculated, supplierId, "scope = 2 AND scope2_basis = 'MARKET'"),
                    (BigDecimal) inventory[2], energy(inventoryId));
            if (!kpis.isEmpty()) {
                write(supplierId, kpis);
            }
        }
    }

    private void write(long supplierId, Map<String, CarbonKpis.Kpi> kpis) {
        List<Assessment> assessments = em.createQuery("SELECT a FROM Assessment a WHERE a.supplier.id = :supplier"
                + " AND a.campaign.status = org.supplieresg.assessment.CampaignStatus.OPEN", Assessment.class)
                .setParameter("supplier", supplierId).getResultList();
        for (Assessment assessment : assessments) {
            for (Indicator indicator : em.createQuery("SELECT i FROM Indicator i WHERE i.catalogueVersion = :version AND i.code IN :codes",
                    Indicator.class).setParameter("version", assessment.campaign().catalogueVersion())
                    .setParameter("codes", List.copyOf(kpis.keySet())).getResultList()) {
                if (indicator.answerType() != AnswerType.CALCULATED) {
                    continue;
                }
                CarbonKpis.Kpi kpi = kpis.get(indicator.code());
                Answer existing = assessment.answerTo(indicator).orElse(null);
                Map<String, String> before = existing == null ? null : existing.auditSnapshot();
                Answer answer = assessment.calculated(indicator, new Response.Kpi(kpi.value()), kpi.explanation(), AuditTrail.SYSTEM, clock.instant());
                em.flush();
                if (before == null) {
                    auditTrail.created(answer, answer.version());
                } else {
                    auditTrail.updated(answer, answer.version(), before);
                }
            }
        }
    }

    private BigDecimal sum(EmissionsCalculated run, long supplierId, String where) {
        // the supplier's figures current after the run (its group may have been written by an earlier run)
        return (BigDecimal) em.createNativeQuery("SELECT COALESCE(sum(kg_co2e), 0) FROM emission_result WHERE reporting_year = ?1 AND run_id <= ?2"
                + " AND superseded_run_id IS NULL AND supplier_id = ?3 AND perspective = 'SUPPLIER' AND " + where)
                .setParameter(1, run.year()).setParameter(2, run.runId()).setParameter(3, supplierId).getSingleResult();
    }

    @SuppressWarnings("unchecked")
    private List<CarbonKpis.EnergyUse> energy(long inventoryId) {
        List<CarbonKpis.EnergyUse> uses = new ArrayList<>();
        for (Object[] r : (List<Object[]>) em.createNativeQuery("SELECT line_type, quantity, unit, renewable FROM activity_line"
                + " WHERE inventory_id = ?1 AND line_type IN ('FUEL', 'ELECTRICITY', 'HEAT')").setParameter(1, inventoryId).getResultList()) {
            uses.add(new CarbonKpis.EnergyUse(LineType.valueOf((String) r[0]), new Quantity((BigDecimal) r[1], Unit.parse((String) r[2]).orElseThrow()),
                    Boolean.TRUE.equals(r[3])));
        }
        return uses;
    }
}
