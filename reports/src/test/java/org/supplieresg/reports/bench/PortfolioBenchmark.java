package org.supplieresg.reports.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.supplieresg.reports.Portfolio;
import org.supplieresg.reports.PortfolioWorkbook;

/**
 * The portfolio workbook benchmark (issue 8, point 6): {@link PortfolioWorkbook} against fastexcel 0.19.0 writing the
 * same cells ({@link FastexcelPortfolioWorkbook}), for 10,000 suppliers of 135 indicators, 8 dimensions and 5 Scope 3
 * methods, generated one at a time as each writer asks for them, the same way for both. Before timing, both write 200
 * suppliers and are read back to check they hold the same cells. Then three warm-up rounds each, and rounds alternating
 * which writer goes first; the output is counted and thrown away (the file a user downloads is streamed too). Prints
 * the median of each, their ratio (target: PortfolioWorkbook at most 1.5 times fastexcel), and for one more run of
 * each the peak heap (sum of the heap pools' peaks after a collection and a reset, and the old generation's alone) and
 * the bytes allocated. Both zip at the same deflate level, {@link PortfolioWorkbook#COMPRESSION_LEVEL}.
 * <p>
 * Not a test. Run it in a JVM limited to 256 MB of heap, as the exec execution does:
 * {@code mvn -q -o -pl reports test-compile exec:exec@portfolio-benchmark}. Directly:
 * {@code java -Xmx256m -cp <test classpath> org.supplieresg.reports.bench.PortfolioBenchmark [suppliers [rounds]]}.
 * It also leaves the two workbooks of the last run in {@code target/bench-portfolio-*.xlsx} to open by hand.
 */
public final class PortfolioBenchmark {

    static final int SUPPLIERS = 10_000;
    static final int INDICATORS = 135;
    static final int DIMENSIONS = 8;
    static final List<String> METHODS = List.of("SUPPLIER_SPECIFIC", "HYBRID", "AVERAGE_DATA", "SPEND_BASED", "DISTANCE_BASED");
    private static final int ROUNDS = 9;
    private static final int WARM_UP = 3;
    private static final int CHECKED_SUPPLIERS = 200;
    private static final long SEED = 20_261_127L;
    /** Where the generation-only loop leaves its result, so that the JIT cannot drop the loop. */
    static volatile long sinkhole;

    private PortfolioBenchmark() {
    }

    interface Writer {
        void write(Portfolio layout, Iterator<Portfolio.Row> rows, OutputStream out) throws IOException;
    }

    static final Writer POI = (layout, rows, out) -> PortfolioWorkbook.write(layout, rows, Locale.ENGLISH, out);
    static final Writer FASTEXCEL = (layout, rows, out) -> FastexcelPortfolioWorkbook.write(layout, rows, Locale.ENGLISH, out,
            PortfolioWorkbook.COMPRESSION_LEVEL);

