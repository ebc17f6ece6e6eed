package org.supplieresg.scoring;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import org.supplieresg.procurement.SourcingStatus;
import org.supplieresg.procurement.Tier;

/**
 * The headline of a supplier's newest score, without its dimensions: what rescoring compares, what sourcing and
 * allocation read for thousands of suppliers at once, and what the audit trail records as "before".
 */
public record CurrentScore(long supplierId, long assessmentId, BigDecimal total, Tier tier, SourcingStatus sourcingStatus,
                           String caps, int catalogueVersion, int rulesVersion, int policyVersion) {

    /** The same fields, in the same form, as {@link Score#auditSnapshot()}. */
    public Map<String, String> auditSnapshot() {
        return snapshot(total, tier, sourcingStatus, caps, catalogueVersion, rulesVersion, policyVersion);
    }

    static Map<String, String> snapshot(BigDecimal total, Tier tier, SourcingStatus sourcingStatus, String caps,
                                        int catalogueVersion, int rulesVersion, int policyVersion) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("total", total.toPlainString());
        fields.put("tier", tier.name());
        fields.put("sourcingStatus", sourcingStatus.name());
        fields.put("caps", caps);
        fields.put("catalogueVersion", String.valueOf(catalogueVersion));
        fields.put("rulesVersion", String.valueOf(rulesVersion));
        fields.put("policyVersion", String.valueOf(policyVersion));
        return fields;
    }
}
