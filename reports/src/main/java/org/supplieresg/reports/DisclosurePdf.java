package org.supplieresg.reports;

import static org.supplieresg.reports.ReportStyle.ACCENT;
import static org.supplieresg.reports.ReportStyle.HEADER_FILL;
import static org.supplieresg.reports.ReportStyle.INK;
import static org.supplieresg.reports.ReportStyle.MUTED;
import static org.supplieresg.reports.ReportStyle.RULE;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.supplieresg.reports.Disclosure.AuditCoverage;
import org.supplieresg.reports.Disclosure.Emissions;
import org.supplieresg.reports.Disclosure.Impact;
import org.supplieresg.reports.Disclosure.ImpactAssessment;
import org.supplieresg.reports.Disclosure.IndexEntry;
import org.supplieresg.reports.Disclosure.Part;
import org.supplieresg.reports.Disclosure.Screening;
import org.supplieresg.reports.Disclosure.TierShare;

/**
 * The sustainability disclosure of a period as an A4 PDF, in English or Simplified Chinese: about this report,
 * supplier screening (GRI 308-1, 414-1), negative impacts in the supply chain (GRI 308-2, 414-2, points a to e),
 * audit coverage, greenhouse gas emissions (ESRS E1-6, Scope 3 by category, method and data quality), spend and order
 * allocation by procurement tier, and the GRI / ESRS content index. A period without data gets the first section and a
 * statement that there is nothing to disclose. Every page carries the organisation, the period and "Page x of y" at
 * its foot. Numbers and dates print the same in both languages (1,234.57 t CO2e, 42.9, 2025-12-31); a share with
 * nothing to share prints as an en dash.
 */
public final class DisclosurePdf {

    private static final float MARGIN = 50;
    private static final float FOOTER_Y = 30;
    /** Room taken by a section heading and a subheading with their spacing. */
    private static final float SECTION_HEADING_ROOM = 50;
    private static final float SUBHEADING_ROOM = 32;
    /** How much of a table that may split over pages must fit under its heading: the header and a few rows. */
    private static final float ROOM_FOR_A_START = 140;

    private static final float TITLE = 22;
    private static final float HEADING = 14;
    private static final float SUBHEADING = 11;
    private static final float BODY = 10;
    private static final float SMALL = 8.5f;

    private static final Color TOTAL_FILL = new Color(0xF4, 0xF6, 0xF8);
    private static final Color BAR = new Color(0x3D, 0x7A, 0x5C);
    private static final Color BAR_TRACK = new Color(0xE3, 0xE8, 0xE5);
    private static final Color NOTICE_FILL = new Color(0xFD, 0xF3, 0xE1);
    private static final Color NOTICE_EDGE = new Color(0xE6, 0x9B, 0x00);

    private final Disclosure disclosure;
    private final DisclosureLabels labels;
    private final Document document;
    private final PdfWriter writer;

    private DisclosurePdf(Disclosure disclosure, DisclosureLabels labels, OutputStream out) {
        this.disclosure = disclosure;
        this.labels = labels;
        this.document = new Document(PageSize.A4, MARGIN, MARGIN, MARGIN, MARGIN + 20);
        this.writer = PdfWriter.getInstance(document, out);
    }

    /**
     * Writes the report. Nothing reaches {@code out} unless the whole report could be laid out, and {@code out} is
     * left open.
     *
     * @param language Simplified Chinese for any {@code zh} locale, English for every other
     */
    public static void write(Disclosure disclosure, Locale language, OutputStream out) throws IOException {
        Objects.requireNonNull(language, "language");
        write(disclosure, DisclosureLabels.of(language), out);
    }

    static void write(Disclosure disclosure, DisclosureLabels labels, OutputStream out) throws IOException {
        Objects.requireNonNull(disclosure, "disclosure");
        Objects.requireNonNull(out, "out");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        new DisclosurePdf(disclosure, labels, body).writeBody();
        out.write(stampFooters(body.toByteArray(), footer(disclosure, labels), labels));
    }

    private void writeBody() {
        document.addTitle(label("title") + " " + disclosure.organisation() + " " + period());
        document.addSubject(disclosure.organisation());
        if (disclosure.generatedBy() != null) {
            document.addAuthor(disclosure.generatedBy());
        }
        document.addCreator("Supplier ESG");
        document.open();
        titleBlock();
        about();
        if (disclosure.hasData()) {
            screening();
            impacts();
            audits();
            emissions();
            tiers();
            contentIndex();
        } else {
            noData();
        }
        document.close();
    }

