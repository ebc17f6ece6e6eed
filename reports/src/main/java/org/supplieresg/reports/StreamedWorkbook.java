package org.supplieresg.reports;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.util.Arrays;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streaming workbook set up for large tables written in one pass: a window of a few rows per sheet, the rows
 * beyond it in uncompressed temporary files (deleted by {@link #dispose()}), strings inline rather than in a shared
 * table held in memory, and the xlsx zipped at a chosen deflate level. Two parts of POI's sheet writer are replaced
 * where profiling showed them costly: number and text cells are written by {@link CellWriter}, and the temporary files
 * through {@link Utf8Writer} rather than a synchronized buffered writer and charset encoder. POI still keeps the rows,
 * decides when to flush them, escapes the texts, writes formulas, styles and the package.
 */
final class StreamedWorkbook extends SXSSFWorkbook {

    private final int compressionLevel;

    StreamedWorkbook(int rowsInMemory, int compressionLevel) {
        super(null, rowsInMemory, false, false);
        this.compressionLevel = compressionLevel;
    }

    @Override
    protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(compressionLevel);
        return zip;
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return new CellWriter();
    }

    /**
     * Writes number and text cells as POI's writer does, with less work per cell: the column letters are worked out
     * once per column, the row number once per row, and a number with at most two decimals is written from its digits
     * rather than through {@link Double#toString(double)} (a reader gets exactly the same double back). Other cells
     * (formulas, booleans, errors, blanks) are left to POI.
     */
    static final class CellWriter extends SheetDataWriter {
        private String[] columns = new String[16];
        private String[] styles = new String[16];
        private int row = -1;
        private String rowNumber;

        CellWriter() throws IOException {
            super();
        }

        @Override
        public Writer createWriter(File file) throws IOException {
            return new Utf8Writer(Files.newOutputStream(file.toPath()));
        }

        @Override
        public void writeCell(int columnIndex, Cell cell) throws IOException {
            if (cell == null) {
                return;
            }
            CellType type = cell.getCellType();
            if (type != CellType.NUMERIC && type != CellType.STRING) {
                super.writeCell(columnIndex, cell);
                return;
            }
            if (cell.getRowIndex() != row) {
                row = cell.getRowIndex();
                rowNumber = Integer.toString(row + 1);
            }
            _out.write("<c r=\"");
            _out.write(column(columnIndex));
            _out.write(rowNumber);
            _out.write('"');
            int style = cell.getCellStyle().getIndex() & 0xffff;
            if (style != 0) {
                _out.write(" s=\"");
                _out.write(style(style));
                _out.write('"');
            }
            if (type == CellType.NUMERIC) {
                _out.write(" t=\"n\"><v>");
                number(cell.getNumericCellValue());
                _out.write("</v></c>");
            } else {
                String text = cell.getStringCellValue();
                _out.write(" t=\"inlineStr\"><is><t");
                if (!text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1)))) {
                    _out.write(" xml:space=\"preserve\"");
                }
                _out.write('>');
                outputEscapedString(text);
                _out.write("</t></is></c>");
            }
        }

        /**
         * A text that reads back as exactly {@code value}: when {@code value} is the double nearest to a number of
         * hundredths, that number's digits, since a reader's nearest double to them is {@code value} again; otherwise,
         * and for -0.0, what POI writes.
         */
        void number(double value) throws IOException {
            if (Math.abs(value) < 1e13) {
                long hundredths = Math.round(value * 100);
                if (hundredths / 100.0 == value && (hundredths != 0 || Double.doubleToRawLongBits(value) == 0)) {
                    if (hundredths < 0) {
                        _out.write('-');
                        hundredths = -hundredths;
                    }
                    _out.write(Long.toString(hundredths / 100));
                    int cents = (int) (hundredths % 100);
                    if (cents != 0) {
                        _out.write('.');
                        _out.write('0' + cents / 10);
                        if (cents % 10 != 0) {
                            _out.write('0' + cents % 10);
                        }
                    }
                    return;
                }
            }
            _out.write(Double.toString(value));
        }

        private String column(int index) {
            if (index >= columns.length) {
                columns = Arrays.copyOf(columns, Math.max(index + 1, columns.length * 2));
            }
            String letters = columns[index];
            if (letters == null) {
                letters = CellReference.convertNumToColString(index);
                columns[index] = letters;
            }
            return letters;
        }

        private String style(int index) {
            if (index >= styles.length) {
                styles = Arrays.copyOf(styles, Math.max(index + 1, styles.length * 2));
            }
            String number = styles[index];
            if (number == null) {
                number = Integer.toString(index);
                styles[index] = number;
            }
            return number;
        }
    }

    /**
     * Encodes characters as UTF-8 straight into its own buffer: no lock per call, no charset encoder. A surrogate pair
     * may arrive in two calls; a lone surrogate is written as '?', as the JDK's encoder does.
     */
    static final class Utf8Writer extends Writer {
        private static final int CAPACITY = 1 << 16;
        private final OutputStream out;
        private final byte[] buffer = new byte[CAPACITY];
        private int used;
        private char highSurrogate;
        private boolean closed;

        Utf8Writer(OutputStream out) {
            this.out = out;
        }

        @Override
        public void write(int c) throws IOException {
            if (c < 0x80 && highSurrogate == 0) {
                if (used == CAPACITY) {
                    drain();
                }
                buffer[used++] = (byte) c;
            } else {
                encode((char) c);
            }
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            for (int i = offset, end = offset + length; i < end; i++) {
                char c = text.charAt(i);
                if (c < 0x80 && highSurrogate == 0) {
                    if (used == CAPACITY) {
                        drain();
                    }
                    buffer[used++] = (byte) c;
                } else {
                    encode(c);
                }
            }
        }

        @Override
        public void write(char[] chars, int offset, int length) throws IOException {
            for (int i = offset, end = offset + length; i < end; i++) {
                char c = chars[i];
                if (c < 0x80 && highSurrogate == 0) {
                    if (used == CAPACITY) {
                        drain();
                    }
                    buffer[used++] = (byte) c;
                } else {
                    encode(c);
                }
            }
        }

        private void encode(char c) throws IOException {
            if (CAPACITY - used < 4) {
                drain();
            }
            if (highSurrogate != 0) {
                char high = highSurrogate;
                highSurrogate = 0;
                if (Character.isLowSurrogate(c)) {
                    int codePoint = Character.toCodePoint(high, c);
                    buffer[used++] = (byte) (0xF0 | codePoint >> 18);
                    buffer[used++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
                    buffer[used++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
                    buffer[used++] = (byte) (0x80 | codePoint & 0x3F);
                    return;
                }
                buffer[used++] = '?';
                if (c < 0x80) {
                    buffer[used++] = (byte) c;
                    return;
                }
            }
            if (c < 0x800) {
                buffer[used++] = (byte) (0xC0 | c >> 6);
                buffer[used++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c)) {
                highSurrogate = c;
            } else if (Character.isLowSurrogate(c)) {
                buffer[used++] = '?';
            } else {
                buffer[used++] = (byte) (0xE0 | c >> 12);
                buffer[used++] = (byte) (0x80 | c >> 6 & 0x3F);
                buffer[used++] = (byte) (0x80 | c & 0x3F);
            }
        }

        private void drain() throws IOException {
            out.write(buffer, 0, used);
            used = 0;
        }

        @Override
        public void flush() throws IOException {
            drain();
            out.flush();
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                if (highSurrogate != 0) {
                    highSurrogate = 0;
                    write('?');
                }
                drain();
            } finally {
                out.close();
            }
        }
    }
}
