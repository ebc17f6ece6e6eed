package org.supplieresg.emissions;

import static org.supplieresg.identity.Role.Names.ADMIN;
import static org.supplieresg.identity.Role.Names.AUDITOR;
import static org.supplieresg.identity.Role.Names.PROCUREMENT;
import static org.supplieresg.identity.Role.Names.SUSTAINABILITY_OFFICER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
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
import org.supplieresg.reports.SupplierImportWorkbook.RowValues;
import org.supplieresg.reports.TableReader;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.Money;
import org.supplieresg.shared.NotFoundException;

/**
 * The reporting company's purchases and inbound freight per year, the activity data of its Scope 3 categories 1, 2
 * and 4. A line is accepted only when at least one calculation method has what it needs.
 */
@Stateless
@RolesAllowed({PROCUREMENT, SUSTAINABILITY_OFFICER, ADMIN})
public class Purchases {

    public record PurchaseLine(long id, int year, int category, Long supplierId, String supplierName, String itemCode, String description,
                               BigDecimal spendAmount, String spendCurrency, BigDecimal quantity, String unit, String materialActivity,
                               String spendSector, String allocationBasis, String enteredBy, String enteredAt) {
    }

    public record NewPurchase(Integer year, Integer category, Long supplierId, String itemCode, String description, BigDecimal spendAmount,
                              String spendCurrency, BigDecimal quantity, String unit, String materialActivity, String spendSector,
                              String allocationBasis) {
    }

    public static final List<String> IMPORT_COLUMNS = List.of("category", "supplier_id", "item_code", "description", "spend_amount",
            "spend_currency", "quantity", "unit", "material_activity", "spend_sector", "allocation_basis");

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    @Inject
    FactorLibrary library;

    @RolesAllowed({PROCUREMENT, SUSTAINABILITY_OFFICER, AUDITOR, ADMIN})
    @SuppressWarnings("unchecked")
    public List<PurchaseLine> of(int year) {
        return ((List<Object[]>) em.createNativeQuery(SELECT + " WHERE p.reporting_year = ?1 ORDER BY p.id").setParameter(1, year)
                .getResultList()).stream().map(Purchases::line).toList();
    }

    public PurchaseLine add(NewPurchase input) {
        FactorSnapshot factors = library.snapshot();
        List<FieldViolation> problems = check(input, "purchase", factors, library.moneyConversion());
        InvalidInputException.throwIfAny(problems);
        long id = insert(input, null);
        PurchaseLine line = byId(id);
        auditTrail.created(Auditable.of("PurchaseLine", String.valueOf(id), snapshot(line)), null);
        return line;
    }

    public void remove(long id) {
        PurchaseLine line = byId(id);
        em.createNativeQuery("DELETE FROM purchase_line WHERE id = ?1").setParameter(1, id).executeUpdate();
        auditTrail.deleted(Auditable.of("PurchaseLine", String.valueOf(id), snapshot(line)), null);
    }

