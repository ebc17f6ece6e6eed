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
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.audittrail.Auditable;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.identity.Role;
import org.supplieresg.reports.SupplierImportWorkbook.RowValues;
import org.supplieresg.reports.TableReader;
import org.supplieresg.shared.ConcurrentChangeException;
import org.supplieresg.shared.CountryCodes;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.Money;
import org.supplieresg.shared.NotFoundException;

/**
 * GHG inventories per company and reporting year: activity data lines (entered or imported), or verified totals with
 * the ISO 14064-3 statement as evidence. A supplier sees and edits its own; staff see all. A line is checked by
 * calculating it: an unknown activity, a unit that does not fit the factor, or a year without a factor is refused
 * with the reason, before anything is stored.
 */
@Stateless
public class Inventories {

    public enum Basis { ACTIVITY_DATA, VERIFIED_TOTALS }

    public record InventoryView(long id, Long supplierId, String supplierName, int year, Basis basis, String status,
                                BigDecimal verifiedScope1Tonnes, BigDecimal verifiedScope2LocationTonnes, BigDecimal verifiedScope2MarketTonnes,
                                Long verificationEvidenceId, String verifier, BigDecimal revenue, String revenueCurrency,
                                BigDecimal productionTonnes, String reductionTarget, String submittedBy, String submittedAt, long version,
                                List<LineView> lines) {
    }

    public record LineView(long id, LineType type, String activity, String description, BigDecimal quantity, String unit,
                           String siteCountry, String instrument, BigDecimal instrumentKgPerKwh, boolean renewable, boolean flagged,
                           String flagReason, String enteredBy, String enteredAt, Long sourceSupplierId, String sourceItemCode) {
    }

    /** What the company states about the inventory as a whole. */
    public record Details(Basis basis, BigDecimal revenue, String revenueCurrency, BigDecimal productionTonnes, String reductionTarget,
                          BigDecimal verifiedScope1Tonnes, BigDecimal verifiedScope2LocationTonnes, BigDecimal verifiedScope2MarketTonnes,
                          Long verificationEvidenceId, String verifier) {
    }

    /**
     * A new activity line. A purchased input may name the Tier-2 supplier it came from (one the company invited) and
     * that supplier's product code: the roll-up then uses what the Tier-2 shares, and the material activity otherwise.
     */
    public record NewLine(String type, String activity, String description, BigDecimal quantity, String unit, String siteCountry,
                          String instrument, BigDecimal instrumentKgPerKwh, Boolean renewable, Long sourceSupplierId,
                          String sourceItemCode) {
    }

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

    /** The inventory of a company for a year, created as a draft the first time it is asked for. */
    @RolesAllowed({SUPPLIER, PROCUREMENT, SUSTAINABILITY_OFFICER, ADMIN})
    public InventoryView open(Long supplierId, Integer year) {
        requireAccess(supplierId, true);
        int thisYear = java.time.LocalDate.now(clock).getYear();
        if (year == null || year < 2000 || year > thisYear) {
            throw new InvalidInputException(FieldViolation.of("year", "emissions.inventory.year", String.valueOf(year), String.valueOf(thisYear)));
        }
        Optional<Long> existing = find(supplierId, year);
        if (existing.isPresent()) {
            return view(existing.get());
        }
        long id = next("emission_inventory_seq");
        em.createNativeQuery("INSERT INTO emission_inventory (id, supplier_id, reporting_year, basis, status, created_by, created_at)"
                        + " VALUES (?1, CAST(?2 AS BIGINT), ?3, 'ACTIVITY_DATA', 'DRAFT', ?4, ?5)")
                .setParameter(1, id).setParameter(2, supplierId).setParameter(3, year).setParameter(4, actor())
                .setParameter(5, Timestamp.from(clock.instant())).executeUpdate();
        InventoryView view = view(id);
        auditTrail.created(record(view), 1L);
        return view;
    }

    @RolesAllowed({SUPPLIER, PROCUREMENT, SUSTAINABILITY_OFFICER, AUDITOR, ADMIN})
    public Optional<InventoryView> of(Long supplierId, int year) {
        requireAccess(supplierId, false);
        return find(supplierId, year).map(this::view);
    }

