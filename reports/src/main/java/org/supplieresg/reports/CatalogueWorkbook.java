package org.supplieresg.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The assessment catalogue as an Excel workbook that an admin edits and imports back as a new version. One sheet per
 * kind of row (dimensions, indicators, maturity levels, scoring bands, references), each with a header row of stable
 * column names; the reader ({@link CatalogueWorkbookReader}) finds columns by those names, so columns may be moved.
 */
public final class CatalogueWorkbook {

    /** Everything a catalogue version holds. Texts come in English and Simplified Chinese. */
    public record Content(String label, String note, Integer basedOnVersion, List<Dimension> dimensions,
                          List<Indicator> indicators) {
        public Content {
            dimensions = List.copyOf(dimensions);
            indicators = List.copyOf(indicators);
        }
    }

    public record Dimension(String code, int position, String nameEn, String nameZh, BigDecimal weightPercent,
                            int maxNotApplicable) {
    }

    public record Indicator(String code, String dimension, int position, String answerType, String unit,
                            BigDecimal maxPoints, boolean notApplicableAllowed, boolean redFlag,
                            boolean onsiteVerification, String textEn, String textZh, String guidanceEn,
                            String guidanceZh, String evidenceEn, String evidenceZh, List<Level> levels,
                            List<Band> bands, List<Reference> references) {
        public Indicator {
            levels = List.copyOf(levels);
            bands = List.copyOf(bands);
            references = List.copyOf(references);
        }
    }

    public record Level(int level, String descriptionEn, String descriptionZh) {
    }

    /** A KPI band: lower <= value < upper earns pointsPercent of the indicator's points; a null bound is open. */
    public record Band(BigDecimal lower, BigDecimal upper, BigDecimal pointsPercent) {
    }

    public record Reference(String framework, String clause) {
    }

    static final String VERSION = "version";
    static final String DIMENSIONS = "dimensions";
    static final String INDICATORS = "indicators";
    static final String LEVELS = "levels";
    static final String BANDS = "bands";
    static final String REFERENCES = "references";
    static final String README = "read me";

    static final List<String> DIMENSION_COLUMNS = List.of("code", "position", "name_en", "name_zh", "weight_percent",
            "max_not_applicable");
    static final List<String> INDICATOR_COLUMNS = List.of("code", "dimension", "position", "answer_type", "unit",
            "max_points", "not_applicable_allowed", "red_flag", "onsite_verification", "text_en", "text_zh",
            "guidance_en", "guidance_zh", "evidence_en", "evidence_zh");
    static final List<String> LEVEL_COLUMNS = List.of("indicator", "level", "description_en", "description_zh");
    static final List<String> BAND_COLUMNS = List.of("indicator", "lower_bound", "upper_bound", "points_percent");
    static final List<String> REFERENCE_COLUMNS = List.of("indicator", "framework", "clause");
    static final List<String> ANSWER_TYPES = List.of("YES_NO", "MATURITY", "NUMERIC", "CALCULATED");

    private static final int TEXT_WIDTH = 60;

    private CatalogueWorkbook() {
    }

