package org.supplieresg.reports.bench;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.supplieresg.reports.ScorecardPdf;
import org.supplieresg.reports.Scorecards;
import org.supplieresg.reports.SupplierScorecard;
import org.supplieresg.reports.SupplierScorecard.Cap;
import org.supplieresg.reports.SupplierScorecard.DimensionScore;
import org.supplieresg.reports.SupplierScorecard.EmissionsSummary;
import org.supplieresg.reports.SupplierScorecard.IndicatorNote;
import org.supplieresg.reports.SupplierScorecard.OpenFinding;
import org.supplieresg.reports.SupplierScorecard.RedFlag;
import org.supplieresg.reports.SupplierScorecard.TierPolicy;
import org.supplieresg.reports.SupplierScorecard.TrendPoint;

/**
 * How much the scorecard writer costs over OpenPDF itself: writes 1,000 different scorecards with {@link ScorecardPdf}
 * and the same content with a deliberately minimal OpenPDF writer (same texts in English, same tables, bars and trend
 * chart, same embedded font, no validation, no bundles, no layout rules), each into a discarded stream. One warm-up
 * round per side, then alternating rounds; prints the median time of a round per side and their ratio (target: at
 * most 1.3). Not a test: run its main method, optionally with the number of cards and of rounds:
 *
 * <pre>
 * cd reports &amp;&amp; mvn -o -q test-compile &amp;&amp; java -cp target/test-classes:target/classes:$(mvn -o -q \
 *     dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=test) \
 *     org.supplieresg.reports.bench.ScorecardBenchmark [cards] [rounds]
 * </pre>
 */
public final class ScorecardBenchmark {