    @RolesAllowed({SUPPLIER, PROCUREMENT, SUSTAINABILITY_OFFICER, AUDITOR, ADMIN})
    public InventoryView get(long inventoryId) {
        InventoryView view = view(inventoryId);
        requireAccess(view.supplierId(), false);
        return view;
    }

    /** Years for which a company has an inventory, newest first. */
    @RolesAllowed({SUPPLIER, PROCUREMENT, SUSTAINABILITY_OFFICER, AUDITOR, ADMIN})
    @SuppressWarnings("unchecked")
    public List<Integer> years(Long supplierId) {
        requireAccess(supplierId, false);
        return ((List<Number>) em.createNativeQuery("SELECT reporting_year FROM emission_inventory WHERE supplier_id IS NOT DISTINCT FROM CAST(?1 AS BIGINT)"
                + " ORDER BY reporting_year DESC").setParameter(1, supplierId).getResultList()).stream().map(Number::intValue).toList();
    }

    @RolesAllowed({SUPPLIER, PROCUREMENT, SUSTAINABILITY_OFFICER, ADMIN})
    public InventoryView update(long inventoryId, Details details, long expectedVersion) {
        InventoryView was = editable(inventoryId, expectedVersion);
        List<FieldViolation> problems = new ArrayList<>();
        if (details == null || details.basis() == null) {
            throw new InvalidInputException(FieldViolation.of("basis", "field.required"));
        }
        if ((details.revenue() == null) != (details.revenueCurrency() == null || details.revenueCurrency().isBlank())) {
            problems.add(FieldViolation.of("revenueCurrency", "emissions.inventory.revenueCurrency"));
        }
        if (details.revenueCurrency() != null && !details.revenueCurrency().isBlank() && !Money.isCurrencyCode(details.revenueCurrency().strip())) {
            problems.add(FieldViolation.of("revenueCurrency", "emissions.currency.unknown", details.revenueCurrency()));
        }
        positive(problems, "revenue", details.revenue());
        positive(problems, "productionTonnes", details.productionTonnes());
        notNegative(problems, "verifiedScope1Tonnes", details.verifiedScope1Tonnes());
        notNegative(problems, "verifiedScope2LocationTonnes", details.verifiedScope2LocationTonnes());
        notNegative(problems, "verifiedScope2MarketTonnes", details.verifiedScope2MarketTonnes());
        if (details.verificationEvidenceId() != null && was.supplierId() != null && ((Number) em.createNativeQuery(
                "SELECT count(*) FROM evidence WHERE id = ?1 AND supplier_id = ?2").setParameter(1, details.verificationEvidenceId())
                .setParameter(2, was.supplierId()).getSingleResult()).intValue() == 0) {
            problems.add(FieldViolation.of("verificationEvidenceId", "emissions.inventory.evidence", String.valueOf(details.verificationEvidenceId())));
        }
        if (details.reductionTarget() != null && details.reductionTarget().length() > 500) {
            problems.add(FieldViolation.of("reductionTarget", "field.tooLong", 500));
        }
        InvalidInputException.throwIfAny(problems);
        Map<String, String> before = snapshot(was);
        em.createNativeQuery("UPDATE emission_inventory SET basis = ?1, revenue_amount = CAST(?2 AS NUMERIC), revenue_currency = ?3, production_tonnes = CAST(?4 AS NUMERIC),"
                        + " reduction_target = ?5, verified_scope1_t = CAST(?6 AS NUMERIC), verified_scope2_location_t = CAST(?7 AS NUMERIC), verified_scope2_market_t = CAST(?8 AS NUMERIC),"
                        + " verification_evidence_id = CAST(?9 AS BIGINT), verifier = ?10, version = version + 1 WHERE id = ?11")
                .setParameter(1, details.basis().name()).setParameter(2, details.revenue())
                .setParameter(3, details.revenue() == null ? null : details.revenueCurrency().strip().toUpperCase(Locale.ROOT))
                .setParameter(4, details.productionTonnes()).setParameter(5, blankToNull(details.reductionTarget()))
                .setParameter(6, details.verifiedScope1Tonnes()).setParameter(7, details.verifiedScope2LocationTonnes())
                .setParameter(8, details.verifiedScope2MarketTonnes()).setParameter(9, details.verificationEvidenceId())
                .setParameter(10, blankToNull(details.verifier())).setParameter(11, inventoryId).executeUpdate();
        InventoryView now = view(inventoryId);
        auditTrail.updated(record(now), now.version(), before);
        return now;
    }

