package org.supplieresg.reports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * Writes a {@link PolicyTemplate} as a Word document the supplier edits and signs. Placeholders the platform can fill
 * (the company's name, region and contact) are filled; the others stay in brackets, highlighted in yellow, so that the
 * reader sees what is left to write. Title and headings use Word's own heading styles, so that the document has an
 * outline and reads well with a screen reader.
 */
public final class PolicyDocx {

    /** What the platform knows about the company; any part may be null or blank and then stays a placeholder. */
    public record Company(String name, String region, String contactName, String contactEmail) {

        /** The value for a placeholder's words in either language, or null if unknown. */
        String valueFor(String placeholder) {
            String value = switch (placeholder) {
                case "Company name", "公司名称" -> name;
                case "Region", "所在地区" -> region;
                case "Contact person", "联系人" -> contactName;
                case "Contact e-mail", "联系邮箱" -> contactEmail;
                default -> null;
            };
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\[([^\\]]+)]");
    private static final Map<String, Integer> HEADINGS = Map.of("Title", 0, "Heading1", 1);

    private PolicyDocx() {
    }

    public static void write(PolicyTemplate template, Locale locale, Company company, OutputStream out) {
        try (XWPFDocument doc = new XWPFDocument()) {
            addHeadingStyles(doc);
            for (String line : template.lines(locale)) {
                if (line.isBlank()) {
                    continue;
                }
                XWPFParagraph paragraph = doc.createParagraph();
                paragraph.setSpacingAfter(120);
                if (line.startsWith("# ")) {
                    paragraph.setStyle("Title");
                    addText(paragraph, line.substring(2), company, false);
                } else if (line.startsWith("## ")) {
                    paragraph.setStyle("Heading1");
                    addText(paragraph, line.substring(3), company, false);
                } else if (line.startsWith("> ")) {
                    addText(paragraph, line.substring(2), company, true);
                } else if (line.startsWith("- ")) {
                    paragraph.setIndentationLeft(360);
                    paragraph.setIndentationHanging(360);
                    addText(paragraph, "•\t" + line.substring(2), company, false);
                } else {
                    addText(paragraph, line, company, false);
                }
            }
            doc.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One run per piece of text: plain text as it is, known placeholders filled, unknown ones highlighted. */
    private static void addText(XWPFParagraph paragraph, String text, Company company, boolean note) {
        Matcher m = PLACEHOLDER.matcher(text);
        int at = 0;
        while (m.find()) {
            run(paragraph, text.substring(at, m.start()), note);
            String value = company.valueFor(m.group(1));
            XWPFRun run = run(paragraph, value == null ? m.group() : value, note);
            if (value == null) {
                run.setTextHighlightColor("yellow");
            }
            at = m.end();
        }
        run(paragraph, text.substring(at), note);
    }

    private static XWPFRun run(XWPFParagraph paragraph, String text, boolean note) {
        XWPFRun run = paragraph.createRun();
        run.setText(text);
        run.setItalic(note);
        return run;
    }

    /** A title and a first-level heading style, with outline levels so that Word lists them in its navigation pane. */
    private static void addHeadingStyles(XWPFDocument doc) {
        XWPFStyles styles = doc.createStyles();
        HEADINGS.forEach((id, level) -> {
            CTStyle style = CTStyle.Factory.newInstance();
            style.setStyleId(id);
            style.setType(STStyleType.PARAGRAPH);
            style.addNewName().setVal(level == 0 ? "Title" : "heading " + level);
            style.addNewQFormat();
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(level));
            style.addNewRPr().addNewB();
            style.getRPr().addNewSz().setVal(BigInteger.valueOf(level == 0 ? 36 : 28));
            styles.addStyle(new XWPFStyle(style));
        });
    }
}
