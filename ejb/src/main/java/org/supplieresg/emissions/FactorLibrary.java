package org.supplieresg.emissions;

import static org.supplieresg.identity.Role.Names.ADMIN;
import static org.supplieresg.identity.Role.Names.SUSTAINABILITY_OFFICER;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.audittrail.Auditable;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.reports.SupplierImportWorkbook.RowValues;
import org.supplieresg.reports.TableReader;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;

/**
 * The emission factor library: search, versions, corrections (a new version, never an edit) and imports of whole
 * factor sets from CSV or Excel, all or nothing.
 */
@Stateless
public class FactorLibrary {

    static final String COLUMNS = "f.id, f.factor_key, f.version, f.kind, f.name_en, f.name_zh, f.activity_unit, f.kg_co2e, f.co2e_of_co2,"
            + " f.co2e_of_ch4, f.co2e_of_n2o, f.co2e_of_other, f.ch4_origin, f.gwp_set, f.region, f.data_year, f.valid_from, f.valid_to,"
            + " f.price_year, f.sector_code, s.code, s.publisher, s.title, s.edition, s.url, s.licence, f.source_table";
    static final String FROM = " FROM emission_factor f JOIN emission_factor_source s ON s.id = f.source_id";
    static final String CURRENT = " NOT EXISTS (SELECT 1 FROM emission_factor n WHERE n.factor_key = f.factor_key AND n.version > f.version)";

    /** A factor version as people read it: the factor, who added it and why, and whether a later version replaced it. */
    public record FactorView(EmissionFactor factor, String activity, boolean current, String createdBy, String createdAt,
                             String correctionReason) {
    }

    /** A correction: the new values and why. Fields left null keep the current version's value. */
    public record Correction(BigDecimal kgCo2e, BigDecimal co2eOfCo2, BigDecimal co2eOfCh4, BigDecimal co2eOfN2o, String reason) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    @PermitAll
    @SuppressWarnings("unchecked")
    public List<FactorView> search(String kind, String text, boolean currentOnly, int limit) {
        StringBuilder sql = new StringBuilder("SELECT " + COLUMNS + ", f.created_by, f.created_at, f.correction_reason, " + CURRENT + FROM + " WHERE 1 = 1");
        Map<Integer, Object> params = new HashMap<>();
        if (kind != null && !kind.isBlank()) {
            sql.append(" AND f.kind = ?1");
            params.put(1, kind.strip().toUpperCase(Locale.ROOT));
        }
        if (text != null && !text.isBlank()) {
            sql.append(" AND (lower(f.factor_key) LIKE ?2 OR lower(f.name_en) LIKE ?2 OR f.name_zh LIKE ?2 OR f.sector_code LIKE ?2)");
            params.put(2, "%" + text.strip().toLowerCase(Locale.ROOT) + "%");
        }
        if (currentOnly) {
            sql.append(" AND").append(CURRENT);
        }
        sql.append(" ORDER BY f.kind, f.factor_key, f.version");
        var query = em.createNativeQuery(sql.toString()).setMaxResults(Math.max(1, Math.min(limit, 2000)));
        params.forEach(query::setParameter);
        return ((List<Object[]>) query.getResultList()).stream().map(FactorLibrary::view).toList();
    }

