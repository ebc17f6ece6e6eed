package org.supplieresg.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Onboarding of a small supplier: a new supplier user lands in the first-login guide, saves its company's details and
 * contacts (a wrong e-mail is refused next to the field, with what was typed kept), sees its first questionnaire, gets
 * the templates for the basics, finishes, and is not shown the guide again; skipping ends it too. Every question has
 * plain-language help in English and Chinese, and a template downloads as a Word document naming the company.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OnboardingIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    private final Http buyer = Http.basic("buyer", "demo");

    /** A new company without a Chinese name, region or contacts, as a buyer registers a small supplier in a hurry. */
    private long newCompany(String name) {
        Map<String, Object> body = SupplierFixtures.tierOne(name);
        body.remove("localName");
        body.remove("region");
        body.put("contacts", java.util.List.of());
        Http.Reply created = buyer.post("api/suppliers", body);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    @Test
    void aNewSupplierUserIsGuidedThroughItsProfileContactsAndFirstQuestionnaireOnce() {
        long company = newCompany("Dongguan Xiaoli Coatings");
        long assessment = AssessmentFixtures.launchFor(company, "Onboarding check");
        String campaign = buyer.get("api/assessments/" + assessment).json().get("assessment").get("campaignName").asText();
        String username = AssessmentFixtures.supplierUser(company);

        try (Browser browser = new Browser()) {
            browser.login(username, AssessmentFixtures.PASSWORD);
            browser.waitUntil(d -> d.getCurrentUrl().contains("/app/onboarding.xhtml"));
            browser.waitForText(By.id("form:stepCompany"), "Step 1 of 4: Your company");
            assertThat(browser.find(By.cssSelector(".steps li[aria-current='step']")).getText()).isEqualTo("Your company");
            assertThat(browser.accessibilityViolations()).as("step 1").isEmpty();
            browser.type(By.id("form:localName"), "东莞小利涂层有限公司");
            browser.type(By.id("form:region"), "Guangdong");
            browser.click(By.id("form:next"));

            browser.waitForText(By.id("form:stepContacts"), "Step 2 of 4: Contacts");
            browser.click(By.id("form:addContact"));
            browser.type(By.id("form:contacts:0:name"), "Zhou Li");
            browser.type(By.id("form:contacts:0:email"), "zhou.li at xiaoli");
            browser.click(By.id("form:next"));
            browser.waitUntil(d -> d.findElement(By.tagName("main")).getText().contains("\"zhou.li at xiaoli\" is not a valid e-mail address"));
            assertThat(browser.bodyText()).as("still on the contacts step").contains("Step 2 of 4");
            assertThat(browser.find(By.id("form:contacts:0:name")).getAttribute("value")).as("nothing typed is lost").isEqualTo("Zhou Li");
            browser.screenshot("onboarding-contact-refused");
            browser.type(By.id("form:contacts:0:email"), "zhou.li@xiaoli.example");
            browser.click(By.id("form:next"));

            browser.waitForText(By.id("form:stepQuestionnaire"), "Step 3 of 4: Your first questionnaire");
            assertThat(browser.find(By.id("form:openAssessments")).getText()).contains(campaign);
            assertThat(browser.find(By.cssSelector("[id$='openQuestionnaire']")).getAttribute("href")).endsWith("questionnaire.xhtml?id=" + assessment);
            browser.click(By.id("form:next"));

            browser.waitForText(By.id("form:stepNext"), "Step 4 of 4: What comes next");
            assertThat(browser.find(By.id("guidance")).getText()).contains("not yet scored").contains("Environmental policy")
                    .contains("Supplier code of conduct").doesNotContain("Responsible minerals sourcing policy");
            assertThat(browser.accessibilityViolations()).as("step 4").isEmpty();
            browser.screenshot("onboarding-what-comes-next");
            browser.click(By.id("form:finish"));
            browser.waitUntil(d -> d.getCurrentUrl().contains("/app/home.xhtml"));
            browser.waitForText(By.tagName("body"), "You have finished the guide");
            assertThat(browser.find(By.id("guidance")).getText()).as("the help stays on the home page").contains("Where to start");

            browser.click(By.id("topbar:logout"));
            browser.login(username, AssessmentFixtures.PASSWORD);
            browser.waitUntil(d -> d.getCurrentUrl().contains("/app/"));
            assertThat(browser.driver.getCurrentUrl()).as("the guide does not come back").contains("/app/home.xhtml");
            browser.find(By.id("toDoNow"));
        }

        JsonNode stored = buyer.get("api/suppliers/" + company).json();
        assertThat(stored.get("localName").asText()).isEqualTo("东莞小利涂层有限公司");
        assertThat(stored.get("region").asText()).isEqualTo("Guangdong");
        assertThat(stored.get("contacts")).hasSize(1);
        assertThat(stored.get("contacts").get(0).get("email").asText()).isEqualTo("zhou.li@xiaoli.example");
    }

    @Test
    void skippingEndsTheGuideButItStaysInTheMenu() {
        long company = newCompany("Yichun Smallworks Lithium");
        String username = AssessmentFixtures.supplierUser(company);
        try (Browser browser = new Browser()) {
            browser.login(username, AssessmentFixtures.PASSWORD);
            browser.waitUntil(d -> d.getCurrentUrl().contains("/app/onboarding.xhtml"));
            browser.type(By.id("form:localName"), "typed but skipped");
            browser.click(By.id("form:skip"));
            browser.waitUntil(d -> d.getCurrentUrl().contains("/app/home.xhtml"));
            browser.click(By.id("topbar:logout"));
            browser.login(username, AssessmentFixtures.PASSWORD);
            browser.waitUntil(d -> d.getCurrentUrl().contains("/app/home.xhtml"));
            browser.click(By.id("nav-onboarding"));
            browser.waitForText(By.id("form:stepCompany"), "Step 1 of 4");
        }
        assertThat(buyer.get("api/suppliers/" + company).json().hasNonNull("localName")).as("skipping saves nothing").isFalse();
    }

    @Test
    void everyQuestionExplainsItselfInPlainEnglishAndChinese() {
        Map<String, JsonNode> catalogue = AssessmentFixtures.catalogue();
        assertThat(catalogue).hasSize(135);
        catalogue.forEach((code, indicator) -> {
            assertThat(indicator.path("helpEn").asText()).as(code).isNotBlank().hasSizeLessThanOrEqualTo(300);
            assertThat(indicator.path("helpZh").asText()).as(code).isNotBlank().hasSizeLessThanOrEqualTo(300);
        });
        JsonNode mgt01 = catalogue.get("MGT-01");

        long company = newCompany("Ganzhou Tiny Graphite");
        long assessment = AssessmentFixtures.launchFor(company, "Help check");
        String username = AssessmentFixtures.supplierUser(company);
        try (Browser browser = new Browser()) {
            browser.login(username, AssessmentFixtures.PASSWORD).open("app/questionnaire.xhtml?id=" + assessment);
            By help = By.cssSelector("details.indicator-help[data-code='MGT-01']");
            assertThat(browser.find(help).findElement(By.tagName("summary")).getText()).isEqualTo("What does this mean?");
            browser.click(By.cssSelector("details.indicator-help[data-code='MGT-01'] summary"));
            browser.waitForText(help, mgt01.get("helpEn").asText());
            // The help panels themselves; the answer buttons' own findings (PrimeFaces selectOneButton) are a known limit (README).
            assertThat(browser.accessibilityViolationsIn("details.indicator-help")).as("help panels").isEmpty();

            browser.click(By.id("topbar:lang-zh"));
            browser.waitForText(By.tagName("header"), "退出登录");
            assertThat(browser.find(help).findElement(By.tagName("summary")).getText()).isEqualTo("这是什么意思？");
            browser.click(By.cssSelector("details.indicator-help[data-code='MGT-01'] summary"));
            browser.waitForText(help, mgt01.get("helpZh").asText());
            browser.screenshot("questionnaire-help-zh");
        }
    }

    @Test
    void aPolicyTemplateDownloadsAsAWordDocumentNamingTheCompany() throws IOException {
        long company = newCompany("Ningde Little Foil");
        String legalName = buyer.get("api/suppliers/" + company).json().get("legalName").asText();
        String username = AssessmentFixtures.supplierUser(company);
        Http supplier = Http.formLogin(username, AssessmentFixtures.PASSWORD);

        try (XWPFDocument english = new XWPFDocument(new ByteArrayInputStream(
                supplier.getBytes("app/policy-template?template=ENVIRONMENTAL&lang=en")))) {
            String title = english.getParagraphs().get(0).getText();
            assertThat(title).isEqualTo("Environmental policy of " + legalName);
            assertThat(english.getParagraphs().stream().map(XWPFParagraph::getText)).anyMatch(p -> p.contains("ISO 14001:2015"));
        }
        try (XWPFDocument chinese = new XWPFDocument(new ByteArrayInputStream(
                supplier.getBytes("app/policy-template?template=HEALTH_AND_SAFETY&lang=zh-CN")))) {
            assertThat(chinese.getParagraphs().get(0).getText()).as("no Chinese name yet: the legal name").isEqualTo(legalName + "职业健康安全方针");
        }
        assertThat(supplier.get("app/policy-template?template=NO_SUCH_POLICY").status()).isEqualTo(404);
        assertThat(Http.formLogin("buyer", "demo").get("app/policy-template?template=ENVIRONMENTAL").status())
                .as("for supplier users only").isEqualTo(403);
    }
}
