package org.supplieresg.reports;

import java.math.BigDecimal;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;

/** How the workbook readers see a cell: its content as trimmed text, whatever the cell type. */
public final class Cells {

    private Cells() {
    }

    /** The cell's text, a number as typed (8, not 8.0), TRUE or FALSE, a formula's cached result; null when empty. */
    public static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        String value = switch (type) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC -> plain(cell.getNumericCellValue()).toPlainString();
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue()).toUpperCase(Locale.ROOT);
            default -> null;
        };
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A number as typed: 8 rather than 8.0 or 8E+0. */
    static BigDecimal plain(double value) {
        BigDecimal number = new BigDecimal(Double.toString(value)).stripTrailingZeros();
        return number.scale() < 0 ? number.setScale(0) : number;
    }
}
