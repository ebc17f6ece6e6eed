package org.supplieresg.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Each demo role logs in with headless Chromium and does its job; screenshots go to target/screenshots. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @ParameterizedTest(name = "{0} sees the home page of the role")
    @CsvSource({
            "admin,     true,  true,  true,  false",
            "buyer,     true,  true,  false, false",
            "officer,   true,  false, false, false",
            "auditor,   true,  false, false, false",
            "supplier,  false, false, false, true",
            "supplier2, false, false, false, true"})
    void eachRoleSeesWhatItMayDo(String user, boolean suppliers, boolean register, boolean users, boolean company) {
        try (Browser browser = new Browser()) {
            browser.login(user, "demo");
            assertThat(browser.find(By.id("topbar:whoami")).getText()).isEqualTo(user);
            assertThat(present(browser, "tile-suppliers")).as("supplier list tile").isEqualTo(suppliers);
            assertThat(present(browser, "tile-register")).as("register tile").isEqualTo(register);
            assertThat(present(browser, "tile-users")).as("users tile").isEqualTo(users);
            assertThat(present(browser, "tile-company")).as("own company tile").isEqualTo(company);
            browser.screenshot("home-" + user);
            assertThat(browser.consoleErrors()).as("no blocked scripts or errors").isEmpty();
        }
    }

    @Test
    void aBuyerFindsASupplierEditsItAndSeesTheChangeInItsHistory() {
        try (Browser browser = new Browser()) {
            browser.login("buyer", "demo").open("app/suppliers/list.xhtml");
            browser.find(By.id("form:suppliers"));
            browser.screenshot("buyer-supplier-list");
            browser.type(By.id("form:suppliers:globalFilter"), "Xinyuan");
            browser.waitUntil(d -> d.findElements(By.cssSelector("[id='form:suppliers_data'] > tr")).size() == 1
                    && d.findElement(By.id("form:suppliers_data")).getText().contains("Hunan Xinyuan"));
            browser.screenshot("buyer-supplier-list-filtered");

            browser.click(By.linkText("Hunan Xinyuan Cathode Materials Co., Ltd."));
            browser.waitForText(By.id("f-legalName"), "Hunan Xinyuan");
            browser.screenshot("buyer-supplier-view");
            browser.click(By.id("edit"));
            String region = "Changsha " + System.nanoTime() % 10_000;
            browser.type(By.id("form:region"), region);
            browser.click(By.id("form:save"));
            browser.waitForText(By.id("f-region"), region);
            assertThat(browser.find(By.id("history_data")).getText()).contains("buyer").contains("region").contains(region);
            browser.screenshot("buyer-supplier-saved-with-history");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    @Test
    void invalidInputGetsAMessageNextToEachFieldAndNothingIsSaved() {
        try (Browser browser = new Browser()) {
            browser.login("buyer", "demo").open("app/suppliers/edit.xhtml");
            browser.type(By.id("form:industryCode"), "ABC");
            browser.click(By.id("form:save"));
            browser.find(By.cssSelector("[id='form:legalName'] ~ *, .ui-message-error"));
            String page = browser.bodyText();
            assertThat(page).contains("Enter the supplier's legal name.")
                    .contains("Choose the country")
                    .contains("\"ABC\" is not a valid NAICS code.")
                    .contains("This field is required.");
            assertThat(browser.driver.getCurrentUrl()).contains("edit.xhtml");
            browser.screenshot("buyer-invalid-supplier");
        }
    }

    @Test
    void theSecondOfTwoEditorsIsShownWhatTheFirstChanged() {
        try (Browser buyer = new Browser(); Browser admin = new Browser()) {
            buyer.login("buyer", "demo").open("app/suppliers/edit.xhtml?id=3");
            admin.login("admin", "demo").open("app/suppliers/edit.xhtml?id=3");
            String adminRegion = "Admin region " + System.nanoTime() % 10_000;
            admin.type(By.id("form:region"), adminRegion);
            admin.click(By.id("form:save"));
            admin.waitForText(By.id("f-region"), adminRegion);

            buyer.type(By.id("form:localName"), "买方修改");
            buyer.click(By.id("form:save"));
            buyer.waitForText(By.id("form:conflict"), adminRegion);
            assertThat(buyer.find(By.id("form:conflict")).getText()).contains("admin").contains("region");
            buyer.screenshot("buyer-concurrent-edit-conflict");
            assertThat(Http.basic("buyer", "demo").get("api/suppliers/3").json().get("localName").asText()).isNotEqualTo("买方修改");
        }
    }

    @Test
    void aSupplierKeepsItsContactsUpToDateAndCannotOpenAnotherCompany() {
        try (Browser browser = new Browser()) {
            browser.login("supplier2", "demo").open("app/company.xhtml");
            browser.waitForText(By.tagName("main"), "Hanbit Separator");
            browser.click(By.id("form:addContact"));
            browser.find(By.id("form:contacts:2:name"));
            String name = "Park Ji-ho " + System.nanoTime() % 1000;
            browser.type(By.id("form:contacts:2:name"), name);
            browser.type(By.id("form:contacts:2:email"), "not-an-email");
            browser.click(By.id("form:save"));
            browser.waitForText(By.id("form"), "\"not-an-email\" is not a valid e-mail address.");
            browser.type(By.id("form:contacts:2:email"), "jiho.park@hanbit.example");
            browser.click(By.id("form:save"));
            browser.waitForText(By.id("growl_container"), "saved");
            browser.screenshot("supplier-company-contacts");
            assertThat(Http.basic("supplier2", "demo").get("api/suppliers/2").text()).contains(name);

            browser.open("app/suppliers/view.xhtml?id=1");
            assertThat(browser.bodyText()).contains("Not found").doesNotContain("Hunan Xinyuan").doesNotContain("湖南");
            browser.screenshot("supplier-other-company-not-found");
            browser.open("app/suppliers/list.xhtml");
            assertThat(browser.bodyText()).contains("Not allowed");
        }
    }

    @Test
    void anAdminCreatesAUserOnTheUsersPage() {
        try (Browser browser = new Browser()) {
            browser.login("admin", "demo").open("app/admin/users.xhtml");
            String username = "officer" + System.nanoTime() % 100_000;
            browser.type(By.id("form:username"), username);
            browser.type(By.id("form:displayName"), "New Officer");
            browser.type(By.id("form:password"), "a-long-enough-password");
            browser.click(By.xpath("//label[text()='Sustainability officer']"));
            browser.click(By.id("form:create"));
            browser.waitForText(By.id("form:accounts_data"), username);
            browser.screenshot("admin-users");
            assertThat(Http.basic(username, "a-long-enough-password").get("api/suppliers?size=1").status()).isEqualTo(200);
        }
    }

    @Test
    void theInterfaceSwitchesToSimplifiedChineseAndRemembersIt() {
        try (Browser browser = new Browser()) {
            browser.login("officer", "demo");
            browser.click(By.id("topbar:lang-zh"));
            browser.waitForText(By.tagName("header"), "供应商");
            browser.open("app/suppliers/list.xhtml");
            browser.waitForText(By.id("form:suppliers"), "法定名称");
            assertThat(browser.bodyText()).contains("采购品类").contains("刚果");
            browser.screenshot("officer-supplier-list-zh");
            browser.click(By.id("topbar:logout"));
            browser.login("officer", "demo");
            assertThat(browser.find(By.tagName("header")).getText()).as("the choice is saved on the account").contains("退出登录");
            browser.click(By.id("topbar:lang-en"));
            browser.waitForText(By.tagName("header"), "Log out");
        }
    }

    @Test
    void anAdminDeletesASupplierOnlyAfterConfirming() {
        long id = Http.basic("buyer", "demo").post("api/suppliers", SupplierFixtures.tierOne("Registered By Mistake")).json().get("id").asLong();
        try (Browser browser = new Browser()) {
            browser.login("admin", "demo").open("app/suppliers/view.xhtml?id=" + id);
            browser.click(By.id("deleteForm:delete"));
            browser.find(By.cssSelector(".ui-confirmdialog-yes"));
            browser.screenshot("admin-confirm-delete");
            assertThat(Http.basic("buyer", "demo").get("api/suppliers/" + id).status()).as("nothing deleted before confirming").isEqualTo(200);
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitUntil(d -> d.getCurrentUrl().contains("list.xhtml"));
            assertThat(Http.basic("buyer", "demo").get("api/suppliers/" + id).status()).isEqualTo(404);
        }
    }

    @Test
    void aSupplierAnswersAndSubmitsTheBuyerValidatesAndTheTierAppears() {
        long supplierId = 5;
        long assessment = AssessmentFixtures.launchFor(supplierId, "Journey campaign");
        String username = AssessmentFixtures.supplierUser(supplierId);
        try (Browser supplier = new Browser()) {
            supplier.login(username, AssessmentFixtures.PASSWORD).open("app/home.xhtml");
            supplier.click(By.partialLinkText("Journey campaign"));
            supplier.waitForText(By.id("q-status"), "In progress");
            supplier.click(By.cssSelector("[data-code='MGT-02'] .ui-button:nth-child(1)"));
            supplier.waitForText(By.id("q-progress"), "1 /");
            supplier.click(By.cssSelector("[data-code='MGT-01'] .ui-button:nth-child(4)"));
            supplier.waitForText(By.id("q-progress"), "2 /");
            supplier.screenshot("supplier-questionnaire-answering");

            Http api = Http.basic(username, AssessmentFixtures.PASSWORD);
            assertThat(api.get("api/assessments/" + assessment).text()).contains("\"maturityLevel\":3");
            AssessmentFixtures.answerTheRest(api, assessment, Map.of());
            supplier.open("app/questionnaire.xhtml?id=" + assessment);
            supplier.click(By.id("form:submit"));
            supplier.click(By.cssSelector(".ui-confirmdialog-yes"));
            supplier.waitForText(By.id("q-status"), "Submitted");
            supplier.screenshot("supplier-questionnaire-submitted");
        }
        try (Browser buyer = new Browser()) {
            buyer.login("buyer", "demo").open("app/questionnaire.xhtml?id=" + assessment);
            buyer.click(By.cssSelector("button[data-code='MGT-01']"));
            buyer.waitUntil(d -> !d.findElements(By.cssSelector(".decision-ACCEPTED")).isEmpty());
            buyer.screenshot("buyer-reviewing");
            AssessmentFixtures.acceptTheRest(Http.basic("buyer", "demo"), assessment);
            buyer.open("app/questionnaire.xhtml?id=" + assessment);
            buyer.click(By.id("form:score"));
            buyer.waitForText(By.id("score-tier"), "Tier");
            // Every answer is the best one except MGT-01 at level 3 of 4: the tier is A.
            assertThat(buyer.find(By.id("score-tier")).getText()).contains("A");
            assertThat(buyer.find(By.id("tier-reason")).getText()).contains("earns tier A");
            buyer.screenshot("buyer-score-with-tier");
            buyer.find(By.cssSelector("#trend canvas"));
            assertThat(buyer.find(By.id("scoreTrail")).getText()).contains("buyer");

            // From the dimension down to the answer, its review and every change made to it.
            buyer.click(By.cssSelector("#indicatorScores .ui-accordion-header"));
            WebElement mgt01 = buyer.find(By.xpath("//tr[td[normalize-space()='MGT-01']]"));
            assertThat(mgt01.getText()).contains("Level 3", "Accepted");
            // Opens the row, and opens it again if the click came before the table was ready (seen once on a loaded CI machine).
            buyer.waitUntil(d -> {
                if (d.findElements(By.cssSelector("[id$='answerHistory']")).stream()
                        .anyMatch(e -> e.getText().contains(username) && e.getText().contains("buyer"))) {
                    return true;
                }
                WebElement toggler = d.findElement(By.xpath("//tr[td[normalize-space()='MGT-01']]//*[contains(@class,'ui-row-toggler')]"));
                if (!"true".equals(toggler.getAttribute("aria-expanded"))) {
                    toggler.click();
                }
                return false;
            });
            buyer.screenshot("buyer-score-answer-history");
        }
        assertThat(Http.basic("buyer", "demo").get("api/suppliers/" + supplierId + "/sourcing-status").json()
                .get("sourcingStatus").asText()).isEqualTo("PREFERRED");
    }

    @Test
    void aSupplierEntersFuelAndElectricityAndTheOfficerSeesTheResultAndItsLineage() {
        // Supplier 54 (Heilongjiang, graphite), 2025: DESNZ 2025 natural gas and the MEE/NBS 2022 grid factor apply.
        String username = AssessmentFixtures.supplierUser(54);
        try (Browser supplier = new Browser()) {
            supplier.login(username, AssessmentFixtures.PASSWORD).open("app/emissions.xhtml?year=2025");
            supplier.find(By.id("inventory:lines"));
            supplier.choose("inventory:activity", "fuel/natural-gas");
            supplier.type(By.id("inventory:quantity"), "120000");
            supplier.type(By.id("inventory:description"), "Drying kilns");
            supplier.click(By.id("inventory:addLine"));
            supplier.waitForText(By.id("inventory:lines"), "fuel/natural-gas");
            supplier.choose("inventory:type", "ELECTRICITY");
            supplier.find(By.id("inventory:activityText"));
            supplier.type(By.id("inventory:quantity"), "850");
            supplier.choose("inventory:unit", "MWh");
            supplier.type(By.id("inventory:description"), "Purification furnaces");
            supplier.click(By.id("inventory:addLine"));
            supplier.waitForText(By.id("inventory:lines"), "Purification furnaces");
            supplier.screenshot("supplier-emissions-lines");
            supplier.click(By.id("inventory:submit"));
            supplier.click(By.cssSelector(".ui-confirmdialog-yes"));
            supplier.waitUntil(d -> d.findElements(By.id("inventory:addLine")).isEmpty());
            supplier.screenshot("supplier-emissions-submitted");
            assertThat(supplier.consoleErrors()).isEmpty();
        }
        try (Browser officer = new Browser()) {
            officer.login("officer", "demo").open("app/emissions-overview.xhtml?year=2025");
            // Other tests may have calculated 2025 already: wait for this run's answer, not the one on the page before.
            String before = officer.driver.findElements(By.id("calculatedAt")).stream().map(WebElement::getText).findFirst().orElse("");
            officer.click(By.id("overview:recalculate"));
            officer.waitUntil(d -> d.findElements(By.id("calculatedAt")).stream().anyMatch(e -> e.getText().contains("Run") && !e.getText().equals(before)));
            officer.click(By.xpath("//*[@id='overview:perspective']//*[contains(text(), 'Suppliers')]"));
            officer.waitForText(By.id("overview:figures"), "Heilongjiang Jixi Xingda");
            officer.screenshot("officer-emissions-overview");
            // 850 MWh x 0.5366 kg CO2/kWh (MEE/NBS 2022 national grid factor) = 456 110 kg = 456.11 t
            WebElement grid = officer.find(By.xpath("//tbody[@id='overview:figures_data']/tr[contains(., 'cn-grid-2022') and contains(., 'Heilongjiang')]"));
            assertThat(grid.getText()).contains("456.11");
            grid.findElement(By.cssSelector("[id$=':lineage']")).click();
            officer.waitForText(By.id("overview:lineagePanel"), "MEE/electricity/cn-grid-2022/kWh");
            String lineage = officer.find(By.id("overview:lineagePanel")).getText();
            assertThat(lineage).contains("850 MWh").contains(username).contains("Purification furnaces").contains("生态环境部");
            officer.screenshot("officer-emissions-lineage");
            assertThat(officer.consoleErrors()).isEmpty();
        }
    }

    @Test
    void aTier1InvitesATier2WhoAnswersTheCoreQuestionnaireAndTheTier1AndTheBuyerSeeTheResult() {
        ChainIT.Tier1 tier1 = ChainIT.Tier1.create("Journey chain");
        long nano = System.nanoTime();
        String tier2Name = "Journey Tier-2 " + nano + " Stamping Co., Ltd.";
        String tier2User = "jt2-" + nano % 1_000_000;
        String password;
        try (Browser leader = new Browser()) {
            leader.login(tier1.username(), AssessmentFixtures.PASSWORD).open("app/chain.xhtml");
            leader.type(By.id("form:legalName"), tier2Name);
            leader.choose("form:country", "China");
            leader.type(By.id("form:industryCode"), "2599");
            leader.choose("form:spendCategory", "Cell housings");
            leader.type(By.id("form:contactName"), "Zhou Min");
            leader.type(By.id("form:contactEmail"), "zhou.min@journey.example");
            leader.type(By.id("form:username"), tier2User);
            leader.click(By.id("form:invite"));
            leader.waitForText(By.id("form:firstLogin"), tier2User);
            password = leader.find(By.id("invitedPassword")).getText();
            assertThat(password).hasSize(16);
            leader.waitForText(By.id("tier2List"), tier2Name);
            leader.screenshot("tier1-invited-a-tier2");

            leader.click(By.xpath("//label[contains(., '" + tier2Name + "')]"));
            leader.type(By.id("ask:campaignName"), "Journey core " + nano);
            leader.typeDate(By.id("ask:campaignDeadline_input"), java.time.LocalDate.now().plusDays(21).toString());
            leader.click(By.id("ask:send"));
            leader.waitForText(By.id("tier2List"), "Journey core " + nano);
            assertThat(leader.find(By.id("tier2List")).getText()).contains("Not shared yet");
            leader.screenshot("tier1-sent-core-questionnaire");
        }
        try (Browser small = new Browser()) {
            // The Tier-1 chose Chinese for its supplier. The first login asks for a password of its own, then opens the guide.
            small.login(tier2User, password);
            small.find(By.id("form:firstPassword"));
            small.open("app/home.xhtml");
            small.find(By.id("form:firstPassword")); // nothing else opens before the change
            small.type(By.id("form:currentPassword"), password);
            password = "Yongkang stamping " + nano % 1000;
            small.type(By.id("form:newPassword"), password);
            small.type(By.id("form:confirmation"), password);
            small.screenshot("tier2-first-password");
            small.click(By.id("form:change"));
            small.find(By.id("form:stepCompany"));
            small.type(By.id("form:localName"), "永康冲压有限公司");
            small.click(By.id("form:next"));
            small.find(By.id("form:stepContacts"));
            small.click(By.id("form:next"));
            small.waitForText(By.id("form:stepQuestionnaire"), "Journey core " + nano);
            small.screenshot("tier2-first-login-guide-questionnaire-step");
            small.click(By.cssSelector("[id$='openQuestionnaire']"));
            small.waitForText(By.id("q-status"), "填写中");
            assertThat(small.bodyText()).contains("这是什么意思？");
            small.click(By.cssSelector("[data-code='MGT-12'] .ui-button:nth-child(1)"));
            small.waitForText(By.id("q-progress"), "1 / 34");
            small.click(By.cssSelector("[data-code='MGT-03'] .ui-button:nth-child(3)"));
            small.waitForText(By.id("q-progress"), "2 / 34");
            small.screenshot("tier2-answering-core-questionnaire");
            Http api = Http.basic(tier2User, password);
            long assessment = api.get("api/suppliers/" + tier2Id(tier1, tier2Name) + "/assessments").json().get(0).get("id").asLong();
            // No age verification of agency workers: a red flag the Tier-1 must see.
            AssessmentFixtures.answerTheRest(api, assessment, Map.of("LAB-01", Map.of("yes", false)));
            small.open("app/questionnaire.xhtml?id=" + assessment);
            small.click(By.id("form:submit"));
            small.click(By.cssSelector(".ui-confirmdialog-yes"));
            small.waitForText(By.id("q-status"), "已提交");

            small.open("app/chain.xhtml");
            small.waitForText(By.id("customer"), tier1.name());
            small.click(By.id("consent:grant"));
            small.waitForText(By.id("consentState"), "共享开始于");
            small.screenshot("tier2-shares-with-its-customer");
            assertThat(small.consoleErrors()).isEmpty();
        }
        try (Browser leader = new Browser()) {
            leader.login(tier1.username(), AssessmentFixtures.PASSWORD).open("app/chain.xhtml");
            leader.waitForText(By.id("tier2List"), "34/34");
            assertThat(leader.find(By.id("tier2List")).getText()).contains("Shared", "LAB-01");
            assertThat(leader.find(By.id("chainRisks")).getText()).contains("Buyer ← " + tier1.name() + " ← " + tier2Name, "Red flag", "LAB-01");
            leader.screenshot("tier1-sees-tier2-result-and-chain-risk");

            // Its purchases from the Tier-2 name it, for the roll-up of the Tier-2's carbon data.
            leader.open("app/emissions.xhtml?year=2025");
            leader.find(By.id("inventory:lines"));
            leader.choose("inventory:type", "INPUT");
            leader.type(By.id("inventory:activityText"), "material/steel");
            leader.type(By.id("inventory:quantity"), "20");
            leader.choose("inventory:unit", "t");
            leader.choose("inventory:sourceSupplier", tier2Name);
            leader.type(By.id("inventory:sourceItemCode"), "COIL-1");
            leader.click(By.id("inventory:addLine"));
            leader.waitForText(By.id("inventory:lines"), tier2Name + " COIL-1");
            leader.screenshot("tier1-input-from-its-tier2");
        }
        try (Browser buyer = new Browser()) {
            buyer.login("buyer", "demo").open("app/chain-map.xhtml");
            buyer.choose("filter:commodity", "Electrolyte");
            buyer.waitForText(By.id("map"), tier2Name);
            WebElement node = buyer.find(By.cssSelector("g.chain-node[data-key='T2-" + tier2Id(tier1, tier2Name) + "']"));
            assertThat(node.getAttribute("class")).contains("risk-high");
            buyer.screenshot("buyer-chain-map");
            buyer.open("app/suppliers/view.xhtml?id=" + tier1.id());
            assertThat(buyer.find(By.id("chainRisks")).getText()).contains(tier2Name, "LAB-01");
            buyer.screenshot("buyer-tier1-record-with-chain-risk");
            assertThat(buyer.consoleErrors()).isEmpty();
        }
    }

    private static long tier2Id(ChainIT.Tier1 tier1, String name) {
        for (com.fasterxml.jackson.databind.JsonNode row : tier1.admin().get("api/chain/tier2s").json()) {
            if (row.get("legalName").asText().equals(name)) {
                return row.get("supplierId").asLong();
            }
        }
        throw new AssertionError(name + " not invited");
    }

    @ParameterizedTest(name = "{0} on {1}")
    @CsvSource({
            "buyer, app/home.xhtml", "buyer, app/suppliers/list.xhtml", "buyer, app/campaigns.xhtml", "buyer, app/reports.xhtml",
            "officer, app/emissions-overview.xhtml", "auditor, app/audits.xhtml", "admin, app/admin/users.xhtml",
            "supplier, app/home.xhtml", "supplier, app/company.xhtml", "officer, app/home.xhtml", "admin, app/home.xhtml",
            "auditor, app/home.xhtml", "buyer, app/suppliers/list.xhtml?tier=D&chain=TIER_1&status=ACTIVE",
            "supplier, app/emissions.xhtml", "supplier, app/shared-results.xhtml", "buyer, app/catalogue.xhtml", "buyer, app/training.xhtml",
            "buyer, app/suppliers/view.xhtml?id=1", "buyer, app/suppliers/edit.xhtml?id=1", "buyer, app/shared-rules.xhtml",
            "admin, app/audit-plan.xhtml", "admin, app/admin/tier-policy.xhtml", "admin, app/admin/catalogue-versions.xhtml",
            "supplier, app/chain.xhtml", "buyer, app/chain-map.xhtml", "supplier, app/onboarding.xhtml", "supplier, app/minerals.xhtml",
            "buyer, app/minerals.xhtml?supplier=1", "officer, app/password.xhtml"})
    void pagesMeetWcag21AaAsAxeCoreChecksThem(String user, String page) {
        try (Browser browser = new Browser()) {
            browser.login(user, "demo").open(page);
            browser.find(By.id("main"));
            assertThat(browser.accessibilityViolations()).as(user + " on " + page).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0} opens on {1}")
    @CsvSource({"buyer, procurementDashboard", "officer, sustainabilityDashboard", "admin, adminDashboard", "auditor, auditsThisMonth",
            "supplier, toDoNow"})
    void eachRoleOpensOnItsOwnDashboard(String user, String dashboard) {
        try (Browser browser = new Browser()) {
            browser.login(user, "demo").open("app/home.xhtml");
            browser.find(By.id(dashboard));
            browser.screenshot(user + "-home-dashboard");
            assertThat(browser.consoleErrors()).isEmpty();
        }
    }

    /** Sauerland Praezisionsgehaeuse (Tier-1, active, EUR): blocked by a red flag here, used by no other test. */
    private static final long BLOCKED_IN_JOURNEY = 32;

    @Test
    void aBuyerClicksTheBlockedTierOnTheDashboardAndGetsTheSuppliersBehindIt() {
        java.util.Map<String, Object> redFlag = new java.util.HashMap<>();
        redFlag.put("LAB-03", java.util.Map.of("yes", false));
        assertThat(AssessmentFixtures.scoreRound(BLOCKED_IN_JOURNEY, "Journey red flag", redFlag).get("tier").asText()).isEqualTo("D");
        try (Browser buyer = new Browser()) {
            buyer.login("buyer", "demo").open("app/home.xhtml");
            buyer.find(By.id("procurementDashboard"));
            assertThat(buyer.find(By.id("blocked")).getText()).contains("Sauerland Praezisionsgehaeuse");
            buyer.screenshot("buyer-dashboard");
            buyer.clickChart("spendChart", 3); // the bar of tier D
            buyer.waitUntil(d -> d.getCurrentUrl().contains("tier=D"));
            buyer.waitForText(By.id("form:suppliers"), "Sauerland Praezisionsgehaeuse");
            assertThat(buyer.find(By.id("form:suppliers:procurementTierFilter_label")).getText()).isEqualTo("D");
            java.util.List<WebElement> rows = buyer.find(By.id("form:suppliers_data")).findElements(By.tagName("tr"));
            assertThat(rows).isNotEmpty().allSatisfy(row -> {
                assertThat(row.findElements(By.cssSelector(".badge.tier-D"))).hasSize(1);
                assertThat(row.getText()).contains("Tier-1", "Active");
            });
            buyer.screenshot("buyer-dashboard-drilldown-tier-d");
            assertThat(buyer.consoleErrors()).isEmpty();
        }
    }

    @Test
    void theKeyboardAloneReachesTheListBehindATier() {
        try (Browser buyer = new Browser()) {
            buyer.login("buyer", "demo").open("app/home.xhtml");
            buyer.find(By.id("procurementDashboard"));
            org.openqa.selenium.interactions.Actions keys = new org.openqa.selenium.interactions.Actions(buyer.driver);
            keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
            assertThat(buyer.driver.switchTo().activeElement().getAttribute("class")).as("the first Tab offers the skip link")
                    .contains("skip-link");
            String reached = null;
            for (int i = 0; i < 60 && !"Not scored".equals(reached); i++) {
                keys.sendKeys(org.openqa.selenium.Keys.TAB).perform();
                reached = buyer.driver.switchTo().activeElement().getText();
            }
            assertThat(reached).as("Tab reaches the tier table's links").isEqualTo("Not scored");
            keys.sendKeys(org.openqa.selenium.Keys.ENTER).perform();
            buyer.waitUntil(d -> d.getCurrentUrl().contains("tier=NONE"));
            assertThat(buyer.find(By.id("form:suppliers:procurementTierFilter_label")).getText()).isEqualTo("Not scored");
        }
    }

    @Test
    void anOfficerOpensTheFiguresBehindAScope3CategoryFromTheDashboard() {
        assertThat(Http.basic("officer", "demo").post("api/emissions/runs?year=2025", "{}").status()).isEqualTo(201);
        try (Browser officer = new Browser()) {
            officer.login("officer", "demo").open("app/home.xhtml");
            officer.find(By.id("sustainabilityDashboard"));
            assertThat(officer.find(By.id("trendTable")).getText()).contains("2025");
            officer.screenshot("officer-dashboard");
            officer.clickChart("categoryChart", 0); // the largest category
            officer.waitUntil(d -> d.getCurrentUrl().contains("scope=3&category="));
            String category = officer.driver.getCurrentUrl().replaceAll(".*category=(\\d+).*", "$1");
            officer.find(By.id("overview:narrowed"));
            java.util.List<WebElement> rows = officer.find(By.id("overview:figures_data")).findElements(By.tagName("tr"));
            assertThat(rows).isNotEmpty().allSatisfy(row -> assertThat(row.getText()).contains("Category " + category));
            officer.screenshot("officer-dashboard-drilldown-category");
            officer.click(By.id("overview:clearNarrowing"));
            officer.waitUntil(d -> d.findElements(By.id("overview:narrowed")).isEmpty());
            assertThat(officer.consoleErrors()).isEmpty();
        }
    }

    @Test
    void theTopBarFindsASupplierByItsChineseName() {
        try (Browser buyer = new Browser()) {
            buyer.login("buyer", "demo").open("app/home.xhtml");
            buyer.find(By.id("q")).sendKeys("瑞通" + org.openqa.selenium.Keys.ENTER);
            buyer.waitForText(By.id("form:suppliers"), "Jiangxi Yingtan Ruitong Copper Foil");
            assertThat(buyer.find(By.id("form:suppliers:globalFilter")).getAttribute("value")).isEqualTo("瑞通");
            assertThat(buyer.find(By.id("form:suppliers_data")).findElements(By.tagName("tr"))).hasSize(1);
            buyer.screenshot("buyer-global-search-chinese");
            assertThat(buyer.consoleErrors()).isEmpty();
        }
    }

    @Test
    void anOfficerGeneratesTheDisclosureAndThePortfolioAndDownloadsThem() {
        try (Browser officer = new Browser()) {
            officer.login("officer", "demo").open("app/reports.xhtml");
            officer.find(By.id("reports:history"));
            // the default: the disclosure PDF of last year
            officer.click(By.id("reports:generate"));
            officer.waitForText(By.id("reports:history"), "Done");
            officer.screenshot("officer-reports-disclosure-done");
            WebElement first = officer.find(By.xpath("//tbody[@id='reports:history_data']/tr[1]"));
            assertThat(first.getText()).contains("Disclosure report (PDF)", "officer", "SHA-256");
            String link = first.findElement(By.cssSelector("a.job-download")).getAttribute("href");
            assertThat(link).contains("/api/reports/jobs/").endsWith("/file");

            officer.choose("reports:kind", "Portfolio workbook");
            officer.click(By.id("reports:generate"));
            officer.waitUntil(d -> d.findElement(By.xpath("//tbody[@id='reports:history_data']/tr[1]")).getText().contains("Portfolio workbook")
                    && d.findElement(By.xpath("//tbody[@id='reports:history_data']/tr[1]")).getText().contains("Done"));
            officer.screenshot("officer-reports-portfolio-done");
            assertThat(officer.consoleErrors()).isEmpty();
        }
    }

    @Test
    void anAdminPreviewsATierPolicyChangeBeforePublishingIt() {
        try (Browser browser = new Browser()) {
            browser.login("admin", "demo").open("app/admin/tier-policy.xhtml");
            browser.find(By.id("policy-version"));
            browser.replace(By.id("form:bMinimum_input"), "70");
            browser.replace(By.id("form:aMinimum_input"), "60");
            browser.click(By.id("form:preview"));
            browser.waitForText(By.id("form"), "The thresholds must descend");
            browser.replace(By.id("form:aMinimum_input"), "99");
            browser.click(By.id("form:preview"));
            browser.find(By.id("form:changes"));
            browser.screenshot("admin-tier-policy-preview");
            assertThat(Http.basic("buyer", "demo").get("api/tier-policies/current").json().get("aMinimum").decimalValue())
                    .as("previewing publishes nothing").isEqualByComparingTo("80");
        }
    }

    @Test
    void anAdminImportsAnEditedCatalogueAndReviewsItBeforeDecidingOnIt() throws Exception {
        Http admin = Http.basic("admin", "demo");
        int inForce = 0;
        for (com.fasterxml.jackson.databind.JsonNode v : admin.get("api/catalogue-versions").json()) {
            if (v.get("status").asText().equals("PUBLISHED")) {
                inForce = v.get("versionNo").asInt();
            }
        }
        byte[] exported = admin.getBytes("api/catalogue-versions/" + inForce + "/workbook");
        java.nio.file.Path broken = java.nio.file.Files.createTempFile("catalogue-broken", ".xlsx");
        java.nio.file.Files.write(broken, CatalogueVersionIT.edit(exported, w -> CatalogueVersionIT.setWeight(w, "LAB", 16)));
        java.nio.file.Path edited = java.nio.file.Files.createTempFile("catalogue-edited", ".xlsx");
        java.nio.file.Files.write(edited, CatalogueVersionIT.edit(exported, w -> {
            CatalogueVersionIT.setWeight(w, "CLI", 25);
            CatalogueVersionIT.setWeight(w, "MGT", 3);
        }));
        int versions = admin.get("api/catalogue-versions").json().size();
        try (Browser browser = new Browser()) {
            browser.login("admin", "demo").open("app/admin/catalogue-versions.xhtml");
            browser.find(By.id("form:versions"));
            browser.driver.findElement(By.id("form:upload")).sendKeys(broken.toString());
            browser.click(By.id("form:importDraft"));
            browser.waitForText(By.id("form:problems"), "The dimension weights add up to 101 %, not 100 %.");
            browser.screenshot("admin-catalogue-import-refused");
            assertThat(admin.get("api/catalogue-versions").json().size()).as("nothing stored").isEqualTo(versions);

            browser.driver.findElement(By.id("form:upload")).sendKeys(edited.toString());
            browser.click(By.id("form:importDraft"));
            browser.waitForText(By.id("form:draft"), "weight_percent");
            assertThat(browser.find(By.id("form:differences")).getText()).contains("CLI", "20", "25", "MGT", "8", "3");
            browser.screenshot("admin-catalogue-draft-review");

            browser.click(By.id("form:discard"));
            browser.click(By.cssSelector(".ui-confirmdialog-yes"));
            browser.waitUntil(d -> d.findElements(By.id("form:draft")).isEmpty());
            assertThat(admin.get("api/catalogue-versions").json().size()).isEqualTo(versions);
        } finally {
            java.nio.file.Files.deleteIfExists(broken);
            java.nio.file.Files.deleteIfExists(edited);
        }
    }

    @Test
    void aPlannerProposesTheAnnualAuditPlanFromTheRiskRankingAndSeesWhy() {
        String lastYear = String.valueOf(java.time.LocalDate.now().getYear() - 1);
        try (Browser buyer = new Browser()) {
            buyer.login("buyer", "demo").open("app/audits.xhtml");
            buyer.click(By.id("form:planLink"));
            assertThat(buyer.find(By.id("supplierShare")).getText()).matches("\\d+ / \\d+ \\(.*%\\)");
            buyer.choose("form:year", lastYear);
            buyer.click(By.id("form:propose"));
            buyer.waitForText(By.id("planHead"), "Audit plan " + lastYear);
            buyer.click(By.xpath("//tr[.//a[contains(., 'Likasi Hydrometallurgie')]]//div[contains(@class,'ui-row-toggler')]"));
            buyer.waitForText(By.cssSelector(".reasons"), "COBALT from CD risk 5: +10");
            buyer.screenshot("buyer-audit-plan");
        }
    }

    @Test
    void anAuditIsScheduledConfirmedPerformedOnATabletAndItsCorrectiveActionVerified() throws Exception {
        long supplierId = 47;
        String username = AssessmentFixtures.supplierUser(supplierId);
        String start = java.time.LocalDate.now().plusDays(140).toString();
        String end = java.time.LocalDate.now().plusDays(141).toString();
        long auditId;
        try (Browser buyer = new Browser()) {
            buyer.login("buyer", "demo").open("app/audits.xhtml?supplier=" + supplierId);
            buyer.find(By.cssSelector("#form\\:calendar .fc-daygrid"));
            buyer.choose("form:type", "Periodic");
            buyer.type(By.id("form:leadAuditor"), "auditor");
            buyer.type(By.id("form:siteAddress"), "Route de Kolwezi km 12, Lualaba");
            // dates last: text typed right after a date picker's pop-up can be lost in headless Chromium
            buyer.typeDate(By.id("form:start_input"), start);
            buyer.typeDate(By.id("form:end_input"), end);
            buyer.click(By.id("form:scheduleAudit"));
            buyer.waitUntil(d -> d.getCurrentUrl().contains("audit.xhtml?id="));
            auditId = Long.parseLong(buyer.driver.getCurrentUrl().replaceAll(".*id=(\\d+).*", "$1"));
            assertThat(buyer.find(By.id("form:status")).getText()).isEqualTo("Planned");
            buyer.screenshot("buyer-audit-scheduled");
            buyer.open("app/audits.xhtml");
            buyer.find(By.cssSelector("#form\\:calendar .fc-daygrid"));
            for (int month = 0; month < 7 && buyer.driver.findElements(By.xpath("//*[contains(@class,'fc-event')][contains(., 'Dilala')]")).isEmpty(); month++) {
                buyer.click(By.cssSelector("#form\\:calendar .fc-next-button"));
            }
            WebElement event = buyer.find(By.xpath("//*[contains(@class,'fc-event')][contains(., 'Dilala')]"));
            assertThat(event.getText()).contains("auditor");
            buyer.screenshot("buyer-audit-calendar");
            // drag the audit one week later on the month grid: the same checks as any rescheduling, then saved
            int rowHeight = buyer.find(By.cssSelector("#form\\:calendar .fc-daygrid-body tr")).getSize().getHeight();
            new org.openqa.selenium.interactions.Actions(buyer.driver).clickAndHold(event).pause(java.time.Duration.ofMillis(300))
                    .moveByOffset(0, rowHeight / 2).pause(java.time.Duration.ofMillis(200)).moveByOffset(0, rowHeight / 2)
                    .pause(java.time.Duration.ofMillis(300)).release().perform();
            buyer.waitUntil(d -> d.findElement(By.tagName("body")).getText().contains("moved to"));
            buyer.waitUntil(d -> !d.findElements(By.xpath("//*[contains(@class,'fc-event')][contains(., 'Dilala')]")).isEmpty());
            buyer.screenshot("buyer-audit-dragged");
        }
        try (Browser supplier = new Browser()) {
            supplier.login(username, AssessmentFixtures.PASSWORD).open("app/company.xhtml");
            supplier.type(By.id("blackout:reason"), "Spring Festival shutdown");
            supplier.typeDate(By.id("blackout:firstDay_input"), java.time.LocalDate.now().plusDays(300).toString());
            supplier.typeDate(By.id("blackout:lastDay_input"), java.time.LocalDate.now().plusDays(310).toString());
            supplier.click(By.id("blackout:declare"));
            supplier.waitForText(By.id("blackout:days"), "Spring Festival shutdown");
            supplier.open("app/home.xhtml");
            supplier.click(By.cssSelector("#ownAudits a"));
            supplier.click(By.id("form:confirm"));
            supplier.waitForText(By.id("form:status"), "Confirmed");
        }
        JsonNode audit = Http.basic("auditor", "demo").get("api/audits/" + auditId).json();
        assertThat(audit.get("plannedStart").asText()).as("dragged one week later").isEqualTo(java.time.LocalDate.parse(start).plusDays(7).toString());
        java.nio.file.Path photo = java.nio.file.Files.createTempDirectory("audit").resolve("unlabelled-drums.png");
        java.nio.file.Files.write(photo, AuditIT.png());
        try (Browser auditor = new Browser()) {
            auditor.login("auditor", "demo").open("app/audit.xhtml?id=" + auditId);
            auditor.click(By.id("form:start"));
            auditor.waitForText(By.id("form:status"), "In progress");
            AuditFixtures.checkAll(audit, java.util.Map.of()); // the other items, quickly, through the API
            auditor.open("app/audit.xhtml?id=" + auditId);
            String row = "//tr[td[normalize-space()='ENV-10']]";
            auditor.click(By.xpath(row + "//div[contains(@id,'outcome')]//div[contains(@class,'ui-button')][normalize-space()='Finding']"));
            auditor.click(By.xpath(row + "//div[contains(@id,'severity')]//div[contains(@class,'ui-button')][normalize-space()='Major']"));
            auditor.type(By.xpath(row + "//textarea[contains(@id,'observation')]"), "No emergency response plan filed with the environment office");
            auditor.click(By.xpath(row + "//button[contains(@id,'save')]"));
            auditor.waitUntil(d -> d.findElement(By.tagName("body")).getText().contains("ENV-10 saved."));
            auditor.driver.findElement(By.xpath(row + "//input[@type='file']")).sendKeys(photo.toString());
            auditor.waitForText(By.xpath(row), "unlabelled-drums.png");
            auditor.screenshot("auditor-checklist-on-tablet");
            auditor.click(By.id("form:complete"));
            auditor.click(By.cssSelector(".ui-confirmdialog-yes"));
            auditor.waitForText(By.id("form:status"), "Completed");
            assertThat(auditor.find(By.id("form:findingsPanel")).getText()).contains("ENV-10", "Major",
                    "No emergency response plan filed with the environment office");
            auditor.screenshot("auditor-audit-completed");
        }
        try (Browser supplier = new Browser()) {
            supplier.login(username, AssessmentFixtures.PASSWORD).open("app/home.xhtml");
            assertThat(supplier.find(By.id("openActions")).getText()).contains("ENV-10", "Major");
            supplier.click(By.cssSelector("#openActions a"));
            supplier.type(By.id("form:rootCause"), "The plan was never filed after the 2025 revision");
            supplier.type(By.id("form:actions"), "Filed the plan; EHS manager checks filings every quarter");
            supplier.type(By.id("form:owner"), "EHS Manager");
            java.nio.file.Path receipt = photo.resolveSibling("filing-receipt.pdf");
            java.nio.file.Files.write(receipt, certificatePdf());
            supplier.driver.findElement(By.cssSelector("input[type='file'][id$='evidenceUpload_input']")).sendKeys(receipt.toString());
            supplier.waitForText(By.id("form:evidence"), "filing-receipt.pdf");
            supplier.click(By.id("form:submitPlan"));
            supplier.waitForText(By.id("capStatus"), "Submitted");
            supplier.screenshot("supplier-corrective-action-submitted");
        }
        long action = Http.basic("auditor", "demo").get("api/audits/" + auditId).json().get("findings").get(0).get("correctiveAction").get("id").asLong();
        try (Browser auditor = new Browser()) {
            auditor.login("auditor", "demo").open("app/corrective-action.xhtml?id=" + action);
            assertThat(auditor.bodyText()).contains("The plan was never filed after the 2025 revision", "filing-receipt.pdf");
            auditor.click(By.id("form:verify"));
            auditor.waitForText(By.id("capStatus"), "Verified");
            assertThat(auditor.find(By.id("capStatus")).getText()).as("Major: open until the closure audit").contains("Finding open");
            auditor.screenshot("auditor-corrective-action-verified");
        }
    }

    @Test
    void aSupplierSharesItsIso45001CertificateAndTheReviewerAcceptsOneIndicatorAndDeclinesAnother() throws Exception {
        long supplierId = 42;
        long assessment = AssessmentFixtures.launchFor(supplierId, "Shared results journey");
        String username = AssessmentFixtures.supplierUser(supplierId);
        java.nio.file.Path certificate = java.nio.file.Files.createTempDirectory("shared").resolve("ISO45001-Tongren.pdf");
        java.nio.file.Files.write(certificate, certificatePdf());
        try (Browser supplier = new Browser()) {
            supplier.login(username, AssessmentFixtures.PASSWORD).open("app/home.xhtml");
            supplier.click(By.cssSelector("#tile-shared a"));
            supplier.find(By.id("form:submitPanel"));
            supplier.choose("form:scheme", "ISO 45001");
            supplier.waitForText(By.id("form:schemeHint"), "ISO 45001:2018");
            supplier.type(By.id("form:result"), "Certified, no major nonconformity");
            supplier.type(By.id("form:referenceNo"), "00124S21876R0M");
            supplier.type(By.id("form:issuer"), "China Quality Certification Centre");
            supplier.driver.findElement(By.cssSelector("input[type='file'][id$='reportUpload_input']")).sendKeys(certificate.toString());
            supplier.waitForText(By.id("form:evidenceId"), "ISO45001-Tongren.pdf");
            for (String[] date : new String[][] {{"form:assessedOn_input", "2024-10-01"}, {"form:validTo_input", "2027-09-30"}}) {
                supplier.type(By.id(date[0]), date[1] + org.openqa.selenium.Keys.TAB); // the tab closes the calendar pop-up
            }
            supplier.click(By.id("form:submitResult"));
            supplier.waitUntil(d -> d.findElements(By.cssSelector("section.shared-result")).size() == 1);
            assertThat(supplier.find(By.cssSelector("section.shared-result")).getText())
                    .contains("HSE-01", "HSE-02", "MGT-01", "00124S21876R0M", "To review");
            supplier.screenshot("supplier-shared-result-submitted");
        }
        try (Browser buyer = new Browser()) {
            buyer.login("buyer", "demo").open("app/home.xhtml");
            buyer.click(By.xpath("//*[@id='sharedToReview']//a[contains(., 'Guizhou Tongren')]"));
            buyer.find(By.cssSelector("section.shared-result"));
            buyer.click(By.xpath("//tr[td[normalize-space()='HSE-01']]//button[contains(@id,'accept')]"));
            buyer.waitUntil(d -> d.findElements(By.xpath("//tr[td[normalize-space()='HSE-01']]//*[contains(@class,'proposal-ACCEPTED')]")).size() == 1);
            buyer.type(By.xpath("//tr[td[normalize-space()='HSE-02']]//input[contains(@id,'note')]"), "Show the risk assessment of the formation area");
            buyer.click(By.xpath("//tr[td[normalize-space()='HSE-02']]//button[contains(@id,'decline')]"));
            buyer.waitUntil(d -> d.findElements(By.xpath("//tr[td[normalize-space()='HSE-02']]//*[contains(@class,'proposal-DECLINED')]")).size() == 1);
            assertThat(buyer.bodyText()).contains("Show the risk assessment of the formation area");
            buyer.screenshot("buyer-shared-result-reviewed");
            buyer.open("app/questionnaire.xhtml?id=" + assessment);
            buyer.click(By.xpath("//ul[@role='tablist']//a[normalize-space()='HSE']"));
            assertThat(buyer.find(By.xpath("//tr[td[normalize-space()='HSE-01']]")).getText()).contains("Accepted", "From: ISO 45001", "00124S21876R0M");
            buyer.screenshot("buyer-questionnaire-answer-from-shared-result");
        }
    }

    @Test
    void aSupplierUploadsACertificateForTwoAnswersAndTheReviewerPreviewsAndAcceptsBoth() throws Exception {
        long supplierId = 16;
        long assessment = AssessmentFixtures.launchFor(supplierId, "Evidence journey");
        String username = AssessmentFixtures.supplierUser(supplierId);
        Http api = Http.basic(username, AssessmentFixtures.PASSWORD);
        AssessmentFixtures.answerTheRest(api, assessment, Map.of());
        java.nio.file.Path certificate = java.nio.file.Files.createTempDirectory("evidence").resolve("ISO14001-certificate.pdf");
        java.nio.file.Files.write(certificate, certificatePdf());
        try (Browser supplier = new Browser()) {
            supplier.login(username, AssessmentFixtures.PASSWORD).open("app/questionnaire.xhtml?id=" + assessment);
            supplier.click(By.cssSelector("button[id$='addEvidence'][data-code='MGT-01']"));
            supplier.find(By.id("form:evidenceDialog"));
            supplier.type(By.id("form:uploadIssuer"), "China Quality Certification Centre");
            supplier.driver.findElement(By.cssSelector("input[type='file'][id$='evidenceUpload_input']")).sendKeys(certificate.toString());
            supplier.waitForText(By.id("linkedEvidence"), "ISO14001-certificate.pdf");
            supplier.screenshot("supplier-evidence-uploaded");
            supplier.click(By.cssSelector("#form\\:evidenceDialog .ui-dialog-titlebar-close"));
            supplier.waitUntil(d -> d.findElements(By.cssSelector("#form\\:evidenceDialog[aria-hidden='false']")).isEmpty());

            supplier.click(By.cssSelector("button[id$='addEvidence'][data-code='MGT-02']"));
            supplier.find(By.id("form:evidenceDialog"));
            supplier.choose("form:linkChoice", "ISO14001-certificate.pdf");
            supplier.screenshot("supplier-evidence-from-library");
            supplier.click(By.id("form:linkExisting"));
            supplier.waitForText(By.id("linkedEvidence"), "ISO14001-certificate.pdf");
            supplier.click(By.cssSelector("#form\\:evidenceDialog .ui-dialog-titlebar-close"));
            supplier.waitUntil(d -> d.findElements(By.cssSelector(".evidence-item")).size() >= 2);
            supplier.screenshot("supplier-evidence-linked-to-two-answers");
        }
        assertThat(api.post("api/assessments/" + assessment + "/submit", "{}").status()).isEqualTo(200);
        long evidenceId = api.get("api/suppliers/" + supplierId + "/evidence").json().get(0).get("id").asLong();

        try (Browser buyer = new Browser()) {
            buyer.login("buyer", "demo").open("app/questionnaire.xhtml?id=" + assessment);
            buyer.click(By.cssSelector("a.evidence-preview[data-evidence='ISO14001-certificate.pdf']"));
            WebElement frame = buyer.find(By.id("evidenceFrame"));
            assertThat(frame.getAttribute("src")).endsWith("/app/evidence?id=" + evidenceId + "&inline=true");
            buyer.driver.switchTo().frame(frame);
            buyer.waitUntil(d -> "complete".equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
            buyer.driver.switchTo().defaultContent();
            Thread.sleep(1500); // only for the screenshot: Chrome's PDF viewer paints a moment after its frame has loaded
            buyer.screenshot("buyer-evidence-preview");
            buyer.click(By.cssSelector("#form\\:previewDialog .ui-dialog-titlebar-close"));
            for (String code : List.of("MGT-01", "MGT-02")) {
                buyer.click(By.cssSelector("button[id$='accept'][data-code='" + code + "']"));
                buyer.waitUntil(d -> d.findElements(By.xpath("//tr[td[normalize-space()='" + code + "']]//*[contains(@class,'decision-ACCEPTED')]")).size() == 1);
            }
            buyer.screenshot("buyer-evidence-answers-accepted");
            buyer.type(By.xpath("//tr[td[normalize-space()='MGT-03']]//input[contains(@id,'reason')]"), "Send the board minutes that review ESG performance");
            buyer.click(By.xpath("//tr[td[normalize-space()='MGT-03']]//button[contains(@id,'reject')]"));
            buyer.waitUntil(d -> d.findElements(By.xpath("//tr[td[normalize-space()='MGT-03']]//*[contains(@class,'decision-REJECTED')]")).size() == 1);
        }
        String soon = java.time.LocalDate.now().plusDays(30).toString();
        assertThat(api.postBytes("api/suppliers/" + supplierId + "/evidence?fileName=ISO45001.pdf&kind=CERTIFICATE&validTo=" + soon,
                "application/pdf", EvidenceIT.pdf("ISO 45001 certificate")).status()).isEqualTo(201);
        try (Browser supplier = new Browser()) {
            supplier.login(username, AssessmentFixtures.PASSWORD).open("app/home.xhtml");
            assertThat(supplier.find(By.id("toFix")).getText()).contains("MGT-03", "Send the board minutes that review ESG performance");
            // dates are shown in the reader's language: "December 27, 2026", not 2026-12-27
            String shown = java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                    .withLocale(java.util.Locale.ENGLISH).format(java.time.LocalDate.parse(soon));
            assertThat(supplier.find(By.id("expiring")).getText()).contains("ISO45001.pdf", shown);
            assertThat(supplier.find(By.id("library")).getText()).contains("ISO14001-certificate.pdf", "ISO45001.pdf");
            assertThat(supplier.find(By.id("messages")).getText()).as("the invitation and the answer sent back")
                    .contains("Evidence journey", "MGT-03");
            supplier.click(By.cssSelector("#messages .ui-row-toggler"));
            supplier.waitForText(By.id("messages"), "Send the board minutes that review ESG performance");
            supplier.screenshot("supplier-home-to-do");
        }
        Http.Reply inline = Http.formLogin("buyer", "demo").get("app/evidence?id=" + evidenceId + "&inline=true");
        assertThat(inline.status()).isEqualTo(200);
        assertThat(inline.header("Content-Type")).startsWith("application/pdf");
        assertThat(inline.header("Content-Disposition")).startsWith("inline;");
        com.fasterxml.jackson.databind.JsonNode answers = Http.basic("buyer", "demo").get("api/assessments/" + assessment).json().get("answers");
        for (com.fasterxml.jackson.databind.JsonNode row : answers) {
            if (List.of("MGT-01", "MGT-02").contains(row.get("code").asText())) {
                assertThat(row.get("decision").asText()).isEqualTo("ACCEPTED");
                assertThat(row.get("evidence").get(0).get("id").asLong()).isEqualTo(evidenceId);
            }
        }
    }

    @Test
    void aSupplierAnswersOfflineInExcelAndUploadsTheWorkbook() throws Exception {
        long supplierId = 18;
        long assessment = AssessmentFixtures.launchFor(supplierId, "Offline journey");
        String username = AssessmentFixtures.supplierUser(supplierId);
        Http api = Http.basic(username, AssessmentFixtures.PASSWORD);
        byte[] blank = api.getBytes("api/assessments/" + assessment + "/workbook");
        java.util.Map<String, com.fasterxml.jackson.databind.JsonNode> catalogue = AssessmentFixtures.catalogue();
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("workbook");
        java.nio.file.Path wrong = dir.resolve("questionnaire-wrong.xlsx");
        java.nio.file.Files.write(wrong, CatalogueVersionIT.edit(blank, w -> {
            QuestionnaireWorkbookIT.fillBest(w.getSheet("Questionnaire 问卷"), catalogue);
            QuestionnaireWorkbookIT.answer(w.getSheet("Questionnaire 问卷"), "MGT-02", "maybe");
        }));
        java.nio.file.Path right = dir.resolve("questionnaire.xlsx");
        java.nio.file.Files.write(right, CatalogueVersionIT.edit(blank, w ->
                QuestionnaireWorkbookIT.fillBest(w.getSheet("Questionnaire 问卷"), catalogue)));
        try (Browser supplier = new Browser()) {
            supplier.login(username, AssessmentFixtures.PASSWORD).open("app/questionnaire.xhtml?id=" + assessment);
            supplier.driver.findElement(By.cssSelector("input[type='file'][id$='workbookUpload_input']")).sendKeys(wrong.toString());
            supplier.waitForText(By.id("form:problemTable"), "“maybe” is not YES, NO or N/A.");
            supplier.find(By.id("form:errorReport"));
            assertThat(supplier.find(By.id("q-progress")).getText()).startsWith("0 /");
            supplier.screenshot("supplier-workbook-refused");

            supplier.driver.findElement(By.cssSelector("input[type='file'][id$='workbookUpload_input']")).sendKeys(right.toString());
            supplier.waitUntil(d -> d.findElement(By.id("q-progress")).getText().matches("(\\d+) / \\1"));
            assertThat(supplier.driver.findElements(By.id("form:problemTable"))).isEmpty();
            supplier.screenshot("supplier-workbook-taken-back");
        }
    }

    @Test
    void aBuyerImportsSuppliersFromExcelAndSeesTheRowsToCorrect() throws Exception {
        byte[] template = Http.basic("buyer", "demo").getBytes("api/suppliers/import-template");
        String stamp = String.valueOf(System.nanoTime() % 1_000_000);
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("import");
        java.nio.file.Path wrong = dir.resolve("suppliers-wrong.xlsx");
        java.nio.file.Files.write(wrong, SupplierImportIT.fill(template,
                new String[] {"Browser Import " + stamp, "", "CN", "", "NAICS", "325180", "GOLD", "100", "CNY", "TIER_1"}));
        java.nio.file.Path right = dir.resolve("suppliers.xlsx");
        java.nio.file.Files.write(right, SupplierImportIT.fill(template,
                new String[] {"Browser Import " + stamp, "", "CN", "", "NAICS", "325180", "PRECURSOR", "100", "CNY", "TIER_1"}));
        try (Browser buyer = new Browser()) {
            buyer.login("buyer", "demo").open("app/suppliers/list.xhtml");
            buyer.driver.findElement(By.cssSelector("input[type='file'][id$='importUpload_input']")).sendKeys(wrong.toString());
            buyer.waitForText(By.id("form:importProblems"), "“GOLD” is not one of");
            buyer.screenshot("buyer-supplier-import-refused");
            buyer.driver.findElement(By.cssSelector("input[type='file'][id$='importUpload_input']")).sendKeys(right.toString());
            buyer.waitForText(By.id("form:importMessages"), "1 supplier(s) registered.");
        }
        assertThat(Http.basic("buyer", "demo").get("api/suppliers?q=" + stamp).text()).contains("Browser Import " + stamp);
    }

    /** A one-page certificate, as a certification body would issue it. */
    private static byte[] certificatePdf() {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        com.lowagie.text.Document document = new com.lowagie.text.Document(com.lowagie.text.PageSize.A4);
        com.lowagie.text.pdf.PdfWriter.getInstance(document, out);
        document.open();
        document.add(new com.lowagie.text.Paragraph("CERTIFICATE",
                com.lowagie.text.FontFactory.getFont(com.lowagie.text.FontFactory.HELVETICA_BOLD, 28)));
        document.add(new com.lowagie.text.Paragraph("Environmental management system ISO 14001:2015"));
        document.add(new com.lowagie.text.Paragraph("Fujian Haixi Nickel Industry Co., Ltd. - nickel sulphate production site"));
        document.add(new com.lowagie.text.Paragraph("Certificate No. 00126E30412R2M (test document)"));
        document.add(new com.lowagie.text.Paragraph("Valid from 2025-01-15 to 2028-01-14"));
        document.close();
        return out.toByteArray();
    }

    @Test
    void theSupplierListExportsToExcelExactlyWhatTheDatabaseHolds() throws Exception {
        Http officer = Http.formLogin("officer", "demo");
        Http.Reply page = officer.get("app/suppliers/list.xhtml");
        byte[] xlsx = officer.postFormForBytes("app/suppliers/list.xhtml", Map.of(
                "form", "form", "form:excel", "", "jakarta.faces.ViewState", Http.viewState(page)));

        JsonNode api = Http.basic("officer", "demo").get("api/suppliers?size=500").json();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = book.getSheet("Suppliers");
            assertThat(sheet.getLastRowNum()).isEqualTo(api.get("total").asInt());
            Map<Long, Double> spendById = new HashMap<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                spendById.put((long) sheet.getRow(r).getCell(0).getNumericCellValue(), sheet.getRow(r).getCell(7).getNumericCellValue());
            }
            api.get("rows").forEach(row -> assertThat(spendById.get(row.get("id").asLong()))
                    .as("spend of supplier " + row.get("id")).isEqualTo(row.get("annualSpendAmount").asDouble()));
            assertThat(book.getSheetAt(1).getRow(1).getCell(1).getStringCellValue()).as("row count on the About sheet")
                    .isEqualTo(String.valueOf(api.get("total").asInt()));
        }
    }

    private static boolean present(Browser browser, String id) {
        List<?> found = browser.driver.findElements(By.id(id));
        return !found.isEmpty();
    }
}