    /** Adds a line after checking it by calculation; an implausibly large quantity is kept but flagged for review. */
    @RolesAllowed({SUPPLIER, PROCUREMENT, SUSTAINABILITY_OFFICER, ADMIN})
    public LineView addLine(long inventoryId, NewLine line) {
        InventoryView inventory = editable(inventoryId, null);
        FactorSnapshot factors = library.snapshot();
        EmissionCalculator calculator = new EmissionCalculator(factors, library.moneyConversion(), inventory.year());
        Checked checked = check(inventory, line, "line", calculator, bounds());
        InvalidInputException.throwIfAny(checked.problems());
        long id = insert(inventoryId, checked, null);
        touch(inventoryId);
        LineView view = line(id);
        auditTrail.created(lineRecord(view), 1L);
        return view;
    }

    @RolesAllowed({SUPPLIER, PROCUREMENT, SUSTAINABILITY_OFFICER, ADMIN})
    public void removeLine(long lineId) {
        List<?> owner = em.createNativeQuery("SELECT inventory_id FROM activity_line WHERE id = ?1").setParameter(1, lineId).getResultList();
        if (owner.isEmpty()) {
            throw new NotFoundException("activity line", lineId);
        }
        Object inventoryId = owner.get(0);
        editable(((Number) inventoryId).longValue(), null);
        LineView was = line(lineId);
        em.createNativeQuery("DELETE FROM activity_line WHERE id = ?1").setParameter(1, lineId).executeUpdate();
        touch(((Number) inventoryId).longValue());
        auditTrail.deleted(lineRecord(was), null);
    }

    /** The columns of an activity-data file (CSV or Excel). */
    public static final List<String> IMPORT_COLUMNS = List.of("type", "activity", "quantity", "unit", "site_country", "description",
            "instrument", "instrument_kg_per_kwh", "renewable", "source_supplier_id", "source_item_code");

