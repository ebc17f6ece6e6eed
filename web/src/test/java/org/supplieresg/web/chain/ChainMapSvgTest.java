package org.supplieresg.web.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.supplieresg.chain.ChainOverview.ChainMap;
import org.supplieresg.chain.ChainOverview.Link;
import org.supplieresg.chain.ChainOverview.Node;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChainMapSvgTest {

    private static final ChainMap MAP = new ChainMap(
            List.of(new Node("T1-1", "TIER_1", 1L, "Hunan <Xinyuan> & Co", "CN", "CATHODE_MATERIALS", "B", "LOW", List.of())),
            List.of(new Node("T2-7", "TIER_2", 7L, "Yongkang \"Stamping\"", "CN", "CELL_HOUSING", "D", "HIGH", List.of("red flag LAB-01"))),
            List.of(new Node("O-CD", "ORIGIN", null, "CD", "CD", "cobalt", null, "HIGH", List.of("smelters not conformant or not identified"))),
            List.of(new Link("T1-1", "T2-7", "CELL_HOUSING", true), new Link("T2-7", "O-CD", "cobalt", true)),
            2, List.of("CATHODE_MATERIALS"), List.of("cobalt"));

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void drawsWellFormedSvgWithEveryNameEscapedAndEachCompanyLinkedToItsRecord() throws Exception {
        String svg = ChainMapSvg.draw(MAP, id -> "/app/suppliers/view.xhtml?id=" + id, List.of("Tier-1", "Tier-2", "Origin"), "Chain <map>");

        Document doc = parse(svg); // throws if any name broke the markup
        assertThat(svg).contains("Hunan &lt;Xinyuan&gt; &amp; Co", "Yongkang &quot;Stamping&quot;").doesNotContain("<Xinyuan>");
        NodeList links = doc.getElementsByTagName("a");
        assertThat(links.getLength()).as("the two companies link to their records; the origin country does not").isEqualTo(2);
        assertThat(((Element) links.item(1)).getAttribute("href")).isEqualTo("/app/suppliers/view.xhtml?id=7");
        assertThat(doc.getDocumentElement().getAttribute("aria-label")).isEqualTo("Chain <map>");
    }

    @Test
    void fillsByTierAndOutlinesTheRiskyOnesAndTheirLinksInRed() throws Exception {
        String svg = ChainMapSvg.draw(MAP, id -> "#" + id, List.of("a", "b", "c"), "t");

        Document doc = parse(svg);
        NodeList groups = doc.getElementsByTagName("g");
        Element tier1 = (Element) groups.item(0);
        Element tier2 = (Element) groups.item(1);
        assertThat(tier1.getAttribute("class")).contains("risk-low");
        assertThat(((Element) tier1.getElementsByTagName("rect").item(0)).getAttribute("fill")).isEqualTo("#f1f8e9");
        assertThat(tier2.getAttribute("class")).contains("risk-high");
        Element box = (Element) tier2.getElementsByTagName("rect").item(0);
        assertThat(box.getAttribute("fill")).as("tier D").isEqualTo("#ffebee");
        assertThat(box.getAttribute("stroke")).isEqualTo("#c62828");
        assertThat(tier2.getElementsByTagName("title").item(0).getTextContent()).contains("tier D", "red flag LAB-01");
        NodeList paths = doc.getElementsByTagName("path");
        assertThat(paths.getLength()).isEqualTo(2);
        assertThat(((Element) paths.item(0)).getAttribute("stroke")).isEqualTo("#c62828");
    }
}