    private void titleBlock() {
        block(text(label("title"), TITLE, Font.BOLD, ACCENT), 0, 6);
        block(text(disclosure.organisation(), 16, Font.BOLD, INK), 0, 2);
        // The period, underlined by a rule across the page.
        PdfPCell period = new PdfPCell(text(labels.format("subtitle", date(disclosure.from()), date(disclosure.to())),
                11, Font.NORMAL, MUTED));
        period.setBorder(Rectangle.BOTTOM);
        period.setBorderColor(ACCENT);
        period.setBorderWidth(1.5f);
        period.setPadding(0);
        period.setPaddingBottom(10);
        period.setLeading(0, 1.35f);
        PdfPTable subtitle = new PdfPTable(1);
        subtitle.setWidthPercentage(100);
        subtitle.addCell(period);
        subtitle.setSpacingAfter(6);
        document.add(subtitle);
    }

    private void about() {
        section(1, "section.about", 0);
        PdfPTable facts = keyValueTable();
        row(facts, "about.organisation", disclosure.organisation());
        row(facts, "about.period", period());
        row(facts, "about.reportingYear", Integer.toString(disclosure.reportingYear()));
        row(facts, "about.generatedAt", DisclosureLabels.instant(disclosure.generatedAt()));
        row(facts, "about.generatedBy", disclosure.generatedBy() == null ? DisclosureLabels.NOT_APPLICABLE : disclosure.generatedBy());
        row(facts, "about.method", label("about.methodText"));
        facts.setKeepTogether(true);
        document.add(facts);
    }

    private void noData() {
        PdfPCell statement = new PdfPCell(text(labels.format("noData", date(disclosure.from()), date(disclosure.to()),
                Integer.toString(disclosure.reportingYear())), 11, Font.BOLD, INK));
        statement.setBackgroundColor(NOTICE_FILL);
        statement.setBorder(Rectangle.LEFT);
        statement.setBorderColorLeft(NOTICE_EDGE);
        statement.setBorderWidthLeft(4);
        statement.setPadding(12);
        statement.setLeading(0, 1.4f);
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.addCell(statement);
        box.setSpacingBefore(24);
        document.add(box);
    }

    private void screening() {
        Screening screening = disclosure.screening();
        PdfPTable table = new PdfPTable(new float[] {64, 16, 20});
        table.setWidthPercentage(100);
        header(table, "screening.measure", Element.ALIGN_LEFT);
        header(table, "screening.number", Element.ALIGN_RIGHT);
        header(table, "screening.percent", Element.ALIGN_RIGHT);
        table.addCell(textCell(label("screening.new"), Font.BOLD));
        table.addCell(numberCell(DisclosureLabels.count(screening.newSuppliers()), Font.BOLD));
        table.addCell(numberCell("", Font.NORMAL));
        table.addCell(textCell(label("screening.environmental"), Font.NORMAL));
        table.addCell(numberCell(DisclosureLabels.count(screening.screenedEnvironmental()), Font.NORMAL));
        table.addCell(numberCell(DisclosureLabels.percent(screening.environmentalPercent()), Font.NORMAL));
        table.addCell(textCell(label("screening.social"), Font.NORMAL));
        table.addCell(numberCell(DisclosureLabels.count(screening.screenedSocial()), Font.NORMAL));
        table.addCell(numberCell(DisclosureLabels.percent(screening.socialPercent()), Font.NORMAL));
        table.setKeepTogether(true);
        section(2, "section.screening", height(table));
        document.add(table);
    }

    private void impacts() {
        impactAssessment("environmental", disclosure.environmental(), true);
        impactAssessment("social", disclosure.social(), false);
    }