    /**
     * Imports activity lines from CSV or Excel into a draft inventory, all or nothing: every row is checked as if
     * entered by hand, and one bad row refuses the file with every problem by row. The same file sent twice is refused.
     */
    @RolesAllowed({SUPPLIER, PROCUREMENT, SUSTAINABILITY_OFFICER, ADMIN})
    public int importLines(long inventoryId, byte[] file, String fileName) {
        InventoryView inventory = editable(inventoryId, null);
        String sha = sha256(file);
        String target = "inventory:" + inventoryId;
        if (!em.createNativeQuery("SELECT 1 FROM activity_import WHERE target = ?1 AND sha256 = ?2").setParameter(1, target)
                .setParameter(2, sha).getResultList().isEmpty()) {
            throw new InvalidInputException(FieldViolation.of("file", "emissions.import.duplicate", String.valueOf(fileName)));
        }
        var reading = TableReader.read(new ByteArrayInputStream(file), fileName, List.of("type", "activity", "quantity", "unit"));
        List<FieldViolation> problems = new ArrayList<>(reading.problems().stream()
                .map(p -> new FieldViolation(p.row() == 0 ? "file" : "row " + p.row(), p.messageKey(), p.arguments())).toList());
        if (reading.problems().isEmpty() && reading.rows().isEmpty()) {
            problems.add(FieldViolation.of("file", "emissions.import.noRows"));
        }
        FactorSnapshot factors = library.snapshot();
        EmissionCalculator calculator = new EmissionCalculator(factors, library.moneyConversion(), inventory.year());
        Map<String, BigDecimal> bounds = bounds();
        List<Checked> lines = new ArrayList<>();
        for (RowValues row : reading.rows()) {
            BigDecimal quantity = null;
            BigDecimal rate = null;
            List<FieldViolation> rowProblems = new ArrayList<>();
            try {
                quantity = row.get("quantity") == null ? null : new BigDecimal(row.get("quantity").replace(",", ""));
            } catch (NumberFormatException e) {
                rowProblems.add(FieldViolation.of("row " + row.row() + " quantity", "import.row.number", row.get("quantity")));
            }
            try {
                rate = row.get("instrument_kg_per_kwh") == null ? null : new BigDecimal(row.get("instrument_kg_per_kwh"));
            } catch (NumberFormatException e) {
                rowProblems.add(FieldViolation.of("row " + row.row() + " instrument_kg_per_kwh", "import.row.number", row.get("instrument_kg_per_kwh")));
            }
            Long source = null;
            try {
                source = row.get("source_supplier_id") == null ? null : Long.valueOf(row.get("source_supplier_id"));
            } catch (NumberFormatException e) {
                rowProblems.add(FieldViolation.of("row " + row.row() + " source_supplier_id", "import.row.number", row.get("source_supplier_id")));
            }
            if (rowProblems.isEmpty()) {
                NewLine line = new NewLine(row.get("type"), row.get("activity"), row.get("description"), quantity, row.get("unit"),
                        row.get("site_country"), row.get("instrument"), rate, "true".equalsIgnoreCase(row.get("renewable")) || "yes".equalsIgnoreCase(row.get("renewable")),
                        source, row.get("source_item_code"));
                Checked checked = check(inventory, line, "row " + row.row(), calculator, bounds);
                rowProblems.addAll(checked.problems());
                lines.add(checked);
            }
            problems.addAll(rowProblems);
        }
        InvalidInputException.throwIfAny(problems);
        String batch = java.util.UUID.randomUUID().toString();
        em.createNativeQuery("INSERT INTO activity_import (batch, target, sha256, file_name, row_count, imported_by, imported_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, batch).setParameter(2, target).setParameter(3, sha).setParameter(4, String.valueOf(fileName))
                .setParameter(5, lines.size()).setParameter(6, actor()).setParameter(7, Timestamp.from(clock.instant())).executeUpdate();
        for (Checked checked : lines) {
            insert(inventoryId, checked, batch);
        }
        touch(inventoryId);
        auditTrail.read("EmissionInventory", String.valueOf(inventoryId), "imported " + lines.size() + " lines from " + fileName);
        return lines.size();
    }

    /**
     * Submits the inventory: activity data need at least one line; verified totals need Scope 1, the verifier and the
     * verification statement. Submitting twice is refused with a message, not counted twice.
     */
    @RolesAllowed({SUPPLIER, PROCUREMENT, SUSTAINABILITY_OFFICER, ADMIN})
    public InventoryView submit(long inventoryId, long expectedVersion) {
        InventoryView was = view(inventoryId);
        requireAccess(was.supplierId(), true);
        if ("SUBMITTED".equals(was.status())) {
            throw new InvalidInputException(FieldViolation.of("status", "emissions.inventory.alreadySubmitted",
                    String.valueOf(was.year()), String.valueOf(was.submittedBy()), String.valueOf(was.submittedAt())));
        }
        editable(inventoryId, expectedVersion);
        List<FieldViolation> problems = new ArrayList<>();
        if (was.basis() == Basis.ACTIVITY_DATA && was.lines().isEmpty()) {
            problems.add(FieldViolation.of("lines", "emissions.inventory.noLines"));
        }
        if (was.basis() == Basis.VERIFIED_TOTALS) {
            if (was.verifiedScope1Tonnes() == null) {
                problems.add(FieldViolation.of("verifiedScope1Tonnes", "field.required"));
            }
            if (was.verifiedScope2LocationTonnes() == null) {
                problems.add(FieldViolation.of("verifiedScope2LocationTonnes", "field.required"));
            }
            if (was.verificationEvidenceId() == null) {
                problems.add(FieldViolation.of("verificationEvidenceId", "emissions.inventory.statementRequired"));
            }
            if (was.verifier() == null) {
                problems.add(FieldViolation.of("verifier", "field.required"));
            }
        }
        InvalidInputException.throwIfAny(problems);
        Map<String, String> before = snapshot(was);
        em.createNativeQuery("UPDATE emission_inventory SET status = 'SUBMITTED', submitted_by = ?1, submitted_at = ?2, version = version + 1"
                + " WHERE id = ?3").setParameter(1, actor()).setParameter(2, Timestamp.from(clock.instant())).setParameter(3, inventoryId).executeUpdate();
        InventoryView now = view(inventoryId);
        auditTrail.updated(record(now), now.version(), before);
        return now;
    }

    /** Reopens a submitted inventory for correction (staff only); the next submission recalculates. */
    @RolesAllowed({PROCUREMENT, SUSTAINABILITY_OFFICER, ADMIN})
    public InventoryView reopen(long inventoryId, long expectedVersion) {
        InventoryView was = view(inventoryId);
        if (was.version() != expectedVersion) {
            throw new ConcurrentChangeException("Inventory " + inventoryId, expectedVersion, was.version(), List.of());
        }
        Map<String, String> before = snapshot(was);
        em.createNativeQuery("UPDATE emission_inventory SET status = 'DRAFT', version = version + 1 WHERE id = ?1").setParameter(1, inventoryId).executeUpdate();
        InventoryView now = view(inventoryId);
        auditTrail.updated(record(now), now.version(), before);
        return now;
    }

    /** The configurable plausibility bounds, by line type and unit. */
    @RolesAllowed({SUPPLIER, PROCUREMENT, SUSTAINABILITY_OFFICER, AUDITOR, ADMIN})
    @SuppressWarnings("unchecked")
    public Map<String, BigDecimal> bounds() {
        Map<String, BigDecimal> bounds = new LinkedHashMap<>();
        ((List<Object[]>) em.createNativeQuery("SELECT line_type, unit, maximum FROM plausibility_bound ORDER BY line_type, unit").getResultList())
                .forEach(r -> bounds.put(r[0] + " " + r[1], ((BigDecimal) r[2]).stripTrailingZeros()));
        return bounds;
    }

    @RolesAllowed({SUSTAINABILITY_OFFICER, ADMIN})
    public void setBound(String lineType, String unit, BigDecimal maximum, String note) {
        List<FieldViolation> problems = new ArrayList<>();
        LineType type = parseType(lineType, "lineType", problems);
        Optional<Unit> parsed = Unit.parse(unit);
        if (parsed.isEmpty()) {
            problems.add(FieldViolation.of("unit", "emissions.unit.unknown", String.valueOf(unit)));
        }
        if (maximum == null || maximum.signum() <= 0) {
            problems.add(FieldViolation.of("maximum", "emissions.bound.positive"));
        }
        if (note == null || note.isBlank()) {
            problems.add(FieldViolation.of("note", "field.required"));
        }
        InvalidInputException.throwIfAny(problems);
        Map<String, BigDecimal> before = bounds();
        em.createNativeQuery("INSERT INTO plausibility_bound (line_type, unit, maximum, note) VALUES (?1, ?2, ?3, ?4)"
                        + " ON CONFLICT (line_type, unit) DO UPDATE SET maximum = EXCLUDED.maximum, note = EXCLUDED.note")
                .setParameter(1, type.name()).setParameter(2, parsed.get().symbol()).setParameter(3, maximum).setParameter(4, note.strip()).executeUpdate();
        String key = type.name() + " " + parsed.get().symbol();
        auditTrail.updated(boundRecord(key, maximum), null, before.containsKey(key) ? Map.of("maximum", before.get(key).toPlainString()) : Map.of());
    }

    // ---- checking -------------------------------------------------------------------------------------------------

    record Checked(NewLine line, LineType type, Unit unit, String country, boolean flagged, String flagReason, List<FieldViolation> problems) {
    }

    private Checked check(InventoryView inventory, NewLine line, String where, EmissionCalculator calculator, Map<String, BigDecimal> bounds) {
        List<FieldViolation> problems = new ArrayList<>();
        if (line == null) {
            return new Checked(null, null, null, null, false, null, List.of(FieldViolation.of(where, "field.required")));
        }
        LineType type = parseType(line.type(), where + " type", problems);
        if (line.activity() == null || line.activity().isBlank()) {
            problems.add(FieldViolation.of(where + " activity", "field.required"));
        }
        if (line.quantity() == null) {
            problems.add(FieldViolation.of(where + " quantity", "field.required"));
        } else if (line.quantity().signum() < 0) {
            problems.add(FieldViolation.of(where + " quantity", "emissions.quantity.negative", line.quantity().toPlainString()));
        }
        Optional<Unit> unit = Unit.parse(line.unit());
        if (unit.isEmpty()) {
            problems.add(FieldViolation.of(where + " unit", "emissions.unit.unknown", String.valueOf(line.unit())));
        }
        String country = line.siteCountry() == null || line.siteCountry().isBlank() ? companyCountry(inventory.supplierId())
                : line.siteCountry().strip().toUpperCase(Locale.ROOT);
        if (country == null || !CountryCodes.isValid(country)) {
            problems.add(FieldViolation.of(where + " siteCountry", "emissions.country.unknown", String.valueOf(line.siteCountry())));
        }
        if (line.instrument() != null && !line.instrument().isBlank()) {
            if (type != LineType.ELECTRICITY) {
                problems.add(FieldViolation.of(where + " instrument", "emissions.instrument.electricityOnly"));
            }
            if (!List.of("EAC_CERTIFICATE", "PPA", "GREEN_TARIFF", "SUPPLIER_RATE").contains(line.instrument().strip().toUpperCase(Locale.ROOT))) {
                problems.add(FieldViolation.of(where + " instrument", "import.row.choice", line.instrument(), "EAC_CERTIFICATE, PPA, GREEN_TARIFF, SUPPLIER_RATE"));
            }
            if (line.instrumentKgPerKwh() == null || line.instrumentKgPerKwh().signum() < 0) {
                problems.add(FieldViolation.of(where + " instrumentKgPerKwh", "emissions.instrument.rate"));
            }
        }
        if (line.sourceSupplierId() != null) {
            problems.addAll(sourceProblems(inventory, line, type, where));
        }
        if (!problems.isEmpty()) {
            return new Checked(line, type, null, country, false, null, problems);
        }
        // The calculation itself is the check: activity, unit and year must meet a factor.
        try {
            calculator.ofActivity(toInput(inventory, line, type, unit.get(), country), new CalculationInput.Activity(0, inventory.id(), type,
                    line.activity().strip(), line.quantity(), unit.get(), country, instrument(line), line.instrumentKgPerKwh()));
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> problems.add(new FieldViolation(where + " activity", v.messageKey(), v.arguments())));
        }
        BigDecimal bound = bounds.get(type.name() + " " + unit.get().symbol());
        boolean flagged = bound != null && line.quantity().compareTo(bound) > 0;
        String reason = flagged ? "quantity " + line.quantity().toPlainString() + " " + unit.get().symbol() + " is above the plausibility bound of "
                + bound.toPlainString() + " for " + type.name() : null;
        return new Checked(line, type, unit.get(), country, flagged, reason, problems);
    }