    /** Writes the catalogue; the version sheet says which version it was exported from, so that the import can record it. */
    public static void write(Content content, int exportedVersion, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            readMe(workbook.createSheet(README), styles);

            Sheet version = workbook.createSheet(VERSION);
            header(version, List.of("key", "value"), styles);
            keyValue(version, 1, "label", content.label());
            keyValue(version, 2, "note", content.note());
            keyValue(version, 3, "based_on_version", exportedVersion);
            version.setColumnWidth(0, 20 * 256);
            version.setColumnWidth(1, 80 * 256);

            Sheet dimensions = table(workbook, DIMENSIONS, DIMENSION_COLUMNS, styles);
            int r = 1;
            for (Dimension d : content.dimensions()) {
                Row row = dimensions.createRow(r++);
                cells(row, styles, d.code(), d.position(), d.nameEn(), d.nameZh(), d.weightPercent(), d.maxNotApplicable());
            }

            Sheet indicators = table(workbook, INDICATORS, INDICATOR_COLUMNS, styles);
            Sheet levels = table(workbook, LEVELS, LEVEL_COLUMNS, styles);
            Sheet bands = table(workbook, BANDS, BAND_COLUMNS, styles);
            Sheet references = table(workbook, REFERENCES, REFERENCE_COLUMNS, styles);
            int ri = 1;
            int rl = 1;
            int rb = 1;
            int rr = 1;
            for (Indicator i : content.indicators()) {
                cells(indicators.createRow(ri++), styles, i.code(), i.dimension(), i.position(), i.answerType(), i.unit(),
                        i.maxPoints(), i.notApplicableAllowed(), i.redFlag(), i.onsiteVerification(), i.textEn(),
                        i.textZh(), i.guidanceEn(), i.guidanceZh(), i.evidenceEn(), i.evidenceZh());
                for (Level l : i.levels()) {
                    cells(levels.createRow(rl++), styles, i.code(), l.level(), l.descriptionEn(), l.descriptionZh());
                }
                for (Band b : i.bands()) {
                    cells(bands.createRow(rb++), styles, i.code(), b.lower(), b.upper(), b.pointsPercent());
                }
                for (Reference ref : i.references()) {
                    cells(references.createRow(rr++), styles, i.code(), ref.framework(), ref.clause());
                }
            }
            widths(indicators, INDICATOR_COLUMNS);
            widths(levels, LEVEL_COLUMNS);
            widths(dimensions, DIMENSION_COLUMNS);
            widths(bands, BAND_COLUMNS);
            widths(references, REFERENCE_COLUMNS);
            answerTypeDropDown(indicators, Math.max(ri, 2));
            workbook.setActiveSheet(workbook.getSheetIndex(INDICATORS));
            workbook.write(out);
        }
    }

    private static void readMe(Sheet sheet, Styles styles) {
        String[] lines = {
                "Assessment catalogue / 评估指标体系",
                "",
                "Edit this workbook and import it on the Catalogue page (admin) to create a new catalogue version.",
                "修改本工作簿后，在“指标体系”页面（管理员）导入，即可生成新的指标体系版本。",
                "",
                "- dimensions: weight_percent of all dimensions must add up to 100. 各维度权重之和必须为100。",
                "- indicators: codes are DIM-NN (for example LAB-03) and unique; every text needs English and Chinese.",
                "  指标编码格式为“维度-两位数字”（如LAB-03）且不得重复；所有文字须同时提供中英文。",
                "- answer_type: YES_NO, MATURITY (levels 0-4 on the levels sheet), NUMERIC or CALCULATED (unit and bands).",
                "  答题类型：YES_NO、MATURITY（在levels表中填写0-4级）、NUMERIC或CALCULATED（须填写单位及评分区间）。",
                "- bands: lower_bound <= value < upper_bound earns points_percent of max_points; leave a bound empty for open.",
                "  评分区间：下限 <= 数值 < 上限时得到满分的points_percent；开区间的边界留空。",
                "- references: framework is one of GRI, ISO_14001, ISO_45001, ISO_50001, ISO_14064, ISO_14067, ISO_9001,",
                "  ISO_37001, ISO_27001, RBA, OECD_DDG, GHG_PROTOCOL, EU_BATTERY_REGULATION, ESRS, ILO, UNGP, SBTI, IRMA, RMI.",
                "",
                "The import is all or nothing: any problem is listed with its sheet and row, and nothing is stored.",
                "导入为“全部成功或全部不导入”：任何问题都会连同工作表和行号列出，且不会保存任何内容。",
                "Running campaigns keep the version they started with; publishing the new version rescores every supplier",
                "under its weights and points after showing whose tier would change.",
                "进行中的评估活动沿用其开始时的版本；发布新版本前会先列出哪些供应商的等级将发生变化，发布后按新权重和分值重新评分。",
        };
        for (int i = 0; i < lines.length; i++) {
            Cell cell = sheet.createRow(i).createCell(0);
            cell.setCellValue(lines[i]);
            if (i == 0) {
                cell.setCellStyle(styles.header);
            }
        }
        sheet.setColumnWidth(0, 120 * 256);
    }

    private static Sheet table(XSSFWorkbook workbook, String name, List<String> columns, Styles styles) {
        Sheet sheet = workbook.createSheet(name);
        header(sheet, columns, styles);
        sheet.createFreezePane(1, 1);
        sheet.setAutoFilter(new CellRangeAddress(0, 0, 0, columns.size() - 1));
        return sheet;
    }

    private static void header(Sheet sheet, List<String> columns, Styles styles) {
        Row row = sheet.createRow(0);
        for (int c = 0; c < columns.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellValue(columns.get(c));
            cell.setCellStyle(styles.header);
        }
    }

    private static void keyValue(Sheet sheet, int r, String key, Object value) {
        Row row = sheet.createRow(r);
        row.createCell(0).setCellValue(key);
        if (value instanceof Number n) {
            row.createCell(1).setCellValue(n.doubleValue());
        } else if (value != null) {
            row.createCell(1).setCellValue(value.toString());
        }
    }

    private static void cells(Row row, Styles styles, Object... values) {
        for (int c = 0; c < values.length; c++) {
            Object value = values[c];
            if (value == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (value instanceof BigDecimal d) {
                cell.setCellValue(d.doubleValue());
            } else if (value instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (value instanceof Boolean b) {
                cell.setCellValue(b);
            } else {
                String text = value.toString();
                cell.setCellValue(text);
                if (text.length() > TEXT_WIDTH) {
                    cell.setCellStyle(styles.wrapped);
                }
            }
        }
    }

    private static void widths(Sheet sheet, List<String> columns) {
        Function<String, Integer> width = name -> name.startsWith("text") || name.startsWith("guidance")
                || name.startsWith("evidence") || name.startsWith("description") || name.equals("clause") ? TEXT_WIDTH
                : name.startsWith("name") ? 36 : Math.max(10, name.length() + 4);
        for (int c = 0; c < columns.size(); c++) {
            sheet.setColumnWidth(c, width.apply(columns.get(c)) * 256);
        }
    }

    private static void answerTypeDropDown(Sheet sheet, int lastRow) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        int column = INDICATOR_COLUMNS.indexOf("answer_type");
        DataValidation validation = helper.createValidation(
                helper.createExplicitListConstraint(ANSWER_TYPES.toArray(String[]::new)),
                new CellRangeAddressList(1, lastRow + 200, column, column));
        validation.setShowErrorBox(true);
        sheet.addValidationData(validation);
    }

    private static final class Styles {
        final CellStyle header;
        final CellStyle wrapped;

        Styles(XSSFWorkbook workbook) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            header = workbook.createCellStyle();
            header.setFont(bold);
            header.setFillForegroundColor(IndexedColors.LIGHT_GREEN.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            header.setBorderBottom(BorderStyle.THIN);
            wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
        }
    }
}
