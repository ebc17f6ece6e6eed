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
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.supplieresg.reports.SupplierScorecard.Cap;
import org.supplieresg.reports.SupplierScorecard.Company;
import org.supplieresg.reports.SupplierScorecard.DimensionScore;
import org.supplieresg.reports.SupplierScorecard.EmissionsSummary;
import org.supplieresg.reports.SupplierScorecard.IndicatorNote;
import org.supplieresg.reports.SupplierScorecard.NextTier;
import org.supplieresg.reports.SupplierScorecard.OpenFinding;
import org.supplieresg.reports.SupplierScorecard.Period;
import org.supplieresg.reports.SupplierScorecard.RedFlag;
import org.supplieresg.reports.SupplierScorecard.Result;
import org.supplieresg.reports.SupplierScorecard.TierPolicy;
import org.supplieresg.reports.SupplierScorecard.TrendPoint;

/**
 * The supplier scorecard as an A4 PDF, usually one or two pages, in English or Simplified Chinese: who the supplier
 * is, the total and the tier with the rule that set it, the dimension scores as a bar chart, strengths and gaps, red
 * flags, open findings with their corrective actions, emissions, the trend over earlier campaigns and what it takes
 * to reach the next tier. Every page carries the supplier's name, "Page x of y" and who generated it when. Charts are
 * vector graphics; dates are ISO (yyyy-MM-dd) and times UTC in both languages. Labels come from
 * {@code org/supplieresg/reports/scorecard*.properties}, read once per language; the card's own texts are printed as
 * given.
 *
 * <p>The document is laid out in one pass: the page count in the footers is filled in when the document closes.
 */
public final class ScorecardPdf {

    private static final String BUNDLE = "org.supplieresg.reports.scorecard";
    private static final Map<Locale, Labels> LABELS = new ConcurrentHashMap<>();

    private static final String TIERS = "ABCD";
    private static final Set<String> CAP_KINDS = Set.of("RED_FLAG", "OPEN_MAJOR_FINDING", "DIMENSION_BELOW_FLOOR",
            "OVERDUE_CORRECTIVE_ACTION");
    private static final Set<String> SOURCING_STATUSES = Set.of("PREFERRED", "APPROVED", "CONDITIONAL", "BLOCKED");
    private static final Set<String> SEVERITIES = Set.of("PRIORITY", "MAJOR", "MINOR");
    private static final Set<String> CAP_STATUSES = Set.of("OPEN", "SUBMITTED", "VERIFIED", "REJECTED");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private static final float MARGIN = 50;
    private static final float WIDTH = PageSize.A4.getWidth() - 2 * MARGIN;
    private static final float FOOTER_Y = 34;
    /** The box the footer's "Page x of y" is written into once the page count is known. */
    private static final float PAGE_NUMBER_WIDTH = 120;
    /** A section heading with less room than this for the start of its content goes to the next page. */
    private static final float MIN_ROOM = 110;
    /** Blocks lower than this are one line of text. */
    private static final float LINE = 30;
    private static final float BAR_HEIGHT = 8;
    /** Baseline distances in the result panel. */
    private static final float SMALL_LINE = 12;
    private static final float BIG_LINE = 34;

    private static final float TITLE = 22;
    private static final float HEADING = 13;
    private static final float SUBHEADING = 10.5f;
    private static final float BODY = 9;
    private static final float SMALL = 8;
    private static final float TINY = 7;

    private static final Color TRACK = new Color(0xEE, 0xF1, 0xF5);
    private static final Color BAR = new Color(0x3A, 0x6E, 0xA5);
    private static final Color GOOD = new Color(0x2E, 0x7D, 0x32);
    private static final Color BLUE = new Color(0x15, 0x65, 0xC0);
    private static final Color AMBER = new Color(0xF9, 0xA8, 0x25);
    /** Amber is too pale for text on white. */
    private static final Color AMBER_TEXT = new Color(0xB2, 0x6A, 0x00);
    private static final Color ORANGE = new Color(0xE6, 0x51, 0x00);
    /** Pale backgrounds of the tier bands in the trend chart, A to D. */
    private static final Color[] TIER_TINTS = {new Color(0xE8, 0xF5, 0xE9), new Color(0xE3, 0xF2, 0xFD),
            new Color(0xFF, 0xF8, 0xE1), new Color(0xFF, 0xEB, 0xEE)};

