package org.supplieresg.reports.minerals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.supplieresg.reports.minerals.ConformantListReader.Entry;
import org.supplieresg.reports.minerals.ConformantListReader.Reading;
import org.supplieresg.reports.minerals.ConformantListReader.Status;

class ConformantListReaderTest {

    private static Reading csv(String text) {
        return ConformantListReader.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "rmap-conformant.csv");
    }

    @Test
    void readsTheRmapListAsCsvWithItsStatuses() {
        Reading reading = csv("""
                Smelter ID,Metal,Standard Smelter Name,Country,RMAP Status
                CID002180,Tin,Yunnan Tin Company Limited,CHINA,Conformant
                cid002763,gold,8853 S.p.A.,ITALY,Conformant
                CID004001,Copper,Aurubis AG,GERMANY,Active
                CID009999,Cobalt,Withdrawn Cobalt Refinery,"CONGO, DEMOCRATIC REPUBLIC OF THE",Non-Conformant
                """);

        assertThat(reading.problems()).isEmpty();
        assertThat(reading.entries()).extracting(Entry::row, Entry::metal, Entry::smelterId, Entry::name, Entry::country, Entry::status)
                .containsExactly(
                        tuple(2, Metal.TIN, "CID002180", "Yunnan Tin Company Limited", "CHINA", Status.CONFORMANT),
                        tuple(3, Metal.GOLD, "CID002763", "8853 S.p.A.", "ITALY", Status.CONFORMANT),
                        tuple(4, Metal.COPPER, "CID004001", "Aurubis AG", "GERMANY", Status.ACTIVE),
                        tuple(5, Metal.COBALT, "CID009999", "Withdrawn Cobalt Refinery", "CONGO, DEMOCRATIC REPUBLIC OF THE", Status.NOT_CONFORMANT));
    }

    @Test
    void aListWithoutStatusIsTheConformantListItself() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Conformant");
            String[][] rows = {{"Metal", "Smelter Identification", "Smelter Name", "Country Location"},
                    {"Tantalum", "CID000211", "Global Advanced Metals Boyertown", "UNITED STATES OF AMERICA"}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            workbook.write(out);
            Reading reading = ConformantListReader.read(new ByteArrayInputStream(out.toByteArray()), "list.xlsx");

            assertThat(reading.problems()).isEmpty();
            assertThat(reading.entries()).extracting(Entry::smelterId, Entry::status).containsExactly(tuple("CID000211", Status.CONFORMANT));
        }
    }

    @Test
    void listsEveryWrongRow() {
        Reading reading = csv("""
                Smelter ID;Metal;Standard Smelter Name;Status
                ;Tin;Nameless Tin;Conformant
                CID000001;Zinc;Zinc Works;Conformant
                CID000002;Gold;;Suspended
                CID000003;Gold;Gold One;Conformant
                CID000003;Gold;Gold One again;Conformant
                """);

        assertThat(reading.entries()).isEmpty();
        assertThat(reading.problems()).containsExactly(
                new Problem("minerals.list.idMissing", List.of("2")),
                new Problem("minerals.list.metal", List.of("3", "Zinc")),
                new Problem("minerals.list.nameMissing", List.of("4")),
                new Problem("minerals.list.status", List.of("4", "Suspended")),
                new Problem("minerals.list.duplicate", List.of("6", "Gold", "CID000003", "5")));
    }

    @Test
    void namesTheColumnsItCannotFind() {
        Reading reading = csv("Facility,Mineral\nSome Smelter,Tin\n");

        assertThat(reading.problems()).extracting(Problem::messageKey).containsExactly("minerals.list.columnMissing", "minerals.list.columnMissing");
        assertThat(reading.problems().get(0).arguments().get(0).toString()).contains("smelter id");
    }

    @Test
    void refusesAnEmptyListAndAFileOfAnotherKind() {
        assertThat(csv("Smelter ID,Metal,Smelter Name\n").problems()).extracting(Problem::messageKey).containsExactly("minerals.list.noRows");
        assertThat(ConformantListReader.read(new ByteArrayInputStream(new byte[] {1, 2}), "list.pdf").problems())
                .extracting(Problem::messageKey).containsExactly("import.file.type");
    }
}