    /** Points a to e of 308-2 or 414-2, then the impacts of point c; the first under the section's heading. */
    private void impactAssessment(String kind, ImpactAssessment assessment, boolean first) {
        PdfPTable points = new PdfPTable(new float[] {8, 60, 14, 18});
        points.setWidthPercentage(100);
        header(points, "impacts.point", Element.ALIGN_LEFT);
        header(points, "impacts.disclosure", Element.ALIGN_LEFT);
        header(points, "impacts.number", Element.ALIGN_RIGHT);
        header(points, "impacts.percent", Element.ALIGN_RIGHT);
        point(points, "a", label("impacts.a." + kind), assessment.assessed(), null, false);
        point(points, "b", label("impacts.b." + kind), assessment.withImpacts(), null, false);
        point(points, "c", label("impacts.c"), assessment.impacts().size(), null, false);
        point(points, "d", label("impacts.d"), assessment.withImprovementsAgreed(), assessment.improvementsAgreedPercent(), true);
        point(points, "e", label("impacts.e"), assessment.relationshipsEnded(), assessment.relationshipsEndedPercent(), true);
        points.setKeepTogether(true);
        points.setSpacingAfter(8);
        if (first) {
            section(3, "section.impacts", SUBHEADING_ROOM + height(points));
        }
        subsection(label("impacts." + kind), height(points));
        document.add(points);

        if (assessment.impacts().isEmpty()) {
            minorHeading(label("impacts.list." + kind), 0);
            block(text(label("impacts.none"), BODY, Font.NORMAL, INK), 0, 6);
            return;
        }
        PdfPTable list = new PdfPTable(new float[] {12, 50, 27, 11});
        list.setWidthPercentage(100);
        header(list, "impact.indicator", Element.ALIGN_LEFT);
        header(list, "impact.name", Element.ALIGN_LEFT);
        header(list, "impact.source", Element.ALIGN_LEFT);
        header(list, "impact.suppliers", Element.ALIGN_RIGHT);
        list.setHeaderRows(1);
        for (Impact impact : assessment.impacts()) {
            list.addCell(textCell(impact.indicatorCode(), Font.BOLD));
            list.addCell(textCell(impact.indicatorName(), Font.NORMAL));
            list.addCell(textCell(labels.source(impact.source()), Font.NORMAL));
            list.addCell(numberCell(DisclosureLabels.count(impact.suppliers()), Font.NORMAL));
        }
        list.setSpacingAfter(6);
        minorHeading(label("impacts.list." + kind), Math.min(height(list), ROOM_FOR_A_START));
        document.add(list);
    }

    private void point(PdfPTable table, String letter, String text, long number, BigDecimal percent, boolean hasPercent) {
        table.addCell(textCell(letter + ".", Font.BOLD));
        table.addCell(textCell(text, Font.NORMAL));
        table.addCell(numberCell(DisclosureLabels.count(number), Font.NORMAL));
        table.addCell(numberCell(hasPercent ? DisclosureLabels.percent(percent) : "", Font.NORMAL));
    }

    private void audits() {
        AuditCoverage audits = disclosure.audits();
        PdfPTable table = new PdfPTable(new float[] {80, 20});
        table.setWidthPercentage(100);
        header(table, "table.measure", Element.ALIGN_LEFT);
        header(table, "table.value", Element.ALIGN_RIGHT);
        measure(table, "audits.tier1", DisclosureLabels.count(audits.tier1Suppliers()), Font.NORMAL);
        measure(table, "audits.audited", DisclosureLabels.count(audits.tier1Audited()), Font.NORMAL);
        measure(table, "audits.coverage", DisclosureLabels.percent(audits.coveragePercent()), Font.BOLD);
        measure(table, "audits.onSite", DisclosureLabels.count(audits.onSiteAudits()), Font.NORMAL);
        measure(table, "audits.findings", DisclosureLabels.count(audits.findings()), Font.NORMAL);
        measure(table, "audits.major", DisclosureLabels.count(audits.majorFindings()), Font.NORMAL);
        table.setKeepTogether(true);
        section(4, "section.audits", height(table));
        document.add(table);
    }