    @PermitAll
    @SuppressWarnings("unchecked")
    public List<FactorView> versions(String key) {
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + ", f.created_by, f.created_at, f.correction_reason, " + CURRENT + FROM
                + " WHERE f.factor_key = ?1 ORDER BY f.version").setParameter(1, key).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("emission factor", key);
        }
        return rows.stream().map(FactorLibrary::view).toList();
    }

    @PermitAll
    @SuppressWarnings("unchecked")
    public EmissionFactor byId(long id) {
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + FROM + " WHERE f.id = ?1").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException("emission factor", id);
        }
        return factor(rows.get(0));
    }

    /** Every factor's current version, indexed for a calculation under the reporting GWP set. */
    @PermitAll
    public FactorSnapshot snapshot() {
        try {
            return YearCalculation.snapshot(em.unwrap(java.sql.Connection.class));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("reading the factor library failed: " + e.getMessage(), e);
        }
    }

    /** The exchange rates and price index spend-based figures need. */
    @PermitAll
    public MoneyConversion moneyConversion() {
        try {
            return YearCalculation.moneyConversion(em.unwrap(java.sql.Connection.class));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("reading exchange rates failed: " + e.getMessage(), e);
        }
    }

    /** An annual average exchange rate as stored: units of the currency per US dollar, with its source. */
    public record ExchangeRate(String currency, int year, BigDecimal unitsPerUsd, String source) {
    }

    @PermitAll
    @SuppressWarnings("unchecked")
    public List<ExchangeRate> exchangeRates() {
        return ((List<Object[]>) em.createNativeQuery("SELECT currency, year, units_per_usd, source FROM exchange_rate_annual ORDER BY currency, year")
                .getResultList()).stream().map(r -> new ExchangeRate(((String) r[0]).strip(), ((Number) r[1]).intValue(), (BigDecimal) r[2], (String) r[3])).toList();
    }

    /**
     * Records the annual average rate of a currency for a year (say from the Federal Reserve G.5A or the IRS yearly
     * averages), with its source; replacing a rate is audited with before and after. Runs after it use it.
     */
    @RolesAllowed({SUSTAINABILITY_OFFICER, ADMIN})
    public ExchangeRate setExchangeRate(String currency, int year, BigDecimal unitsPerUsd, String source) {
        List<FieldViolation> problems = new ArrayList<>();
        String code = currency == null ? null : currency.strip().toUpperCase(Locale.ROOT);
        if (code == null || !org.supplieresg.shared.Money.isCurrencyCode(code) || "USD".equals(code)) {
            problems.add(FieldViolation.of("currency", "emissions.currency.unknown", String.valueOf(currency)));
        }
        if (year < 1990 || year > LocalDate.now(clock).getYear()) {
            problems.add(FieldViolation.of("year", "emissions.import.year", String.valueOf(year)));
        }
        if (unitsPerUsd == null || unitsPerUsd.signum() <= 0) {
            problems.add(FieldViolation.of("unitsPerUsd", "emissions.value.positive"));
        }
        if (source == null || source.isBlank()) {
            problems.add(FieldViolation.of("source", "field.required"));
        }
        InvalidInputException.throwIfAny(problems);
        Map<String, String> before = exchangeRates().stream().filter(r -> r.currency().equals(code) && r.year() == year).findFirst()
                .map(r -> Map.of("unitsPerUsd", r.unitsPerUsd().toPlainString(), "source", r.source())).orElse(Map.of());
        em.createNativeQuery("INSERT INTO exchange_rate_annual (currency, year, units_per_usd, source) VALUES (?1, ?2, ?3, ?4)"
                        + " ON CONFLICT (currency, year) DO UPDATE SET units_per_usd = EXCLUDED.units_per_usd, source = EXCLUDED.source")
                .setParameter(1, code).setParameter(2, year).setParameter(3, unitsPerUsd).setParameter(4, source.strip()).executeUpdate();
        Map<String, String> after = Map.of("unitsPerUsd", unitsPerUsd.toPlainString(), "source", source.strip());
        auditTrail.updated(Auditable.of("ExchangeRate", code + " " + year, after), null, before);
        return new ExchangeRate(code, year, unitsPerUsd, source.strip());
    }

    /**
     * Corrects a factor: its current version stays as it was, for the results that used it; the correction becomes the
     * next version, which the next calculation uses. Needs a reason.
     */
    @RolesAllowed({SUSTAINABILITY_OFFICER, ADMIN})
    public FactorView correct(String key, Correction correction) {
        List<FactorView> versions = versions(key);
        FactorView current = versions.get(versions.size() - 1);
        EmissionFactor was = current.factor();
        List<FieldViolation> problems = new ArrayList<>();
        if (correction == null || correction.reason() == null || correction.reason().isBlank()) {
            problems.add(FieldViolation.of("reason", "emissions.factor.correction.reason"));
        }
        if (correction != null) {
            for (Map.Entry<String, BigDecimal> value : valuesOf(correction).entrySet()) {
                if (value.getValue() != null && value.getValue().signum() < 0) {
                    problems.add(FieldViolation.of(value.getKey(), "emissions.factor.negative", value.getKey()));
                }
            }
        }
        InvalidInputException.throwIfAny(problems);
        BigDecimal co2 = pick(correction.co2eOfCo2(), was.co2eOfCo2());
        BigDecimal ch4 = pick(correction.co2eOfCh4(), was.co2eOfCh4());
        BigDecimal n2o = pick(correction.co2eOfN2o(), was.co2eOfN2o());
        BigDecimal total = correction.kgCo2e() != null ? correction.kgCo2e() : was.hasGasBreakdown()
                ? nz(co2).add(nz(ch4)).add(nz(n2o)).add(nz(was.co2eOfOther())) : was.kgCo2e();
        if (was.hasGasBreakdown() && total.compareTo(nz(co2).add(nz(ch4)).add(nz(n2o)).add(nz(was.co2eOfOther()))) != 0) {
            throw new InvalidInputException(FieldViolation.of("kgCo2e", "emissions.factor.breakdownSum", total.toPlainString()));
        }
        long id = nextId();
        em.createNativeQuery("INSERT INTO emission_factor (id, factor_key, version, source_id, source_table, kind, name_en, name_zh, activity_unit,"
                        + " kg_co2e, co2e_of_co2, co2e_of_ch4, co2e_of_n2o, co2e_of_other, ch4_origin, gwp_set, region, data_year, valid_from,"
                        + " valid_to, price_year, sector_code, boundary, note, correction_of, correction_reason, created_at, created_by)"
                        + " SELECT ?1, factor_key, version + 1, source_id, source_table, kind, name_en, name_zh, activity_unit, ?2, CAST(?3 AS NUMERIC),"
                        + " CAST(?4 AS NUMERIC), CAST(?5 AS NUMERIC),"
                        + " co2e_of_other, ch4_origin, gwp_set, region, data_year, valid_from, valid_to, price_year, sector_code, boundary, note,"
                        + " id, ?6, ?7, ?8 FROM emission_factor WHERE id = ?9")
                .setParameter(1, id).setParameter(2, total).setParameter(3, co2).setParameter(4, ch4).setParameter(5, n2o)
                .setParameter(6, correction.reason().strip()).setParameter(7, Timestamp.from(clock.instant())).setParameter(8, actor())
                .setParameter(9, was.id()).executeUpdate();
        auditTrail.created(record(byId(id), correction.reason().strip() + " (corrects v" + was.version() + ")"), null);
        List<FactorView> after = versions(key);
        return after.get(after.size() - 1);
    }

    /** The columns of a factor-set file; the first six describe the publication, the rest one factor per row. */
    public static final List<String> IMPORT_COLUMNS = List.of("source_code", "publisher", "title", "edition", "url", "licence",
            "factor_key", "kind", "name_en", "name_zh", "activity_unit", "kg_co2e", "co2e_of_co2", "co2e_of_ch4", "co2e_of_n2o",
            "gwp_set", "region", "data_year", "valid_from", "valid_to", "price_year", "sector_code", "source_table");
    private static final List<String> REQUIRED = List.of("source_code", "publisher", "title", "edition", "url", "licence", "factor_key",
            "kind", "name_en", "activity_unit", "kg_co2e", "gwp_set", "region", "data_year", "valid_from", "source_table");

    /** What an import added. */
    public record ImportSummary(int factors, List<String> sources) {
    }

    /**
     * Imports a factor set (CSV or the first sheet of an .xlsx). Every row is checked before anything is stored; one bad
     * row refuses the file with every problem by row. A key that exists already is refused: corrections go through
     * {@link #correct}, so that the library never changes under a result.
     */
    @RolesAllowed({SUSTAINABILITY_OFFICER, ADMIN})
    @SuppressWarnings("unchecked")
    public ImportSummary importSet(InputStream file, String fileName) {
        var reading = TableReader.read(file, fileName, REQUIRED);
        List<FieldViolation> problems = new ArrayList<>(reading.problems().stream()
                .map(p -> new FieldViolation(p.row() == 0 ? "file" : "row " + p.row(), p.messageKey(), p.arguments())).toList());
        if (reading.problems().isEmpty() && reading.rows().isEmpty()) {
            problems.add(FieldViolation.of("file", "import.file.noRows"));
        }
        InvalidInputException.throwIfAny(problems);
        java.util.Set<String> gwp = new java.util.HashSet<>(em.createNativeQuery("SELECT code FROM gwp_set").getResultList());
        Map<String, Integer> keys = new HashMap<>();
        Map<String, RowValues> sources = new LinkedHashMap<>();
        for (RowValues row : reading.rows()) {
            String where = "row " + row.row();
            String key = row.get("factor_key");
            if (key != null && !key.matches("[A-Za-z0-9./_:+-]{3,160}")) {
                problems.add(FieldViolation.of(where + " factor_key", "emissions.import.key", key));
            } else if (key != null) {
                Integer earlier = keys.putIfAbsent(key, row.row());
                if (earlier != null) {
                    problems.add(FieldViolation.of(where + " factor_key", "import.row.duplicateInFile", String.valueOf(earlier)));
                } else if (!em.createNativeQuery("SELECT 1 FROM emission_factor WHERE factor_key = ?1").setParameter(1, key).getResultList().isEmpty()) {
                    problems.add(FieldViolation.of(where + " factor_key", "emissions.import.keyExists", key));
                }
            }
            FactorKind kind = null;
            try {
                kind = FactorKind.valueOf(row.get("kind").strip().toUpperCase(Locale.ROOT));
            } catch (RuntimeException e) {
                problems.add(FieldViolation.of(where + " kind", "import.row.choice", String.valueOf(row.get("kind")), names(FactorKind.values())));
            }
            String unit = row.get("activity_unit");
            if (kind == FactorKind.SPEND ? !org.supplieresg.shared.Money.isCurrencyCode(unit) : Unit.parse(unit).isEmpty()) {
                problems.add(FieldViolation.of(where + " activity_unit", "emissions.unit.unknown", String.valueOf(unit)));
            }
            for (String column : List.of("kg_co2e", "co2e_of_co2", "co2e_of_ch4", "co2e_of_n2o")) {
                String value = row.get(column);
                if (value != null) {
                    try {
                        if (new BigDecimal(value).signum() < 0) {
                            problems.add(FieldViolation.of(where + " " + column, "emissions.factor.negative", column));
                        }
                    } catch (NumberFormatException e) {
                        problems.add(FieldViolation.of(where + " " + column, "import.row.number", value));
                    }
                }
            }
            if (!gwp.contains(row.get("gwp_set"))) {
                problems.add(FieldViolation.of(where + " gwp_set", "import.row.choice", String.valueOf(row.get("gwp_set")), String.join(", ", gwp)));
            }
            for (String column : List.of("data_year", "price_year")) {
                String value = row.get(column);
                if (value != null && !value.matches("(19|20|21)\\d\\d")) {
                    problems.add(FieldViolation.of(where + " " + column, "emissions.import.year", value));
                }
            }
            if (kind == FactorKind.SPEND && row.get("price_year") == null) {
                problems.add(FieldViolation.of(where + " price_year", "emissions.import.priceYear"));
            }
            for (String column : List.of("valid_from", "valid_to")) {
                String value = row.get(column);
                if (value != null) {
                    try {
                        LocalDate.parse(value);
                    } catch (RuntimeException e) {
                        problems.add(FieldViolation.of(where + " " + column, "import.row.date", value));
                    }
                }
            }
            sources.putIfAbsent(row.get("source_code"), row);
        }
        InvalidInputException.throwIfAny(problems);
        Map<String, Long> sourceIds = new HashMap<>();
        List<String> added = new ArrayList<>();
        for (RowValues source : sources.values()) {
            String code = source.get("source_code");
            List<Object> existing = em.createNativeQuery("SELECT id FROM emission_factor_source WHERE code = ?1").setParameter(1, code).getResultList();
            if (!existing.isEmpty()) {
                sourceIds.put(code, ((Number) existing.get(0)).longValue());
                continue;
            }
            long id = ((Number) em.createNativeQuery("SELECT nextval('emission_factor_source_seq')").getSingleResult()).longValue();
            em.createNativeQuery("INSERT INTO emission_factor_source (id, code, publisher, title, edition, url, licence, imported_at, imported_by)"
                            + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)")
                    .setParameter(1, id).setParameter(2, code).setParameter(3, source.get("publisher")).setParameter(4, source.get("title"))
                    .setParameter(5, source.get("edition")).setParameter(6, source.get("url")).setParameter(7, source.get("licence"))
                    .setParameter(8, Timestamp.from(clock.instant())).setParameter(9, actor()).executeUpdate();
            sourceIds.put(code, id);
            added.add(code);
        }
        for (RowValues row : reading.rows()) {
            long id = nextId();
            em.createNativeQuery("INSERT INTO emission_factor (id, factor_key, version, source_id, source_table, kind, name_en, name_zh,"
                            + " activity_unit, kg_co2e, co2e_of_co2, co2e_of_ch4, co2e_of_n2o, gwp_set, region, data_year, valid_from, valid_to,"
                            + " price_year, sector_code, created_at, created_by)"
                            + " VALUES (?1, ?2, 1, ?3, ?4, ?5, ?6, ?7, ?8, ?9, CAST(?10 AS NUMERIC), CAST(?11 AS NUMERIC), CAST(?12 AS NUMERIC), ?13, ?14, ?15, ?16,"
                            + " CAST(?17 AS DATE), CAST(?18 AS SMALLINT), ?19, ?20, ?21)")
                    .setParameter(1, id).setParameter(2, row.get("factor_key")).setParameter(3, sourceIds.get(row.get("source_code")))
                    .setParameter(4, row.get("source_table")).setParameter(5, row.get("kind").strip().toUpperCase(Locale.ROOT))
                    .setParameter(6, row.get("name_en")).setParameter(7, row.get("name_zh")).setParameter(8, normalUnit(row.get("activity_unit")))
                    .setParameter(9, new BigDecimal(row.get("kg_co2e"))).setParameter(10, decimal(row.get("co2e_of_co2")))
                    .setParameter(11, decimal(row.get("co2e_of_ch4"))).setParameter(12, decimal(row.get("co2e_of_n2o")))
                    .setParameter(13, row.get("gwp_set")).setParameter(14, row.get("region").strip().toUpperCase(Locale.ROOT))
                    .setParameter(15, Integer.parseInt(row.get("data_year"))).setParameter(16, Date.valueOf(LocalDate.parse(row.get("valid_from"))))
                    .setParameter(17, row.get("valid_to") == null ? null : Date.valueOf(LocalDate.parse(row.get("valid_to"))))
                    .setParameter(18, row.get("price_year") == null ? null : Integer.parseInt(row.get("price_year")))
                    .setParameter(19, row.get("sector_code")).setParameter(20, Timestamp.from(clock.instant())).setParameter(21, actor())
                    .executeUpdate();
        }
        em.flush();
        for (String key : keys.keySet()) {
            auditTrail.created(record(versions(key).get(0).factor(), "imported from " + fileName), null);
        }
        return new ImportSummary(reading.rows().size(), added);
    }

    private static String normalUnit(String text) {
        return Unit.parse(text).map(Unit::symbol).orElse(text.strip().toUpperCase(Locale.ROOT));
    }

    private static BigDecimal decimal(String text) {
        return text == null ? null : new BigDecimal(text);
    }

    private long nextId() {
        return ((Number) em.createNativeQuery("SELECT nextval('emission_factor_seq')").getSingleResult()).longValue();
    }

    private String actor() {
        return currentUser.username().orElse(AuditTrail.SYSTEM);
    }

    private static Map<String, BigDecimal> valuesOf(Correction c) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put("kgCo2e", c.kgCo2e());
        values.put("co2eOfCo2", c.co2eOfCo2());
        values.put("co2eOfCh4", c.co2eOfCh4());
        values.put("co2eOfN2o", c.co2eOfN2o());
        return values;
    }

    private static BigDecimal pick(BigDecimal given, BigDecimal was) {
        return given != null ? given : was;
    }

    private static BigDecimal nz(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static String names(Enum<?>[] values) {
        return String.join(", ", java.util.Arrays.stream(values).map(Enum::name).toList());
    }

    static Map<String, String> snapshotOf(EmissionFactor f) {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("key", f.key());
        s.put("version", String.valueOf(f.version()));
        s.put("kgCo2e", f.kgCo2e().toPlainString());
        s.put("co2eOfCo2", f.co2eOfCo2() == null ? null : f.co2eOfCo2().toPlainString());
        s.put("co2eOfCh4", f.co2eOfCh4() == null ? null : f.co2eOfCh4().toPlainString());
        s.put("co2eOfN2o", f.co2eOfN2o() == null ? null : f.co2eOfN2o().toPlainString());
        s.put("source", f.source().code() + " " + f.sourceTable());
        return s;
    }

    private static Auditable record(EmissionFactor factor, String reason) {
        Map<String, String> snapshot = snapshotOf(factor);
        if (reason != null) {
            snapshot.put("reason", reason);
        }
        return Auditable.of("EmissionFactor", factor.key() + " v" + factor.version(), snapshot);
    }

    static EmissionFactor factor(Object[] r) {
        return new EmissionFactor(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).intValue(), FactorKind.valueOf((String) r[3]),
                (String) r[4], (String) r[5], (String) r[6], (BigDecimal) r[7], (BigDecimal) r[8], (BigDecimal) r[9], (BigDecimal) r[10],
                (BigDecimal) r[11], (String) r[12], (String) r[13], (String) r[14], ((Number) r[15]).intValue(), ((Date) r[16]).toLocalDate(),
                r[17] == null ? null : ((Date) r[17]).toLocalDate(), r[18] == null ? null : ((Number) r[18]).intValue(), (String) r[19],
                new EmissionFactor.Source((String) r[20], (String) r[21], (String) r[22], (String) r[23], (String) r[24], (String) r[25]),
                (String) r[26]);
    }

    private static FactorView view(Object[] r) {
        EmissionFactor factor = factor(r);
        return new FactorView(factor, factor.activity(), Boolean.TRUE.equals(r[30]), (String) r[27], Times.text(r[28]), (String) r[29]);
    }
}