    /** A line may name only a Tier-2 that this inventory's company invited, and only for a purchased input. */
    private List<FieldViolation> sourceProblems(InventoryView inventory, NewLine line, LineType type, String where) {
        List<FieldViolation> problems = new ArrayList<>();
        if (type != LineType.INPUT) {
            problems.add(FieldViolation.of(where + " sourceSupplierId", "emissions.source.inputOnly"));
        }
        boolean invited = inventory.supplierId() != null && ((Number) em.createNativeQuery("SELECT COUNT(*) FROM supplier WHERE id = ?1"
                + " AND invited_by_supplier_id = ?2").setParameter(1, line.sourceSupplierId()).setParameter(2, inventory.supplierId())
                .getSingleResult()).longValue() > 0;
        if (!invited) {
            problems.add(FieldViolation.of(where + " sourceSupplierId", "emissions.source.notYourSupplier", line.sourceSupplierId()));
        }
        if (line.sourceItemCode() != null && line.sourceItemCode().strip().length() > 60) {
            problems.add(FieldViolation.of(where + " sourceItemCode", "field.tooLong", 60));
        }
        return problems;
    }

    private static CalculationInput.Inventory toInput(InventoryView inventory, NewLine line, LineType type, Unit unit, String country) {
        return new CalculationInput.Inventory(inventory.id(), inventory.supplierId(), inventory.year(), false, null, null, null, null, null,
                null, null, country);
    }

