package org.supplieresg.emissions;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import org.supplieresg.emissions.CalculationInput.Activity;
import org.supplieresg.emissions.CalculationInput.Footprint;
import org.supplieresg.emissions.CalculationInput.Inventory;
import org.supplieresg.emissions.CalculationInput.Purchase;
import org.supplieresg.emissions.CalculationInput.SupplierTotals;
import org.supplieresg.emissions.CalculationInput.Tier2Data;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;

/**
 * One calculation run of a reporting year over plain JDBC, in the caller's transaction: reads the factor library, the
 * submitted inventories (streamed), footprints and purchases, calculates every figure, and writes the run and its
 * figures in multi-row inserts. All or nothing: if any line cannot be calculated, the first 50 problems are thrown
 * before anything is written. Plain Java so that the container service and the benchmark run the same code.
 */
public final class YearCalculation {

    /** Runs whose before/after comparison stays available; figures superseded earlier are deleted. */
    static final int RUNS_KEPT = 10;
    private static final int ROWS_PER_INSERT = 250;
    private static final int MAX_PROBLEMS = 50;

    /** What a run wrote. */
    public record Outcome(long runId, String gwpSet, int figureCount, int figuresWritten, BigDecimal totalKgCo2e) {
    }

    private YearCalculation() {
    }

    public static Outcome run(Connection connection, int year, String reason, String actor, Instant now) throws SQLException {
        return run(connection, year, reason, actor, now, Runnable::run);
    }

    /**
     * As {@link #run(Connection, int, String, String, Instant)}, calculating the activity lines in batches on
     * {@code executor} while the connection streams the next ones (the container passes its managed executor).
     */
    public static Outcome run(Connection connection, int year, String reason, String actor, Instant now, Executor executor) throws SQLException {
        // One run of a year at a time, across the cluster too: a second waits for the first to commit, then sees its figures.
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
            lock.setInt(1, RUN_LOCK);
            lock.setInt(2, year);
            lock.execute();
        }
        FactorSnapshot factors = snapshot(connection);
        EmissionCalculator calculator = new EmissionCalculator(factors, moneyConversion(connection), year);
        String gwp = factors.reporting().code();
        // problems come from the executor's tasks too
        List<FieldViolation> problems = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<Long, Inventory> inventories = inventories(connection, year);
        Map<String, Unit> units = new HashMap<>();

        // 0. The purchases and footprints first: those from suppliers without a submitted inventory of the year need no
        //    supplier totals and are calculated on the executor while the lines stream in.
        Map<Long, List<Footprint>> footprints = footprints(connection);
        java.util.Set<Long> reporting = new java.util.HashSet<>();
        inventories.values().forEach(i -> reporting.add(i.supplierId()));
        Map<Boolean, List<Purchase>> bought = readPurchases(connection, year, units).stream()
                .collect(java.util.stream.Collectors.partitioningBy(p -> p.supplierId() != null && reporting.contains(p.supplierId())));
        CompletableFuture<Map<Long, Part>> independent = calculatePurchases(bought.get(false), calculator, footprints, Map.of(), executor, problems);

        // 1. Every activity line, calculated in batches while the next ones stream in. Only what a group adds up to is
        //    kept (its digest, count, total and supplier totals), not its figures: most groups have not changed.
        EmissionCalculator chained = calculator.withTier2(tier2Data(connection, year, inventories, footprints, calculator, units, executor));
        Map<Long, Part> parts = calculateLines(connection, year, null, inventories, chained, units, executor, false, problems);
        Map<String, Group> groups = new LinkedHashMap<>();
        Map<Long, SupplierTotals> totals = new HashMap<>();
        for (Inventory inventory : inventories.values()) {
            Part part = parts.computeIfAbsent(inventory.id(), k -> new Part(true));
            if (inventory.verifiedTotals()) {
                guarded(problems, () -> calculator.ofVerifiedTotals(inventory)).forEach(part::add);
            }
            groups.put(inventoryGroup(inventory.id()), new Group(inventory.id(), part));
            if (inventory.supplierId() != null) {
                totals.put(inventory.supplierId(), part.totals.build(inventory));
            }
        }