    /** Imports purchase lines for a year from CSV or Excel: all rows or none; the same file twice is refused. */
    public int importLines(int year, byte[] file, String fileName) {
        String sha = Inventories.sha256(file);
        String target = "purchases:" + year;
        if (!em.createNativeQuery("SELECT 1 FROM activity_import WHERE target = ?1 AND sha256 = ?2").setParameter(1, target)
                .setParameter(2, sha).getResultList().isEmpty()) {
            throw new InvalidInputException(FieldViolation.of("file", "emissions.import.duplicate", String.valueOf(fileName)));
        }
        var reading = TableReader.read(new ByteArrayInputStream(file), fileName, List.of("category", "description"));
        List<FieldViolation> problems = new ArrayList<>(reading.problems().stream()
                .map(p -> new FieldViolation(p.row() == 0 ? "file" : "row " + p.row(), p.messageKey(), p.arguments())).toList());
        if (reading.problems().isEmpty() && reading.rows().isEmpty()) {
            problems.add(FieldViolation.of("file", "emissions.import.noRows"));
        }
        FactorSnapshot factors = library.snapshot();
        MoneyConversion money = library.moneyConversion();
        List<NewPurchase> lines = new ArrayList<>();
        for (RowValues row : reading.rows()) {
            String where = "row " + row.row();
            List<FieldViolation> rowProblems = new ArrayList<>();
            NewPurchase input = new NewPurchase(year, integer(row, "category", where, rowProblems), longValue(row, "supplier_id", where, rowProblems),
                    row.get("item_code"), row.get("description"), decimal(row, "spend_amount", where, rowProblems), row.get("spend_currency"),
                    decimal(row, "quantity", where, rowProblems), row.get("unit"), row.get("material_activity"), row.get("spend_sector"),
                    row.get("allocation_basis"));
            if (rowProblems.isEmpty()) {
                rowProblems.addAll(check(input, where, factors, money));
            }
            problems.addAll(rowProblems);
            lines.add(input);
        }
        InvalidInputException.throwIfAny(problems);
        String batch = java.util.UUID.randomUUID().toString();
        em.createNativeQuery("INSERT INTO activity_import (batch, target, sha256, file_name, row_count, imported_by, imported_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, batch).setParameter(2, target).setParameter(3, sha).setParameter(4, String.valueOf(fileName))
                .setParameter(5, lines.size()).setParameter(6, actor()).setParameter(7, Timestamp.from(clock.instant())).executeUpdate();
        lines.forEach(l -> insert(l, batch));
        auditTrail.read("PurchaseLines", String.valueOf(year), "imported " + lines.size() + " lines from " + fileName);
        return lines.size();
    }

    private List<FieldViolation> check(NewPurchase p, String where, FactorSnapshot factors, MoneyConversion money) {
        List<FieldViolation> problems = new ArrayList<>();
        if (p == null) {
            return List.of(FieldViolation.of(where, "field.required"));
        }
        int thisYear = java.time.LocalDate.now(clock).getYear();
        if (p.year() == null || p.year() < 2000 || p.year() > thisYear) {
            problems.add(FieldViolation.of(where + " year", "emissions.inventory.year", String.valueOf(p.year()), String.valueOf(thisYear)));
        }
        if (p.category() == null || !List.of(1, 2, 4).contains(p.category())) {
            problems.add(FieldViolation.of(where + " category", "emissions.purchase.category", String.valueOf(p.category())));
        }
        if (p.description() == null || p.description().isBlank()) {
            problems.add(FieldViolation.of(where + " description", "field.required"));
        }
        if (p.supplierId() != null && em.createNativeQuery("SELECT 1 FROM supplier WHERE id = ?1").setParameter(1, p.supplierId()).getResultList().isEmpty()) {
            problems.add(FieldViolation.of(where + " supplierId", "emissions.purchase.supplier", String.valueOf(p.supplierId())));
        }
        if ((p.spendAmount() == null) != (p.spendCurrency() == null || p.spendCurrency().isBlank())) {
            problems.add(FieldViolation.of(where + " spendCurrency", "emissions.inventory.revenueCurrency"));
        } else if (p.spendAmount() != null && !Money.isCurrencyCode(p.spendCurrency().strip().toUpperCase(Locale.ROOT))) {
            problems.add(FieldViolation.of(where + " spendCurrency", "emissions.currency.unknown", p.spendCurrency()));
        }
        if (p.spendAmount() != null && p.spendAmount().signum() < 0) {
            problems.add(FieldViolation.of(where + " spendAmount", "emissions.quantity.negative", p.spendAmount().toPlainString()));
        }
        if (p.quantity() != null && p.quantity().signum() < 0) {
            problems.add(FieldViolation.of(where + " quantity", "emissions.quantity.negative", p.quantity().toPlainString()));
        }
        Optional<Unit> unit = Unit.parse(p.unit());
        if ((p.quantity() == null) != (p.unit() == null || p.unit().isBlank())) {
            problems.add(FieldViolation.of(where + " unit", "emissions.purchase.quantityUnit"));
        } else if (p.unit() != null && unit.isEmpty()) {
            problems.add(FieldViolation.of(where + " unit", "emissions.unit.unknown", p.unit()));
        }
        if (p.allocationBasis() != null && !p.allocationBasis().isBlank() && !List.of("ECONOMIC", "PHYSICAL").contains(p.allocationBasis().strip().toUpperCase(Locale.ROOT))) {
            problems.add(FieldViolation.of(where + " allocationBasis", "import.row.choice", p.allocationBasis(), "ECONOMIC, PHYSICAL"));
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        try {
            if (p.category() == 4) {
                if (p.materialActivity() == null || unit.isEmpty()) {
                    throw new InvalidInputException(FieldViolation.of(where, "emissions.freight.incomplete"));
                }
                factors.forActivity(p.materialActivity().strip(), FactorKind.FREIGHT, p.year(), unit.get(), where + " materialActivity");
            } else {
                boolean footprintPossible = p.supplierId() != null && p.itemCode() != null && !p.itemCode().isBlank();
                boolean material = p.materialActivity() != null && !p.materialActivity().isBlank() && unit.isPresent();
                boolean spend = p.spendAmount() != null && p.spendSector() != null && !p.spendSector().isBlank();
                if (material) {
                    factors.forActivity(p.materialActivity().strip(), FactorKind.MATERIAL, p.year(), unit.get(), where + " materialActivity");
                }
                if (spend) {
                    EmissionFactor factor = factors.spend(p.spendSector().strip(), p.year(), where + " spendSector");
                    money.toUsdOf(p.spendAmount(), p.spendCurrency().strip().toUpperCase(Locale.ROOT), p.year(), factor.priceYear(), where + " spendCurrency");
                }
                if (!footprintPossible && !material && !spend) {
                    throw new InvalidInputException(FieldViolation.of(where, "emissions.purchase.noData"));
                }
            }
        } catch (InvalidInputException e) {
            problems.addAll(e.violations());
        }
        return problems;
    }

    private long insert(NewPurchase p, String batch) {
        long id = ((Number) em.createNativeQuery("SELECT nextval('purchase_line_seq')").getSingleResult()).longValue();
        em.createNativeQuery("INSERT INTO purchase_line (id, reporting_year, scope3_category, supplier_id, item_code, description, spend_amount,"
                        + " spend_currency, quantity, unit, material_activity, spend_sector, allocation_basis, entered_by, entered_at, import_batch)"
                        + " VALUES (?1, ?2, ?3, CAST(?4 AS BIGINT), ?5, ?6, CAST(?7 AS NUMERIC), ?8, CAST(?9 AS NUMERIC), ?10, ?11, ?12, ?13, ?14, ?15, ?16)")
                .setParameter(1, id).setParameter(2, p.year()).setParameter(3, p.category()).setParameter(4, p.supplierId())
                .setParameter(5, blank(p.itemCode())).setParameter(6, p.description().strip()).setParameter(7, p.spendAmount())
                .setParameter(8, p.spendAmount() == null ? null : p.spendCurrency().strip().toUpperCase(Locale.ROOT)).setParameter(9, p.quantity())
                .setParameter(10, Unit.parse(p.unit()).map(Unit::symbol).orElse(null)).setParameter(11, blank(p.materialActivity()))
                .setParameter(12, blank(p.spendSector()))
                .setParameter(13, p.allocationBasis() == null || p.allocationBasis().isBlank() ? "ECONOMIC" : p.allocationBasis().strip().toUpperCase(Locale.ROOT))
                .setParameter(14, actor()).setParameter(15, Timestamp.from(clock.instant())).setParameter(16, batch).executeUpdate();
        return id;
    }

    private static final String SELECT = "SELECT p.id, p.reporting_year, p.scope3_category, p.supplier_id, s.legal_name, p.item_code, p.description,"
            + " p.spend_amount, p.spend_currency, p.quantity, p.unit, p.material_activity, p.spend_sector, p.allocation_basis, p.entered_by,"
            + " p.entered_at FROM purchase_line p LEFT JOIN supplier s ON s.id = p.supplier_id";

    @SuppressWarnings("unchecked")
    private PurchaseLine byId(long id) {
        List<Object[]> rows = em.createNativeQuery(SELECT + " WHERE p.id = ?1").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("purchase line", id);
        }
        return line(rows.get(0));
    }

    private static PurchaseLine line(Object[] r) {
        return new PurchaseLine(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), ((Number) r[2]).intValue(),
                r[3] == null ? null : ((Number) r[3]).longValue(), (String) r[4], (String) r[5], (String) r[6], (BigDecimal) r[7],
                r[8] == null ? null : ((String) r[8]).strip(), (BigDecimal) r[9], (String) r[10], (String) r[11], (String) r[12], (String) r[13],
                (String) r[14], Times.text(r[15]));
    }

