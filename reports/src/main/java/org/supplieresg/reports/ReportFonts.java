package org.supplieresg.reports;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Fonts of the PDF reports: Noto Sans SC (Simplified Chinese, with Latin, Greek and Cyrillic), embedded as a subset so
 * a report carries only the glyphs it uses and shows Chinese on any reader. Helvetica stands in for any character the
 * Noto font lacks. The font comes from the build (see FONTS.md), never from the machine the server runs on.
 */
final class ReportFonts {

    private static final String RESOURCE = "font/NotoSansSC_400Regular.ttf";

    /**
     * One selector per look, made once: OpenPDF's {@link FontSelector} constructor reads and parses its own fallback
     * font file every time (about 2 ms), which was most of the time spent writing a report. A selector only reads
     * its fonts when it processes a text, so one may serve every thread. The writers use a handful of looks.
     */
    private static final Map<Style, FontSelector> SELECTORS = new ConcurrentHashMap<>();

    private record Style(float size, int style, Color color) {
    }

    private ReportFonts() {
    }

    /** Loaded on first use only: the font file is 10 MB. */
    private static final class Noto {
        static final BaseFont FONT = load();

        private static BaseFont load() {
            try (InputStream in = ReportFonts.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the report font " + RESOURCE + " is missing from the classpath:"
                            + " build module reports with Maven, which fetches it (see reports/FONTS.md)");
                }
                // The name only tells OpenPDF the format (.ttf); the bytes are the font.
                return BaseFont.createFont("NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                        BaseFont.CACHED, in.readAllBytes(), null);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the report font " + RESOURCE, e);
            }
        }
    }

    /**
     * The text as a phrase in the report font. Bold is drawn by OpenPDF by stroking the outline, as the regular
     * weight is the only one shipped (a bold file would add another 10 MB to the application).
     *
     * @param style {@link Font#NORMAL}, {@link Font#BOLD}, {@link Font#ITALIC} or a combination
     */
    static Phrase phrase(String text, float size, int style, Color color) {
        return SELECTORS.computeIfAbsent(new Style(size, style, color), ReportFonts::selector).process(text);
    }

    private static FontSelector selector(Style look) {
        FontSelector selector = new FontSelector();
        selector.addFont(new Font(Noto.FONT, look.size(), look.style(), look.color()));
        selector.addFont(new Font(Font.HELVETICA, look.size(), look.style(), look.color()));
        return selector;
    }
}