    private static String instrument(NewLine line) {
        return line.instrument() == null || line.instrument().isBlank() ? null : line.instrument().strip().toUpperCase(Locale.ROOT);
    }

    private static LineType parseType(String text, String field, List<FieldViolation> problems) {
        try {
            return LineType.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            problems.add(FieldViolation.of(field, "import.row.choice", String.valueOf(text),
                    String.join(", ", java.util.Arrays.stream(LineType.values()).map(Enum::name).toList())));
            return null;
        }
    }

    private long insert(long inventoryId, Checked c, String batch) {
        long id = next("activity_line_seq");
        String instrument = instrument(c.line());
        boolean renewable = Boolean.TRUE.equals(c.line().renewable())
                || (instrument != null && c.line().instrumentKgPerKwh().signum() == 0 && !"SUPPLIER_RATE".equals(instrument));
        em.createNativeQuery("INSERT INTO activity_line (id, inventory_id, line_type, activity, description, quantity, unit, site_country,"
                        + " instrument, instrument_kg_per_kwh, renewable, flagged, flag_reason, entered_by, entered_at, import_batch,"
                        + " source_supplier_id, source_item_code)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, CAST(?10 AS NUMERIC), ?11, ?12, ?13, ?14, ?15, ?16, CAST(?17 AS BIGINT), ?18)")
                .setParameter(17, c.line().sourceSupplierId()).setParameter(18, blankToNull(c.line().sourceItemCode()))
                .setParameter(1, id).setParameter(2, inventoryId).setParameter(3, c.type().name()).setParameter(4, c.line().activity().strip())
                .setParameter(5, blankToNull(c.line().description())).setParameter(6, c.line().quantity()).setParameter(7, c.unit().symbol())
                .setParameter(8, c.country()).setParameter(9, instrument).setParameter(10, instrument == null ? null : c.line().instrumentKgPerKwh())
                .setParameter(11, renewable).setParameter(12, c.flagged()).setParameter(13, c.flagReason()).setParameter(14, actor())
                .setParameter(15, Timestamp.from(clock.instant())).setParameter(16, batch).executeUpdate();
        return id;
    }

