package org.supplieresg.reports.minerals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Builds a filled-in CMRT or EMRT the way the RMI templates lay it out (see the package documentation of the reader):
 * the sheets in their order, the Declaration's title in D2, revision in J3 and company in D8, the smelter list's
 * instructions above the column titles of row 4 and the rows from row 5, where the columns the template fills from its
 * look-up (F, G, I, J) hold formulas with their cached results, as in a file saved by Excel.
 */
final class RmiWorkbook {

    /** The column titles of row 4, A to T, as the English template shows them. */
    private static final List<String> ENGLISH = List.of("Smelter Identification Number Input Column", "Metal (*)", "Smelter Look-up (*)",
            "Smelter Name (1)", "Smelter Country (*)", "Smelter Identification", "Source of Smelter Identification Number", "Smelter Street ",
            "Smelter City", "Smelter Facility Location: State / Province", "Smelter Contact Name", "Smelter Contact Email",
            "Proposed next steps", "Name of Mine(s) or if recycled or scrap sourced, enter \"recycled\" or \"scrap\"",
            "Location (Country) of Mine(s) or if recycled or scrap sourced, enter \"recycled\" or \"scrap\"",
            "Does 100% of the smelter’s feedstock originate from recycled or scrap sources?", "Comments", "Standard Smelter Name",
            "Country Code", "State / Province Code");
    /** The same titles with Chinese chosen as the language (CMRT 6.5; EMRT 1.x writes "金属 l (*)"). */
    private static final List<String> CHINESE = List.of("冶炼厂识别号码输入列", "金属 (*)", "冶炼厂查找 (*)", "冶炼厂名称 (1)", "冶炼厂所在国家或地区 (*)",
            "冶炼厂识别", "冶炼厂出处识别号", "冶炼厂所在街道", "冶炼厂所在城市", "冶炼厂地址：州/省", "冶炼厂联系人", "冶炼厂联系人电子邮件", "建议的后续步骤",
            "填写矿井名称，或如果所用矿产来自于回收料和报废料，请填写“回收”或“报废”。", "填写矿井所在国家或地区，或如果所用矿产来自于回收料和报废料，请填写“回收”或“报废”。",
            "冶炼厂的被冶炼物料是否 100% 来自于回收料或报废料？", "注释", "Standard Smelter Name", "Country Code", "State / Province Code");

    /** One row of the smelter list: A (id typed in), B, C, D, E, then what the look-up fills: F, G, I (city). */
    record Line(String idInput, String metal, String lookup, String name, String country, String smelterId, String source, String city) {
    }

    private final String template;
    private final String revision;
    private String title;
    private String company = "Hunan Xinyuan Cathode Materials Co., Ltd.";
    private boolean chinese;
    private boolean legacyExcel;
    private int rowsAboveHeader;
    private final Set<Integer> droppedColumns = new HashSet<>();
    private final Set<String> droppedSheets = new HashSet<>();
    private final List<Line> lines = new ArrayList<>();

    private RmiWorkbook(String template, String revision) {
        this.template = template;
        this.revision = revision;
        this.title = template.equals("CMRT") ? "Conflict Minerals Reporting Template (CMRT)" : "Extended Mineral Reporting Template (EMRT)";
    }

    static RmiWorkbook cmrt(String revision) {
        return new RmiWorkbook("CMRT", revision);
    }

    static RmiWorkbook emrt(String revision) {
        return new RmiWorkbook("EMRT", revision);
    }

    RmiWorkbook company(String name) {
        this.company = name;
        return this;
    }

    RmiWorkbook title(String text) {
        this.title = text;
        return this;
    }

    /** Chinese chosen on the Declaration sheet: every title in Chinese. */
    RmiWorkbook inChinese() {
        this.chinese = true;
        return this;
    }

    /** Saved as an Excel 97-2003 workbook (.xls). */
    RmiWorkbook asXls() {
        this.legacyExcel = true;
        return this;
    }

    /** Rows the supplier inserted above the column titles. */
    RmiWorkbook rowsInsertedAboveHeader(int rows) {
        this.rowsAboveHeader = rows;
        return this;
    }