    private void emissions() {
        Emissions emissions = disclosure.emissions();
        if (emissions == null) {
            section(5, "section.emissions", 0);
            block(text(labels.format("emissions.none", Integer.toString(disclosure.reportingYear())), BODY, Font.BOLD, INK), 0, 6);
            return;
        }
        PdfPTable facts = keyValueTable();
        row(facts, "emissions.year", Integer.toString(emissions.year()));
        row(facts, "emissions.gwpSet", emissions.gwpSet());
        row(facts, "emissions.run", Long.toString(emissions.runId()));
        facts.setSpacingAfter(8);

        PdfPTable scopes = new PdfPTable(new float[] {75, 25});
        scopes.setWidthPercentage(100);
        header(scopes, "emissions.scope", Element.ALIGN_LEFT);
        header(scopes, "emissions.tonnes", Element.ALIGN_RIGHT);
        measure(scopes, "emissions.scope1", DisclosureLabels.tonnes(emissions.scope1Kg()), Font.NORMAL);
        measure(scopes, "emissions.scope2Location", DisclosureLabels.tonnes(emissions.scope2LocationKg()), Font.NORMAL);
        measure(scopes, "emissions.scope2Market", DisclosureLabels.tonnes(emissions.scope2MarketKg()), Font.NORMAL);
        measure(scopes, "emissions.scope3", DisclosureLabels.tonnes(emissions.scope3Kg()), Font.NORMAL);
        PdfPCell totalLabel = textCell(label("emissions.total"), Font.BOLD);
        totalLabel.setBackgroundColor(TOTAL_FILL);
        scopes.addCell(totalLabel);
        PdfPCell total = numberCell(DisclosureLabels.tonnes(emissions.totalKg()), Font.BOLD);
        total.setBackgroundColor(TOTAL_FILL);
        scopes.addCell(total);
        scopes.setKeepTogether(true);
        section(5, "section.emissions", height(facts) + height(scopes));
        document.add(facts);
        document.add(scopes);

        parts("emissions.byCategory", "emissions.category", emissions, emissions.byCategory(), true);
        parts("emissions.byMethod", "emissions.method", emissions, emissions.byMethod(), false);
        parts("emissions.byDataQuality", "emissions.band", emissions, emissions.byDataQuality(), true);

        PdfPTable quality = new PdfPTable(new float[] {75, 25});
        quality.setWidthPercentage(100);
        measure(quality, "emissions.dataQuality", DisclosureLabels.score(emissions.dataQuality()), Font.NORMAL);
        measure(quality, "emissions.primary", DisclosureLabels.tonnes(emissions.primaryShareKg()), Font.NORMAL);
        measure(quality, "emissions.primaryPercent", DisclosureLabels.percent(emissions.primaryPercent()), Font.NORMAL);
        quality.setKeepTogether(true);
        subsection(label("emissions.quality"), height(quality));
        document.add(quality);
    }

    /** One split of Scope 3: key (when it means something to the reader), description, tonnes, share and a bar. */
    private void parts(String titleKey, String keyHeader, Emissions emissions, List<Part> parts, boolean showKey) {
        PdfPTable table = showKey ? new PdfPTable(new float[] {11, 35, 15, 14, 16, 9}) : new PdfPTable(new float[] {46, 15, 14, 16, 9});
        table.setWidthPercentage(100);
        if (showKey) {
            header(table, keyHeader, Element.ALIGN_LEFT);
            header(table, "table.description", Element.ALIGN_LEFT);
        } else {
            header(table, keyHeader, Element.ALIGN_LEFT);
        }
        header(table, "emissions.tonnes", Element.ALIGN_RIGHT);
        header(table, "emissions.share", Element.ALIGN_RIGHT);
        table.addCell(headerCell(""));
        header(table, "emissions.figures", Element.ALIGN_RIGHT);
        table.setHeaderRows(1);
        for (Part part : parts) {
            String description = part.label() == null ? part.key() : part.label();
            if (showKey) {
                table.addCell(textCell(part.key(), Font.BOLD));
            }
            table.addCell(textCell(description, Font.NORMAL));
            table.addCell(numberCell(DisclosureLabels.tonnes(part.kg()), Font.NORMAL));
            BigDecimal share = emissions.scope3Percent(part);
            table.addCell(numberCell(DisclosureLabels.percent(share), Font.NORMAL));
            table.addCell(barCell(share));
            table.addCell(numberCell(DisclosureLabels.count(part.figures()), Font.NORMAL));
        }
        table.setKeepTogether(parts.size() < 20);
        table.setSpacingAfter(4);
        subsection(label(titleKey), parts.size() < 20 ? height(table) : ROOM_FOR_A_START);
        document.add(table);
    }