    private static Map<String, String> snapshot(PurchaseLine l) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("year", String.valueOf(l.year()));
        s.put("category", String.valueOf(l.category()));
        s.put("supplierId", l.supplierId() == null ? null : l.supplierId().toString());
        s.put("item", l.itemCode());
        s.put("spend", l.spendAmount() == null ? null : l.spendAmount().toPlainString() + " " + l.spendCurrency());
        s.put("quantity", l.quantity() == null ? null : l.quantity().toPlainString() + " " + l.unit());
        s.put("material", l.materialActivity());
        s.put("sector", l.spendSector());
        return s;
    }

    private String actor() {
        return currentUser.username().orElse(AuditTrail.SYSTEM);
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static BigDecimal decimal(RowValues row, String column, String where, List<FieldViolation> problems) {
        try {
            return row.get(column) == null ? null : new BigDecimal(row.get(column).replace(",", ""));
        } catch (NumberFormatException e) {
            problems.add(FieldViolation.of(where + " " + column, "import.row.number", row.get(column)));
            return null;
        }
    }

    private static Integer integer(RowValues row, String column, String where, List<FieldViolation> problems) {
        BigDecimal value = decimal(row, column, where, problems);
        return value == null ? null : value.intValue();
    }

    private static Long longValue(RowValues row, String column, String where, List<FieldViolation> problems) {
        BigDecimal value = decimal(row, column, where, problems);
        return value == null ? null : value.longValue();
    }
}