        // 2. The purchases from suppliers with an inventory, now that their totals are known (the hybrid method).
        Map<Long, Part> purchases = new LinkedHashMap<>();
        for (Map<Long, Part> half : List.of(independent.join(),
                calculatePurchases(bought.get(true), calculator, footprints, totals, executor, problems).join())) {
            half.forEach((supplierId, part) -> purchases.computeIfAbsent(supplierId, k -> new Part(true)).merge(part));
        }
        purchases.forEach((supplierId, part) -> groups.put(purchaseGroup(supplierId == NO_SUPPLIER ? null : supplierId), new Group(null, part)));
        InvalidInputException.throwIfAny(problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems);

        // 3. Which groups changed since the figures stored: their digests differ. A group's digest is order-independent:
        //    the GWP set's hash, the number of figures and the sum of a well-mixed 64-bit hash of each figure.
        long runId;
        try (PreparedStatement next = connection.prepareStatement("SELECT nextval('emission_run_seq')"); ResultSet r = next.executeQuery()) {
            r.next();
            runId = r.getLong(1);
        }
        Map<String, Long> stored = digests(connection, year);
        List<String> changed = new ArrayList<>();
        Map<String, Long> digests = new HashMap<>();
        BigDecimal total = BigDecimal.ZERO;
        int figureCount = 0;
        int written = 0;
        for (Map.Entry<String, Group> group : groups.entrySet()) {
            Part part = group.getValue().part();
            long digest = fmix(gwp.hashCode()) + part.count + part.hash;
            digests.put(group.getKey(), digest);
            if (!Long.valueOf(digest).equals(stored.get(group.getKey()))) {
                changed.add(group.getKey());
                written += part.count;
            }
            figureCount += part.count;
            total = total.add(part.counted);
        }