    private void tiers() {
        PdfPTable table = new PdfPTable(new float[] {16, 12, 20, 14, 22, 16});
        table.setWidthPercentage(100);
        header(table, "tiers.tier", Element.ALIGN_LEFT);
        header(table, "tiers.suppliers", Element.ALIGN_RIGHT);
        header(table, "tiers.spend", Element.ALIGN_RIGHT);
        header(table, "tiers.spendShare", Element.ALIGN_RIGHT);
        table.addCell(numberHeader(labels.format("tiers.purchased", Integer.toString(disclosure.reportingYear()))));
        header(table, "tiers.purchasedShare", Element.ALIGN_RIGHT);
        table.setHeaderRows(1);
        long suppliers = 0;
        BigDecimal spend = BigDecimal.ZERO;
        BigDecimal purchased = BigDecimal.ZERO;
        for (TierShare tier : disclosure.tiers()) {
            table.addCell(textCell(labels.tier(tier.tier()), Font.BOLD));
            table.addCell(numberCell(DisclosureLabels.count(tier.suppliers()), Font.NORMAL));
            table.addCell(numberCell(DisclosureLabels.amount(tier.annualSpendUsd()), Font.NORMAL));
            table.addCell(numberCell(DisclosureLabels.percent(tier.spendPercent()), Font.NORMAL));
            table.addCell(numberCell(DisclosureLabels.amount(tier.purchasedUsd()), Font.NORMAL));
            table.addCell(numberCell(DisclosureLabels.percent(tier.purchasedPercent()), Font.NORMAL));
            suppliers += tier.suppliers();
            spend = tier.annualSpendUsd() == null ? spend : spend.add(tier.annualSpendUsd());
            purchased = tier.purchasedUsd() == null ? purchased : purchased.add(tier.purchasedUsd());
        }
        List<PdfPCell> totals = List.of(textCell(label("tiers.total"), Font.BOLD), numberCell(DisclosureLabels.count(suppliers), Font.BOLD),
                numberCell(DisclosureLabels.amount(spend), Font.BOLD), numberCell("", Font.BOLD),
                numberCell(DisclosureLabels.amount(purchased), Font.BOLD), numberCell("", Font.BOLD));
        for (PdfPCell total : totals) {
            total.setBackgroundColor(TOTAL_FILL);
            table.addCell(total);
        }
        table.setKeepTogether(disclosure.tiers().size() < 20);
        section(6, "section.tiers", disclosure.tiers().size() < 20 ? height(table) : ROOM_FOR_A_START);
        document.add(table);
    }

    private void contentIndex() {
        PdfPTable table = new PdfPTable(new float[] {11, 12, 31, 20, 26});
        table.setWidthPercentage(100);
        header(table, "index.standard", Element.ALIGN_LEFT);
        header(table, "index.disclosure", Element.ALIGN_LEFT);
        header(table, "index.title", Element.ALIGN_LEFT);
        header(table, "index.location", Element.ALIGN_LEFT);
        header(table, "index.omission", Element.ALIGN_LEFT);
        table.setHeaderRows(1);
        for (IndexEntry entry : disclosure.contentIndex()) {
            table.addCell(textCell(entry.standard(), Font.NORMAL));
            table.addCell(textCell(entry.disclosure(), Font.BOLD));
            table.addCell(textCell(entry.title(), Font.NORMAL));
            table.addCell(textCell(entry.location(), Font.NORMAL));
            table.addCell(textCell(entry.omission() == null ? "" : entry.omission(), Font.NORMAL));
        }
        section(7, "section.index", Math.min(height(table), ROOM_FOR_A_START));
        document.add(table);
    }

    /**
     * A numbered heading, moved to the next page with what follows it when the page has no room left for both: a
     * heading never stands alone at the foot of a page.
     *
     * @param following the height of what must stand under the heading on the same page
     */
    private void section(int number, String key, float following) {
        keepRoom(SECTION_HEADING_ROOM + following);
        block(text(number + "   " + label(key), HEADING, Font.BOLD, ACCENT), 18, 8);
    }

    private void subsection(String title, float following) {
        keepRoom(SUBHEADING_ROOM + following);
        block(text(title, SUBHEADING, Font.BOLD, ACCENT), 10, 6);
    }

    private void minorHeading(String title, float following) {
        keepRoom(SUBHEADING_ROOM + following);
        block(text(title, BODY, Font.BOLD, INK), 4, 4);
    }

    /** Starts a new page unless {@code needed} points are left above the foot of this one. */
    private void keepRoom(float needed) {
        float page = document.top() - document.bottom();
        if (writer.getVerticalPosition(true) - document.bottom() < Math.min(needed, page)) {
            document.newPage();
        }
    }

    /** The height a table will take at the full text width, with the space above it. */
    private float height(PdfPTable table) {
        table.setTotalWidth(document.right() - document.left());
        return table.calculateHeights(true) + table.spacingBefore();
    }

    /**
     * Text with space above and below. A paragraph's spacing would be drawn as a blank glyph under the text, which
     * text extraction reads into the heading; a table's spacing is only a move.
     */
    private void block(Phrase content, float before, float after) {
        document.add(ReportStyle.block(content, before, after));
    }

