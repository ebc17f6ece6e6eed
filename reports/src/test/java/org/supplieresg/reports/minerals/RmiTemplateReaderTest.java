package org.supplieresg.reports.minerals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.supplieresg.reports.minerals.RmiTemplateReader.Reading;
import org.supplieresg.reports.minerals.RmiTemplateReader.Smelter;

class RmiTemplateReaderTest {

    private static Reading read(RmiWorkbook workbook) {
        return read(workbook.bytes());
    }

    private static Reading read(byte[] bytes) {
        return RmiTemplateReader.read(new ByteArrayInputStream(bytes));
    }

    private static RmiWorkbook cmrtWithOneSmelter(String revision) {
        return RmiWorkbook.cmrt(revision).listed("Tin", "Yunnan Tin Company Limited", "CHINA", "CID002180", "Gejiu");
    }

    private static void assertRefused(Reading reading, String key, Object... arguments) {
        assertThat(reading.declaration()).isNull();
        assertThat(reading.problems()).containsExactly(new Problem(key, List.of(arguments)));
    }

    @Test
    void readsACmrtWithEveryWayOfNamingASmelter() {
        Reading reading = read(RmiWorkbook.cmrt("6.5").company("Hunan Xinyuan Cathode Materials Co., Ltd.")
                .listed("Tin", "Yunnan Tin Company Limited", "CHINA", "CID002180", "Gejiu")
                .byId("CID002763", "Gold", "8853 S.p.A.", "ITALY")
                .notListed("Tungsten", "Jiangxi Small Tungsten Works", "CHINA")
                .notYetIdentified("Tantalum"));

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.declaration().template()).isEqualTo(RmiTemplate.CMRT);
        assertThat(reading.declaration().revision()).isEqualTo("6.5");
        assertThat(reading.declaration().companyName()).isEqualTo("Hunan Xinyuan Cathode Materials Co., Ltd.");
        assertThat(reading.declaration().smelters())
                .extracting(Smelter::row, Smelter::metal, Smelter::smelterId, Smelter::name, Smelter::country, Smelter::idSource)
                .containsExactly(
                        tuple(5, Metal.TIN, "CID002180", "Yunnan Tin Company Limited", "CHINA", "RMI"),
                        tuple(6, Metal.GOLD, "CID002763", "8853 S.p.A.", "ITALY", "RMI"),
                        tuple(7, Metal.TUNGSTEN, null, "Jiangxi Small Tungsten Works", "CHINA", "Enter smelter details"),
                        tuple(8, Metal.TANTALUM, null, "Smelter not yet identified", null, null));
    }

    @Test
    void readsAnEmrt20WithItsSixMinerals() {
        Reading reading = read(RmiWorkbook.emrt("2.0").company("Hanbit Separator Co., Ltd.")
                .listed("Cobalt", "Zhejiang Huayou Cobalt Co., Ltd.", "CHINA", "CID002315", "Tongxiang")
                .listed("Copper", "Aurubis AG", "GERMANY", "CID004001", "Hamburg")
                .listed("Graphite", "BTR New Material Group Co., Ltd.", "CHINA", "CID004501", "Shenzhen")
                .listed("Lithium", "Albemarle Corporation", "UNITED STATES OF AMERICA", "CID004201", "Kings Mountain")
                .listed("Mica", "Arctic Minerals, LLC", "UNITED STATES OF AMERICA", "CID003592", null)
                .notListed("Nickel", "PT Example Nickel Smelter", "INDONESIA"));

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.declaration().template()).isEqualTo(RmiTemplate.EMRT);
        assertThat(reading.declaration().revision()).isEqualTo("2.0");
        assertThat(reading.declaration().companyName()).isEqualTo("Hanbit Separator Co., Ltd.");
        assertThat(reading.declaration().smelters()).extracting(Smelter::metal)
                .containsExactly(Metal.COBALT, Metal.COPPER, Metal.GRAPHITE, Metal.LITHIUM, Metal.MICA, Metal.NICKEL);
        assertThat(reading.declaration().smelters().get(3).country()).isEqualTo("UNITED STATES OF AMERICA");
    }

    @ParameterizedTest
    @ValueSource(strings = {"6.01", "6.1", "6.22", "6.31", "6.4", "6.5"})
    void readsEveryCheckedCmrtRevision(String revision) {
        Reading reading = read(cmrtWithOneSmelter(revision));

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.declaration().revision()).isEqualTo(revision);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.1", "1.11", "1.2", "1.3", "2.0", "2.1"})
    void readsEveryCheckedEmrtRevision(String revision) {
        Reading reading = read(RmiWorkbook.emrt(revision).listed("Cobalt", "Umicore", "BELGIUM", "CID002320", "Olen"));

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.declaration().smelters()).extracting(Smelter::smelterId).containsExactly("CID002320");
    }

    @Test
    void readsAFileSavedWithChineseChosenAsItsLanguage() {
        Reading cmrt = read(RmiWorkbook.cmrt("6.5").inChinese().company("湖南新源正极材料有限公司")
                .listed("Gold", "8853 S.p.A.", "ITALY", "CID002763", "Pero"));
        Reading emrt = read(RmiWorkbook.emrt("1.3").inChinese().listed("Cobalt", "Umicore", "BELGIUM", "CID002320", "Olen"));

        assertThat(cmrt.problems()).isEmpty();
        assertThat(cmrt.declaration().companyName()).isEqualTo("湖南新源正极材料有限公司");
        assertThat(cmrt.declaration().smelters()).extracting(Smelter::smelterId).containsExactly("CID002763");
        assertThat(emrt.problems()).as("EMRT 1.x titles its metal column 金属 l (*)").isEmpty();
        assertThat(emrt.declaration().smelters()).extracting(Smelter::country).containsExactly("BELGIUM");
    }

    @Test
    void findsTheColumnTitlesBelowRowsTheSupplierInserted() {
        Reading reading = read(cmrtWithOneSmelter("6.4").rowsInsertedAboveHeader(3));

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.declaration().smelters()).extracting(Smelter::row).containsExactly(8);
    }

    @Test
    void readsAnExcel97Workbook() {
        Reading reading = read(cmrtWithOneSmelter("6.22").asXls());

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.declaration().smelters()).extracting(Smelter::smelterId).containsExactly("CID002180");
    }

    @Test
    void refusesARevisionOutsideTheCheckedRange() {
        assertRefused(read(cmrtWithOneSmelter("5.12")), "minerals.file.revision", "CMRT", "5.12", "6.01", "6.5");
        assertRefused(read(RmiWorkbook.emrt("3.0").listed("Cobalt", "Umicore", "BELGIUM", "CID002320", "Olen")),
                "minerals.file.revision", "EMRT", "3.0", "1.1", "2.1");
    }

    @Test
    void refusesAWorkbookWithoutTheSmelterList() {
        assertRefused(read(cmrtWithOneSmelter("6.5").withoutSheet("Smelter List")), "minerals.file.sheetMissing", "Smelter List");
        assertRefused(read(cmrtWithOneSmelter("6.5").withoutSheet("Declaration")), "minerals.file.sheetMissing", "Declaration");
    }

    @Test
    void refusesAMetalTheTemplateDoesNotReportOn() {
        Reading reading = read(RmiWorkbook.cmrt("6.5")
                .listed("Tin", "Yunnan Tin Company Limited", "CHINA", "CID002180", "Gejiu")
                .notListed("Zinc", "Zinc Works", "CHINA"));

        assertRefused(reading, "minerals.row.metal", "6", "Zinc", "CMRT", "6.5", "Tin, Tantalum, Tungsten, Gold");
        assertRefused(read(RmiWorkbook.emrt("1.3").notListed("Lithium", "Lithium Works", "CHILE")),
                "minerals.row.metal", "5", "Lithium", "EMRT", "1.3", "Cobalt, Mica");
    }

    @Test
    void listsEveryWrongRowAtOnce() {
        Reading reading = read(RmiWorkbook.cmrt("6.5")
                .line(new RmiWorkbook.Line(null, null, "Smelter not listed", "No Metal Smelter", "CHINA", null, null, null))
                .line(new RmiWorkbook.Line(null, "Gold", "Smelter not listed", null, null, null, null, null))
                .line(new RmiWorkbook.Line("CID 12", "Tin", null, null, null, null, null, null)));

        assertThat(reading.declaration()).isNull();
        assertThat(reading.problems()).containsExactly(
                new Problem("minerals.row.metalMissing", List.of("5")),
                new Problem("minerals.row.noSmelter", List.of("6")),
                new Problem("minerals.row.smelterId", List.of("7", "CID 12")));
    }

    @Test
    void refusesAFileThatIsNotAnExcelWorkbook() {
        assertRefused(read("%PDF-1.4\n%%EOF\n".getBytes(StandardCharsets.US_ASCII)), "minerals.file.notExcel");
        assertRefused(read("Metal,Smelter Name\nTin,Yunnan Tin\n".getBytes(StandardCharsets.UTF_8)), "minerals.file.notExcel");
        assertRefused(read(new byte[0]), "minerals.file.notExcel");
    }

    @Test
    void refusesAnEmptySmelterList() {
        assertRefused(read(RmiWorkbook.cmrt("6.5")), "minerals.file.noSmelters");
    }

    @Test
    void namesEveryProblemOfTheDeclarationAndTheSmelterListTogether() {
        Reading reading = read(RmiWorkbook.cmrt("6.5").company(""));

        assertThat(reading.problems()).extracting(Problem::messageKey).containsExactly("minerals.file.noCompany", "minerals.file.noSmelters");
    }

    @Test
    void refusesASmelterListWithoutAColumnItNeeds() {
        assertRefused(read(cmrtWithOneSmelter("6.5").withoutColumn(5)), "minerals.file.columnMissing", "Smelter Identification", "4");
        assertRefused(read(cmrtWithOneSmelter("6.5").withoutColumn(1)), "minerals.file.noHeader");
    }

    @Test
    void refusesADeclarationWithoutCompanyName() {
        assertRefused(read(cmrtWithOneSmelter("6.5").company(" ")), "minerals.file.noCompany");
    }

    @Test
    void recognisesOtherTemplatesAndWorkbooksThatAreNoTemplate() {
        assertRefused(read(cmrtWithOneSmelter("2.21").title("Cobalt Reporting Template (CRT)")), "minerals.file.otherTemplate", "CRT");
        assertRefused(read(cmrtWithOneSmelter("6.5").title("Our own supplier survey")), "minerals.file.notRmi");
    }
}