    // ---- reading --------------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private Optional<Long> find(Long supplierId, int year) {
        return ((List<Number>) em.createNativeQuery("SELECT id FROM emission_inventory WHERE supplier_id IS NOT DISTINCT FROM CAST(?1 AS BIGINT) AND reporting_year = ?2")
                .setParameter(1, supplierId).setParameter(2, year).getResultList()).stream().findFirst().map(Number::longValue);
    }

    @SuppressWarnings("unchecked")
    InventoryView view(long id) {
        List<Object[]> rows = em.createNativeQuery("SELECT i.id, i.supplier_id, s.legal_name, i.reporting_year, i.basis, i.status,"
                + " i.verified_scope1_t, i.verified_scope2_location_t, i.verified_scope2_market_t, i.verification_evidence_id, i.verifier,"
                + " i.revenue_amount, i.revenue_currency, i.production_tonnes, i.reduction_target, i.submitted_by, i.submitted_at, i.version"
                + " FROM emission_inventory i LEFT JOIN supplier s ON s.id = i.supplier_id WHERE i.id = ?1").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("inventory", id);
        }
        Object[] r = rows.get(0);
        List<LineView> lines = ((List<Number>) em.createNativeQuery("SELECT id FROM activity_line WHERE inventory_id = ?1 ORDER BY id")
                .setParameter(1, id).getResultList()).stream().map(n -> line(n.longValue())).toList();
        return new InventoryView(((Number) r[0]).longValue(), r[1] == null ? null : ((Number) r[1]).longValue(), (String) r[2],
                ((Number) r[3]).intValue(), Basis.valueOf((String) r[4]), (String) r[5], (BigDecimal) r[6], (BigDecimal) r[7], (BigDecimal) r[8],
                r[9] == null ? null : ((Number) r[9]).longValue(), (String) r[10], (BigDecimal) r[11], r[12] == null ? null : ((String) r[12]).strip(),
                (BigDecimal) r[13], (String) r[14], (String) r[15], Times.text(r[16]), ((Number) r[17]).longValue(), lines);
    }

    @SuppressWarnings("unchecked")
    private LineView line(long id) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, line_type, activity, description, quantity, unit, site_country, instrument,"
                + " instrument_kg_per_kwh, renewable, flagged, flag_reason, entered_by, entered_at, source_supplier_id, source_item_code"
                + " FROM activity_line WHERE id = ?1")
                .setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("activity line", id);
        }
        Object[] r = rows.get(0);
        return new LineView(((Number) r[0]).longValue(), LineType.valueOf((String) r[1]), (String) r[2], (String) r[3], (BigDecimal) r[4],
                (String) r[5], ((String) r[6]).strip(), (String) r[7], (BigDecimal) r[8], (Boolean) r[9], (Boolean) r[10], (String) r[11],
                (String) r[12], Times.text(r[13]), r[14] == null ? null : ((Number) r[14]).longValue(), (String) r[15]);
    }

    private InventoryView editable(long inventoryId, Long expectedVersion) {
        InventoryView view = view(inventoryId);
        requireAccess(view.supplierId(), true);
        if (expectedVersion != null && view.version() != expectedVersion) {
            throw new ConcurrentChangeException("Inventory " + inventoryId, expectedVersion, view.version(),
                    auditTrail.history("EmissionInventory", String.valueOf(inventoryId)).stream()
                            .filter(c -> c.entityVersion() != null && c.entityVersion() > expectedVersion).toList());
        }
        if ("SUBMITTED".equals(view.status())) {
            throw new InvalidInputException(FieldViolation.of("status", "emissions.inventory.submitted", String.valueOf(view.year())));
        }
        return view;
    }

    /** A supplier user reaches its own company's inventories only; the buyer's own inventory is for officers and admins. */
    private void requireAccess(Long supplierId, boolean write) {
        if (supplierId == null) {
            if (currentUser.isSupplierUser() || (write && !currentUser.hasRole(Role.SUSTAINABILITY_OFFICER) && !currentUser.hasRole(Role.ADMIN))) {
                throw new NotFoundException("inventory of the reporting company", "own");
            }
            return;
        }
        currentUser.requireAccessTo(supplierId);
    }

    private String companyCountry(Long supplierId) {
        if (supplierId == null) {
            return null;
        }
        return (String) em.createNativeQuery("SELECT country FROM supplier WHERE id = ?1").setParameter(1, supplierId).getResultStream()
                .findFirst().map(c -> ((String) c).strip()).orElse(null);
    }

    private void touch(long inventoryId) {
        em.createNativeQuery("UPDATE emission_inventory SET version = version + 1 WHERE id = ?1").setParameter(1, inventoryId).executeUpdate();
    }

    private long next(String sequence) {
        return ((Number) em.createNativeQuery("SELECT nextval('" + sequence + "')").getSingleResult()).longValue();
    }

    private String actor() {
        return currentUser.username().orElse(AuditTrail.SYSTEM);
    }

    private static void positive(List<FieldViolation> problems, String field, BigDecimal value) {
        if (value != null && value.signum() <= 0) {
            problems.add(FieldViolation.of(field, "emissions.value.positive"));
        }
    }

    private static void notNegative(List<FieldViolation> problems, String field, BigDecimal value) {
        if (value != null && value.signum() < 0) {
            problems.add(FieldViolation.of(field, "emissions.quantity.negative", value.toPlainString()));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> snapshot(InventoryView v) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("basis", v.basis().name());
        s.put("status", v.status());
        s.put("revenue", v.revenue() == null ? null : v.revenue().toPlainString() + " " + v.revenueCurrency());
        s.put("productionTonnes", v.productionTonnes() == null ? null : v.productionTonnes().toPlainString());
        s.put("reductionTarget", v.reductionTarget());
        s.put("verifiedScope1Tonnes", v.verifiedScope1Tonnes() == null ? null : v.verifiedScope1Tonnes().toPlainString());
        s.put("verifiedScope2LocationTonnes", v.verifiedScope2LocationTonnes() == null ? null : v.verifiedScope2LocationTonnes().toPlainString());
        s.put("verifiedScope2MarketTonnes", v.verifiedScope2MarketTonnes() == null ? null : v.verifiedScope2MarketTonnes().toPlainString());
        s.put("verificationEvidenceId", v.verificationEvidenceId() == null ? null : v.verificationEvidenceId().toString());
        s.put("verifier", v.verifier());
        return s;
    }

    private static Auditable record(InventoryView v) {
        return Auditable.of("EmissionInventory", String.valueOf(v.id()), snapshot(v));
    }

    private static Auditable lineRecord(LineView l) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("type", l.type().name());
        s.put("activity", l.activity());
        s.put("quantity", l.quantity().toPlainString() + " " + l.unit());
        s.put("siteCountry", l.siteCountry());
        s.put("instrument", l.instrument() == null ? null : l.instrument() + " " + l.instrumentKgPerKwh().toPlainString());
        s.put("flagged", l.flagged() ? l.flagReason() : null);
        return Auditable.of("ActivityLine", String.valueOf(l.id()), s);
    }

    private static Auditable boundRecord(String key, BigDecimal maximum) {
        return Auditable.of("PlausibilityBound", key, Map.of("maximum", maximum.toPlainString()));
    }
}