    private final SupplierScorecard card;
    private final Labels labels;
    private final Document document;
    private final PdfWriter writer;
    private final DecimalFormat tonnes = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));

    private ScorecardPdf(SupplierScorecard card, Labels labels, OutputStream out) {
        this.card = card;
        this.labels = labels;
        this.document = new Document(PageSize.A4, MARGIN, MARGIN, 45, 72);
        this.writer = PdfWriter.getInstance(document, out);
        writer.setPageEvent(new Footer());
        tonnes.setRoundingMode(RoundingMode.HALF_UP);
    }

    /**
     * Writes the scorecard. Nothing reaches {@code out} unless the whole scorecard could be laid out, and {@code out}
     * is left open.
     *
     * @param language Simplified Chinese for any {@code zh} locale, English for every other
     * @throws IllegalArgumentException if the card contradicts itself (a tier the total and the caps do not give) or
     *                                  holds a code the scorecard has no label for
     */
    public static void write(SupplierScorecard card, Locale language, OutputStream out) throws IOException {
        Objects.requireNonNull(language, "language");
        write(card, labels(language), out);
    }

    static void write(SupplierScorecard card, Labels labels, OutputStream out) throws IOException {
        Objects.requireNonNull(card, "card");
        Objects.requireNonNull(out, "out");
        validate(card);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream(96 * 1024);
        new ScorecardPdf(card, labels, pdf).writeDocument();
        pdf.writeTo(out);
    }

    /** The labels of the report language for {@code language}, read once and kept. */
    static Labels labels(Locale language) {
        Locale locale = "zh".equals(language.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        return LABELS.computeIfAbsent(locale, Labels::load);
    }

    private void writeDocument() {
        Company company = card.company();
        document.addTitle(label("title") + " " + company.legalName() + " " + card.period().campaign());
        document.addSubject(company.legalName());
        document.addAuthor(card.generatedBy());
        document.addCreator("Supplier ESG");
        document.open();
        header();
        result();
        dimensions();
        strengthsAndGaps();
        redFlags();
        findings();
        emissions();
        trend();
        nextTier();
        document.close();
    }

    private void header() {
        Company company = card.company();
        Period period = card.period();
        document.add(block(text(label("title"), TITLE, Font.BOLD, ACCENT), 0, 6));
        document.add(block(text(company.legalName(), 16, Font.BOLD, INK), 0, 2));
        if (company.localName() != null && !company.localName().isBlank()) {
            document.add(block(text(company.localName(), 13, Font.NORMAL, INK), 0, 2));
        }
        PdfPTable facts = table(18, 32, 19, 31);
        facts.setSpacingBefore(10);
        fact(facts, "header.country", country(company.country()));
        fact(facts, "header.spendCategory", company.spendCategory());
        fact(facts, "header.chainTier", labels.find("chainTier." + company.chainTier(), company.chainTier()));
        fact(facts, "header.campaign", period.campaign());
        fact(facts, "header.deadline", DATE.format(period.deadline()));
        fact(facts, "header.scoredAt", TIME.format(period.scoredAt()));
        fact(facts, "header.catalogueVersion", format("header.version", Integer.toString(period.catalogueVersion())));
        fact(facts, "header.policyVersion", format("header.version", Integer.toString(period.policyVersion())));
        document.add(facts);
    }

    private void fact(PdfPTable table, String key, String value) {
        table.addCell(cell(text(label(key), SMALL, Font.BOLD, MUTED)));
        table.addCell(cell(text(value, BODY, Font.NORMAL, INK)));
    }

    private void result() {
        Result result = card.result();
        TierPolicy policy = result.policy();
        String tier = result.tier();

        // Three cells of three lines each with the same leadings, so that their lines share baselines and are read
        // (copied, extracted) across: label, value, note.
        PdfPTable panel = table(23, 2, 15, 3, 57);
        PdfPCell total = panelCell();
        total.setBackgroundColor(HEADER_FILL);
        total.addElement(line(text(label("result.total"), SMALL, Font.BOLD, MUTED), SMALL_LINE, Element.ALIGN_CENTER));
        total.addElement(line(text(points(result.total()), 28, Font.BOLD, INK), BIG_LINE, Element.ALIGN_CENTER));
        total.addElement(line(text(label("result.outOf"), SMALL, Font.NORMAL, MUTED), SMALL_LINE, Element.ALIGN_CENTER));
        panel.addCell(total);
        panel.addCell(spacer());
        PdfPCell badge = panelCell();
        badge.setBackgroundColor(tierColor(tier));
        badge.addElement(line(text(label("result.tier"), SMALL, Font.BOLD, tierInk(tier)), SMALL_LINE, Element.ALIGN_CENTER));
        badge.addElement(line(text(tier, 30, Font.BOLD, tierInk(tier)), BIG_LINE, Element.ALIGN_CENTER));
        panel.addCell(badge);
        panel.addCell(spacer());
        PdfPCell status = panelCell();
        status.addElement(line(text(label("result.sourcingStatus"), SMALL, Font.BOLD, MUTED), SMALL_LINE, Element.ALIGN_LEFT));
        status.addElement(line(text(label("sourcing." + result.sourcingStatus()), 16, Font.BOLD, tierText(tier)), BIG_LINE,
                Element.ALIGN_LEFT));
        status.addElement(line(text(label("sourcingNote." + result.sourcingStatus()), BODY, Font.NORMAL, INK), SMALL_LINE,
                Element.ALIGN_LEFT));
        panel.addCell(status);

        List<String> rule = new ArrayList<>();
        if ("D".equals(result.scoreTier())) {
            rule.add(format("rule.belowAll", points(result.total()), points(policy.cMinimum()),
                    Integer.toString(policy.version())));
        } else {
            rule.add(format("rule.atLeast", points(result.total()), points(policy.minimum(result.scoreTier())),
                    result.scoreTier(), Integer.toString(policy.version())));
        }
        result.caps().forEach(cap -> rule.add(capSentence(cap)));
        rule.add(result.caps().isEmpty() ? format("rule.noCaps", tier) : format("rule.capped", tier));

        List<PdfPTable> blocks = new ArrayList<>();
        blocks.add(panel);
        blocks.add(subheading(label("rule.heading")));
        blocks.add(bullets(rule));
        section(label("section.result"), blocks);
    }

    private String capSentence(Cap cap) {
        String argument = "DIMENSION_BELOW_FLOOR".equals(cap.kind())
                ? points(card.result().policy().dimensionFloorForA()) : "";
        return format("cap." + cap.kind(), cap.maximum(), cap.source(), argument);
    }

    private void dimensions() {
        TierPolicy policy = card.result().policy();
        PdfPTable table = table(9, 33, 9, 49);
        table.addCell(headerCell("dimensions.code", Element.ALIGN_LEFT));
        table.addCell(headerCell("dimensions.name", Element.ALIGN_LEFT));
        table.addCell(headerCell("dimensions.weight", Element.ALIGN_RIGHT));
        table.addCell(headerCell("dimensions.score", Element.ALIGN_LEFT));
        table.setHeaderRows(1);
        for (DimensionScore dimension : card.dimensions()) {
            table.addCell(cell(text(dimension.code(), SMALL, Font.BOLD, INK)));
            table.addCell(cell(text(dimension.name(), BODY, Font.NORMAL, INK)));
            table.addCell(numberCell(percent(dimension.weightPercent()), BODY));
            PdfPCell bar = cell(text("", SMALL, Font.NORMAL, INK));
            bar.setMinimumHeight(18);
            bar.setCellEvent(new Bar(dimension.score(), policy));
            table.addCell(bar);
        }
        PdfPCell legend = plainCell(text(format("dimensions.legend", points(policy.aMinimum()),
                points(policy.dimensionFloorForA())), TINY, Font.NORMAL, MUTED));
        legend.setColspan(3);
        legend.setPaddingTop(5);
        table.addCell(legend);
        PdfPCell axis = plainCell(text("", TINY, Font.NORMAL, MUTED));
        axis.setMinimumHeight(14);
        axis.setCellEvent(new Axis());
        table.addCell(axis);
        table.setKeepTogether(true);
        section(label("section.dimensions"), List.of(table));
    }

    private void strengthsAndGaps() {
        List<PdfPTable> blocks = new ArrayList<>();
        blocks.add(subheading(label("strengths"), GOOD));
        blocks.add(card.strengths().isEmpty() ? sentence(label("strengths.none")) : indicators(card.strengths(), false));
        blocks.add(subheading(label("gaps"), ALERT));
        blocks.add(card.gaps().isEmpty() ? sentence(label("gaps.none")) : indicators(card.gaps(), false));
        section(label("section.strengthsGaps"), blocks);
    }

    /** Indicators with their points, and with the points they could still gain when asked. */
    private PdfPTable indicators(List<IndicatorNote> notes, boolean withGain) {
        PdfPTable table = withGain ? table(10, 46, 12, 18, 14) : table(10, 56, 14, 20);
        table.addCell(headerCell("indicator.code", Element.ALIGN_LEFT));
        table.addCell(headerCell("indicator.name", Element.ALIGN_LEFT));
        table.addCell(headerCell("indicator.dimension", Element.ALIGN_LEFT));
        table.addCell(headerCell("indicator.points", Element.ALIGN_RIGHT));
        if (withGain) {
            table.addCell(headerCell("indicator.gain", Element.ALIGN_RIGHT));
        }
        table.setHeaderRows(1);
        for (IndicatorNote note : notes) {
            table.addCell(cell(text(note.code(), SMALL, Font.BOLD, INK)));
            table.addCell(cell(text(note.name(), BODY, Font.NORMAL, INK)));
            table.addCell(cell(text(note.dimensionCode(), SMALL, Font.NORMAL, MUTED)));
            table.addCell(numberCell(points(note.earned()) + " / " + points(note.maxPoints()), BODY));
            if (withGain) {
                PdfPCell gain = cell(text("+" + points(note.maxPoints().subtract(note.earned())), BODY, Font.BOLD, GOOD));
                gain.setHorizontalAlignment(Element.ALIGN_RIGHT);
                table.addCell(gain);
            }
        }
        return table;
    }

    private void redFlags() {
        if (card.redFlags().isEmpty()) {
            section(label("section.redFlags"), List.of(sentence(label("redFlags.none"))));
            return;
        }
        PdfPTable table = table(12, 56, 32);
        table.addCell(headerCell("indicator.code", Element.ALIGN_LEFT));
        table.addCell(headerCell("indicator.name", Element.ALIGN_LEFT));
        table.addCell(headerCell("redFlag.status", Element.ALIGN_LEFT));
        table.setHeaderRows(1);
        for (RedFlag flag : card.redFlags()) {
            table.addCell(cell(text(flag.indicatorCode(), SMALL, Font.BOLD, INK)));
            table.addCell(cell(text(flag.indicatorName(), BODY, Font.NORMAL, INK)));
            table.addCell(cell(flag.confirmed()
                    ? text(label("redFlag.confirmed"), SMALL, Font.BOLD, ALERT)
                    : text(label("redFlag.unconfirmed"), SMALL, Font.NORMAL, MUTED)));
        }
        section(label("section.redFlags"), List.of(table));
    }

    private void findings() {
        if (card.openFindings().isEmpty()) {
            section(label("section.findings"), List.of(sentence(label("findings.none"))));
            return;
        }
        LocalDate today = LocalDate.ofInstant(card.generatedAt(), ZoneOffset.UTC);
        PdfPTable table = table(14, 9, 10, 39, 14, 14);
        table.addCell(headerCell("finding.reference", Element.ALIGN_LEFT));
        table.addCell(headerCell("finding.indicator", Element.ALIGN_LEFT));
        table.addCell(headerCell("finding.severity", Element.ALIGN_CENTER));
        table.addCell(headerCell("finding.observation", Element.ALIGN_LEFT));
        table.addCell(headerCell("finding.capStatus", Element.ALIGN_LEFT));
        table.addCell(headerCell("finding.dueDate", Element.ALIGN_LEFT));
        table.setHeaderRows(1);
        for (OpenFinding finding : card.openFindings()) {
            table.addCell(cell(text(finding.reference(), SMALL, Font.BOLD, INK)));
            table.addCell(cell(text(finding.indicatorCode(), SMALL, Font.NORMAL, INK)));
            table.addCell(severityBadge(finding.severity()));
            table.addCell(cell(text(finding.observation(), SMALL, Font.NORMAL, INK)));
            String status = finding.correctiveActionStatus();
            table.addCell(cell(text(label("capStatus." + (status == null ? "NONE" : status)), SMALL,
                    status == null || "REJECTED".equals(status) ? Font.BOLD : Font.NORMAL,
                    status == null || "REJECTED".equals(status) ? ALERT : INK)));
            LocalDate due = finding.dueDate();
            boolean overdue = due != null && due.isBefore(today) && !"VERIFIED".equals(status);
            table.addCell(cell(text(due == null ? "—" : DATE.format(due), SMALL, overdue ? Font.BOLD : Font.NORMAL,
                    overdue ? ALERT : INK)));
        }
        section(label("section.findings"), List.of(table));
    }

    private PdfPCell severityBadge(String severity) {
        Color fill = switch (severity) {
            case "PRIORITY" -> ALERT;
            case "MAJOR" -> ORANGE;
            default -> AMBER;
        };
        PdfPCell badge = cell(text(label("severity." + severity), SMALL, Font.BOLD, "MINOR".equals(severity) ? INK : Color.WHITE));
        badge.setBackgroundColor(fill);
        badge.setHorizontalAlignment(Element.ALIGN_CENTER);
        badge.setVerticalAlignment(Element.ALIGN_MIDDLE);
        badge.setBorderColor(Color.WHITE);
        badge.setBorderWidth(1.5f);
        return badge;
    }

    private void emissions() {
        EmissionsSummary emissions = card.emissions();
        if (emissions == null) {
            section(label("section.emissions"), List.of(sentence(label("emissions.none"))));
            return;
        }
        PdfPTable figures = nested(62, 38);
        figures.addCell(header(format("emissions.year", Integer.toString(emissions.year())), Element.ALIGN_LEFT));
        figures.addCell(headerCell("emissions.unit", Element.ALIGN_RIGHT));
        figure(figures, "emissions.scope1", emissions.scope1Kg());
        figure(figures, "emissions.scope2Location", emissions.scope2LocationKg());
        figure(figures, "emissions.scope2Market", emissions.scope2MarketKg());
        figure(figures, "emissions.upstreamInputs", emissions.upstreamInputsKg());

        PdfPTable details = nested(34, 66);
        fact(details, "emissions.method", labels.find("method." + emissions.method(), emissions.method()));
        fact(details, "emissions.gwpSet", emissions.gwpSet());
        fact(details, "emissions.dataQuality", format("emissions.dataQualityValue",
                emissions.dataQuality().setScale(1, RoundingMode.HALF_UP).toPlainString()));

        PdfPTable both = table(50, 4, 46);
        both.addCell(holder(figures));
        both.addCell(spacer());
        both.addCell(holder(details));
        section(label("section.emissions"), List.of(both));
    }

    private void figure(PdfPTable table, String key, BigDecimal kg) {
        table.addCell(cell(text(label(key), BODY, Font.NORMAL, INK)));
        table.addCell(numberCell(tonnes.format(kg.movePointLeft(3).setScale(2, RoundingMode.HALF_UP)), BODY));
    }

    private void trend() {
        List<TrendPoint> trend = card.trend();
        if (trend.isEmpty()) {
            section(label("section.trend"), List.of(sentence(label("trend.none"))));
            return;
        }
        boolean chart = trend.size() >= 2;
        PdfPTable table = chart ? nested(42, 28, 16, 14) : table(52, 20, 14, 14);
        table.addCell(headerCell("trend.campaign", Element.ALIGN_LEFT));
        table.addCell(headerCell("trend.date", Element.ALIGN_LEFT));
        table.addCell(headerCell("trend.total", Element.ALIGN_RIGHT));
        table.addCell(headerCell("trend.tier", Element.ALIGN_CENTER));
        table.setHeaderRows(1);
        for (TrendPoint point : trend) {
            table.addCell(cell(text(point.campaign(), SMALL, Font.NORMAL, INK)));
            table.addCell(cell(text(DATE.format(point.scoredOn()), SMALL, Font.NORMAL, INK)));
            table.addCell(numberCell(points(point.total()), SMALL));
            PdfPCell tier = cell(text(point.tier(), SMALL, Font.BOLD, tierText(point.tier())));
            tier.setHorizontalAlignment(Element.ALIGN_CENTER);
            table.addCell(tier);
        }
        if (!chart) {
            section(label("section.trend"), List.of(table));
            return;
        }
        PdfPTable both = table(48, 4, 48);
        both.addCell(holder(table));
        both.addCell(spacer());
        PdfPCell plot = spacer();
        plot.setMinimumHeight(120);
        plot.setCellEvent(new TrendChart(trend, card.result().policy()));
        both.addCell(plot);
        both.setKeepTogether(true);
        section(label("section.trend"), List.of(both));
    }

    private void nextTier() {
        NextTier next = card.nextTier();
        TierPolicy policy = card.result().policy();
        if (next == null) {
            section(label("section.nextTierNone"), List.of(sentence(format("nextTier.best", points(policy.aMinimum())))));
            return;
        }
        List<PdfPTable> blocks = new ArrayList<>();
        String minimum = points(policy.minimum(next.tier()));
        blocks.add(sentence(next.pointsNeeded().signum() > 0
                ? format("nextTier.points", points(next.pointsNeeded()), minimum, next.tier())
                : format("nextTier.pointsMet", minimum, next.tier())));
        blocks.add(subheading(label("nextTier.caps")));
        blocks.add(next.blockingCaps().isEmpty() ? sentence(label("nextTier.noCaps"))
                : bullets(next.blockingCaps().stream().map(this::capSentence).toList()));
        blocks.add(subheading(label("nextTier.actions")));
        blocks.add(next.actions().isEmpty() ? sentence(label("nextTier.noActions")) : indicators(next.actions(), true));
        section(format("section.nextTier", next.tier()), blocks);
    }

    /**
     * A heading and the blocks under it. The heading goes to the next page when too little room is left for the start
     * of what follows it, and so does a line of text (a subheading, a sentence) for the start of the block after it.
     */
    private void section(String heading, List<PdfPTable> blocks) {
        PdfPTable title = block(text(heading, HEADING, Font.BOLD, ACCENT), 13, 5);
        if (room() < height(title) + start(blocks, 0)) {
            document.newPage();
        }
        document.add(title);
        for (int i = 0; i < blocks.size(); i++) {
            PdfPTable block = blocks.get(i);
            if (i > 0 && isLine(block) && i + 1 < blocks.size() && room() < start(blocks, i)) {
                document.newPage();
            }
            document.add(block);
        }
    }

    /**
     * The room the start of a block needs: all of it when it is kept together, a line with the start of the next
     * block, otherwise enough for a few rows.
     */
    private static float start(List<PdfPTable> blocks, int index) {
        PdfPTable block = blocks.get(index);
        if (block.getKeepTogether()) {
            return height(block);
        }
        if (isLine(block) && index + 1 < blocks.size()) {
            return height(block) + Math.min(start(blocks, index + 1), MIN_ROOM / 2);
        }
        return Math.min(height(block), MIN_ROOM);
    }

    private static boolean isLine(PdfPTable block) {
        return block.getTotalHeight() < LINE;
    }

    private static float height(PdfPTable block) {
        return block.spacingBefore() + block.getTotalHeight() + block.spacingAfter();
    }

    private float room() {
        return writer.getVerticalPosition(true) - document.bottom();
    }

    private PdfPTable subheading(String content) {
        return subheading(content, ACCENT);
    }

    private static PdfPTable subheading(String content, Color color) {
        return block(text(content, SUBHEADING, Font.BOLD, color), 8, 4);
    }

    private static PdfPTable sentence(String content) {
        return block(text(content, BODY, Font.NORMAL, INK), 0, 4);
    }

    /** Sentences with a hanging bullet. */
    private static PdfPTable bullets(List<String> sentences) {
        PdfPTable table = table(3, 97);
        for (String sentence : sentences) {
            PdfPCell bullet = plainCell(text("•", BODY, Font.NORMAL, ACCENT));
            bullet.setPaddingLeft(2);
            table.addCell(bullet);
            table.addCell(plainCell(text(sentence, BODY, Font.NORMAL, INK)));
        }
        table.setSpacingAfter(2);
        return table;
    }

    /**
     * Text with space above and below. A paragraph's spacing would be drawn as a blank glyph under the text, which
     * text extraction (copy and paste, screen readers) reads into the heading; a table's spacing is only a move.
     */
    private static PdfPTable block(Phrase content, float before, float after) {
        PdfPCell cell = new PdfPCell(content);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setLeading(0, 1.35f);
        PdfPTable block = table(1);
        block.addCell(cell);
        block.setSpacingBefore(before);
        block.setSpacingAfter(after);
        return block;
    }

    /** A table as wide as the text column, so its height is known before it is added. */
    private static PdfPTable table(float... relativeWidths) {
        PdfPTable table = new PdfPTable(relativeWidths);
        table.setTotalWidth(WIDTH);
        table.setLockedWidth(true);
        return table;
    }

    /** A table to put in a cell of another, as wide as that cell. */
    private static PdfPTable nested(float... relativeWidths) {
        PdfPTable table = new PdfPTable(relativeWidths);
        table.setWidthPercentage(100);
        return table;
    }

    private static PdfPCell holder(PdfPTable content) {
        PdfPCell cell = new PdfPCell(content);
        // The cell would stretch the nested table's last row to its own height.
        cell.getTable().setExtendLastRow(false);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        return cell;
    }

    private static PdfPCell panelCell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(7);
        cell.setPaddingTop(6);
        cell.setUseAscender(true);
        return cell;
    }

    /** A paragraph with a fixed distance between its baselines. */
    private static Paragraph line(Phrase content, float leading, int alignment) {
        Paragraph paragraph = new Paragraph(content);
        paragraph.setLeading(leading, 0);
        paragraph.setAlignment(alignment);
        return paragraph;
    }

    private PdfPCell headerCell(String key, int alignment) {
        return header(label(key), alignment);
    }

    private static PdfPCell header(String content, int alignment) {
        PdfPCell header = cell(text(content, SMALL, Font.BOLD, INK));
        header.setBackgroundColor(HEADER_FILL);
        header.setHorizontalAlignment(alignment);
        return header;
    }

    private static PdfPCell numberCell(String number, float size) {
        PdfPCell cell = cell(text(number, size, Font.NORMAL, INK));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static PdfPCell cell(Phrase content) {
        return ReportStyle.ruledCell(content, 3, 4.5f, 1.3f);
    }

    private static PdfPCell plainCell(Phrase content) {
        PdfPCell cell = new PdfPCell(content);
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(1);
        cell.setPaddingBottom(3);
        cell.setLeading(0, 1.3f);
        cell.setUseAscender(true);
        return cell;
    }

    private static PdfPCell spacer() {
        PdfPCell spacer = new PdfPCell();
        spacer.setBorder(Rectangle.NO_BORDER);
        spacer.setPadding(0);
        return spacer;
    }

    private static Phrase text(String content, float size, int style, Color color) {
        return ReportFonts.phrase(content, size, style, color);
    }

    private String label(String key) {
        return labels.get(key);
    }

    private String format(String key, Object... arguments) {
        return labels.format(key, arguments);
    }

    private String country(String code) {
        String name = new Locale("", code).getDisplayCountry(labels.locale());
        return name.isEmpty() || name.equals(code) ? code : name + " (" + code + ")";
    }

    /** Scores, thresholds and points: two decimals, no grouping. */
    private static String points(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString() + "%";
    }

    private static Color tierColor(String tier) {
        return switch (tier) {
            case "A" -> GOOD;
            case "B" -> BLUE;
            case "C" -> AMBER;
            default -> ALERT;
        };
    }

    /** Ink on the tier's colour. */
    private static Color tierInk(String tier) {
        return "C".equals(tier) ? INK : Color.WHITE;
    }

    /** The tier's colour as text on white. */
    private static Color tierText(String tier) {
        return "C".equals(tier) ? AMBER_TEXT : tierColor(tier);
    }

    private static void show(PdfContentByte canvas, int alignment, Phrase content, float x, float y) {
        ColumnText.showTextAligned(canvas, alignment, content, x, y, 0);
    }

    /** The left and right end of the 0-100 scale inside a bar cell, leaving room for the value on its right. */
    private static float[] scale(Rectangle cell) {
        return new float[] {cell.getLeft() + 5, cell.getRight() - 40};
    }

    /** One dimension's bar, 0 to 100, with its value, "n/a" without a score, and the tier A minimum as a dashed line. */
    private final class Bar implements PdfPCellEvent {

        private final BigDecimal score;
        private final TierPolicy policy;

        Bar(BigDecimal score, TierPolicy policy) {
            this.score = score;
            this.policy = policy;
        }

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            float[] scale = scale(position);
            float width = scale[1] - scale[0];
            float middle = (position.getTop() + position.getBottom()) / 2;
            float height = BAR_HEIGHT;
            PdfContentByte background = canvases[PdfPTable.BACKGROUNDCANVAS];
            background.saveState();
            background.setColorFill(TRACK);
            background.rectangle(scale[0], middle - height / 2, width, height);
            background.fill();
            if (score != null) {
                float end = scale[0] + width * score.floatValue() / 100;
                background.setColorFill(score.compareTo(policy.dimensionFloorForA()) < 0 ? ALERT : BAR);
                background.rectangle(scale[0], middle - height / 2, end - scale[0], height);
                background.fill();
            }
            background.restoreState();

            PdfContentByte lines = canvases[PdfPTable.LINECANVAS];
            float marker = scale[0] + width * policy.aMinimum().floatValue() / 100;
            lines.saveState();
            lines.setColorStroke(GOOD);
            lines.setLineWidth(0.9f);
            // The phase follows the page, so that the dashes of adjacent rows join into one line.
            lines.setLineDash(new float[] {2.5f, 2}, (1000 - position.getTop()) % 4.5f);
            lines.moveTo(marker, position.getTop());
            lines.lineTo(marker, position.getBottom());
            lines.stroke();
            lines.restoreState();

            PdfContentByte texts = canvases[PdfPTable.TEXTCANVAS];
            if (score == null) {
                show(texts, Element.ALIGN_RIGHT, text(label("dimensions.notApplicable"), SMALL, Font.ITALIC, MUTED),
                        position.getRight() - 4, middle - 2.8f);
            } else {
                show(texts, Element.ALIGN_RIGHT, text(points(score), SMALL, Font.BOLD, INK), position.getRight() - 4,
                        middle - 2.8f);
            }
        }
    }

    /** The 0-25-50-75-100 scale under the bars. */
    private static final class Axis implements PdfPCellEvent {

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            float[] scale = scale(position);
            PdfContentByte canvas = canvases[PdfPTable.TEXTCANVAS];
            for (int tick = 0; tick <= 100; tick += 25) {
                float x = scale[0] + (scale[1] - scale[0]) * tick / 100;
                show(canvas, Element.ALIGN_CENTER, text(Integer.toString(tick), TINY, Font.NORMAL, MUTED), x,
                        position.getTop() - 9);
            }
        }
    }

    /** The totals of the campaigns as a line over the tier bands of the current policy. */
    private static final class TrendChart implements PdfPCellEvent {

        private final List<TrendPoint> trend;
        private final TierPolicy policy;

        TrendChart(List<TrendPoint> trend, TierPolicy policy) {
            this.trend = trend;
            this.policy = policy;
        }

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            float left = position.getLeft() + 18;
            float right = position.getRight() - 12;
            float bottom = position.getBottom() + 16;
            float top = position.getTop() - 6;
            PdfContentByte background = canvases[PdfPTable.BACKGROUNDCANVAS];
            PdfContentByte lines = canvases[PdfPTable.LINECANVAS];
            PdfContentByte texts = canvases[PdfPTable.TEXTCANVAS];

            float[] bounds = {0, policy.cMinimum().floatValue(), policy.bMinimum().floatValue(),
                    policy.aMinimum().floatValue(), 100};
            background.saveState();
            for (int band = 0; band < 4; band++) {
                String tier = String.valueOf(TIERS.charAt(3 - band));
                float low = y(bounds[band], bottom, top);
                float high = y(bounds[band + 1], bottom, top);
                background.setColorFill(TIER_TINTS[TIERS.indexOf(tier)]);
                background.rectangle(left, low, right - left, high - low);
                background.fill();
                if (high - low >= 8) {
                    show(texts, Element.ALIGN_LEFT, text(tier, TINY, Font.BOLD, tierText(tier)), right + 3,
                            (low + high) / 2 - 2.5f);
                }
            }
            background.restoreState();

            lines.saveState();
            lines.setColorStroke(RULE);
            lines.setLineWidth(0.5f);
            for (int tick = 0; tick <= 100; tick += 50) {
                float y = y(tick, bottom, top);
                lines.moveTo(left, y);
                lines.lineTo(right, y);
                show(texts, Element.ALIGN_RIGHT, text(Integer.toString(tick), TINY, Font.NORMAL, MUTED), left - 3, y - 2.5f);
            }
            lines.stroke();

            int n = trend.size();
            float inset = 14;
            float step = (right - left - 2 * inset) / (n - 1);
            int labelEvery = Math.max(1, (int) Math.ceil(44 / step));
            lines.setColorStroke(ACCENT);
            lines.setLineWidth(1.3f);
            for (int i = 0; i < n; i++) {
                float x = left + inset + i * step;
                float y = y(trend.get(i).total().floatValue(), bottom, top);
                if (i == 0) {
                    lines.moveTo(x, y);
                } else {
                    lines.lineTo(x, y);
                }
            }
            lines.stroke();
            lines.setColorFill(Color.WHITE);
            lines.setLineWidth(1.1f);
            for (int i = 0; i < n; i++) {
                TrendPoint point = trend.get(i);
                float x = left + inset + i * step;
                float y = y(point.total().floatValue(), bottom, top);
                lines.circle(x, y, 2.4f);
                lines.fillStroke();
                float labelY = point.total().floatValue() > 90 ? y - 10 : y + 5;
                show(texts, Element.ALIGN_CENTER, text(points(point.total()), TINY, Font.BOLD, INK), x, labelY);
                if (i % labelEvery == 0 || i == n - 1) {
                    show(texts, Element.ALIGN_CENTER, text(DATE.format(point.scoredOn()), 6.5f, Font.NORMAL, MUTED), x,
                            position.getBottom() + 6);
                }
            }
            lines.restoreState();
        }

        private static float y(float total, float bottom, float top) {
            return bottom + (top - bottom) * Math.max(0, Math.min(100, total)) / 100;
        }
    }

    /** Each page's foot: the supplier, who generated the scorecard when, and "Page x of y" filled in at the end. */
    private final class Footer extends PdfPageEventHelper {

        private final List<PdfTemplate> pageNumbers = new ArrayList<>();

        @Override
        public void onEndPage(PdfWriter pdf, Document page) {
            PdfContentByte canvas = pdf.getDirectContent();
            float right = page.getPageSize().getWidth() - MARGIN;
            canvas.saveState();
            canvas.setColorStroke(RULE);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(MARGIN, FOOTER_Y + 12);
            canvas.lineTo(right, FOOTER_Y + 12);
            canvas.stroke();
            canvas.restoreState();
            // One line beside the page number: a name too long for it is cut at a word.
            ColumnText name = new ColumnText(canvas);
            name.setSimpleColumn(text(card.company().legalName(), SMALL, Font.NORMAL, MUTED), MARGIN, FOOTER_Y - 3,
                    right - PAGE_NUMBER_WIDTH - 10, FOOTER_Y + 9, 10, Element.ALIGN_LEFT);
            name.go();
            show(canvas, Element.ALIGN_LEFT, text(format("footer.generated", TIME.format(card.generatedAt()),
                    card.generatedBy()), TINY, Font.NORMAL, MUTED), MARGIN, FOOTER_Y - 11);
            PdfTemplate pageNumber = canvas.createTemplate(PAGE_NUMBER_WIDTH, 14);
            canvas.addTemplate(pageNumber, right - PAGE_NUMBER_WIDTH, FOOTER_Y - 4);
            pageNumbers.add(pageNumber);
        }

        @Override
        public void onCloseDocument(PdfWriter pdf, Document closing) {
            String pages = Integer.toString(pageNumbers.size());
            for (int i = 0; i < pageNumbers.size(); i++) {
                show(pageNumbers.get(i), Element.ALIGN_RIGHT,
                        text(format("footer.page", Integer.toString(i + 1), pages), SMALL, Font.NORMAL, MUTED),
                        PAGE_NUMBER_WIDTH, 4);
            }
        }
    }

    /**
     * Refuses a card the scorecard cannot print truthfully: a missing required value, a code without a label, or a
     * tier that the total and the caps do not give.
     */
    static void validate(SupplierScorecard card) {
        Company company = card.company();
        required(company.legalName(), "company.legalName");
        required(company.country(), "company.country");
        required(company.spendCategory(), "company.spendCategory");
        required(company.chainTier(), "company.chainTier");
        Period period = card.period();
        required(period.campaign(), "period.campaign");
        required(period.deadline(), "period.deadline");
        required(period.scoredAt(), "period.scoredAt");

        Result result = card.result();
        TierPolicy policy = result.policy();
        required(policy.aMinimum(), "policy.aMinimum");
        required(policy.bMinimum(), "policy.bMinimum");
        required(policy.cMinimum(), "policy.cMinimum");
        required(policy.dimensionFloorForA(), "policy.dimensionFloorForA");
        tier(result.scoreTier(), "result.scoreTier");
        tier(result.tier(), "result.tier");
        oneOf(result.sourcingStatus(), SOURCING_STATUSES, "result.sourcingStatus");
        String earned = policy.tierFor(result.total());
        if (!earned.equals(result.scoreTier())) {
            throw new IllegalArgumentException("result.scoreTier is " + result.scoreTier() + " but a total of "
                    + points(result.total()) + " earns " + earned + " under tier policy v" + policy.version());
        }
        String capped = result.scoreTier();
        for (Cap cap : result.caps()) {
            capped = worse(capped, cap(cap, "result.caps"));
        }
        if (!capped.equals(result.tier())) {
            throw new IllegalArgumentException("result.tier is " + result.tier() + " but tier " + result.scoreTier()
                    + " with its caps is " + capped);
        }

        if (card.dimensions().isEmpty()) {
            throw new IllegalArgumentException("dimensions: a scorecard needs at least one");
        }
        for (DimensionScore dimension : card.dimensions()) {
            required(dimension.code(), "dimensions.code");
            required(dimension.name(), "dimensions.name");
            required(dimension.weightPercent(), "dimensions.weightPercent");
        }
        notes(card.strengths(), "strengths");
        notes(card.gaps(), "gaps");
        for (RedFlag flag : card.redFlags()) {
            required(flag.indicatorCode(), "redFlags.indicatorCode");
            required(flag.indicatorName(), "redFlags.indicatorName");
        }
        for (OpenFinding finding : card.openFindings()) {
            required(finding.reference(), "openFindings.reference");
            required(finding.indicatorCode(), "openFindings.indicatorCode");
            required(finding.observation(), "openFindings.observation");
            oneOf(finding.severity(), SEVERITIES, "openFindings.severity");
            if (finding.correctiveActionStatus() != null) {
                oneOf(finding.correctiveActionStatus(), CAP_STATUSES, "openFindings.correctiveActionStatus");
            }
        }
        EmissionsSummary emissions = card.emissions();
        if (emissions != null) {
            required(emissions.scope1Kg(), "emissions.scope1Kg");
            required(emissions.scope2LocationKg(), "emissions.scope2LocationKg");
            required(emissions.scope2MarketKg(), "emissions.scope2MarketKg");
            required(emissions.upstreamInputsKg(), "emissions.upstreamInputsKg");
            required(emissions.dataQuality(), "emissions.dataQuality");
            required(emissions.method(), "emissions.method");
            required(emissions.gwpSet(), "emissions.gwpSet");
        }
        for (TrendPoint point : card.trend()) {
            required(point.campaign(), "trend.campaign");
            required(point.scoredOn(), "trend.scoredOn");
            required(point.total(), "trend.total");
            tier(point.tier(), "trend.tier");
        }
        NextTier next = card.nextTier();
        if ("A".equals(result.tier())) {
            if (next != null) {
                throw new IllegalArgumentException("nextTier must be null in tier A");
            }
        } else {
            if (next == null) {
                throw new IllegalArgumentException("nextTier is required below tier A");
            }
            String better = String.valueOf(TIERS.charAt(TIERS.indexOf(result.tier()) - 1));
            if (!better.equals(next.tier())) {
                throw new IllegalArgumentException("nextTier.tier is " + next.tier() + " but the tier above "
                        + result.tier() + " is " + better);
            }
            required(next.pointsNeeded(), "nextTier.pointsNeeded");
            next.blockingCaps().forEach(cap -> cap(cap, "nextTier.blockingCaps"));
            notes(next.actions(), "nextTier.actions");
        }
    }

    private static String cap(Cap cap, String field) {
        oneOf(cap.kind(), CAP_KINDS, field + ".kind");
        required(cap.source(), field + ".source");
        return tier(cap.maximum(), field + ".maximum");
    }

    private static void notes(List<IndicatorNote> notes, String field) {
        for (IndicatorNote note : notes) {
            required(note.code(), field + ".code");
            required(note.name(), field + ".name");
            required(note.dimensionCode(), field + ".dimensionCode");
            required(note.earned(), field + ".earned");
            required(note.maxPoints(), field + ".maxPoints");
        }
    }

    private static String tier(String tier, String field) {
        if (tier == null || tier.length() != 1 || TIERS.indexOf(tier) < 0) {
            throw new IllegalArgumentException(field + " must be A, B, C or D, not " + tier);
        }
        return tier;
    }

    private static String worse(String one, String other) {
        return TIERS.indexOf(one) >= TIERS.indexOf(other) ? one : other;
    }

    private static void oneOf(String value, Set<String> allowed, String field) {
        if (value == null || !allowed.contains(value)) {
            throw new IllegalArgumentException(field + " must be one of " + allowed.stream().sorted().toList()
                    + ", not " + value);
        }
    }

    private static void required(Object value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
    }

    /**
     * The labels of one report language, read from the bundle once (without falling back to the JVM's default
     * locale) and shared by every scorecard in that language.
     */
    static class Labels {

        private final Locale locale;
        private final Map<String, String> texts;

        Labels(Locale locale, ResourceBundle bundle) {
            this.locale = locale;
            Map<String, String> copy = new HashMap<>();
            for (String key : bundle.keySet()) {
                copy.put(key, bundle.getString(key));
            }
            this.texts = Collections.unmodifiableMap(copy);
        }

        static Labels load(Locale locale) {
            return new Labels(locale, ResourceBundle.getBundle(BUNDLE, locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
        }

        Locale locale() {
            return locale;
        }

        Set<String> keys() {
            return texts.keySet();
        }

        String get(String key) {
            String text = texts.get(key);
            if (text == null) {
                throw new MissingResourceException("no scorecard label " + key + " for " + locale, BUNDLE, key);
            }
            return text;
        }

        /** The label of a code, or the code itself when the scorecard has no label for it. */
        String find(String key, String code) {
            return texts.containsKey(key) ? get(key) : code;
        }

        /** A pattern label filled in; the arguments are strings, numbers formatted by the writer. */
        String format(String key, Object... arguments) {
            return new MessageFormat(get(key), locale).format(arguments);
        }
    }
}
