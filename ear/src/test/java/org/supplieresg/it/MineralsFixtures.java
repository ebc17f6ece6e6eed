package org.supplieresg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Filled-in RMI templates for the tests, laid out as the real CMRT and EMRT are (a smaller copy of the reports
 * module's test builder, which the EAR's tests cannot see): Declaration with the title in D2, the revision in J3 and
 * the company in D8; Smelter List with instructions above the column titles of row 4 and the smelters from row 5.
 * Also a fresh supplier for each test, so that no test depends on another.
 */
final class MineralsFixtures {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static final List<String> TITLES = List.of("Smelter Identification Number Input Column", "Metal (*)", "Smelter Look-up (*)",
            "Smelter Name (1)", "Smelter Country (*)", "Smelter Identification", "Source of Smelter Identification Number", "Smelter Street ",
            "Smelter City", "Smelter Facility Location: State / Province", "Smelter Contact Name", "Smelter Contact Email",
            "Proposed next steps", "Name of Mine(s) or if recycled or scrap sourced, enter \"recycled\" or \"scrap\"",
            "Location (Country) of Mine(s) or if recycled or scrap sourced, enter \"recycled\" or \"scrap\"",
            "Does 100% of the smelter’s feedstock originate from recycled or scrap sources?", "Comments");

    /** One smelter row: B metal, C look-up, D name (for a smelter not listed), E country, F identification number. */
    record Smelter(String metal, String lookup, String name, String country, String smelterId) {
        static Smelter listed(String metal, String standardName, String country, String smelterId) {
            return new Smelter(metal, standardName, null, country, smelterId);
        }

        static Smelter notListed(String metal, String name, String country) {
            return new Smelter(metal, "Smelter not listed", name, country, null);
        }

        static Smelter notYetIdentified(String metal) {
            return new Smelter(metal, "Smelter not yet identified", null, "Unknown", null);
        }
    }

    private MineralsFixtures() {
    }

    static byte[] cmrt(String revision, String company, Smelter... smelters) {
        return template("Conflict Minerals Reporting Template (CMRT)", revision, company, true, List.of(smelters));
    }

    static byte[] emrt(String revision, String company, Smelter... smelters) {
        return template("Extended Mineral Reporting Template (EMRT)", revision, company, true, List.of(smelters));
    }

    /** A CMRT whose Smelter List sheet was deleted. */
    static byte[] cmrtWithoutSmelterList(String company) {
        return template("Conflict Minerals Reporting Template (CMRT)", "6.5", company, false, List.of());
    }

    private static byte[] template(String title, String revision, String company, boolean smelterList, List<Smelter> smelters) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<String> sheets = new ArrayList<>(List.of("Revision", "Instructions", "Definitions", "Declaration", "Smelter List", "Checker",
                    "Product List", "Smelter Look-up"));
            if (!smelterList) {
                sheets.remove("Smelter List");
            }
            sheets.forEach(workbook::createSheet);
            Sheet declaration = workbook.getSheet("Declaration");
            put(declaration, 1, 3, title);
            put(declaration, 2, 1, "Select Language Preference Here:");
            put(declaration, 2, 3, "English");
            put(declaration, 2, 9, "Revision " + revision + "\nApril 25, 2025");
            put(declaration, 6, 1, "Company Information");
            put(declaration, 7, 1, "Company Name (*):");
            put(declaration, 7, 3, company);
            put(declaration, 8, 1, "Declaration Scope or Class (*):");
            put(declaration, 8, 3, "A. Company");
            Sheet list = workbook.getSheet("Smelter List");
            if (list != null) {
                put(list, 1, 1, "TO BEGIN:");
                put(list, 2, 1, "Option A: If you know the Smelter Identification Number, input the number in Column A.");
                for (int c = 0; c < TITLES.size(); c++) {
                    put(list, 3, c, TITLES.get(c));
                }
                for (int i = 0; i < smelters.size(); i++) {
                    Smelter s = smelters.get(i);
                    put(list, 4 + i, 1, s.metal());
                    put(list, 4 + i, 2, s.lookup());
                    put(list, 4 + i, 3, s.name());
                    put(list, 4 + i, 4, s.country());
                    put(list, 4 + i, 5, s.smelterId());
                    put(list, 4 + i, 6, s.smelterId() == null ? null : "RMI");
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(Sheet sheet, int row, int column, String value) {
        if (value != null) {
            Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
            r.createCell(column).setCellValue(value);
        }
    }

    /** A new Tier-1 supplier, registered by the buyer; returns its id. */
    static long newSupplier(String name) {
        Http.Reply created = Http.basic("buyer", "demo").post("api/suppliers", SupplierFixtures.tierOne(name));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asLong();
    }
}