    public static void main(String[] args) throws Exception {
        int suppliers = args.length > 0 ? Integer.parseInt(args[0]) : SUPPLIERS;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : ROUNDS;
        Portfolio layout = layout();
        System.out.printf("Java %s, %d processors, max heap %d MB; %,d suppliers x %d indicators, %d dimensions, %d methods;"
                        + " deflate level %d%n", Runtime.version(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20, suppliers, INDICATORS, DIMENSIONS, METHODS.size(),
                PortfolioWorkbook.COMPRESSION_LEVEL);

        List<String> differences = differences(layout);
        if (!differences.isEmpty()) {
            System.out.println("The two writers do not write the same cells:");
            differences.stream().limit(30).forEach(difference -> System.out.println("  " + difference));
            System.exit(1);
        }
        System.out.printf("same cells: checked every cell, number format, font, width, frozen pane and filter of %d suppliers%n",
                CHECKED_SUPPLIERS);

        long[] generation = new long[5];
        for (int i = 0; i < generation.length; i++) {
            long start = System.nanoTime();
            Suppliers rows = new Suppliers(layout, suppliers);
            long checksum = 0;
            while (rows.hasNext()) {
                checksum += rows.next().supplierId();
            }
            generation[i] = System.nanoTime() - start;
            sinkhole = checksum;
        }
        System.out.printf("generating the rows alone (included in both times below): %.0f ms%n", median(generation) / 1e6);

        Counting sink = new Counting();
        for (int i = 0; i < WARM_UP; i++) {
            time(POI, layout, suppliers, sink);
            time(FASTEXCEL, layout, suppliers, sink);
        }
        long[] poi = new long[rounds];
        long[] fastexcel = new long[rounds];
        long poiBytes = 0;
        long fastexcelBytes = 0;
        for (int i = 0; i < rounds; i++) {
            if (i % 2 == 0) {
                poi[i] = time(POI, layout, suppliers, sink);
                poiBytes = sink.count;
                fastexcel[i] = time(FASTEXCEL, layout, suppliers, sink);
                fastexcelBytes = sink.count;
            } else {
                fastexcel[i] = time(FASTEXCEL, layout, suppliers, sink);
                fastexcelBytes = sink.count;
                poi[i] = time(POI, layout, suppliers, sink);
                poiBytes = sink.count;
            }
        }
        System.out.printf("PortfolioWorkbook (POI SXSSF): median %5.0f ms (min %.0f, max %.0f), %,d bytes%n",
                median(poi) / 1e6, min(poi) / 1e6, max(poi) / 1e6, poiBytes);
        System.out.printf("fastexcel:                     median %5.0f ms (min %.0f, max %.0f), %,d bytes%n",
                median(fastexcel) / 1e6, min(fastexcel) / 1e6, max(fastexcel) / 1e6, fastexcelBytes);
        System.out.printf("ratio PortfolioWorkbook / fastexcel: %.2f (target <= 1.5), over %d alternating rounds%n",
                median(poi) / median(fastexcel), rounds);

        for (Writer writer : List.of(POI, FASTEXCEL)) {
            Path file = Path.of("target", writer == POI ? "bench-portfolio-poi.xlsx" : "bench-portfolio-fastexcel.xlsx");
            Memory memory = memory(writer, layout, suppliers, file);
            System.out.printf("%-30s peak heap %4d MB (old generation %3d MB), %,5d MB allocated%n",
                    (writer == POI ? "PortfolioWorkbook (POI SXSSF):" : "fastexcel:"), memory.peakHeap() >> 20,
                    memory.peakOld() >> 20, memory.allocated() >> 20);
        }
    }

    static long time(Writer writer, Portfolio layout, int suppliers, Counting sink) throws IOException {
        sink.count = 0;
        long start = System.nanoTime();
        writer.write(layout, new Suppliers(layout, suppliers), sink);
        return System.nanoTime() - start;
    }

    record Memory(long peakHeap, long peakOld, long allocated) {
    }

    /** One more run into a file, with the heap pools' peaks reset after a collection. */
    static Memory memory(Writer writer, Portfolio layout, int suppliers, Path file) throws IOException {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        System.gc();
        System.gc();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            writer.write(layout, new Suppliers(layout, suppliers), out);
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        long peak = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        long old = heap.stream().filter(pool -> pool.getName().contains("Old") || pool.getName().contains("Tenured"))
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        return new Memory(peak, old, allocated);
    }

    static Portfolio layout() {
        List<Portfolio.Column> dimensions = IntStream.range(0, DIMENSIONS)
                .mapToObj(d -> new Portfolio.Column("D" + (d + 1), "Dimension " + (d + 1), null, BigDecimal.valueOf(12.5)))
                .toList();
        List<Portfolio.Column> indicators = IntStream.range(0, INDICATORS)
                .mapToObj(i -> new Portfolio.Column(String.format("D%d-%02d", i % DIMENSIONS + 1, i / DIMENSIONS + 1),
                        "Indicator " + (i + 1), "D" + (i % DIMENSIONS + 1), BigDecimal.TEN))
                .toList();
        return new Portfolio("Supplier portfolio (benchmark)", Instant.parse("2026-11-27T08:00:00Z"), "benchmark", 4, 3,
                dimensions, indicators, 2025, METHODS);
    }

    /** Deterministic suppliers, each made when asked for from its own seed, so every run writes the same rows. */
    static final class Suppliers implements Iterator<Portfolio.Row> {
        private static final String[] COUNTRIES = {"CN", "CN", "CN", "VN", "ID", "CD", "CL", "AU", "DE", "MX"};
        private static final String[] CATEGORIES = {"Cathode materials", "Anode materials", "Electrolyte", "Separators",
                "Cobalt", "Nickel", "Lithium carbonate", "Copper foil", "Aluminium housings", "Battery cells", "Logistics",
                "Packaging"};
        private static final String[] TIERS = {"A", "B", "B", "C", "C", "D"};
        private static final String[] SOURCING = {"PREFERRED", "APPROVED", "CONDITIONAL", "BLOCKED"};
        private static final String[] CURRENCIES = {"CNY", "USD", "EUR"};
        private static final double[] TO_USD = {0.1389, 1, 1.0833};
        private final int count;
        private final int indicators;
        private final int dimensions;
        private final int methods;
        private int next;

        Suppliers(Portfolio layout, int count) {
            this.count = count;
            this.indicators = layout.indicators().size();
            this.dimensions = layout.dimensions().size();
            this.methods = layout.scope3Methods().size();
        }

        @Override
        public boolean hasNext() {
            return next < count;
        }

        @Override
        public Portfolio.Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            int i = next++;
            SplittableRandom random = new SplittableRandom(SEED + i);
            boolean scored = random.nextInt(10) != 0;
            BigDecimal[] points = new BigDecimal[indicators];
            for (int j = 0; j < indicators; j++) {
                points[j] = !scored || random.nextInt(16) == 0 ? null : BigDecimal.valueOf(random.nextInt(0, 1_001), 2);
            }
            BigDecimal[] scores = new BigDecimal[dimensions];
            for (int d = 0; d < dimensions; d++) {
                scores[d] = scored ? BigDecimal.valueOf(random.nextInt(0, 10_001), 2) : null;
            }
            BigDecimal[] kg = new BigDecimal[methods];
            for (int m = 0; m < methods; m++) {
                kg[m] = random.nextInt(5) < 2 ? BigDecimal.valueOf(random.nextLong(0, 500_000_000L), 1) : null;
            }
            int tierIndex = random.nextInt(TIERS.length);
            String tier = scored ? TIERS[tierIndex] : null;
            int currency = random.nextInt(CURRENCIES.length);
            long spendCents = random.nextLong(0, 50_000_000_000L);
            BigDecimal spend = BigDecimal.valueOf(spendCents, 2);
            BigDecimal spendUsd = BigDecimal.valueOf(Math.round(spendCents * TO_USD[currency]), 2);
            int audits = random.nextInt(4);
            return new Portfolio.Row(1_000_000L + i, String.format("Supplier %05d Industrial Co., Ltd.", i),
                    i % 5 < 3 ? "供应商" + i + "工业有限公司" : null, COUNTRIES[random.nextInt(COUNTRIES.length)],
                    CATEGORIES[random.nextInt(CATEGORIES.length)], i % 4 == 0 ? "TIER_2" : "TIER_1",
                    i % 50 == 0 ? "ONBOARDING" : "ACTIVE", scored ? BigDecimal.valueOf(random.nextInt(0, 10_001), 2) : null,
                    tier, scored ? SOURCING["ABCD".indexOf(tier)] : null,
                    scored && "C".equals(tier) && random.nextBoolean() ? "Major finding open: tier capped at C" : null,
                    scores, points, spend, CURRENCIES[currency], spendUsd, kg, audits,
                    audits == 0 ? null : LocalDate.of(2023, 1, 1).plusDays(random.nextInt(1_000)), random.nextInt(5),
                    random.nextInt(4), random.nextInt(2));
        }
    }