    private static PdfPTable keyValueTable() {
        PdfPTable table = new PdfPTable(new float[] {26, 74});
        table.setWidthPercentage(100);
        return table;
    }

    private void row(PdfPTable table, String key, String value) {
        table.addCell(cell(text(label(key), SMALL, Font.BOLD, MUTED)));
        table.addCell(cell(text(value, BODY, Font.NORMAL, INK)));
    }

    /** A label and a right-aligned figure. */
    private void measure(PdfPTable table, String key, String value, int style) {
        table.addCell(textCell(label(key), style));
        table.addCell(numberCell(value, style));
    }

    private void header(PdfPTable table, String key, int alignment) {
        PdfPCell header = headerCell(label(key));
        header.setHorizontalAlignment(alignment);
        table.addCell(header);
    }

    private static PdfPCell numberHeader(String content) {
        PdfPCell header = headerCell(content);
        header.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return header;
    }

    private static PdfPCell headerCell(String content) {
        PdfPCell header = cell(text(content, SMALL, Font.BOLD, INK));
        header.setBackgroundColor(HEADER_FILL);
        header.setVerticalAlignment(Element.ALIGN_BOTTOM);
        return header;
    }

    private static PdfPCell textCell(String content, int style) {
        return cell(text(content == null ? "" : content, SMALL, style, INK));
    }

    private static PdfPCell numberCell(String content, int style) {
        PdfPCell cell = cell(text(content, SMALL, style, INK));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    /** A horizontal bar as long as the share, drawn as vector graphics behind an empty cell. */
    private static PdfPCell barCell(BigDecimal percent) {
        PdfPCell cell = cell(text("", SMALL, Font.NORMAL, INK));
        if (percent == null) {
            return cell;
        }
        float share = Math.max(0, Math.min(100, percent.floatValue())) / 100;
        cell.setCellEvent((c, position, canvases) -> {
            PdfContentByte canvas = canvases[PdfPTable.BACKGROUNDCANVAS];
            float left = position.getLeft() + 4;
            float width = position.getWidth() - 8;
            float height = 6;
            float bottom = position.getBottom() + (position.getHeight() - height) / 2 + 1;
            canvas.saveState();
            canvas.setColorFill(BAR_TRACK);
            canvas.rectangle(left, bottom, width, height);
            canvas.fill();
            if (share > 0) {
                canvas.setColorFill(BAR);
                canvas.rectangle(left, bottom, Math.max(0.75f, width * share), height);
                canvas.fill();
            }
            canvas.restoreState();
        });
        return cell;
    }

    private static PdfPCell cell(Phrase content) {
        return ReportStyle.ruledCell(content, 5, 6, 1.35f);
    }

    private static Phrase text(String content, float size, int style, Color color) {
        return ReportFonts.phrase(content, size, style, color);
    }

    private String label(String key) {
        return labels.get(key);
    }

    private String period() {
        return labels.format("range", date(disclosure.from()), date(disclosure.to()));
    }

    private static String date(LocalDate date) {
        return DisclosureLabels.date(date);
    }

    private static String footer(Disclosure disclosure, DisclosureLabels labels) {
        return disclosure.organisation() + "  ·  " + labels.format("range", date(disclosure.from()), date(disclosure.to()));
    }

    /** Second pass: now that the page count is known, every page gets its footer. */
    private static byte[] stampFooters(byte[] body, String footer, DisclosureLabels labels) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length + 4096);
        PdfReader reader = new PdfReader(body);
        try {
            PdfStamper stamper = new PdfStamper(reader, out);
            int pages = reader.getNumberOfPages();
            for (int page = 1; page <= pages; page++) {
                Rectangle size = reader.getPageSize(page);
                PdfContentByte canvas = stamper.getOverContent(page);
                canvas.setColorStroke(RULE);
                canvas.setLineWidth(0.5f);
                canvas.moveTo(MARGIN, FOOTER_Y + 13);
                canvas.lineTo(size.getWidth() - MARGIN, FOOTER_Y + 13);
                canvas.stroke();
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, text(footer, SMALL, Font.NORMAL, MUTED), MARGIN, FOOTER_Y, 0);
                ColumnText.showTextAligned(canvas, Element.ALIGN_RIGHT,
                        text(labels.format("footer.page", page, pages), SMALL, Font.NORMAL, MUTED),
                        size.getWidth() - MARGIN, FOOTER_Y, 0);
            }
            stamper.close();
        } finally {
            reader.close();
        }
        return out.toByteArray();
    }
}
