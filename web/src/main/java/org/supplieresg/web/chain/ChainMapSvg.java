package org.supplieresg.web.chain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.supplieresg.chain.ChainOverview.ChainMap;
import org.supplieresg.chain.ChainOverview.Link;
import org.supplieresg.chain.ChainOverview.Node;

/**
 * Draws the chain map as SVG in three columns (Tier-1, Tier-2, origin country of minerals): each company a box filled
 * by its tier and outlined by its risk, linking to its record; links red where they carry a risk. Drawn on the server
 * so that the page needs no script and the picture is the same in a browser, a screenshot and a test.
 */
public final class ChainMapSvg {

    private static final int WIDTH = 280;
    private static final int HEIGHT = 44;
    private static final int GAP = 10;
    private static final int[] COLUMN_X = {10, 400, 790};
    private static final int TOP = 40;
    private static final Map<String, String> TIER_FILL = Map.of("A", "#e8f5e9", "B", "#f1f8e9", "C", "#fff8e1", "D", "#ffebee");
    private static final Map<String, String> TIER_BAND = Map.of("A", "#2e7d32", "B", "#689f38", "C", "#f9a825", "D", "#c62828");
    private static final Map<String, String> RISK_STROKE = Map.of("HIGH", "#c62828", "MEDIUM", "#ef6c00");

    private record Box(int x, int y) {
    }

    private ChainMapSvg() {
    }

    /**
     * @param recordUrl the address of a company's record, by supplier id
     * @param headings  the three column headings, in the reader's language
     */
    public static String draw(ChainMap map, Function<Long, String> recordUrl, List<String> headings, String title) {
        Map<String, Box> boxes = new HashMap<>();
        int y1 = TOP;
        int y2 = TOP;
        for (Node tier1 : map.tier1s()) {
            int start = Math.max(y1, y2);
            boxes.put(tier1.key(), new Box(COLUMN_X[0], start));
            int below = start;
            for (Node tier2 : map.tier2s()) {
                if (map.links().stream().anyMatch(l -> l.from().equals(tier1.key()) && l.to().equals(tier2.key()))) {
                    boxes.put(tier2.key(), new Box(COLUMN_X[1], below));
                    below += HEIGHT + GAP;
                }
            }
            y1 = start + HEIGHT + GAP;
            y2 = below;
        }
        int y3 = TOP;
        for (Node origin : map.origins()) {
            boxes.put(origin.key(), new Box(COLUMN_X[2], y3));
            y3 += HEIGHT + GAP;
        }
        int height = Math.max(Math.max(y1, y2), y3) + GAP;
        int width = COLUMN_X[2] + WIDTH + 10;

        StringBuilder svg = new StringBuilder(4096);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chain-map\" role=\"group\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height).append("\" aria-label=\"")
                .append(escape(title)).append("\">");
        for (int c = 0; c < 3; c++) {
            svg.append("<text x=\"").append(COLUMN_X[c]).append("\" y=\"22\" font-size=\"15\" font-weight=\"bold\" fill=\"#212121\">")
                    .append(escape(headings.get(c))).append("</text>");
        }
        for (Link link : map.links()) {
            Box from = boxes.get(link.from());
            Box to = boxes.get(link.to());
            if (from == null || to == null) {
                continue;
            }
            int x1 = from.x() + WIDTH;
            int yFrom = from.y() + HEIGHT / 2;
            int x2 = to.x();
            int yTo = to.y() + HEIGHT / 2;
            int middle = (x1 + x2) / 2;
            svg.append("<path d=\"M").append(x1).append(',').append(yFrom).append(" C").append(middle).append(',').append(yFrom).append(' ')
                    .append(middle).append(',').append(yTo).append(' ').append(x2).append(',').append(yTo).append("\" fill=\"none\" stroke=\"")
                    .append(link.risky() ? "#c62828" : "#90a4ae").append("\" stroke-width=\"").append(link.risky() ? 3 : 1.5)
                    .append("\"><title>").append(escape(link.label())).append("</title></path>");
        }
        for (List<Node> column : List.of(map.tier1s(), map.tier2s(), map.origins())) {
            for (Node node : column) {
                Box box = boxes.get(node.key());
                if (box != null) {
                    node(svg, node, box, node.supplierId() == null ? null : recordUrl.apply(node.supplierId()));
                }
            }
        }
        return svg.append("</svg>").toString();
    }

    private static void node(StringBuilder svg, Node node, Box box, String href) {
        String fill = node.tier() == null ? "#f5f5f5" : TIER_FILL.getOrDefault(node.tier(), "#f5f5f5");
        String band = node.tier() == null ? "#9e9e9e" : TIER_BAND.getOrDefault(node.tier(), "#9e9e9e");
        String stroke = RISK_STROKE.getOrDefault(node.risk(), "#9e9e9e");
        int strokeWidth = "HIGH".equals(node.risk()) ? 3 : "MEDIUM".equals(node.risk()) ? 2 : 1;
        String tooltip = node.label() + (node.tier() == null ? "" : " · tier " + node.tier()) + " · risk " + node.risk()
                + (node.reasons().isEmpty() ? "" : " · " + String.join("; ", node.reasons()));
        if (href != null) {
            svg.append("<a href=\"").append(escape(href)).append("\">");
        }
        svg.append("<g class=\"chain-node risk-").append(node.risk().toLowerCase()).append("\" data-key=\"").append(escape(node.key()))
                .append("\"><title>").append(escape(tooltip)).append("</title>");
        svg.append("<rect x=\"").append(box.x()).append("\" y=\"").append(box.y()).append("\" width=\"").append(WIDTH).append("\" height=\"")
                .append(HEIGHT).append("\" rx=\"6\" fill=\"").append(fill).append("\" stroke=\"").append(stroke).append("\" stroke-width=\"")
                .append(strokeWidth).append("\"/>");
        svg.append("<rect x=\"").append(box.x()).append("\" y=\"").append(box.y()).append("\" width=\"8\" height=\"").append(HEIGHT)
                .append("\" rx=\"3\" fill=\"").append(band).append("\"/>");
        svg.append("<text x=\"").append(box.x() + 16).append("\" y=\"").append(box.y() + 18).append("\" font-size=\"13\" fill=\"#212121\">")
                .append(escape(shorten(node.label(), 36))).append("</text>");
        String second = "ORIGIN".equals(node.kind()) ? node.commodity()
                : node.country() + " · " + (node.tier() == null ? "–" : node.tier()) + (node.reasons().isEmpty() ? "" : " · ⚠ " + node.reasons().size());
        svg.append("<text x=\"").append(box.x() + 16).append("\" y=\"").append(box.y() + 36).append("\" font-size=\"12\" fill=\"#424242\">")
                .append(escape(shorten(second, 40))).append("</text>");
        svg.append("</g>");
        if (href != null) {
            svg.append("</a>");
        }
    }

    private static String shorten(String text, int max) {
        return text == null ? "" : text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