    private ScorecardBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        List<SupplierScorecard> cards = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cards.add(Scorecards.varied(i, Locale.ENGLISH));
        }
        Counting sink = new Counting();
        RawWriter raw = new RawWriter();

        System.out.printf("Scorecards: %d per round, %d rounds per side after one warm-up round each%n", count, rounds);
        long warmScorecard = scorecardRound(cards, sink);
        long warmRaw = rawRound(cards, raw, sink);
        System.out.printf("warm-up     ScorecardPdf %7.0f ms   raw OpenPDF %7.0f ms%n", warmScorecard / 1e6, warmRaw / 1e6);

        long[] scorecard = new long[rounds];
        long[] minimal = new long[rounds];
        for (int round = 0; round < rounds; round++) {
            // Alternate which side goes first, so that neither always runs on a heap the other filled.
            if (round % 2 == 0) {
                scorecard[round] = scorecardRound(cards, sink);
                minimal[round] = rawRound(cards, raw, sink);
            } else {
                minimal[round] = rawRound(cards, raw, sink);
                scorecard[round] = scorecardRound(cards, sink);
            }
            System.out.printf("round %d     ScorecardPdf %7.0f ms   raw OpenPDF %7.0f ms%n", round + 1, scorecard[round] / 1e6,
                    minimal[round] / 1e6);
        }
        double medianScorecard = median(scorecard) / 1e6;
        double medianRaw = median(minimal) / 1e6;
        System.out.printf("median      ScorecardPdf %7.0f ms (%.2f ms a card)   raw OpenPDF %7.0f ms (%.2f ms a card)%n",
                medianScorecard, medianScorecard / count, medianRaw, medianRaw / count);
        System.out.printf("ratio ScorecardPdf / raw: %.2f (target <= 1.3); %.1f MB written%n", medianScorecard / medianRaw,
                sink.bytes / 1e6);
    }

    private static long scorecardRound(List<SupplierScorecard> cards, OutputStream sink) throws IOException {
        long start = System.nanoTime();
        for (SupplierScorecard card : cards) {
            ScorecardPdf.write(card, Locale.ENGLISH, sink);
        }
        return System.nanoTime() - start;
    }

    private static long rawRound(List<SupplierScorecard> cards, RawWriter raw, OutputStream sink) {
        long start = System.nanoTime();
        for (SupplierScorecard card : cards) {
            raw.write(card, sink);
        }
        return System.nanoTime() - start;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** Discards what is written and counts it. */
    private static final class Counting extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    /** The same scorecard written straight with OpenPDF: fixed English texts, fonts made once. */
    private static final class RawWriter {

        private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
                .withZone(ZoneOffset.UTC);
        private static final Color INK = new Color(0x21, 0x25, 0x29);
        private static final Color MUTED = new Color(0x5F, 0x6B, 0x7A);
        private static final Color ACCENT = new Color(0x1F, 0x3A, 0x5F);
        private static final Color RULE = new Color(0xC8, 0xCE, 0xD6);
        private static final Color FILL = new Color(0xE8, 0xEC, 0xF1);
        private static final Color TRACK = new Color(0xEE, 0xF1, 0xF5);
        private static final Color BAR = new Color(0x3A, 0x6E, 0xA5);
        private static final Color[] TIER = {new Color(0x2E, 0x7D, 0x32), new Color(0x15, 0x65, 0xC0),
                new Color(0xF9, 0xA8, 0x25), new Color(0xB7, 0x1C, 0x1C)};
        private static final float WIDTH = PageSize.A4.getWidth() - 100;

        private final Font title;
        private final Font heading;
        private final Font body;
        private final Font bold;
        private final Font small;
        private final Font smallBold;
        private final Font tiny;
        private final Font big;
        private final BaseFont noto;

        RawWriter() {
            try (InputStream in = ScorecardPdf.class.getResourceAsStream("font/NotoSansSC_400Regular.ttf")) {
                noto = BaseFont.createFont("NotoSansSC-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.CACHED,
                        in.readAllBytes(), null);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            title = new Font(noto, 22, Font.BOLD, ACCENT);
            heading = new Font(noto, 13, Font.BOLD, ACCENT);
            body = new Font(noto, 9, Font.NORMAL, INK);
            bold = new Font(noto, 16, Font.BOLD, INK);
            small = new Font(noto, 8, Font.NORMAL, MUTED);
            smallBold = new Font(noto, 8, Font.BOLD, INK);
            tiny = new Font(noto, 7, Font.NORMAL, MUTED);
            big = new Font(noto, 28, Font.BOLD, INK);
        }

        void write(SupplierScorecard card, OutputStream out) {
            Document document = new Document(PageSize.A4, 50, 50, 45, 72);
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setCloseStream(false);
            writer.setPageEvent(new Footer(card));
            document.open();
            TierPolicy policy = card.result().policy();

            document.add(new Paragraph("Supplier ESG scorecard", title));
            document.add(new Paragraph(card.company().legalName(), bold));
            document.add(new Paragraph(card.company().localName(), body));
            PdfPTable facts = table(18, 32, 19, 31);
            cells(facts, small, "Country / region", "China (" + card.company().country() + ")", "Spend category",
                    card.company().spendCategory(), "Supply-chain tier", card.company().chainTier(), "Campaign",
                    card.period().campaign(), "Deadline", card.period().deadline().toString(), "Scored at",
                    TIME.format(card.period().scoredAt()), "Catalogue version", "v" + card.period().catalogueVersion(),
                    "Tier policy version", "v" + card.period().policyVersion());
            document.add(facts);

            document.add(new Paragraph("Result and tier", heading));
            PdfPTable panel = table(23, 2, 15, 3, 57);
            panel.addCell(cell(new Phrase("Total score\n" + two(card.result().total()) + "\nout of 100", big), FILL));
            panel.addCell(cell(new Phrase(""), null));
            panel.addCell(cell(new Phrase("Tier\n" + card.result().tier(), big), TIER["ABCD".indexOf(card.result().tier())]));
            panel.addCell(cell(new Phrase(""), null));
            panel.addCell(cell(new Phrase("Sourcing status\n" + card.result().sourcingStatus() + "\nMay be sourced from normally.",
                    body), null));
            document.add(panel);
            document.add(new Paragraph("The rule that set the tier", heading));
            List<String> rule = new ArrayList<>();
            rule.add("Total " + two(card.result().total()) + " is at least " + two(policy.cMinimum()) + ", the minimum of tier "
                    + card.result().scoreTier() + " under tier policy v" + policy.version() + ".");
            for (Cap cap : card.result().caps()) {
                rule.add("Capped at " + cap.maximum() + ": " + cap.kind() + " " + cap.source());
            }
            rule.add("After the caps, the tier is " + card.result().tier() + ".");
            PdfPTable bullets = table(3, 97);
            for (String sentence : rule) {
                cells(bullets, body, "•", sentence);
            }
            document.add(bullets);

            document.add(new Paragraph("Dimension scores", heading));
            PdfPTable dimensions = table(9, 33, 9, 49);
            cells(dimensions, smallBold, "Code", "Dimension", "Weight", "Score (0-100)");
            for (DimensionScore dimension : card.dimensions()) {
                cells(dimensions, body, dimension.code(), dimension.name(), dimension.weightPercent() + "%");
                PdfPCell bar = cell(new Phrase(""), null);
                bar.setMinimumHeight(18);
                bar.setCellEvent((cell, position, canvases) -> bar(dimension.score(), policy, position, canvases));
                dimensions.addCell(bar);
            }
            PdfPCell legend = cell(new Phrase("Dashed line: " + two(policy.aMinimum()) + ", the minimum of tier A. A red bar is"
                    + " below " + two(policy.dimensionFloorForA()) + ", the floor for tier A.", tiny), null);
            legend.setColspan(3);
            dimensions.addCell(legend);
            PdfPCell axis = cell(new Phrase(""), null);
            axis.setCellEvent((cell, position, canvases) -> {
                for (int tick = 0; tick <= 100; tick += 25) {
                    ColumnText.showTextAligned(canvases[PdfPTable.TEXTCANVAS], Element.ALIGN_CENTER,
                            new Phrase(Integer.toString(tick), tiny), position.getLeft() + 5
                                    + (position.getWidth() - 45) * tick / 100, position.getTop() - 9, 0);
                }
            });
            dimensions.addCell(axis);
            document.add(dimensions);

            document.add(new Paragraph("Strengths and gaps", heading));
            document.add(new Paragraph("Strengths", heading));
            document.add(notes(card.strengths(), false));
            document.add(new Paragraph("Gaps", heading));
            document.add(notes(card.gaps(), false));

            document.add(new Paragraph("Red flags", heading));
            PdfPTable flags = table(12, 56, 32);
            cells(flags, smallBold, "Code", "Indicator", "Status");
            for (RedFlag flag : card.redFlags()) {
                cells(flags, body, flag.indicatorCode(), flag.indicatorName(),
                        flag.confirmed() ? "Confirmed: caps the tier at D" : "Not confirmed: awaiting review");
            }
            document.add(flags);

            document.add(new Paragraph("Open findings and corrective actions", heading));
            PdfPTable findings = table(14, 9, 10, 39, 14, 14);
            cells(findings, smallBold, "Reference", "Indicator", "Severity", "Observation", "Corrective action", "Due date");
            for (OpenFinding finding : card.openFindings()) {
                cells(findings, small, finding.reference(), finding.indicatorCode(), finding.severity(), finding.observation(),
                        finding.correctiveActionStatus(), finding.dueDate().toString());
            }
            document.add(findings);

            document.add(new Paragraph("Emissions and data quality", heading));
            EmissionsSummary emissions = card.emissions();
            DecimalFormat tonnes = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
            PdfPTable figures = new PdfPTable(new float[] {62, 38});
            cells(figures, body, "Reporting year " + emissions.year(), "t CO2e",
                    "Scope 1", tonnes.format(emissions.scope1Kg().movePointLeft(3)),
                    "Scope 2 (location-based)", tonnes.format(emissions.scope2LocationKg().movePointLeft(3)),
                    "Scope 2 (market-based)", tonnes.format(emissions.scope2MarketKg().movePointLeft(3)),
                    "Upstream of inputs (Scope 3)", tonnes.format(emissions.upstreamInputsKg().movePointLeft(3)));
            PdfPTable details = new PdfPTable(new float[] {34, 66});
            cells(details, body, "Method", "Activity data × emission factors", "GWP set", emissions.gwpSet(), "Data quality",
                    emissions.dataQuality().setScale(1, RoundingMode.HALF_UP) + " of 5 (1 = best)");
            PdfPTable both = table(50, 4, 46);
            both.addCell(new PdfPCell(figures));
            both.addCell(cell(new Phrase(""), null));
            both.addCell(new PdfPCell(details));
            document.add(both);

            document.add(new Paragraph("Trend", heading));
            PdfPTable trend = new PdfPTable(new float[] {42, 28, 16, 14});
            cells(trend, smallBold, "Campaign", "Scored on", "Total", "Tier");
            for (TrendPoint point : card.trend()) {
                cells(trend, small, point.campaign(), point.scoredOn().toString(), two(point.total()), point.tier());
            }
            PdfPTable trendAndChart = table(48, 4, 48);
            trendAndChart.addCell(new PdfPCell(trend));
            trendAndChart.addCell(cell(new Phrase(""), null));
            PdfPCell chart = cell(new Phrase(""), null);
            chart.setMinimumHeight(120);
            chart.setCellEvent((cell, position, canvases) -> chart(card.trend(), position, canvases));
            trendAndChart.addCell(chart);
            document.add(trendAndChart);

            if (card.nextTier() != null) {
                document.add(new Paragraph("To reach tier " + card.nextTier().tier(), heading));
                document.add(new Paragraph("The total needs " + two(card.nextTier().pointsNeeded()) + " more points to reach "
                        + two(policy.minimum(card.nextTier().tier())) + ", the minimum of tier " + card.nextTier().tier() + ".", body));
                document.add(new Paragraph("Caps to lift", heading));
                for (Cap cap : card.nextTier().blockingCaps()) {
                    document.add(new Paragraph("• Capped at " + cap.maximum() + ": " + cap.kind() + " " + cap.source(), body));
                }
                document.add(new Paragraph("Indicators that would add most to the total", heading));
                document.add(notes(card.nextTier().actions(), true));
            } else {
                document.add(new Paragraph("Next tier", heading));
                document.add(new Paragraph("Tier A is the best tier.", body));
            }
            document.close();
        }

        private PdfPTable notes(List<IndicatorNote> notes, boolean withGain) {
            PdfPTable table = withGain ? table(10, 46, 12, 18, 14) : table(10, 56, 14, 20);
            cells(table, smallBold, "Code", "Indicator", "Dimension", "Earned / max points");
            if (withGain) {
                cells(table, smallBold, "Points missing");
            }
            for (IndicatorNote note : notes) {
                cells(table, body, note.code(), note.name(), note.dimensionCode(), two(note.earned()) + " / " + two(note.maxPoints()));
                if (withGain) {
                    cells(table, body, "+" + two(note.maxPoints().subtract(note.earned())));
                }
            }
            return table;
        }

        private void bar(BigDecimal score, TierPolicy policy, Rectangle position, PdfContentByte[] canvases) {
            float left = position.getLeft() + 5;
            float width = position.getWidth() - 45;
            float middle = (position.getTop() + position.getBottom()) / 2;
            PdfContentByte background = canvases[PdfPTable.BACKGROUNDCANVAS];
            background.setColorFill(TRACK);
            background.rectangle(left, middle - 4, width, 8);
            background.fill();
            if (score != null) {
                background.setColorFill(BAR);
                background.rectangle(left, middle - 4, width * score.floatValue() / 100, 8);
                background.fill();
            }
            PdfContentByte lines = canvases[PdfPTable.LINECANVAS];
            float marker = left + width * policy.aMinimum().floatValue() / 100;
            lines.setLineDash(2.5f, 2);
            lines.moveTo(marker, position.getTop());
            lines.lineTo(marker, position.getBottom());
            lines.stroke();
            lines.setLineDash(0);
            ColumnText.showTextAligned(canvases[PdfPTable.TEXTCANVAS], Element.ALIGN_RIGHT,
                    new Phrase(score == null ? "n/a" : two(score), smallBold), position.getRight() - 4, middle - 2.8f, 0);
        }

        private void chart(List<TrendPoint> trend, Rectangle position, PdfContentByte[] canvases) {
            float left = position.getLeft() + 18;
            float right = position.getRight() - 12;
            float bottom = position.getBottom() + 16;
            float height = position.getTop() - 6 - bottom;
            PdfContentByte lines = canvases[PdfPTable.LINECANVAS];
            for (int tick = 0; tick <= 100; tick += 50) {
                lines.moveTo(left, bottom + height * tick / 100);
                lines.lineTo(right, bottom + height * tick / 100);
            }
            lines.stroke();
            float step = (right - left - 28) / Math.max(1, trend.size() - 1);
            for (int i = 0; i < trend.size(); i++) {
                float x = left + 14 + i * step;
                float y = bottom + height * trend.get(i).total().floatValue() / 100;
                if (i == 0) {
                    lines.moveTo(x, y);
                } else {
                    lines.lineTo(x, y);
                }
            }
            lines.stroke();
            for (int i = 0; i < trend.size(); i++) {
                TrendPoint point = trend.get(i);
                float x = left + 14 + i * step;
                float y = bottom + height * point.total().floatValue() / 100;
                lines.circle(x, y, 2.4f);
                lines.fillStroke();
                ColumnText.showTextAligned(canvases[PdfPTable.TEXTCANVAS], Element.ALIGN_CENTER,
                        new Phrase(two(point.total()), smallBold), x, y + 5, 0);
                ColumnText.showTextAligned(canvases[PdfPTable.TEXTCANVAS], Element.ALIGN_CENTER,
                        new Phrase(point.scoredOn().toString(), tiny), x, position.getBottom() + 6, 0);
            }
        }

        private static PdfPTable table(float... widths) {
            PdfPTable table = new PdfPTable(widths);
            table.setTotalWidth(WIDTH);
            table.setLockedWidth(true);
            return table;
        }

        private static void cells(PdfPTable table, Font font, String... texts) {
            for (String text : texts) {
                table.addCell(cell(new Phrase(text == null ? "—" : text, font), null));
            }
        }

        private static PdfPCell cell(Phrase phrase, Color fill) {
            PdfPCell cell = new PdfPCell(phrase);
            cell.setBorder(Rectangle.BOTTOM);
            cell.setBorderColor(RULE);
            cell.setPadding(3);
            cell.setBackgroundColor(fill);
            return cell;
        }

        private static String two(BigDecimal value) {
            return value.setScale(2, RoundingMode.HALF_UP).toPlainString();
        }

        /** The supplier, who generated it when, and "Page x of y" filled in at the end. */
        private final class Footer extends PdfPageEventHelper {
            private final SupplierScorecard card;
            private final List<PdfTemplate> pages = new ArrayList<>();

            Footer(SupplierScorecard card) {
                this.card = card;
            }

            @Override
            public void onEndPage(PdfWriter writer, Document document) {
                PdfContentByte canvas = writer.getDirectContent();
                canvas.moveTo(50, 46);
                canvas.lineTo(545, 46);
                canvas.stroke();
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase(card.company().legalName(), small), 50, 34, 0);
                ColumnText.showTextAligned(canvas, Element.ALIGN_LEFT, new Phrase("Generated " + TIME.format(card.generatedAt())
                        + " by " + card.generatedBy(), tiny), 50, 23, 0);
                PdfTemplate template = canvas.createTemplate(120, 14);
                canvas.addTemplate(template, 425, 30);
                pages.add(template);
            }

            @Override
            public void onCloseDocument(PdfWriter writer, Document document) {
                for (int i = 0; i < pages.size(); i++) {
                    ColumnText.showTextAligned(pages.get(i), Element.ALIGN_RIGHT,
                            new Phrase("Page " + (i + 1) + " of " + pages.size(), small), 120, 4, 0);
                }
            }
        }
    }
}