    /** Where the two writers' workbooks of a few suppliers differ, read back with POI; empty when they hold the same cells. */
    static List<String> differences(Portfolio layout) throws IOException {
        ByteArrayOutputStream poi = new ByteArrayOutputStream();
        POI.write(layout, new Suppliers(layout, CHECKED_SUPPLIERS), poi);
        ByteArrayOutputStream fastexcel = new ByteArrayOutputStream();
        FASTEXCEL.write(layout, new Suppliers(layout, CHECKED_SUPPLIERS), fastexcel);
        List<String> differences = new ArrayList<>();
        try (XSSFWorkbook a = new XSSFWorkbook(new ByteArrayInputStream(poi.toByteArray()));
             XSSFWorkbook b = new XSSFWorkbook(new ByteArrayInputStream(fastexcel.toByteArray()))) {
            if (a.getNumberOfSheets() != b.getNumberOfSheets()) {
                differences.add("sheets: " + a.getNumberOfSheets() + " and " + b.getNumberOfSheets());
                return differences;
            }
            for (int s = 0; s < a.getNumberOfSheets(); s++) {
                XSSFSheet x = a.getSheetAt(s);
                XSSFSheet y = b.getSheetAt(s);
                String name = x.getSheetName();
                compare(differences, name + " name", name, y.getSheetName());
                compare(differences, name + " frozen pane", pane(x.getPaneInformation()), pane(y.getPaneInformation()));
                compare(differences, name + " filter", filter(x), filter(y));
                int rows = Math.max(x.getLastRowNum(), y.getLastRowNum());
                int columns = 0;
                for (int r = 0; r <= rows; r++) {
                    Row rx = x.getRow(r);
                    Row ry = y.getRow(r);
                    int cells = Math.max(rx == null ? 0 : rx.getLastCellNum(), ry == null ? 0 : ry.getLastCellNum());
                    columns = Math.max(columns, cells);
                    for (int c = 0; c < cells; c++) {
                        compare(differences, name + "!" + new CellReference(r, c).formatAsString(),
                                describe(rx == null ? null : rx.getCell(c), a), describe(ry == null ? null : ry.getCell(c), b));
                    }
                }
                for (int c = 0; c < columns; c++) {
                    compare(differences, name + " width of column " + c, x.getColumnWidth(c), y.getColumnWidth(c));
                }
            }
        }
        return differences;
    }

