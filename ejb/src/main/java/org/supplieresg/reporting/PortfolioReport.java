package org.supplieresg.reporting;

import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import javax.sql.DataSource;
import org.supplieresg.assessment.Catalogue;
import org.supplieresg.assessment.CatalogueVersion;
import org.supplieresg.assessment.DimensionView;
import org.supplieresg.assessment.IndicatorView;
import org.supplieresg.platform.Database;
import org.supplieresg.procurement.TierPolicies;
import org.supplieresg.reports.Portfolio;
import org.supplieresg.reports.PortfolioWorkbook;
import org.supplieresg.scoring.RescoringRun;
import org.supplieresg.scoring.ScoreCard;

/**
 * The portfolio workbook: every supplier with its stored score, tier and sourcing status, its dimension scores as
 * stored, the points of each indicator (the engine run again on the answers of the scored assessment, streamed, as
 * rescoring does), spend, Scope 3 by method, audits and corrective actions. What is kept per supplier is a few dozen
 * numbers; the 135 indicator points per supplier stream from the database into the workbook one supplier at a time.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PortfolioReport {

    /** The Scope 3 methods of the workbook's columns, best first. */
    static final List<String> METHODS = List.of("SUPPLIER_SPECIFIC", "HYBRID", "AVERAGE_DATA", "SPEND_BASED", "DISTANCE_BASED");

    @Resource(lookup = Database.JNDI_NAME)
    DataSource dataSource;

    @Inject
    Catalogue catalogue;

    @Inject
    TierPolicies policies;

    @Inject
    Clock clock;

    /** What is kept of a supplier until its row is written. */
    private static final class Master {
        long id;
        String legalName;
        String localName;
        String country;
        String category;
        String chainTier;
        String status;
        BigDecimal total;
        String tier;
        String sourcing;
        String caps;
        BigDecimal[] dimensions;
        BigDecimal spend;
        String currency;
        BigDecimal spendUsd;
        BigDecimal[] scope3 = new BigDecimal[METHODS.size()];
        int audits;
        LocalDate lastAudit;
        int openFindings;
        int openActions;
        int overdueActions;
    }

    public void write(Integer year, Locale locale, String by, OutputStream out, Progress progress) throws IOException {
        boolean zh = "zh".equals(locale.getLanguage());
        CatalogueVersion rules = catalogue.current();
        List<DimensionView> dimensionViews = catalogue.dimensions();
        List<IndicatorView> indicatorViews = catalogue.indicators();
        List<Portfolio.Column> dimensions = dimensionViews.stream()
                .map(d -> new Portfolio.Column(d.code(), zh ? d.nameZh() : d.nameEn(), null, d.weightPercent())).toList();
        List<Portfolio.Column> indicators = indicatorViews.stream()
                .map(i -> new Portfolio.Column(i.code(), zh ? i.textZh() : i.textEn(), i.dimension(), i.maxPoints())).toList();
        Map<String, Integer> dimensionIndex = index(dimensions);
        Map<String, Integer> indicatorIndex = index(indicators);

        try (Connection connection = dataSource.getConnection()) {
            Integer scope3Year = year != null ? year : latestYear(connection);
            progress.report("suppliers", 0, 1);
            Map<Long, Master> masters = masters(connection, dimensionIndex, scope3Year);
            int total = masters.size();
            Portfolio layout = new Portfolio(zh ? "供应商组合" : "Supplier portfolio", clock.instant(), by, rules.versionNo(),
                    policies.current().versionNo(), dimensions, indicators, scope3Year, METHODS);
            try (RescoringRun.Cursor cursor = RescoringRun.open(connection, catalogue.scoringModelsById(rules), policies.current())) {
                Iterator<Portfolio.Row> rows = new Iterator<>() {
                    private final Iterator<Long> unscored = masters.keySet().iterator();
                    private final java.util.Set<Long> written = new java.util.HashSet<>();
                    private int done;

                    @Override
                    public boolean hasNext() {
                        return cursor.hasNext() || nextUnscored() != null;
                    }

                    private Long peeked;

                    private Long nextUnscored() {
                        while (peeked == null && unscored.hasNext()) {
                            Long id = unscored.next();
                            if (!written.contains(id)) {
                                peeked = id;
                            }
                        }
                        return peeked;
                    }

                    @Override
                    public Portfolio.Row next() {
                        Portfolio.Row row;
                        if (cursor.hasNext()) {
                            RescoringRun.Result result = cursor.next();
                            Master master = masters.get(result.supplierId());
                            written.add(result.supplierId());
                            row = row(master, points(result.card(), indicatorIndex, indicators.size()));
                        } else {
                            Long id = nextUnscored();
                            if (id == null) {
                                throw new NoSuchElementException();
                            }
                            peeked = null;
                            row = row(masters.get(id), new BigDecimal[indicators.size()]);
                        }
                        progress.report("suppliers", ++done, total);
                        return row;
                    }
                };
                PortfolioWorkbook.write(layout, rows, locale, out);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading the portfolio failed: " + e.getMessage(), e);
        }
    }

    private static Map<String, Integer> index(List<Portfolio.Column> columns) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            index.put(columns.get(i).code(), i);
        }
        return index;
    }

    /** Points earned per indicator column; blank for an indicator not answered or not counted (not applicable). */
    private static BigDecimal[] points(ScoreCard card, Map<String, Integer> indicatorIndex, int size) {
        BigDecimal[] points = new BigDecimal[size];
        for (ScoreCard.IndicatorScore i : card.indicators()) {
            Integer column = indicatorIndex.get(i.code());
            if (column != null && i.counted()) {
                points[column] = i.earned();
            }
        }
        return points;
    }

    private static Portfolio.Row row(Master m, BigDecimal[] points) {
        return new Portfolio.Row(m.id, m.legalName, m.localName, m.country, m.category, m.chainTier, m.status, m.total, m.tier, m.sourcing, m.caps,
                m.dimensions, points, m.spend, m.currency, m.spendUsd, m.scope3, m.audits, m.lastAudit, m.openFindings, m.openActions,
                m.overdueActions);
    }

    private static Integer latestYear(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT max(reporting_year) FROM emission_run"); ResultSet r = s.executeQuery()) {
            r.next();
            int year = r.getInt(1);
            return r.wasNull() ? null : year;
        }
    }

    /**
     * Every supplier with its latest score, spend in US dollars (the annual rate of the Scope 3 year, else the latest
     * year the currency has), Scope 3 by method and audit status, in supplier id order.
     */
    private Map<Long, Master> masters(Connection c, Map<String, Integer> dimensionIndex, Integer year) throws SQLException {
        Map<Long, Master> masters = new LinkedHashMap<>();
        int rateYear = year == null ? LocalDate.now(clock).getYear() : year;
        try (PreparedStatement s = c.prepareStatement("""
                SELECT s.id, s.legal_name, s.local_name, s.country, s.spend_category, s.chain_tier, s.status,
                       sc.total, sc.tier, sc.sourcing_status, sc.caps, s.annual_spend_amount, s.annual_spend_currency,
                       CASE WHEN s.annual_spend_currency = 'USD' THEN 1 ELSE fx.units_per_usd END, sc.id
                FROM supplier s
                LEFT JOIN LATERAL (SELECT id, total, tier, sourcing_status, caps FROM score WHERE supplier_id = s.id
                                   ORDER BY computed_at DESC, id DESC LIMIT 1) sc ON true
                LEFT JOIN LATERAL (SELECT units_per_usd FROM exchange_rate_annual WHERE currency = s.annual_spend_currency
                                   ORDER BY (year = ?) DESC, year DESC LIMIT 1) fx ON true
                ORDER BY s.id""")) {
            s.setInt(1, rateYear);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Master m = new Master();
                    m.id = r.getLong(1);
                    m.legalName = r.getString(2);
                    m.localName = r.getString(3);
                    m.country = r.getString(4);
                    m.category = r.getString(5);
                    m.chainTier = r.getString(6);
                    m.status = r.getString(7);
                    m.total = r.getBigDecimal(8);
                    m.tier = r.getString(9);
                    m.sourcing = r.getString(10);
                    m.caps = r.getString(11);
                    m.spend = r.getBigDecimal(12);
                    m.currency = r.getString(13);
                    BigDecimal rate = r.getBigDecimal(14);
                    m.spendUsd = rate == null || rate.signum() == 0 ? null
                            : m.spend.divide(rate, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_EVEN);
                    m.dimensions = new BigDecimal[dimensionIndex.size()];
                    masters.put(m.id, m);
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("""
                SELECT sc.supplier_id, d.dimension_code, d.score FROM dimension_score d
                JOIN (SELECT DISTINCT ON (supplier_id) id, supplier_id FROM score ORDER BY supplier_id, computed_at DESC, id DESC) sc
                  ON sc.id = d.score_id"""); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Master m = masters.get(r.getLong(1));
                Integer column = dimensionIndex.get(r.getString(2));
                if (m != null && column != null) {
                    m.dimensions[column] = r.getBigDecimal(3);
                }
            }
        }
        if (year != null) {
            try (PreparedStatement s = c.prepareStatement("SELECT supplier_id, method, sum(kg_co2e) FROM emission_result WHERE reporting_year = ?"
                    + " AND superseded_run_id IS NULL AND perspective = 'BUYER' AND scope = 3 AND supplier_id IS NOT NULL GROUP BY supplier_id, method")) {
                s.setInt(1, year);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        Master m = masters.get(r.getLong(1));
                        int column = METHODS.indexOf(r.getString(2));
                        if (m != null && column >= 0) {
                            m.scope3[column] = r.getBigDecimal(3);
                        }
                    }
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT supplier_id, count(*), max(COALESCE(CAST(completed_at AS DATE), planned_end))"
                + " FROM audit WHERE status = 'COMPLETED' GROUP BY supplier_id"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Master m = masters.get(r.getLong(1));
                if (m != null) {
                    m.audits = r.getInt(2);
                    m.lastAudit = r.getDate(3).toLocalDate();
                }
            }
        }
        try (PreparedStatement s = c.prepareStatement("""
                SELECT f.supplier_id, count(*) FILTER (WHERE f.status = 'OPEN'),
                       count(c.id) FILTER (WHERE c.status IN ('OPEN', 'SUBMITTED', 'REJECTED')),
                       count(c.id) FILTER (WHERE c.status IN ('OPEN', 'REJECTED') AND c.due_date < ?)
                FROM finding f LEFT JOIN corrective_action c ON c.finding_id = f.id GROUP BY f.supplier_id""")) {
            s.setObject(1, LocalDate.now(clock));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    Master m = masters.get(r.getLong(1));
                    if (m != null) {
                        m.openFindings = r.getInt(2);
                        m.openActions = r.getInt(3);
                        m.overdueActions = r.getInt(4);
                    }
                }
            }
        }
        return masters;
    }

}