    /** A column deleted from the smelter list (0 is A). */
    RmiWorkbook withoutColumn(int column) {
        droppedColumns.add(column);
        return this;
    }

    RmiWorkbook withoutSheet(String name) {
        droppedSheets.add(name);
        return this;
    }

    /** A smelter chosen from the look-up: the template fills in its country, identification number and city. */
    RmiWorkbook listed(String metal, String standardName, String country, String smelterId, String city) {
        lines.add(new Line(null, metal, standardName, null, country, smelterId, "RMI", city));
        return this;
    }

    /** A smelter given by its identification number in column A: the template fills in the rest. */
    RmiWorkbook byId(String smelterId, String metal, String standardName, String country) {
        lines.add(new Line(smelterId, metal, standardName, null, country, smelterId, "RMI", null));
        return this;
    }

    /** "Smelter not listed": the name and country typed in. */
    RmiWorkbook notListed(String metal, String name, String country) {
        lines.add(new Line(null, metal, "Smelter not listed", name, country, null, "Enter smelter details", null));
        return this;
    }

    /** "Smelter not yet identified": the look-up answers Unknown. */
    RmiWorkbook notYetIdentified(String metal) {
        lines.add(new Line(null, metal, "Smelter not yet identified", null, "Unknown", null, null, null));
        return this;
    }

    RmiWorkbook line(Line line) {
        lines.add(line);
        return this;
    }

    byte[] bytes() {
        try (Workbook workbook = legacyExcel ? new HSSFWorkbook() : new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            List<String> sheets = template.equals("CMRT")
                    ? List.of("Revision", "Instructions", "Definitions", "Declaration", "Smelter List", "Checker", "Product List", "Smelter Look-up")
                    : revision.startsWith("1.")
                    ? List.of("Instructions", "Revision", "Definitions", "Declaration", "Smelter List", "Checker", "Product List", "Smelter Look-up")
                    : List.of("Instructions", "Revision", "Definitions", "Declaration", "Smelter List", "Checker", "Mine List", "Product List",
                    "Smelter Look-up");
            for (String name : sheets) {
                if (!droppedSheets.contains(name)) {
                    workbook.createSheet(name);
                }
            }
            fillRevision(workbook.getSheet("Revision"));
            fillDeclaration(workbook.getSheet("Declaration"));
            fillSmelterList(workbook.getSheet("Smelter List"));
            fillLookUp(workbook.getSheet("Smelter Look-up"));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String dated() {
        return "Revision " + revision + "\nApril 25, 2025";
    }

    private void fillRevision(Sheet sheet) {
        if (sheet != null) {
            text(sheet, 0, 1, "Revision");
            text(sheet, 1, 1, dated());
        }
    }

    private void fillDeclaration(Sheet sheet) {
        if (sheet == null) {
            return;
        }
        text(sheet, 1, 3, title);
        text(sheet, 2, 1, "Select Language Preference Here:\n请选择你的语言:");
        text(sheet, 2, 3, chinese ? "中文 Chinese" : "English");
        text(sheet, 2, 9, dated());
        text(sheet, 3, 1, template.equals("CMRT")
                ? "The purpose of this document is to collect sourcing information on tin, tantalum, tungsten and gold used in products"
                : "The purpose of this document is to collect sourcing information on the raw materials used in products");
        text(sheet, 5, 1, "Mandatory fields are noted with an asterisk (*). Consult the instructions tab for guidance on how to answer each question.");
        text(sheet, 6, 1, chinese ? "公司信息" : "Company Information");
        text(sheet, 7, 1, chinese ? "公司名称 (*)：" : "Company Name (*):");
        text(sheet, 7, 3, company);
        text(sheet, 8, 1, chinese ? "申报范围或种类 (*)：" : "Declaration Scope or Class (*):");
        text(sheet, 8, 3, "A. Company");
        if (template.equals("EMRT") && !revision.startsWith("1.")) {
            // EMRT 2.x: the minerals in scope, D12:G13; "(Delete Cobalt)" and so on removes one
            text(sheet, 11, 1, chinese ? "选择贵公司的矿产申报范围 (*):" : "Select your company's minerals declaration scope (*):");
            String[][] scope = {{"Cobalt", "Copper", "Graphite"}, {"Lithium", "Mica", "Nickel"}};
            int[] columns = {3, 4, 6};
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 3; c++) {
                    text(sheet, 11 + r, columns[c], scope[r][c]);
                }
            }
        }
    }

