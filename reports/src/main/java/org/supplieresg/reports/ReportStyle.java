package org.supplieresg.reports;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;

/** What the PDF reports share: the palette and the table cell ruled under its text. */
final class ReportStyle {

    static final Color INK = new Color(0x21, 0x25, 0x29);
    static final Color MUTED = new Color(0x5F, 0x6B, 0x7A);
    static final Color ACCENT = new Color(0x1F, 0x3A, 0x5F);
    static final Color RULE = new Color(0xC8, 0xCE, 0xD6);
    static final Color HEADER_FILL = new Color(0xE8, 0xEC, 0xF1);
    static final Color ALERT = new Color(0xB7, 0x1C, 0x1C);

    private ReportStyle() {
    }

    /** A paragraph that keeps together (a one-cell table), with space before and after it. */
    static PdfPTable block(Phrase content, float before, float after) {
        PdfPCell cell = new PdfPCell(content);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setLeading(0, 1.35f);
        PdfPTable block = new PdfPTable(1);
        block.setWidthPercentage(100);
        block.addCell(cell);
        block.setSpacingBefore(before);
        block.setSpacingAfter(after);
        return block;
    }

    /**
     * A table cell with a thin rule under it, its text vertically centred.
     *
     * @param leading line height in multiples of the font size: CJK glyphs are taller than Latin ones, and the default
     *                leading of one font size lets their lines touch
     */
    static PdfPCell ruledCell(Phrase content, float padding, float paddingBottom, float leading) {
        PdfPCell cell = new PdfPCell(content);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.5f);
        cell.setPadding(padding);
        cell.setPaddingBottom(paddingBottom);
        cell.setLeading(0, leading);
        cell.setUseAscender(true);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }
}
