package org.supplieresg.reports;

import static org.supplieresg.reports.ReportStyle.ACCENT;
import static org.supplieresg.reports.ReportStyle.ALERT;
import static org.supplieresg.reports.ReportStyle.HEADER_FILL;
import static org.supplieresg.reports.ReportStyle.INK;
import static org.supplieresg.reports.ReportStyle.MUTED;
import static org.supplieresg.reports.ReportStyle.RULE;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.supplieresg.reports.AuditReport.Audit;
import org.supplieresg.reports.AuditReport.CapStatus;
import org.supplieresg.reports.AuditReport.ChecklistCounts;
import org.supplieresg.reports.AuditReport.CorrectiveActionPlan;
import org.supplieresg.reports.AuditReport.Finding;
import org.supplieresg.reports.AuditReport.Photo;
import org.supplieresg.reports.AuditReport.Severity;
import org.supplieresg.reports.AuditReport.Signatures;
import org.supplieresg.reports.AuditReport.Supplier;

/**
 * The on-site audit report as an A4 PDF: a cover page, scope and team, a summary by severity, the findings with their
 * photos, the corrective action plans and a signature block, in English or Simplified Chinese. Every page carries the
 * audit reference and "Page x of y" at its foot. Dates are ISO (yyyy-MM-dd) in both languages. Labels come from
 * {@code org/supplieresg/reports/audit-report*.properties}; the report's own texts are printed as given.
 */
public final class AuditReportPdf {

    private static final String BUNDLE = "org.supplieresg.reports.audit-report";

    private static final float MARGIN = 50;
    private static final float FOOTER_Y = 30;
    /** About 9 cm: two photos with their captions fit on one page. */
    private static final float MAX_PHOTO_HEIGHT = 250;
    /** A section heading with less room than this under it would sit alone at the foot of a page. */
    private static final float MIN_ROOM_FOR_SECTION = 140;

    private static final float TITLE = 26;
    private static final float HEADING = 15;
    private static final float BODY = 10;
    private static final float SMALL = 8.5f;


    private final AuditReport report;
    private final Locale locale;
    private final ResourceBundle labels;
    private final Document document;
    private final PdfWriter writer;

