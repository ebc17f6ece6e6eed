package org.supplieresg.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Each policy template, written and read back with POI, in both languages. */
class PolicyDocxTest {

    private static final Locale CHINESE = Locale.forLanguageTag("zh-CN");
    private static final PolicyDocx.Company XINYUAN = new PolicyDocx.Company("湖南鑫源正极材料有限公司", "Hunan", "Li Na",
            "li.na@xinyuan.example");

    private static XWPFDocument written(PolicyTemplate template, Locale locale, PolicyDocx.Company company) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PolicyDocx.write(template, locale, company, out);
        return new XWPFDocument(new ByteArrayInputStream(out.toByteArray()));
    }

    private static String text(XWPFDocument doc) {
        return String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
    }

    private static List<String> highlighted(XWPFDocument doc) {
        return doc.getParagraphs().stream().flatMap(p -> p.getRuns().stream()).filter(XWPFRun::isHighlighted)
                .map(XWPFRun::text).toList();
    }

    @ParameterizedTest
    @EnumSource(PolicyTemplate.class)
    void theEnglishDocumentNamesTheCompanyInItsTitleAndLeavesOnlyUnknownPlaceholdersHighlighted(PolicyTemplate template) throws IOException {
        try (XWPFDocument doc = written(template, Locale.ENGLISH, XINYUAN)) {
            XWPFParagraph title = doc.getParagraphs().get(0);
            assertThat(title.getStyle()).isEqualTo("Title");
            assertThat(title.getText()).endsWith("of 湖南鑫源正极材料有限公司");
            assertThat(doc.getStyles().styleExist("Heading1")).isTrue();
            assertThat(doc.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle())).hasSizeGreaterThanOrEqualTo(2);
            assertThat(text(doc)).contains("Hunan").doesNotContain("[Company name]").doesNotContain("[Region]")
                    .contains(template.standard().substring(0, 8)).contains("[Name and title of top manager]");
            assertThat(highlighted(doc)).isNotEmpty().allSatisfy(h -> assertThat(h).startsWith("[").endsWith("]"))
                    .contains("[Date]");
        }
    }

    @ParameterizedTest
    @EnumSource(PolicyTemplate.class)
    void theChineseDocumentIsInChineseWithTheSamePlaceholdersFilled(PolicyTemplate template) throws IOException {
        try (XWPFDocument doc = written(template, CHINESE, XINYUAN)) {
            String text = text(doc);
            assertThat(doc.getParagraphs().get(0).getText()).startsWith("湖南鑫源正极材料有限公司");
            assertThat(text).doesNotContain("[公司名称]").doesNotContain("[所在地区]").contains("[最高管理者姓名及职务]")
                    .doesNotContain("Company name").contains("签署");
            assertThat(highlighted(doc)).contains("[日期]");
        }
    }

    @Test
    void whatTheCompanyHasNotGivenStaysAHighlightedPlaceholder() throws IOException {
        try (XWPFDocument doc = written(PolicyTemplate.CODE_OF_CONDUCT, Locale.ENGLISH,
                new PolicyDocx.Company("Tiny Coatings Ltd.", " ", null, null))) {
            assertThat(doc.getParagraphs().get(0).getText()).isEqualTo("Supplier code of conduct of Tiny Coatings Ltd.");
            assertThat(highlighted(doc)).contains("[Region]", "[Contact person]", "[Contact e-mail]");
            assertThat(text(doc)).contains("Contact: [Contact person], [Contact e-mail]");
        }
    }

    @Test
    void theCodeOfConductCoversTheFiveSectionsOfTheRbaCode() throws IOException {
        try (XWPFDocument doc = written(PolicyTemplate.CODE_OF_CONDUCT, Locale.ENGLISH, XINYUAN)) {
            assertThat(doc.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText))
                    .contains("A. Labour", "B. Health and safety", "C. Environment", "D. Ethics", "E. Management system");
            assertThat(text(doc)).contains("Contact: Li Na, li.na@xinyuan.example");
        }
    }

    @Test
    void theMineralsPolicyCarriesTheAnnexTwoCommitments() throws IOException {
        try (XWPFDocument doc = written(PolicyTemplate.RESPONSIBLE_MINERALS, CHINESE, XINYUAN)) {
            assertThat(text(doc)).contains("最恶劣形式的童工", "非国家武装团体", "EITI", "立即暂停或终止");
        }
    }

    @Test
    void basicTemplatesAreThoseEveryCompanyNeedsFirst() {
        assertThat(List.of(PolicyTemplate.values())).filteredOn(PolicyTemplate::basic).containsExactly(
                PolicyTemplate.CODE_OF_CONDUCT, PolicyTemplate.ENVIRONMENTAL, PolicyTemplate.HEALTH_AND_SAFETY, PolicyTemplate.ANTI_BRIBERY);
    }
}