    private void fillSmelterList(Sheet sheet) {
        if (sheet == null) {
            return;
        }
        int header = 3 + rowsAboveHeader;
        text(sheet, 1 + rowsAboveHeader, 1, chinese ? "首先：" : "TO BEGIN:");
        text(sheet, 1 + rowsAboveHeader, 9, "Link to \"RMAP Conformant Smelter List\"");
        text(sheet, 2 + rowsAboveHeader, 1, "\nOption A: If you know the Smelter Identification Number, input the number in Column A"
                + " (columns B, C, E, F, G, I and J will auto-populate); D will grey out.");
        text(sheet, 2 + rowsAboveHeader, 16, (template.equals("CMRT") ? "Revision " : "Version ") + revision + "\nApril 25, 2025");
        List<String> titles = new ArrayList<>(chinese ? CHINESE : ENGLISH);
        if (template.equals("EMRT") && !revision.startsWith("1.")) {
            titles.set(3, chinese ? "冶炼厂名称 (*)" : "Smelter Name (*)");
        }
        if (template.equals("EMRT") && chinese) {
            titles.set(4, "冶炼工厂地址（国家） (*)");
            if (revision.startsWith("1.")) {
                titles.set(1, "金属 l (*)");
            }
        }
        for (int c = 0; c < titles.size(); c++) {
            if (!droppedColumns.contains(c)) {
                text(sheet, header, c, titles.get(c));
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            int r = header + 1 + i;
            put(sheet, r, 0, line.idInput());
            put(sheet, r, 1, line.metal());
            put(sheet, r, 2, line.lookup());
            put(sheet, r, 3, line.name());
            put(sheet, r, 4, line.country());
            looked(sheet, r, 5, line.smelterId(), "E");
            looked(sheet, r, 6, line.source(), "F");
            looked(sheet, r, 8, line.city(), "H");
        }
    }

    private void fillLookUp(Sheet sheet) {
        if (sheet != null) {
            List<String> titles = List.of("Metal", "Smelter Look-up (*)", "Standard Smelter Name", "Smelter Facility Location: Country",
                    "Smelter ID", "Source of Smelter Identification Number", "Smelter Street", "Smelter City",
                    "Smelter Facility Location: State / Province");
            for (int c = 0; c < titles.size(); c++) {
                text(sheet, 3, c, titles.get(c));
            }
        }
    }

    private void put(Sheet sheet, int row, int column, String value) {
        if (value != null && !droppedColumns.contains(column)) {
            text(sheet, row, column, value);
        }
    }

    /** A column the template fills from its look-up: a formula, with the value Excel cached ("" when nothing matched). */
    private void looked(Sheet sheet, int row, int column, String value, String lookUpColumn) {
        if (droppedColumns.contains(column)) {
            return;
        }
        Cell cell = cell(sheet, row, column);
        cell.setCellFormula("IF(ISERROR(MATCH($C" + (row + 1) + ",'Smelter Look-up'!$B:$B,0)),\"\",INDEX('Smelter Look-up'!$"
                + lookUpColumn + ":$" + lookUpColumn + ",MATCH($C" + (row + 1) + ",'Smelter Look-up'!$B:$B,0)))");
        cell.setCellValue(value == null ? "" : value);
    }

    private static void text(Sheet sheet, int row, int column, String value) {
        cell(sheet, row, column).setCellValue(value);
    }

    private static Cell cell(Sheet sheet, int row, int column) {
        Row r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        return r.getCell(column) == null ? r.createCell(column) : r.getCell(column);
    }
}
