package org.supplieresg.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reports as background jobs, read back and compared with the database: the disclosure (PDF and Excel) against
 * counts taken here with SQL of our own and the emissions summary of the API; the portfolio workbook against every
 * supplier's stored score; a supplier's scorecard against its stored score. Also: the same report asked twice at once
 * is one job, a cancelled job offers no file, a period without data says so, and bad input gets its message.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsIT {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    private final Http officer = Http.basic("officer", "demo");

    @Test
    void theDisclosureAsPdfAndExcelHoldsWhatTheDatabaseHolds() throws Exception {
        int year = 2025;
        Http.Reply run = officer.post("api/emissions/runs?year=" + year, "{}");
        assertThat(run.status()).as(run.text()).isEqualTo(201);
        LocalDate from = LocalDate.of(2020, 1, 1);
        LocalDate to = LocalDate.now();
        Map<String, Object> ask = Map.of("kind", "DISCLOSURE_XLSX", "from", from.toString(), "to", to.toString(), "year", year, "language", "en");

        JsonNode job = finished(officer.post("api/reports/jobs", ask));
        byte[] xlsx = download(job);
        long newSuppliers = count("SELECT count(*) FROM supplier WHERE created_at >= ? AND created_at < ?", from, to.plusDays(1));
        long onSite = count("SELECT count(*) FROM audit WHERE status = 'COMPLETED' AND completed_at >= ? AND completed_at < ?", from, to.plusDays(1));
        long tier1 = count("SELECT count(*) FROM supplier WHERE chain_tier = 'TIER_1' AND status <> 'INACTIVE' AND created_at < ?", to.plusDays(1));
        JsonNode summary = officer.get("api/emissions/summary?year=" + year).json();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(number(workbook.getSheet("Screening"), "New suppliers in the period")).isEqualByComparingTo(BigDecimal.valueOf(newSuppliers));
            assertThat(number(workbook.getSheet("Audits"), "On-site audits completed")).isEqualByComparingTo(BigDecimal.valueOf(onSite));
            assertThat(number(workbook.getSheet("Audits"), "Tier-1 suppliers")).isEqualByComparingTo(BigDecimal.valueOf(tier1));
            Sheet emissions = workbook.getSheet("Emissions");
            assertThat(number(emissions, "Scope 1")).isEqualByComparingTo(tonnes(summary.get("scope1Kg").decimalValue()));
            assertThat(number(emissions, "Scope 2, market-based")).isEqualByComparingTo(tonnes(summary.get("scope2MarketKg").decimalValue()));
            assertThat(number(emissions, "Scope 3")).isEqualByComparingTo(tonnes(summary.get("scope3Kg").decimalValue()));
            Sheet tiers = workbook.getSheet("Tiers");
            Map<String, Long> suppliersByTier = new HashMap<>();
            try (Connection db = database(); PreparedStatement s = db.prepareStatement("SELECT COALESCE(sc.tier, 'NONE'), count(*) FROM supplier x"
                    + " LEFT JOIN (SELECT DISTINCT ON (supplier_id) supplier_id, tier FROM score ORDER BY supplier_id, computed_at DESC, id DESC) sc"
                    + " ON sc.supplier_id = x.id GROUP BY 1"); ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    suppliersByTier.put(r.getString(1).strip(), r.getLong(2));
                }
            }
            for (String tier : List.of("A", "B", "C", "D")) {
                assertThat(number(tiers, tier)).as("suppliers in tier " + tier).isEqualByComparingTo(BigDecimal.valueOf(suppliersByTier.getOrDefault(tier, 0L)));
            }
        }

        JsonNode pdfJob = finished(officer.post("api/reports/jobs", Map.of("kind", "DISCLOSURE_PDF", "from", from.toString(), "to", to.toString(),
                "year", year, "language", "en")));
        String text = text(download(pdfJob));
        assertThat(text).contains("GRI 308-1", "414-2", "E1-6", "GRI / ESRS content index")
                .contains(String.format("%,.2f", tonnes(summary.get("scope3Kg").decimalValue())));
        String zh = text(download(finished(officer.post("api/reports/jobs", Map.of("kind", "DISCLOSURE_PDF", "from", from.toString(),
                "to", to.toString(), "year", year, "language", "zh")))));
        assertThat(zh).contains("范围");
    }

    /** Supplier 27 (demo 2025 inventory): every answer the best and accepted, except climate yes/no questions and red flag LAB-03. */
    private static final long SCORED = 27;
    private static final java.util.Set<String> ANSWERED_NO = new java.util.TreeSet<>();
    private static boolean scored;

    private synchronized void scoreSupplier27() {
        if (scored) {
            return;
        }
        Map<String, JsonNode> catalogue = AssessmentFixtures.catalogue();
        Map<String, Object> overrides = new HashMap<>();
        catalogue.forEach((code, indicator) -> {
            if ((code.startsWith("CLI-") && indicator.get("answerType").asText().equals("YES_NO")) || code.equals("LAB-03")) {
                overrides.put(code, Map.of("yes", false));
                ANSWERED_NO.add(code);
            }
        });
        long assessment = AssessmentFixtures.launchFor(SCORED, "ReportsIT scorecard");
        Http supplier = Http.basic(AssessmentFixtures.supplierUser(SCORED), AssessmentFixtures.PASSWORD);
        AssessmentFixtures.answerTheRest(supplier, assessment, overrides);
        Http.Reply submitted = supplier.post("api/assessments/" + assessment + "/submit", "{}");
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        Http buyer = Http.basic("buyer", "demo");
        AssessmentFixtures.acceptTheRest(buyer, assessment);
        Http.Reply score = buyer.post("api/assessments/" + assessment + "/score", "{}");
        assertThat(score.status()).as(score.text()).isEqualTo(200);
        assertThat(officer.post("api/emissions/runs?year=2025", "{}").status()).isEqualTo(201);
        scored = true;
    }

    @Test
    void aScorecardShowsTheStoredScoreTheRuleBehindItsTierAndWhatToImprove() throws Exception {
        scoreSupplier27();
        JsonNode stored = officer.get("api/suppliers/" + SCORED + "/score").json();
        assertThat(stored.get("tier").asText()).as("a confirmed red flag sets D").isEqualTo("D");

        String text = text(download(finished(officer.post("api/reports/jobs", Map.of("kind", "SCORECARD", "supplierId", SCORED, "language", "en")))));
        JsonNode supplier = officer.get("api/suppliers/" + SCORED).json();
        assertThat(text).contains(supplier.get("legalName").asText(), stored.get("total").decimalValue().setScale(2, RoundingMode.HALF_UP).toPlainString(),
                "LAB-03");
        for (JsonNode dimension : stored.get("dimensions")) {
            if (dimension.hasNonNull("score")) {
                assertThat(text).as("dimension " + dimension.get("code").asText())
                        .contains(dimension.get("score").decimalValue().setScale(2, RoundingMode.HALF_UP).toPlainString());
            }
        }
        assertThat(text).contains(ANSWERED_NO.iterator().next());

        String zh = text(download(finished(officer.post("api/reports/jobs", Map.of("kind", "SCORECARD", "supplierId", SCORED, "language", "zh")))));
        assertThat(zh).contains("评分卡", stored.get("total").decimalValue().setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    @Test
    void thePortfolioWorkbookHoldsEverySupplierAsStored() throws Exception {
        scoreSupplier27();
        JsonNode job = finished(officer.post("api/reports/jobs", Map.of("kind", "PORTFOLIO", "language", "en")));
        assertThat(job.get("total").asInt()).isEqualTo(job.get("done").asInt()).isEqualTo((int) count("SELECT count(*) FROM supplier"));
        Map<Long, String[]> latest = new HashMap<>();
        try (Connection db = database(); PreparedStatement s = db.prepareStatement("SELECT DISTINCT ON (supplier_id) supplier_id, total, tier"
                + " FROM score ORDER BY supplier_id, computed_at DESC, id DESC"); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                latest.put(r.getLong(1), new String[] {r.getBigDecimal(2).toPlainString(), r.getString(3).strip()});
            }
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(job)))) {
            Sheet tiers = workbook.getSheet("Tiers");
            assertThat(tiers.getLastRowNum()).isEqualTo(count("SELECT count(*) FROM supplier"));
            Map<String, Long> byTier = new HashMap<>();
            for (Row row : tiers) {
                if (row.getRowNum() == 0) {
                    assertThat(row.getCell(7).getStringCellValue()).isEqualTo("Total score");
                    continue;
                }
                long id = (long) row.getCell(0).getNumericCellValue();
                String[] score = latest.get(id);
                Cell total = row.getCell(7);
                if (score == null) {
                    assertThat(total == null || total.getCellType() == CellType.BLANK).as("supplier " + id + " was never scored").isTrue();
                    assertThat(row.getCell(8).getStringCellValue()).isEqualTo("Not scored");
                } else {
                    assertThat(BigDecimal.valueOf(total.getNumericCellValue())).as("total of " + id).isEqualByComparingTo(score[0]);
                    assertThat(row.getCell(8).getStringCellValue()).as("tier of " + id).isEqualTo(score[1]);
                    byTier.merge(score[1], 1L, Long::sum);
                }
            }
            Sheet summary = workbook.getSheet("Summary");
            for (String tier : List.of("A", "B", "C", "D")) {
                assertThat(number(summary, tier)).as("suppliers in tier " + tier + " (a formula)").isEqualByComparingTo(BigDecimal.valueOf(byTier.getOrDefault(tier, 0L)));
            }
            // Indicator points of supplier 27: the maximum where the best answer was given and accepted, 0 where it answered no.
            Map<String, JsonNode> catalogue = AssessmentFixtures.catalogue();
            Sheet indicators = workbook.getSheet("Indicators");
            Row header = indicators.getRow(0);
            Row row27 = null;
            for (Row row : indicators) {
                if (row.getRowNum() > 0 && (long) row.getCell(0).getNumericCellValue() == SCORED) {
                    row27 = row;
                }
            }
            assertThat(row27).isNotNull();
            int checked = 0;
            for (Cell cell : header) {
                JsonNode indicator = catalogue.get(cell.getStringCellValue());
                if (indicator == null || indicator.get("answerType").asText().equals("CALCULATED")) {
                    continue;
                }
                BigDecimal points = BigDecimal.valueOf(row27.getCell(cell.getColumnIndex()).getNumericCellValue());
                BigDecimal expected = ANSWERED_NO.contains(cell.getStringCellValue()) ? BigDecimal.ZERO : indicator.get("maxPoints").decimalValue();
                assertThat(points).as(cell.getStringCellValue()).isEqualByComparingTo(expected);
                checked++;
            }
            assertThat(checked).isGreaterThan(120);
        }
    }

    @Test
    void aPeriodWithoutDataGivesAReportThatSaysSo() throws Exception {
        JsonNode job = finished(officer.post("api/reports/jobs", Map.of("kind", "DISCLOSURE_PDF", "from", "2001-01-01", "to", "2001-12-31",
                "language", "en")));
        assertThat(text(download(job))).contains("No supplier data for this period", "2001-01-01", "2001-12-31");
    }

    @Test
    void theSameReportAskedTwiceAtOnceRunsOnce() throws Exception {
        Map<String, Object> ask = Map.of("kind", "DISCLOSURE_XLSX", "from", "2024-01-01", "to", "2024-06-30", "language", "zh");
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<JsonNode>> asks = List.of(1, 2).stream().map(i -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            Http.Reply reply = Http.basic("officer", "demo").post("api/reports/jobs", ask);
            assertThat(reply.status()).as(reply.text()).isEqualTo(202);
            return reply.json();
        })).toList();
        start.countDown();
        JsonNode first = asks.get(0).join();
        JsonNode second = asks.get(1).join();

        assertThat(first.get("id").asLong()).isEqualTo(second.get("id").asLong());
        assertThat(List.of(first.get("created").asBoolean(), second.get("created").asBoolean())).containsExactlyInAnyOrder(true, false);
        JsonNode done = awaitFinished(first.get("id").asLong());
        assertThat(done.get("status").asText()).isEqualTo("SUCCEEDED");
        assertThat(officer.get("api/reports/jobs?limit=500").json().findValues("parameters").stream()
                .filter(p -> p.asText().equals("from=2024-01-01;to=2024-06-30;year=2024")).count()).isEqualTo(1);
    }

    @Test
    void aCancelledJobKeepsNoFileAndCanRunAgain() throws Exception {
        // A small portfolio can finish before the cancel arrives; then another year is asked for, until one is caught.
        long caught = 0;
        for (int year = 2015; year < 2025 && caught == 0; year++) {
            Http.Reply asked = officer.post("api/reports/jobs", Map.of("kind", "PORTFOLIO", "year", year, "language", "zh"));
            assertThat(asked.status()).as(asked.text()).isEqualTo(202);
            Http.Reply cancelled = officer.post("api/reports/jobs/" + asked.json().get("id").asLong() + "/cancel", "{}");
            if (cancelled.status() == 200) {
                caught = asked.json().get("id").asLong();
            } else {
                assertThat(cancelled.text()).contains("only a queued or running job can be cancelled");
            }
        }
        assertThat(caught).as("a job caught before it finished").isPositive();
        long id = caught;

        JsonNode job = awaitFinished(id);
        assertThat(job.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(job.hasNonNull("sha256")).as("no checksum without a file").isFalse();
        Http.Reply file = officer.get("api/reports/jobs/" + id + "/file");
        assertThat(file.status()).isEqualTo(400);
        assertThat(file.text()).contains("only a succeeded job has a file");
        try (var files = Files.list(Path.of(System.getProperty("it.reports.dir"), "files"))) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(id + "-"));
        }
        try (var parts = Files.list(Path.of(System.getProperty("it.reports.dir"), "tmp"))) {
            assertThat(parts.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith(id + "-"));
        }
        Http.Reply again = officer.post("api/reports/jobs/" + id + "/rerun", "{}");
        assertThat(again.status()).as(again.text()).isEqualTo(202);
        JsonNode rerun = finished(again);
        assertThat(rerun.get("rerunOf").asLong()).isEqualTo(id);
        assertThat(rerun.get("status").asText()).isEqualTo("SUCCEEDED");
    }

    @Test
    void aJobInterruptedByAServerStopIsMarkedFailedAtStartAndRunsAgain() throws Exception {
        // TestDatabase left job 999 RUNNING on this server and a half-written file, as a kill -9 would, before Payara started.
        JsonNode job = officer.get("api/reports/jobs/" + TestDatabase.INTERRUPTED_JOB).json();
        assertThat(job.get("status").asText()).isEqualTo("FAILED");
        assertThat(job.get("error").asText()).contains("interrupted: the server stopped before the report was finished");
        assertThat(job.hasNonNull("sha256")).isFalse();
        assertThat(Path.of(System.getProperty("it.reports.dir"), "tmp", TestDatabase.INTERRUPTED_JOB + "-killed.part")).doesNotExist();
        assertThat(officer.get("api/reports/jobs/" + TestDatabase.INTERRUPTED_JOB + "/file").status()).isEqualTo(400);

        JsonNode rerun = finished(officer.post("api/reports/jobs/" + TestDatabase.INTERRUPTED_JOB + "/rerun", "{}"));
        assertThat(rerun.get("rerunOf").asLong()).isEqualTo(TestDatabase.INTERRUPTED_JOB);
        assertThat(rerun.get("parameters").asText()).isEqualTo("year=2023");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(rerun)))) {
            assertThat(workbook.getSheet("Tiers").getLastRowNum()).isEqualTo(count("SELECT count(*) FROM supplier"));
        }
    }

    @Test
    void badInputIsRefusedWithItsReason() throws Exception {
        Http.Reply backwards = officer.post("api/reports/jobs", Map.of("kind", "DISCLOSURE_PDF", "from", "2025-12-31", "to", "2025-01-01"));
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.text()).contains("ends (2025-01-01) before it starts (2025-12-31)");
        Http.Reply notADate = officer.post("api/reports/jobs", Map.of("kind", "DISCLOSURE_PDF", "from", "31/12/2025", "to", "2025-01-01"));
        assertThat(notADate.status()).isEqualTo(400);
        assertThat(notADate.text()).contains("yyyy-MM-dd");
        Http.Reply french = officer.post("api/reports/jobs", Map.of("kind", "PORTFOLIO", "language", "fr"));
        assertThat(french.status()).isEqualTo(400);
        assertThat(french.text()).contains("not \\\"fr\\\"");
        Http.Reply unknown = officer.post("api/reports/jobs", Map.of("kind", "SCORECARD", "supplierId", 987654321));
        assertThat(unknown.status()).isEqualTo(404);
        long neverScored = count("SELECT min(id) FROM supplier s WHERE NOT EXISTS (SELECT 1 FROM score WHERE supplier_id = s.id)");
        Http.Reply notScored = officer.post("api/reports/jobs", Map.of("kind", "SCORECARD", "supplierId", neverScored));
        assertThat(notScored.status()).isEqualTo(400);
        assertThat(notScored.text()).contains("has never been scored");
        Http.Reply supplier = Http.basic("supplier", "demo").post("api/reports/jobs", Map.of("kind", "PORTFOLIO"));
        assertThat(supplier.status()).isEqualTo(403);
        assertThat(Http.basic("supplier", "demo").get("api/reports/jobs").status()).isEqualTo(403);
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    /** Waits for the job a request created (or joined) to finish, and returns it; fails unless it succeeded. */
    private JsonNode finished(Http.Reply asked) {
        assertThat(asked.status()).as(asked.text()).isIn(200, 202);
        JsonNode job = awaitFinished(asked.json().get("id").asLong());
        assertThat(job.get("status").asText()).as(job.toString()).isEqualTo("SUCCEEDED");
        return job;
    }

    private JsonNode awaitFinished(long id) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            JsonNode job = officer.get("api/reports/jobs/" + id).json();
            String status = job.get("status").asText();
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                return job;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("job " + id + " did not finish: " + job);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Downloads a job's file and checks it against the checksum and size in the history. */
    private byte[] download(JsonNode job) throws Exception {
        byte[] bytes = officer.getBytes("api/reports/jobs/" + job.get("id").asLong() + "/file");
        assertThat(bytes.length).isEqualTo(job.get("fileSize").asLong());
        assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))).isEqualTo(job.get("sha256").asText());
        return bytes;
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    /** The number beside a label: the first numeric cell of the first row whose first cell is the label. */
    static BigDecimal number(Sheet sheet, String label) {
        assertThat(sheet).as("sheet").isNotNull();
        XSSFFormulaEvaluator evaluator = new XSSFFormulaEvaluator((XSSFWorkbook) sheet.getWorkbook());
        for (Row row : sheet) {
            Cell first = row.getCell(0);
            if (first != null && first.getCellType() == CellType.STRING && first.getStringCellValue().strip().equals(label)) {
                for (Cell cell : row) {
                    if (cell.getColumnIndex() > 0 && (cell.getCellType() == CellType.NUMERIC || cell.getCellType() == CellType.FORMULA)) {
                        return BigDecimal.valueOf(evaluator.evaluate(cell).getNumberValue());
                    }
                }
            }
        }
        throw new AssertionError("no row \"" + label + "\" with a number in sheet " + sheet.getSheetName());
    }

    static BigDecimal tonnes(BigDecimal kg) {
        return kg.movePointLeft(3).setScale(2, RoundingMode.HALF_UP);
    }

    static Connection database() throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + System.getProperty("it.db.port") + "/esg", "esg", "esg");
    }

    static long count(String sql, Object... parameters) throws SQLException {
        try (Connection db = database(); PreparedStatement s = db.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                Object p = parameters[i];
                s.setObject(i + 1, p instanceof LocalDate d ? d.atStartOfDay().atOffset(java.time.ZoneOffset.UTC) : p);
            }
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
