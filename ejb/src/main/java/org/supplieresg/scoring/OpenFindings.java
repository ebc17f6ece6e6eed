package org.supplieresg.scoring;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.supplieresg.procurement.Tier;

/**
 * The audit results that cap a supplier's tier at C: open Major and Priority findings, and corrective actions
 * escalated to the last step. Read straight from the finding table,
 * so that scoring needs nothing of the audit package (which itself asks for scores again when findings change).
 */
final class OpenFindings {

    // An open Major or Priority finding caps at C; so does a corrective action escalated to the last step (3) and
    // still with the supplier, whatever the finding's severity.
    private static final String CAPS = "SELECT f.supplier_id, f.reference,"
            + " f.severity IN ('PRIORITY', 'MAJOR') AS major,"
            + " c.escalation_level = 3 AND c.status IN ('OPEN', 'REJECTED') AS overdue"
            + " FROM finding f JOIN corrective_action c ON c.finding_id = f.id WHERE f.status = 'OPEN'";

    private OpenFindings() {
    }

    /** One supplier's audit caps. */
    @SuppressWarnings("unchecked")
    static List<ScoreCard.Cap> of(EntityManager em, long supplierId) {
        List<Object[]> rows = em.createNativeQuery(CAPS + " AND f.supplier_id = ?1 ORDER BY f.reference")
                .setParameter(1, supplierId).getResultList();
        List<ScoreCard.Cap> caps = new ArrayList<>();
        rows.forEach(row -> add(caps, (String) row[1], (Boolean) row[2], (Boolean) row[3]));
        return caps;
    }

    /** Every supplier's audit caps, for a rescoring run. */
    static Map<Long, List<ScoreCard.Cap>> all(Connection connection) throws SQLException {
        Map<Long, List<ScoreCard.Cap>> bySupplier = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement(CAPS + " ORDER BY f.supplier_id, f.reference");
             ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                add(bySupplier.computeIfAbsent(rs.getLong(1), s -> new ArrayList<>()), rs.getString(2), rs.getBoolean(3), rs.getBoolean(4));
            }
        }
        return bySupplier;
    }

    private static void add(List<ScoreCard.Cap> caps, String reference, boolean major, boolean overdue) {
        if (major) {
            caps.add(new ScoreCard.Cap(ScoreCard.Cap.Kind.OPEN_MAJOR_FINDING, Tier.C, reference));
        }
        if (overdue) {
            caps.add(new ScoreCard.Cap(ScoreCard.Cap.Kind.OVERDUE_CORRECTIVE_ACTION, Tier.C, reference));
        }
    }
}
