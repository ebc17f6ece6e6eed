package org.supplieresg.emissions;

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
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.audittrail.Auditable;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

/**
 * Product carbon footprints a supplier declares: kg CO2e per piece, per kg or tonne, or per kWh of battery capacity as
 * Article 7 of the EU Battery Regulation (2023/1542) asks, with the system boundary and the study behind it.
 */
@Stateless
public class ProductFootprints {

    public record Footprint(long id, long supplierId, String productCode, String productName, String declaredUnit, BigDecimal kgCo2ePerUnit,
                            String boundary, String standard, String studyReference, int referenceYear, boolean verified, Long evidenceId,
                            String createdBy, String createdAt) {
    }

    public record NewFootprint(String productCode, String productName, String declaredUnit, BigDecimal kgCo2ePerUnit, String boundary,
                               String standard, String studyReference, Integer referenceYear, Boolean verified, Long evidenceId) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    @RolesAllowed({SUPPLIER, PROCUREMENT, SUSTAINABILITY_OFFICER, AUDITOR, ADMIN})
    @SuppressWarnings("unchecked")
    public List<Footprint> of(long supplierId) {
        currentUser.requireAccessTo(supplierId);
        return ((List<Object[]>) em.createNativeQuery("SELECT id, supplier_id, product_code, product_name, declared_unit, kg_co2e_per_unit,"
                + " boundary, standard, study_reference, reference_year, verified, evidence_id, created_by, created_at FROM product_footprint"
                + " WHERE supplier_id = ?1 ORDER BY product_code, reference_year DESC").setParameter(1, supplierId).getResultList()).stream()
                .map(r -> new Footprint(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2], (String) r[3], (String) r[4],
                        (BigDecimal) r[5], (String) r[6], (String) r[7], (String) r[8], ((Number) r[9]).intValue(), (Boolean) r[10],
                        r[11] == null ? null : ((Number) r[11]).longValue(), (String) r[12], Times.text(r[13]))).toList();
    }

    @RolesAllowed({SUPPLIER, PROCUREMENT, SUSTAINABILITY_OFFICER, ADMIN})
    public Footprint declare(long supplierId, NewFootprint input) {
        currentUser.requireAccessTo(supplierId);
        List<FieldViolation> problems = new ArrayList<>();
        if (input == null) {
            throw new InvalidInputException(FieldViolation.of("footprint", "field.required"));
        }
        required(problems, "productCode", input.productCode(), 60);
        required(problems, "productName", input.productName(), 200);
        required(problems, "standard", input.standard(), 60);
        required(problems, "studyReference", input.studyReference(), 1000);
        Optional<Unit> unit = Unit.parse(input.declaredUnit());
        if (unit.isEmpty() || !List.of(PhysicalDimension.COUNT, PhysicalDimension.MASS, PhysicalDimension.ENERGY).contains(unit.get().dimension())) {
            problems.add(FieldViolation.of("declaredUnit", "emissions.footprint.unit", String.valueOf(input.declaredUnit())));
        }
        if (input.kgCo2ePerUnit() == null || input.kgCo2ePerUnit().signum() < 0) {
            problems.add(FieldViolation.of("kgCo2ePerUnit", "emissions.quantity.negative", String.valueOf(input.kgCo2ePerUnit())));
        }
        String boundary = input.boundary() == null ? "CRADLE_TO_GATE" : input.boundary().strip().toUpperCase(Locale.ROOT).replace('-', '_');
        if (!List.of("CRADLE_TO_GATE", "CRADLE_TO_GRAVE").contains(boundary)) {
            problems.add(FieldViolation.of("boundary", "import.row.choice", input.boundary(), "CRADLE_TO_GATE, CRADLE_TO_GRAVE"));
        }
        int thisYear = java.time.LocalDate.now(clock).getYear();
        if (input.referenceYear() == null || input.referenceYear() < 2000 || input.referenceYear() > thisYear) {
            problems.add(FieldViolation.of("referenceYear", "emissions.inventory.year", String.valueOf(input.referenceYear()), String.valueOf(thisYear)));
        }
        if (Boolean.TRUE.equals(input.verified()) && input.evidenceId() == null) {
            problems.add(FieldViolation.of("evidenceId", "emissions.footprint.verifiedNeedsEvidence"));
        }
        if (input.evidenceId() != null && ((Number) em.createNativeQuery("SELECT count(*) FROM evidence WHERE id = ?1 AND supplier_id = ?2")
                .setParameter(1, input.evidenceId()).setParameter(2, supplierId).getSingleResult()).intValue() == 0) {
            problems.add(FieldViolation.of("evidenceId", "emissions.inventory.evidence", String.valueOf(input.evidenceId())));
        }
        if (problems.isEmpty() && ((Number) em.createNativeQuery("SELECT count(*) FROM product_footprint WHERE supplier_id = ?1 AND product_code = ?2"
                + " AND reference_year = ?3").setParameter(1, supplierId).setParameter(2, input.productCode().strip())
                .setParameter(3, input.referenceYear()).getSingleResult()).intValue() > 0) {
            problems.add(FieldViolation.of("productCode", "emissions.footprint.duplicate", input.productCode().strip(), String.valueOf(input.referenceYear())));
        }
        InvalidInputException.throwIfAny(problems);
        long id = ((Number) em.createNativeQuery("SELECT nextval('product_footprint_seq')").getSingleResult()).longValue();
        em.createNativeQuery("INSERT INTO product_footprint (id, supplier_id, product_code, product_name, declared_unit, kg_co2e_per_unit, boundary,"
                        + " standard, study_reference, reference_year, verified, evidence_id, created_by, created_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, CAST(?12 AS BIGINT), ?13, ?14)")
                .setParameter(1, id).setParameter(2, supplierId).setParameter(3, input.productCode().strip()).setParameter(4, input.productName().strip())
                .setParameter(5, unit.get().symbol()).setParameter(6, input.kgCo2ePerUnit()).setParameter(7, boundary)
                .setParameter(8, input.standard().strip()).setParameter(9, input.studyReference().strip()).setParameter(10, input.referenceYear())
                .setParameter(11, Boolean.TRUE.equals(input.verified())).setParameter(12, input.evidenceId())
                .setParameter(13, currentUser.username().orElse(AuditTrail.SYSTEM)).setParameter(14, Timestamp.from(clock.instant())).executeUpdate();
        Footprint footprint = of(supplierId).stream().filter(f -> f.id() == id).findFirst().orElseThrow();
        Map<String, String> snapshot = new LinkedHashMap<>();
        snapshot.put("product", footprint.productCode() + " " + footprint.productName());
        snapshot.put("kgCo2ePerUnit", footprint.kgCo2ePerUnit().toPlainString() + " per " + footprint.declaredUnit());
        snapshot.put("boundary", footprint.boundary());
        snapshot.put("study", footprint.standard() + ": " + footprint.studyReference());
        snapshot.put("referenceYear", String.valueOf(footprint.referenceYear()));
        auditTrail.created(Auditable.of("ProductFootprint", String.valueOf(id), snapshot), null);
        return footprint;
    }

    private static void required(List<FieldViolation> problems, String field, String value, int max) {
        if (value == null || value.isBlank()) {
            problems.add(FieldViolation.of(field, "field.required"));
        } else if (value.strip().length() > max) {
            problems.add(FieldViolation.of(field, "field.tooLong", max));
        }
    }
}
