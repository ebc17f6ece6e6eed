package org.supplieresg.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A supplier's questionnaire as an Excel workbook to fill in offline: an instructions sheet, then one row per
 * indicator with bilingual headers, the question columns locked, a drop-down of the allowed answers (yes/no, level
 * 0-4, "N/A" where allowed) or a number check for KPIs, and the answers already given. {@link #read} takes it back
 * and reports problems of form by row; whether each answer fits its indicator is for the caller to check.
 */
public final class QuestionnaireWorkbook {

    /** What the workbook says about the questionnaire it belongs to. */
    public record Header(long assessmentId, String supplier, String campaign, String deadline, int catalogueVersion) {
    }

    /** One indicator. {@code answer} is as the sheet shows it: YES, NO, N/A, a level 0-4 or a number. */
    public record Question(String code, String dimension, String textEn, String textZh, String answerType, String unit,
                           boolean notApplicableAllowed, String answer, String comment, String review) {
    }

    /** One filled row as read back: its row number as Excel shows it, the code, and the answer and comment typed. */
    public record Entry(int row, String code, String answer, String comment) {
    }

    /** One problem of form, with the row as Excel shows it (0 for the file as a whole). */
    public record Problem(int row, String code, String messageKey, List<Object> arguments) {
        public Problem {
            arguments = List.copyOf(arguments);
        }
    }

    public record Reading(Long assessmentId, List<Entry> entries, List<Problem> problems) {
        public Reading {
            entries = List.copyOf(entries);
            problems = List.copyOf(problems);
        }
    }

    public static final String NOT_APPLICABLE = "N/A";
    static final String INSTRUCTIONS = "Instructions 填写说明";
    static final String QUESTIONS = "Questionnaire 问卷";
    static final String[] HEADERS = {"Code\n编码", "Dimension\n维度", "Question\n问题", "问题（中文）", "Answer type\n答题类型",
            "Unit\n单位", "Allowed answers\n可选答案", "Answer\n回答", "Comment\n备注", "Review\n审核意见"};
    static final int CODE = 0;
    static final int ANSWER = 7;
    static final int COMMENT = 8;
    private static final int FIRST_ROW = 2; // row 0: assessment id; row 1: headers

    private QuestionnaireWorkbook() {
    }

    public static void write(Header header, List<Question> questions, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Font bold = workbook.createFont();
            bold.setBold(true);
            CellStyle headerStyle = workbook.createCellStyle();
            headerStyle.setFont(bold);
            headerStyle.setWrapText(true);
            headerStyle.setFillForegroundColor(IndexedColors.LIGHT_GREEN.getIndex());
            headerStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            headerStyle.setLocked(true);
            CellStyle locked = workbook.createCellStyle();
            locked.setWrapText(true);
            locked.setLocked(true);
            CellStyle editable = workbook.createCellStyle();
            editable.setLocked(false);
            editable.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            editable.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            instructions(workbook.createSheet(INSTRUCTIONS), header);
            Sheet sheet = workbook.createSheet(QUESTIONS);
            Row meta = sheet.createRow(0);
            meta.createCell(0).setCellValue("assessment");
            meta.createCell(1).setCellValue(header.assessmentId());
            meta.createCell(2).setCellValue(header.supplier() + " · " + header.campaign() + " · catalogue v" + header.catalogueVersion());
            Row titles = sheet.createRow(1);
            for (int c = 0; c < HEADERS.length; c++) {
                Cell cell = titles.createCell(c);
                cell.setCellValue(HEADERS[c]);
                cell.setCellStyle(headerStyle);
            }
            DataValidationHelper validations = sheet.getDataValidationHelper();
            int r = FIRST_ROW;
            for (Question q : questions) {
                Row row = sheet.createRow(r);
                String allowed = allowed(q);
                Object[] values = {q.code(), q.dimension(), q.textEn(), q.textZh(), q.answerType(), q.unit(), allowed, q.answer(),
                        q.comment(), q.review()};
                boolean calculated = "CALCULATED".equals(q.answerType());
                for (int c = 0; c < values.length; c++) {
                    Cell cell = row.createCell(c);
                    Object value = values[c];
                    if (value instanceof String s && c == ANSWER && "NUMERIC".equals(q.answerType()) && isNumber(s)) {
                        cell.setCellValue(new BigDecimal(s).doubleValue());
                    } else if (value != null) {
                        cell.setCellValue(value.toString());
                    }
                    cell.setCellStyle((c == ANSWER || c == COMMENT) && !calculated ? editable : locked);
                }
                if (!calculated) {
                    DataValidationConstraint constraint = "NUMERIC".equals(q.answerType())
                            ? validations.createDecimalConstraint(DataValidationConstraint.OperatorType.BETWEEN, "-1E+15", "1E+15")
                            : validations.createExplicitListConstraint(allowed.split(", "));
                    DataValidation validation = validations.createValidation(constraint, new CellRangeAddressList(r, r, ANSWER, ANSWER));
                    validation.setShowErrorBox(true);
                    validation.createErrorBox("Answer / 回答", "Allowed: " + allowed);
                    sheet.addValidationData(validation);
                }
                r++;
            }
            int[] widths = {9, 6, 60, 40, 12, 12, 18, 14, 40, 40};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(1, FIRST_ROW);
            sheet.protectSheet(""); // question columns locked; answer and comment cells are unlocked
            workbook.setActiveSheet(1);
            workbook.write(out);
        }
    }

    /** The answers a row takes, as the drop-down offers them. */
    static String allowed(Question q) {
        String na = q.notApplicableAllowed() ? ", " + NOT_APPLICABLE : "";
        return switch (q.answerType()) {
            case "YES_NO" -> "YES, NO" + na;
            case "MATURITY" -> "0, 1, 2, 3, 4" + na;
            case "NUMERIC" -> "number" + (q.unit() == null ? "" : " (" + q.unit() + ")") + na;
            default -> "calculated";
        };
    }

    private static void instructions(Sheet sheet, Header header) {
        String[] lines = {
                "Questionnaire / 问卷: " + header.campaign(),
                "Supplier / 供应商: " + header.supplier() + "    Deadline / 截止日期: " + header.deadline(),
                "",
                "1. Fill in the yellow cells of the sheet \"" + QUESTIONS + "\": the answer, and a comment if useful.",
                "   在“" + QUESTIONS + "”工作表的黄色单元格中填写回答，如有需要可填写备注。",
                "2. Yes/no questions take YES or NO; maturity questions a level 0-4; KPIs a number in the unit shown;",
                "   N/A (not applicable) only where the drop-down offers it. Leave a row empty to keep its current answer.",
                "   是否题填写 YES 或 NO；成熟度题填写 0-4 级；指标题按所示单位填写数字；仅在下拉列表提供时可填 N/A（不适用）。留空则保留现有回答。",
                "3. Upload the file on the questionnaire page. Every row is checked first: if any answer is wrong, nothing is",
                "   saved and you get the list of rows to correct.",
                "   在问卷页面上传文件。系统先检查所有行：如有任何错误，将不保存任何内容，并列出需要更正的行。",
                "4. Do not change the codes or the first row; evidence is uploaded on the questionnaire page.",
                "   请勿修改编码或第一行；证明材料请在问卷页面上传。",
        };
        for (int i = 0; i < lines.length; i++) {
            sheet.createRow(i).createCell(0).setCellValue(lines[i]);
        }
        sheet.setColumnWidth(0, 130 * 256);
    }

    /** Reads a filled workbook back. Rows without an answer are left out; the caller decides what each answer means. */
    public static Reading read(InputStream in) {
        ZipSecureFile.setMinInflateRatio(0.01);
        List<Problem> problems = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet(QUESTIONS);
            if (sheet == null) {
                return new Reading(null, List.of(), List.of(new Problem(0, null, "questionnaire.file.sheetMissing", List.of(QUESTIONS))));
            }
            Row meta = sheet.getRow(0);
            Long assessmentId = null;
            if (meta != null && "assessment".equals(Cells.text(meta.getCell(0))) && isNumber(Cells.text(meta.getCell(1)))) {
                assessmentId = new BigDecimal(Cells.text(meta.getCell(1))).longValue();
            } else {
                problems.add(new Problem(1, null, "questionnaire.file.noAssessment", List.of()));
            }
            for (int r = FIRST_ROW; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                String code = Cells.text(row.getCell(CODE));
                String answer = Cells.text(row.getCell(ANSWER));
                String comment = Cells.text(row.getCell(COMMENT));
                if (code == null) {
                    if (answer != null) {
                        problems.add(new Problem(r + 1, null, "questionnaire.file.noCode", List.of(r + 1)));
                    }
                    continue;
                }
                if (answer != null || comment != null) {
                    entries.add(new Entry(r + 1, code.toUpperCase(Locale.ROOT), answer, comment));
                }
            }
            return new Reading(assessmentId, entries, problems);
        } catch (IOException | RuntimeException e) {
            return new Reading(null, List.of(), List.of(new Problem(0, null, "questionnaire.file.unreadable", List.of(String.valueOf(e.getMessage())))));
        }
    }


    private static boolean isNumber(String text) {
        if (text == null) {
            return false;
        }
        try {
            new BigDecimal(text.strip());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
