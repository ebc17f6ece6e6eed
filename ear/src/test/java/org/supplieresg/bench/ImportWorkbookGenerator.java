package org.supplieresg.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Fills the application's supplier import template (as downloaded from {@code GET /api/suppliers/import-template})
 * with the largest import it accepts, 10,000 valid suppliers named "Fault import {stamp} {n}", for
 * {@code bench/faults.sh} to kill the server while the import's transaction is open. Not a test.
 *
 * <p>Arguments: template file, output file, stamp.
 */
public final class ImportWorkbookGenerator {

    static final int ROWS = 10_000;

    private ImportWorkbookGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path template = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String stamp = args[2];
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Sheet sheet = workbook.getSheet("Suppliers 供应商");
            for (int n = 0; n < ROWS; n++) {
                String[] values = {"Fault import " + stamp + " " + n, "", "CN", "Hunan", "NAICS", "325180", "PRECURSOR", "1250000", "CNY",
                        "TIER_1", "", "ACTIVE", "Li Wei", "ESG manager", "esg" + n + "@fault-import.example", "+86 731 0000 0000"};
                Row row = sheet.createRow(2 + n);
                for (int c = 0; c < values.length; c++) {
                    if (!values[c].isEmpty()) {
                        row.createCell(c).setCellValue(values[c]);
                    }
                }
            }
            try (OutputStream file = Files.newOutputStream(out)) {
                workbook.write(file);
            }
        }
        System.out.println("wrote " + ROWS + " suppliers to " + out);
    }
}