    private AuditReportPdf(AuditReport report, Locale locale, ResourceBundle labels, OutputStream out) {
        this.report = report;
        this.locale = locale;
        this.labels = labels;
        this.document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 20);
        this.writer = PdfWriter.getInstance(document, out);
    }

    /**
     * Writes the report. Nothing reaches {@code out} unless the whole report could be laid out, and {@code out} is
     * left open.
     *
     * @param language Simplified Chinese for any {@code zh} locale, English for every other
     * @throws IllegalArgumentException if a photo's bytes cannot be read as an image
     */
    public static void write(AuditReport report, Locale language, OutputStream out) throws IOException {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(out, "out");
        Locale locale = "zh".equals(language.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        ResourceBundle labels = labels(locale);
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        new AuditReportPdf(report, locale, labels, body).writeBody();
        stampFooters(body.toByteArray(), report.audit().reference(), labels, locale, out);
    }

    /** The labels of one report language, without falling back to the JVM's default locale. */
    static ResourceBundle labels(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private void writeBody() {
        document.addTitle(label("title") + " " + report.audit().reference());
        document.addSubject(report.supplier().legalName());
        document.addAuthor(report.audit().leadAuditor());
        document.addCreator("Supplier ESG");
        document.open();
        cover();
        scopeAndTeam();
        summary();
        findings();
        correctiveActions();
        signatures();
        document.close();
    }

    private void cover() {
        Supplier supplier = report.supplier();
        Audit audit = report.audit();
        block(text(label("title"), TITLE, Font.BOLD, ACCENT), 0, 28);
        document.add(paragraph(supplier.legalName(), 18, Font.BOLD, INK));
        if (supplier.localName() != null) {
            document.add(paragraph(supplier.localName(), 15, Font.NORMAL, INK));
        }

        PdfPTable facts = keyValueTable();
        facts.setSpacingBefore(36);
        row(facts, "cover.site", supplier.siteAddress());
        row(facts, "cover.country", country(supplier.countryCode()));
        row(facts, "cover.reference", audit.reference());
        row(facts, "cover.type", label("type." + audit.type()));
        row(facts, "cover.planned", format("cover.range", iso(audit.plannedStart()), iso(audit.plannedEnd())));
        row(facts, "cover.actual", audit.actualDate() == null ? label("notRecorded") : iso(audit.actualDate()));
        row(facts, "cover.leadAuditor", audit.leadAuditor());
        document.add(facts);
        document.newPage();
    }

    private void scopeAndTeam() {
        Audit audit = report.audit();
        section("section.scope");
        PdfPTable scope = keyValueTable();
        row(scope, "scope.language", audit.auditLanguage().getDisplayName(locale));
        row(scope, "scope.criteria", audit.criteria());
        row(scope, "scope.scope", audit.scope());
        row(scope, "scope.leadAuditor", audit.leadAuditor());
        row(scope, "scope.team", audit.teamMembers().isEmpty() ? label("scope.noTeam") : String.join("\n", audit.teamMembers()));
        document.add(scope);
    }

    private void summary() {
        ChecklistCounts counts = report.counts();
        section("section.summary");
        PdfPTable table = new PdfPTable(new float[] {18, 67, 15});
        table.setWidthPercentage(100);
        table.addCell(headerCell("summary.severity"));
        table.addCell(headerCell("summary.definition"));
        PdfPCell countHeader = headerCell("summary.count");
        countHeader.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(countHeader);
        for (Severity severity : Severity.values()) {
            table.addCell(badge(severity));
            PdfPCell definition = cell(text(label("definition." + severity), SMALL, Font.NORMAL, INK));
            definition.setVerticalAlignment(Element.ALIGN_MIDDLE);
            table.addCell(definition);
            table.addCell(numberCell(counts.findings(severity), Font.NORMAL));
        }
        PdfPCell total = cell(text(label("summary.total"), BODY, Font.BOLD, INK));
        total.setColspan(2);
        table.addCell(total);
        table.addCell(numberCell(counts.findings(), Font.BOLD));
        PdfPCell conformingLabel = cell(text(label("summary.conforming"), BODY, Font.BOLD, INK));
        conformingLabel.setColspan(2);
        table.addCell(conformingLabel);
        PdfPCell conforming = cell(text(counts.conforming() + " / " + counts.itemsChecked(), BODY, Font.BOLD, INK));
        conforming.setHorizontalAlignment(Element.ALIGN_RIGHT);
        table.addCell(conforming);
        table.setSpacingAfter(10);
        document.add(table);
        document.add(paragraph(label(conclusionKey(counts)), BODY, Font.BOLD, INK));
    }

    private static String conclusionKey(ChecklistCounts counts) {
        return Stream.of(Severity.values())
                .filter(severity -> counts.findings(severity) > 0)
                .findFirst()
                .map(severity -> "conclusion." + severity)
                .orElse("conclusion.NONE");
    }

    private void findings() {
        section("section.findings");
        if (report.findings().isEmpty()) {
            document.add(paragraph(label("findings.none"), BODY, Font.NORMAL, INK));
            return;
        }
        for (Finding finding : report.findings()) {
            PdfPTable block = keyValueTable();
            block.addCell(badge(finding.severity()));
            PdfPCell heading = cell(text(finding.reference() + "   " + label("finding.indicator") + " "
                    + finding.indicatorCode(), 11, Font.BOLD, ACCENT));
            heading.setVerticalAlignment(Element.ALIGN_MIDDLE);
            block.addCell(heading);
            row(block, "finding.requirement", finding.requirement());
            row(block, "finding.observation", finding.observation());
            if (finding.notes() != null) {
                row(block, "finding.notes", finding.notes());
            }
            // The finding's texts stay on one page; its photos may follow on the next.
            block.setKeepTogether(true);
            block.setSpacingAfter(8);
            document.add(block);
            List<Photo> photos = finding.photos();
            for (int i = 0; i < photos.size(); i++) {
                photo(finding, i + 1, photos.get(i));
            }
        }
    }

    private void photo(Finding finding, int number, Photo photo) {
        Image image;
        try {
            image = Image.getInstance(photo.image());
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("photo " + number + " of finding " + finding.reference()
                    + " cannot be read as an image", e);
        }
        float width = document.right() - document.left();
        if (image.getScaledWidth() > width || image.getScaledHeight() > MAX_PHOTO_HEIGHT) {
            image.scaleToFit(width, MAX_PHOTO_HEIGHT);
        }
        PdfPTable frame = new PdfPTable(1);
        frame.setWidthPercentage(100);
        PdfPCell picture = new PdfPCell(image, false);
        picture.setBorder(Rectangle.NO_BORDER);
        picture.setHorizontalAlignment(Element.ALIGN_CENTER);
        picture.setPadding(0);
        frame.addCell(picture);
        String caption = format("finding.photo", number) + " · " + finding.reference()
                + (photo.caption() == null ? "" : ": " + photo.caption());
        PdfPCell captionCell = new PdfPCell(text(caption, SMALL, Font.ITALIC, MUTED));
        captionCell.setBorder(Rectangle.NO_BORDER);
        captionCell.setHorizontalAlignment(Element.ALIGN_CENTER);
        captionCell.setPaddingTop(4);
        frame.addCell(captionCell);
        frame.setKeepTogether(true);
        frame.setSpacingAfter(12);
        document.add(frame);
    }

    private void correctiveActions() {
        section("section.caps");
        if (report.correctiveActions().isEmpty()) {
            document.add(paragraph(label("caps.none"), BODY, Font.NORMAL, INK));
            return;
        }
        PdfPTable table = new PdfPTable(new float[] {10, 21, 27, 14, 14, 14});
        table.setWidthPercentage(100);
        Stream.of("cap.finding", "cap.rootCause", "cap.actions", "cap.owner", "cap.dueDate", "cap.status")
                .map(this::headerCell)
                .forEach(table::addCell);
        table.setHeaderRows(1);
        for (CorrectiveActionPlan plan : report.correctiveActions()) {
            table.addCell(cell(text(plan.findingReference(), SMALL, Font.BOLD, INK)));
            table.addCell(cell(small(plan.rootCause())));
            table.addCell(cell(small(plan.actions())));
            table.addCell(cell(small(plan.owner())));
            table.addCell(cell(small(iso(plan.dueDate()))));
            boolean late = plan.status() == CapStatus.OVERDUE || plan.status() == CapStatus.REJECTED;
            table.addCell(cell(text(label("status." + plan.status()), SMALL, late ? Font.BOLD : Font.NORMAL,
                    late ? ALERT : INK)));
        }
        document.add(table);
    }

    private void signatures() {
        Signatures signatures = report.signatures();
        section("section.signatures");
        PdfPTable table = new PdfPTable(new float[] {14, 34, 4, 14, 34});
        table.setWidthPercentage(100);
        table.addCell(signatureRole("sign.auditor"));
        table.addCell(spacer());
        table.addCell(signatureRole("sign.representative"));

        signatureRow(table, "sign.name", signatures.leadAuditor(), "sign.name", signatures.supplierRepresentative());
        signatureRow(table, null, null, "sign.title", signatures.representativeTitle());
        signatureRow(table, "sign.signature", null, "sign.signature", null);
        signatureRow(table, "sign.date", signatures.auditorSignedOn() == null ? null : iso(signatures.auditorSignedOn()),
                "sign.date", null);
        table.setKeepTogether(true);
        document.add(table);
    }

    private PdfPCell signatureRole(String key) {
        PdfPCell role = cell(text(label(key), BODY, Font.BOLD, ACCENT));
        role.setColspan(2);
        role.setPaddingBottom(10);
        return role;
    }

    /** One line of both signature columns; a missing value is a line to write on by hand. */
    private void signatureRow(PdfPTable table, String leftKey, String leftValue, String rightKey, String rightValue) {
        signatureHalf(table, leftKey, leftValue);
        table.addCell(spacer());
        signatureHalf(table, rightKey, rightValue);
    }

    private void signatureHalf(PdfPTable table, String key, String value) {
        if (key == null) {
            PdfPCell empty = spacer();
            empty.setColspan(2);
            table.addCell(empty);
            return;
        }
        PdfPCell name = new PdfPCell(text(label(key), SMALL, Font.BOLD, MUTED));
        name.setBorder(Rectangle.NO_BORDER);
        name.setVerticalAlignment(Element.ALIGN_BOTTOM);
        name.setMinimumHeight(30);
        name.setPaddingBottom(4);
        table.addCell(name);
        PdfPCell line = new PdfPCell(text(value == null ? "" : value));
        line.setBorder(Rectangle.BOTTOM);
        line.setBorderColor(value == null ? INK : RULE);
        line.setBorderWidth(value == null ? 0.75f : 0.5f);
        line.setVerticalAlignment(Element.ALIGN_BOTTOM);
        line.setMinimumHeight(30);
        line.setPaddingBottom(4);
        table.addCell(line);
    }

    private static PdfPCell spacer() {
        PdfPCell spacer = new PdfPCell();
        spacer.setBorder(Rectangle.NO_BORDER);
        return spacer;
    }

    /** A heading, moved to the next page when too little room is left to start the section under it. */
    private void section(String key) {
        if (writer.getVerticalPosition(true) - document.bottom() < MIN_ROOM_FOR_SECTION) {
            document.newPage();
        }
        block(text(label(key), HEADING, Font.BOLD, ACCENT), 16, 8);
    }

    /**
     * Text with space above and below. A paragraph's spacing would be drawn as a blank glyph under the text, which
     * text extraction (copy and paste, screen readers) reads into the heading; a table's spacing is only a move.
     */
    private void block(Phrase content, float before, float after) {
        document.add(ReportStyle.block(content, before, after));
    }

    private static PdfPTable keyValueTable() {
        PdfPTable table = new PdfPTable(new float[] {24, 76});
        table.setWidthPercentage(100);
        return table;
    }

    private void row(PdfPTable table, String key, String value) {
        table.addCell(cell(text(label(key), SMALL, Font.BOLD, MUTED)));
        table.addCell(cell(text(value)));
    }

    private PdfPCell headerCell(String key) {
        PdfPCell header = cell(text(label(key), SMALL, Font.BOLD, INK));
        header.setBackgroundColor(HEADER_FILL);
        return header;
    }

    private PdfPCell badge(Severity severity) {
        Color fill = switch (severity) {
            case PRIORITY -> ALERT;
            case MAJOR -> new Color(0xE6, 0x51, 0x00);
            case MINOR -> new Color(0xF9, 0xA8, 0x25);
        };
        Color ink = severity == Severity.MINOR ? INK : Color.WHITE;
        PdfPCell badge = cell(text(label("severity." + severity), BODY, Font.BOLD, ink));
        badge.setBackgroundColor(fill);
        badge.setHorizontalAlignment(Element.ALIGN_CENTER);
        badge.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return badge;
    }

    private static PdfPCell numberCell(int number, int style) {
        PdfPCell cell = cell(text(Integer.toString(number), BODY, style, INK));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        return cell;
    }

    private static PdfPCell cell(Phrase content) {
        PdfPCell cell = ReportStyle.ruledCell(content, 5, 7, 1.35f);
        cell.setVerticalAlignment(Element.ALIGN_TOP); // long observations beside short labels read from the top
        return cell;
    }

    private static Paragraph paragraph(String content, float size, int style, Color color) {
        Paragraph paragraph = new Paragraph(text(content, size, style, color));
        paragraph.setLeading(0, 1.35f);
        return paragraph;
    }

    private static Phrase text(String content) {
        return text(content, BODY, Font.NORMAL, INK);
    }

    /** Small text for table cells; a missing optional value prints as a dash. */
    private static Phrase small(String content) {
        return text(content == null ? "—" : content, SMALL, Font.NORMAL, INK);
    }

    private static Phrase text(String content, float size, int style, Color color) {
        return ReportFonts.phrase(content, size, style, color);
    }

    private String label(String key) {
        return labels.getString(key);
    }

    private String format(String key, Object... arguments) {
        return new MessageFormat(label(key), locale).format(arguments);
    }

    private String country(String code) {
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")";
    }

    private static String iso(LocalDate date) {
        return date.format(DateTimeFormatter.ISO_LOCAL_DATE);
    }

    /** Second pass: now that the page count is known, every page gets its footer. */
    private static void stampFooters(byte[] body, String reference, ResourceBundle labels, Locale locale,
                                     OutputStream out) throws IOException {
        PdfReader reader = new PdfReader(body);
        try {
            PdfStamper stamper = new PdfStamper(reader, out);
            stamper.getWriter().setCloseStream(false);
            int pages = reader.getNumberOfPages();
            MessageFormat pageOf = new MessageFormat(labels.getString("footer.page"), locale);
            for (int page = 1; page <= pages; page++) {
                Rectangle size = reader.getPageSize(page);
                PdfContentByte canvas = stamper.getOverContent(page);
                canvas.setColorStroke(RULE);
                canvas.setLineWidth(0.5f);
                canvas.moveTo(MARGIN, FOOTER_Y + 13);
                canvas.lineTo(size.getWidth() - MARGIN, FOOTER_Y + 13);
                canvas.stroke();
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, text(reference, SMALL, Font.NORMAL, MUTED),
                        MARGIN, FOOTER_Y, 0);
                ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                        text(pageOf.format(new Object[] {page, pages}), SMALL, Font.NORMAL, MUTED),
                        size.getWidth() - MARGIN, FOOTER_Y, 0);
            }
            stamper.close();
        } finally {
            reader.close();
        }
    }
}