        // 4. The figures of the inventories that changed, calculated again, this time kept for writing.
        List<Long> changedInventories = changed.stream().map(groups::get).map(Group::inventoryId).filter(java.util.Objects::nonNull).toList();
        Map<Long, Part> rewritten = changedInventories.isEmpty() ? Map.of()
                : calculateLines(connection, year, changedInventories, inventories, chained, units, executor, true, problems);
        InvalidInputException.throwIfAny(problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems);
        List<String> gone = stored.keySet().stream().filter(k -> !groups.containsKey(k)).toList();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO emission_run (id, reporting_year, gwp_set, reason, started_by,"
                + " started_at, finished_at, result_count, figures_written, total_kg_co2e) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, runId);
            insert.setInt(2, year);
            insert.setString(3, gwp);
            insert.setString(4, reason);
            insert.setString(5, actor);
            insert.setTimestamp(6, Timestamp.from(now));
            insert.setTimestamp(7, Timestamp.from(now));
            insert.setInt(8, figureCount);
            insert.setInt(9, written);
            insert.setBigDecimal(10, total);
            insert.executeUpdate();
        }
        List<String> superseded = new ArrayList<>(changed);
        superseded.addAll(gone);
        if (!superseded.isEmpty()) {
            try (PreparedStatement supersede = connection.prepareStatement("UPDATE emission_result SET superseded_run_id = ? WHERE reporting_year = ?"
                    + " AND group_key = ANY (?) AND superseded_run_id IS NULL")) {
                supersede.setLong(1, runId);
                supersede.setInt(2, year);
                supersede.setArray(3, connection.createArrayOf("varchar", superseded.toArray()));
                supersede.executeUpdate();
            }
        }
        List<EmissionFigure> toWrite = new ArrayList<>(written);
        List<String> keys = new ArrayList<>(written);
        for (String key : changed) {
            Group group = groups.get(key);
            List<EmissionFigure> figures = group.inventoryId() == null ? group.part().figures : new ArrayList<>(group.part().figures);
            if (group.inventoryId() != null) {
                // verified totals were kept in step 1; activity lines come from step 4
                Part again = rewritten.get(group.inventoryId());
                if (again != null) {
                    figures.addAll(again.figures);
                }
            }
            for (EmissionFigure f : figures) {
                toWrite.add(f);
                keys.add(key);
            }
        }
        if (toWrite.size() != written) {
            throw new IllegalStateException("recalculated " + toWrite.size() + " figures to write, counted " + written + " the first time");
        }
        insertFigures(connection, runId, year, gwp, toWrite, keys);
        writeDigests(connection, year, runId, changed, gone, digests, groups);
        // Figures superseded more than RUNS_KEPT runs ago are no longer needed for a before/after comparison.
        try (PreparedStatement prune = connection.prepareStatement("DELETE FROM emission_result WHERE reporting_year = ? AND superseded_run_id < ("
                + "SELECT min(id) FROM (SELECT id FROM emission_run WHERE reporting_year = ? ORDER BY id DESC LIMIT " + RUNS_KEPT + ") kept)")) {
            prune.setInt(1, year);
            prune.setInt(2, year);
            prune.executeUpdate();
        }
        return new Outcome(runId, gwp, figureCount, written, total);
    }

    private static final int BATCH = 4096;
    /** The first key of the advisory lock that serialises the runs of a year (the second is the year). */
    private static final int RUN_LOCK = 0x45_4D_49_53; // "EMIS"

    /**
     * What figures add up to for one group, or for one batch's share of it: how many, the sum of their hashes, what
     * the run's total gets from them, the supplier's totals, and (when kept) the figures themselves.
     */
    private static final class Part {
        private final boolean keep;
        final List<EmissionFigure> figures = new ArrayList<>();
        final TotalsBuilder totals = new TotalsBuilder();
        int count;
        long hash;
        BigDecimal counted = BigDecimal.ZERO;

        Part(boolean keep) {
            this.keep = keep;
        }

        void add(EmissionFigure f) {
            count++;
            hash += hash(f);
            if (counted(f)) {
                counted = counted.add(f.kgCo2e());
            }
            if (f.perspective() == EmissionFigure.Perspective.SUPPLIER) {
                totals.add(f);
            }
            if (keep) {
                figures.add(f);
            }
        }

        void merge(Part other) {
            count += other.count;
            hash += other.hash;
            counted = counted.add(other.counted);
            totals.merge(other.totals);
            figures.addAll(other.figures);
        }
    }

    /** A group's figures: an inventory's (inventoryId set) or the purchases from one supplier. */
    private record Group(Long inventoryId, Part part) {
    }

    /**
     * What consented Tier-2 suppliers share with the Tier-1s that invited them: their footprints and their own totals of
     * the year, calculated first (their problems are reported by the main pass, which calculates them again).
     */
    private static Tier2Data tier2Data(Connection connection, int year, Map<Long, Inventory> inventories, Map<Long, List<Footprint>> footprints,
                                       EmissionCalculator calculator, Map<String, Unit> units, Executor executor) throws SQLException {
        Map<Long, Long> sharedWith = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement("SELECT id, invited_by_supplier_id FROM supplier"
                + " WHERE invited_by_supplier_id IS NOT NULL AND chain_consent_at IS NOT NULL"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                sharedWith.put(r.getLong(1), r.getLong(2));
            }
        }
        if (sharedWith.isEmpty()) {
            return Tier2Data.NONE;
        }
        List<Inventory> shared = inventories.values().stream().filter(i -> i.supplierId() != null && sharedWith.containsKey(i.supplierId())).toList();
        List<FieldViolation> ignored = java.util.Collections.synchronizedList(new ArrayList<>());
        Map<Long, Part> parts = shared.isEmpty() ? Map.of()
                : calculateLines(connection, year, shared.stream().map(Inventory::id).toList(), inventories, calculator, units, executor, false, ignored);
        Map<Long, SupplierTotals> totals = new HashMap<>();
        for (Inventory inventory : shared) {
            Part part = parts.getOrDefault(inventory.id(), new Part(false));
            if (inventory.verifiedTotals()) {
                guarded(ignored, () -> calculator.ofVerifiedTotals(inventory)).forEach(part::add);
            }
            totals.put(inventory.supplierId(), part.totals.build(inventory));
        }
        Map<Long, List<Footprint>> sharedFootprints = new HashMap<>();
        sharedWith.keySet().forEach(id -> sharedFootprints.put(id, footprints.getOrDefault(id, List.of())));
        return new Tier2Data(sharedWith, sharedFootprints, totals);
    }

    private static final String LINES = "SELECT l.id, l.inventory_id, l.line_type, l.activity, l.quantity, l.unit, l.site_country, l.instrument,"
            + " l.instrument_kg_per_kwh, l.source_supplier_id, l.source_item_code FROM activity_line l JOIN emission_inventory i ON i.id = l.inventory_id"
            + " WHERE i.reporting_year = ? AND i.status = 'SUBMITTED' AND i.basis = 'ACTIVITY_DATA'";

    /** The activity lines of the year (or of some inventories), calculated in batches on the executor, per inventory. */
    private static Map<Long, Part> calculateLines(Connection connection, int year, List<Long> onlyInventories, Map<Long, Inventory> inventories,
                                                 EmissionCalculator calculator, Map<String, Unit> units, Executor executor, boolean keep,
                                                 List<FieldViolation> problems) throws SQLException {
        // Each batch merges into the parts as soon as it is calculated, so the merging overlaps the streaming.
        Map<Long, Part> parts = new HashMap<>();
        List<CompletableFuture<Void>> batches = new ArrayList<>();
        try (PreparedStatement lines = connection.prepareStatement(onlyInventories == null ? LINES : LINES + " AND i.id = ANY (?)")) {
            lines.setInt(1, year);
            if (onlyInventories != null) {
                lines.setArray(2, connection.createArrayOf("bigint", onlyInventories.toArray()));
            }
            lines.setFetchSize(5000);
            try (ResultSet r = lines.executeQuery()) {
                List<Activity> batch = new ArrayList<>(BATCH);
                while (r.next()) {
                    batch.add(new Activity(r.getLong(1), r.getLong(2), LineType.valueOf(r.getString(3)), r.getString(4), r.getBigDecimal(5),
                            units.computeIfAbsent(r.getString(6), u -> Unit.parse(u).orElseThrow()), r.getString(7).strip(), r.getString(8),
                            r.getBigDecimal(9), r.getObject(10) == null ? null : r.getLong(10), r.getString(11)));
                    if (batch.size() == BATCH) {
                        batches.add(calculate(calculator, inventories, batch, keep, executor, parts, problems));
                        batch = new ArrayList<>(BATCH);
                    }
                }
                batches.add(calculate(calculator, inventories, batch, keep, executor, parts, problems));
            }
        }
        batches.forEach(CompletableFuture::join);
        return parts;
    }

    /** One batch of lines calculated on the executor, then merged into {@code parts} (and its problems into {@code problems}). */
    private static CompletableFuture<Void> calculate(EmissionCalculator calculator, Map<Long, Inventory> inventories, List<Activity> lines,
                                                     boolean keep, Executor executor, Map<Long, Part> parts, List<FieldViolation> problems) {
        return CompletableFuture.runAsync(() -> {
            List<FieldViolation> found = new ArrayList<>();
            Map<Long, Part> batch = new HashMap<>();
            for (Activity line : lines) {
                Inventory inventory = inventories.get(line.inventoryId());
                Part part = batch.computeIfAbsent(line.inventoryId(), k -> new Part(keep));
                guarded(found, () -> calculator.ofActivity(inventory, line)).forEach(part::add);
                if (inventory.supplierId() == null) {
                    guarded(found, () -> calculator.upstreamOf(inventory, line)).forEach(part::add);
                }
            }
            problems.addAll(found);
            synchronized (parts) {
                batch.forEach((inventoryId, part) -> parts.computeIfAbsent(inventoryId, k -> new Part(true)).merge(part));
            }
        }, executor);
    }

    private static List<Purchase> readPurchases(Connection connection, int year, Map<String, Unit> units) throws SQLException {
        List<Purchase> bought = new ArrayList<>();
        try (PreparedStatement purchases = connection.prepareStatement("SELECT p.id, p.scope3_category, p.supplier_id, s.country, p.item_code,"
                + " p.spend_amount, p.spend_currency, p.quantity, p.unit, p.material_activity, p.spend_sector, p.allocation_basis"
                + " FROM purchase_line p LEFT JOIN supplier s ON s.id = p.supplier_id WHERE p.reporting_year = ?")) {
            purchases.setInt(1, year);
            purchases.setFetchSize(5000);
            try (ResultSet r = purchases.executeQuery()) {
                while (r.next()) {
                    bought.add(new Purchase(r.getLong(1), year, r.getInt(2), r.getObject(3) == null ? null : r.getLong(3), strip(r.getString(4)),
                            r.getString(5), r.getBigDecimal(6), strip(r.getString(7)), r.getBigDecimal(8), r.getString(9) == null ? null
                            : units.computeIfAbsent(r.getString(9), u -> Unit.parse(u).orElseThrow()), r.getString(10), r.getString(11),
                            AllocationBasis.valueOf(r.getString(12))));
                }
            }
        }
        return bought;
    }

    /** Purchases calculated on the executor, per supplier (few enough to keep their figures). */
    private static CompletableFuture<Map<Long, Part>> calculatePurchases(List<Purchase> bought, EmissionCalculator calculator,
                                                                        Map<Long, List<Footprint>> footprints, Map<Long, SupplierTotals> totals,
                                                                        Executor executor, List<FieldViolation> problems) {
        return CompletableFuture.supplyAsync(() -> {
            Map<Long, Part> parts = new LinkedHashMap<>();
            for (Purchase p : bought) {
                try {
                    parts.computeIfAbsent(p.supplierId() == null ? NO_SUPPLIER : p.supplierId(), k -> new Part(true)).add(calculator.ofPurchase(p,
                            p.supplierId() == null ? List.of() : footprints.getOrDefault(p.supplierId(), List.of()),
                            p.supplierId() == null ? null : totals.get(p.supplierId())));
                } catch (InvalidInputException e) {
                    synchronized (problems) {
                        problems.addAll(e.violations());
                    }
                }
            }
            return parts;
        }, executor);
    }

    /** The key of purchases that name no supplier. */
    private static final Long NO_SUPPLIER = -1L;

    static String inventoryGroup(long inventoryId) {
        return "inventory:" + inventoryId;
    }

    static String purchaseGroup(Long supplierId) {
        return "purchases:" + (supplierId == null ? "none" : supplierId);
    }

    /** A well-mixed 64-bit hash of what a figure says (not of its formula, which follows from it). */
    static long hash(EmissionFigure f) {
        long h = 17;
        h = h * 31 + f.perspective().ordinal();
        h = h * 31 + f.scope();
        h = h * 31 + java.util.Objects.hashCode(f.scope2Basis());
        h = h * 31 + java.util.Objects.hashCode(f.scope3Category());
        h = h * 31 + java.util.Objects.hashCode(f.supplierId());
        h = h * 31 + java.util.Objects.hashCode(f.activityLineId());
        h = h * 31 + java.util.Objects.hashCode(f.purchaseLineId());
        h = h * 31 + java.util.Objects.hashCode(f.inventoryId());
        h = h * 31 + f.method().ordinal();
        h = h * 31 + f.methodReason().hashCode();
        h = h * 31 + java.util.Objects.hashCode(f.factorId());
        h = h * 31 + f.kgCo2e().hashCode();
        h = h * 31 + java.util.Objects.hashCode(f.allocationShare());
        h = h * 31 + java.util.Objects.hashCode(f.quantity());
        h = h * 31 + java.util.Objects.hashCode(f.unit());
        h = h * 31 + java.util.Objects.hashCode(f.factorPerUnit());
        h = h * 31 + f.quality().hashCode();
        return fmix(h);
    }

    /** MurmurHash3's 64-bit finaliser: spreads every input bit over the whole word. */
    private static long fmix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return k;
    }

    private static Map<String, Long> digests(Connection c, int year) throws SQLException {
        Map<String, Long> map = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT group_key, digest FROM emission_group_digest WHERE reporting_year = ?")) {
            s.setInt(1, year);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    map.put(r.getString(1), r.getLong(2));
                }
            }
        }
        return map;
    }

    private static void writeDigests(Connection c, int year, long runId, List<String> changed, List<String> gone, Map<String, Long> digests,
                                     Map<String, Group> groups) throws SQLException {
        try (PreparedStatement upsert = c.prepareStatement("INSERT INTO emission_group_digest (reporting_year, group_key, digest, figure_count, run_id)"
                + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (reporting_year, group_key) DO UPDATE SET digest = EXCLUDED.digest,"
                + " figure_count = EXCLUDED.figure_count, run_id = EXCLUDED.run_id")) {
            for (String key : changed) {
                upsert.setInt(1, year);
                upsert.setString(2, key);
                upsert.setLong(3, digests.get(key));
                upsert.setInt(4, groups.get(key).part().count);
                upsert.setLong(5, runId);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
        if (!gone.isEmpty()) {
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM emission_group_digest WHERE reporting_year = ? AND group_key = ANY (?)")) {
                delete.setInt(1, year);
                delete.setArray(2, c.createArrayOf("varchar", gone.toArray()));
                delete.executeUpdate();
            }
        }
    }

    /** The figures a run's total adds: everything the reporting company reports, Scope 2 market-based only. */
    static boolean counted(EmissionFigure f) {
        return f.perspective() == EmissionFigure.Perspective.BUYER && !"LOCATION".equals(f.scope2Basis());
    }

    // ---- reading the library ----------------------------------------------------------------------------------------

    /** Every factor's current version, indexed, under the reporting GWP set. */
    public static FactorSnapshot snapshot(Connection c) throws SQLException {
        List<EmissionFactor> current = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT " + FactorLibrary.COLUMNS + FactorLibrary.FROM + " WHERE" + FactorLibrary.CURRENT);
             ResultSet r = s.executeQuery()) {
            while (r.next()) {
                Object[] row = new Object[27];
                for (int i = 0; i < row.length; i++) {
                    row[i] = r.getObject(i + 1);
                }
                current.add(FactorLibrary.factor(row));
            }
        }
        List<String[]> pairs = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("SELECT activity, upstream_activity FROM factor_upstream"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                pairs.add(new String[] {r.getString(1), r.getString(2)});
            }
        }
        Map<String, Map<String, BigDecimal>> values = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT gwp_set, gas, gwp100 FROM gwp_value"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                values.computeIfAbsent(r.getString(1), k -> new HashMap<>()).put(r.getString(2), r.getBigDecimal(3).stripTrailingZeros());
            }
        }
        List<GwpSet> sets = new ArrayList<>();
        String reporting = null;
        try (PreparedStatement s = c.prepareStatement("SELECT code, name, source, reporting FROM gwp_set ORDER BY code"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                sets.add(new GwpSet(r.getString(1), r.getString(2), r.getString(3), r.getBoolean(4), values.getOrDefault(r.getString(1), Map.of())));
                if (r.getBoolean(4)) {
                    reporting = r.getString(1);
                }
            }
        }
        return new FactorSnapshot(current, FactorSnapshot.pairs(pairs), sets, reporting == null ? "AR6" : reporting);
    }

    /** The annual exchange rates and the US CPI-U that spend-based figures need. */
    public static MoneyConversion moneyConversion(Connection c) throws SQLException {
        Map<String, BigDecimal> rates = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT currency, year, units_per_usd FROM exchange_rate_annual"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rates.put(MoneyConversion.rateKey(r.getString(1).strip(), r.getInt(2)), r.getBigDecimal(3));
            }
        }
        Map<Integer, BigDecimal> cpi = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT year, value FROM price_index WHERE index_code = 'US-CPI-U'"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                cpi.put(r.getInt(1), r.getBigDecimal(2));
            }
        }
        return new MoneyConversion(rates, cpi);
    }

    // ---- reading the year's data --------------------------------------------------------------------------------

    private interface Calculation {
        List<EmissionFigure> get();
    }

    private static List<EmissionFigure> guarded(List<FieldViolation> problems, Calculation calculation) {
        try {
            return calculation.get();
        } catch (InvalidInputException e) {
            if (problems.size() <= MAX_PROBLEMS) {
                problems.addAll(e.violations());
            }
            return List.of();
        }
    }

    private static Map<Long, Inventory> inventories(Connection c, int year) throws SQLException {
        Map<Long, Inventory> map = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT i.id, i.supplier_id, i.basis, i.verified_scope1_t, i.verified_scope2_location_t,"
                + " i.verified_scope2_market_t, i.verifier, i.revenue_amount, i.revenue_currency, i.production_tonnes, s.country"
                + " FROM emission_inventory i LEFT JOIN supplier s ON s.id = i.supplier_id WHERE i.reporting_year = ? AND i.status = 'SUBMITTED'")) {
            s.setInt(1, year);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    map.put(r.getLong(1), new Inventory(r.getLong(1), r.getObject(2) == null ? null : r.getLong(2), year,
                            "VERIFIED_TOTALS".equals(r.getString(3)), r.getBigDecimal(4), r.getBigDecimal(5), r.getBigDecimal(6), r.getString(7),
                            r.getBigDecimal(8), strip(r.getString(9)), r.getBigDecimal(10), strip(r.getString(11))));
                }
            }
        }
        return map;
    }

    private static Map<Long, List<Footprint>> footprints(Connection c) throws SQLException {
        Map<Long, List<Footprint>> map = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id, supplier_id, product_code, declared_unit, kg_co2e_per_unit, reference_year,"
                + " verified, standard, study_reference FROM product_footprint"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                map.computeIfAbsent(r.getLong(2), k -> new ArrayList<>()).add(new Footprint(r.getLong(1), r.getLong(2), r.getString(3),
                        Unit.parse(r.getString(4)).orElseThrow(), r.getBigDecimal(5), r.getInt(6), r.getBoolean(7), r.getString(8), r.getString(9)));
            }
        }
        return map;
    }

    // ---- writing ----------------------------------------------------------------------------------------------------

    private static final String RESULT_COLUMNS = "reporting_year, group_key, run_id, perspective, scope, scope2_basis, scope3_category, supplier_id, activity_line_id,"
            + " purchase_line_id, inventory_id, method, method_reason, quantity, unit, factor_id, factor_per_unit, gwp_set, allocation_basis,"
            + " allocation_share, kg_co2e, formula, dq_technology, dq_time, dq_geography, dq_completeness, dq_reliability, primary_data, country";
    private static final int RESULT_PARAMS = 29;

    /** Multi-row inserts of a few hundred figures each: one round trip per batch, whatever the pool's driver settings. */
    private static void insertFigures(Connection c, long runId, int year, String gwp, List<EmissionFigure> figures, List<String> groups)
            throws SQLException {
        String row = "(" + "?,".repeat(RESULT_PARAMS - 1) + "?)";
        String fullSql = null;
        PreparedStatement full = null;
        try {
            for (int start = 0; start < figures.size(); start += ROWS_PER_INSERT) {
                List<EmissionFigure> chunk = figures.subList(start, Math.min(figures.size(), start + ROWS_PER_INSERT));
                boolean isFull = chunk.size() == ROWS_PER_INSERT;
                String sql = "INSERT INTO emission_result (" + RESULT_COLUMNS + ") VALUES " + String.join(",", java.util.Collections.nCopies(chunk.size(), row));
                PreparedStatement insert;
                if (isFull) {
                    if (full == null) {
                        fullSql = sql;
                        full = c.prepareStatement(fullSql);
                    }
                    insert = full;
                } else {
                    insert = c.prepareStatement(sql);
                }
                try {
                    int p = 1;
                    for (int i = 0; i < chunk.size(); i++) {
                        EmissionFigure f = chunk.get(i);
                        insert.setInt(p++, year);
                        insert.setString(p++, groups.get(start + i));
                        insert.setLong(p++, runId);
                        insert.setString(p++, f.perspective().name());
                        insert.setInt(p++, f.scope());
                        insert.setString(p++, f.scope2Basis());
                        setInt(insert, p++, f.scope3Category());
                        setLong(insert, p++, f.supplierId());
                        setLong(insert, p++, f.activityLineId());
                        setLong(insert, p++, f.purchaseLineId());
                        setLong(insert, p++, f.inventoryId());
                        insert.setString(p++, f.method().name());
                        insert.setString(p++, f.methodReason());
                        insert.setBigDecimal(p++, f.quantity());
                        insert.setString(p++, f.unit());
                        setLong(insert, p++, f.factorId());
                        insert.setBigDecimal(p++, f.factorPerUnit());
                        insert.setString(p++, gwp);
                        insert.setString(p++, f.allocationBasis() == null ? null : f.allocationBasis().name());
                        insert.setBigDecimal(p++, f.allocationShare());
                        insert.setBigDecimal(p++, f.kgCo2e());
                        insert.setString(p++, f.formula());
                        insert.setInt(p++, f.quality().technology());
                        insert.setInt(p++, f.quality().time());
                        insert.setInt(p++, f.quality().geography());
                        insert.setInt(p++, f.quality().completeness());
                        insert.setInt(p++, f.quality().reliability());
                        insert.setBoolean(p++, f.method().primaryData());
                        insert.setString(p++, f.country());
                    }
                    insert.executeUpdate();
                } finally {
                    if (!isFull) {
                        insert.close();
                    }
                }
            }
        } finally {
            if (full != null) {
                full.close();
            }
        }
    }

    private static void setLong(PreparedStatement s, int i, Long value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.BIGINT);
        } else {
            s.setLong(i, value);
        }
    }

    private static void setInt(PreparedStatement s, int i, Integer value) throws SQLException {
        if (value == null) {
            s.setNull(i, Types.INTEGER);
        } else {
            s.setInt(i, value);
        }
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