    private static void compare(List<String> differences, String what, Object poi, Object fastexcel) {
        if (!Objects.equals(poi, fastexcel)) {
            differences.add(what + ": PortfolioWorkbook " + poi + ", fastexcel " + fastexcel);
        }
    }

    private static String pane(PaneInformation pane) {
        return pane == null ? "none" : pane.isFreezePane() + " " + pane.getVerticalSplitPosition() + "," + pane.getHorizontalSplitPosition();
    }

    private static String filter(XSSFSheet sheet) {
        return sheet.getCTWorksheet().isSetAutoFilter() ? sheet.getCTWorksheet().getAutoFilter().getRef() : "none";
    }

    /** A cell as the comparison sees it: content (a formula's text, not its stored value) and visible formatting. */
    private static String describe(Cell cell, XSSFWorkbook workbook) {
        if (cell == null) {
            return "absent";
        }
        String content = switch (cell.getCellType()) {
            case FORMULA -> "=" + cell.getCellFormula();
            case NUMERIC -> "number " + cell.getNumericCellValue();
            case STRING -> "text " + cell.getStringCellValue();
            case BLANK -> "blank";
            default -> cell.getCellType().toString();
        };
        CellStyle style = cell.getCellStyle();
        Font font = workbook.getFontAt(style.getFontIndex());
        return content + " [" + style.getDataFormatString() + (font.getBold() ? ", bold" : "") + ", " + font.getFontHeightInPoints()
                + "pt" + (style.getWrapText() ? ", wrapped" : "") + ", fill " + style.getFillPattern() + "]";
    }

    static double median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0;
    }

    private static long min(long[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static long max(long[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    /** Counts what is written and keeps none of it. */
    static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
