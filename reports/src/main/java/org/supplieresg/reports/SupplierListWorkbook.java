package org.supplieresg.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The supplier list as an Excel workbook: one row per supplier with a frozen, filterable header, amounts as numbers
 * with their currency beside them, and a second sheet saying when and with which filters it was made. Written with
 * POI's streaming workbook, so memory stays flat however many suppliers there are.
 */
public final class SupplierListWorkbook {

    /** One supplier, as the list shows it. Texts are already in the reader's language. */
    public record Row(long id, String legalName, String localName, String country, String region, String industry,
                      String spendCategory, BigDecimal annualSpend, String currency, String chainTier, String sellsTo,
                      String status) {
    }

    /** Column headers and sheet names in the reader's language. */
    public record Labels(String suppliersSheet, String aboutSheet, List<String> headers, String generatedAt,
                         String filters, String rows) {
        public Labels {
            if (headers.size() != COLUMNS) {
                throw new IllegalArgumentException("need " + COLUMNS + " headers, got " + headers.size());
            }
            headers = List.copyOf(headers);
        }
    }

    public static final int COLUMNS = 12;
    private static final int ROWS_IN_MEMORY = 200;
    private static final int[] WIDTHS = {8, 40, 30, 8, 18, 16, 20, 18, 8, 10, 36, 12};

    private SupplierListWorkbook() {
    }

    /**
     * Writes the workbook.
     *
     * @param filters the filters that produced the rows, label to value, shown on the second sheet
     * @return the number of supplier rows written
     */
    public static int write(Iterator<Row> rows, Labels labels, Map<String, String> filters, Instant generatedAt,
                            OutputStream out) throws IOException {
        Objects.requireNonNull(out, "out");
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
            SXSSFSheet sheet = workbook.createSheet(labels.suppliersSheet());
            CellStyle header = headerStyle(workbook);
            CellStyle amount = workbook.createCellStyle();
            amount.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));

            org.apache.poi.ss.usermodel.Row head = sheet.createRow(0);
            for (int c = 0; c < COLUMNS; c++) {
                Cell cell = head.createCell(c);
                cell.setCellValue(labels.headers().get(c));
                cell.setCellStyle(header);
                sheet.setColumnWidth(c, WIDTHS[c] * 256);
            }
            int written = 0;
            while (rows.hasNext()) {
                Row r = rows.next();
                org.apache.poi.ss.usermodel.Row line = sheet.createRow(++written);
                line.createCell(0).setCellValue(r.id());
                text(line, 1, r.legalName());
                text(line, 2, r.localName());
                text(line, 3, r.country());
                text(line, 4, r.region());
                text(line, 5, r.industry());
                text(line, 6, r.spendCategory());
                if (r.annualSpend() != null) {
                    Cell spend = line.createCell(7);
                    spend.setCellValue(r.annualSpend().doubleValue());
                    spend.setCellStyle(amount);
                }
                text(line, 8, r.currency());
                text(line, 9, r.chainTier());
                text(line, 10, r.sellsTo());
                text(line, 11, r.status());
            }
            sheet.createFreezePane(0, 1);
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(written, 1), 0, COLUMNS - 1));

            Sheet about = workbook.createSheet(labels.aboutSheet());
            about.setColumnWidth(0, 24 * 256);
            about.setColumnWidth(1, 60 * 256);
            int line = 0;
            pair(about, line++, labels.generatedAt(), generatedAt.toString(), header);
            pair(about, line++, labels.rows(), Integer.toString(written), header);
            org.apache.poi.ss.usermodel.Row title = about.createRow(++line);
            title.createCell(0).setCellValue(labels.filters());
            title.getCell(0).setCellStyle(header);
            for (Map.Entry<String, String> filter : filters.entrySet()) {
                pair(about, ++line, filter.getKey(), filter.getValue(), null);
            }
            workbook.write(out);
            workbook.dispose();
            return written;
        }
    }

    private static void text(org.apache.poi.ss.usermodel.Row row, int column, String value) {
        if (value != null) {
            row.createCell(column).setCellValue(value);
        }
    }

    private static void pair(Sheet sheet, int rowIndex, String label, String value, CellStyle labelStyle) {
        org.apache.poi.ss.usermodel.Row row = sheet.createRow(rowIndex);
        Cell cell = row.createCell(0);
        cell.setCellValue(label);
        if (labelStyle != null) {
            cell.setCellStyle(labelStyle);
        }
        row.createCell(1).setCellValue(value);
    }

    private static CellStyle headerStyle(SXSSFWorkbook workbook) {
        Font bold = workbook.createFont();
        bold.setBold(true);
        CellStyle style = workbook.createCellStyle();
        style.setFont(bold);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setWrapText(true);
        return style;
    }
}
