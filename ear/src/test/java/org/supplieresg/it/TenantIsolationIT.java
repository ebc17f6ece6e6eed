package org.supplieresg.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Company isolation, swept: every operation the OpenAPI document lists, and every page and download URL, called by a
 * user of company B with the ids of company A's supplier record, campaign, questionnaire, answer and evidence. Each
 * answers 403 or 404, and no answer of any kind carries A's data.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TenantIsolationIT {

    private static final long COMPANY_A = 19;
    private static final long COMPANY_B = 20;

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @Test
    void anotherCompanysIdsOpenNothingAnywhere() {
        String marker = "isolation-" + System.nanoTime();
        Http buyer = Http.basic("buyer", "demo");
        String legalName = buyer.get("api/suppliers/" + COMPANY_A).json().get("legalName").asText();
        long assessment = AssessmentFixtures.launchFor(COMPANY_A, marker);
        long campaign = buyer.get("api/assessments/" + assessment).json().get("assessment").get("campaignId").asLong();
        String userA = AssessmentFixtures.supplierUser(COMPANY_A);
        Http a = Http.basic(userA, AssessmentFixtures.PASSWORD);
        assertThat(a.put("api/assessments/" + assessment + "/answers/MGT-02", Map.of("yes", true, "comment", marker + " comment"))
                .status()).isEqualTo(200);
        Http.Reply uploaded = a.postBytes("api/suppliers/" + COMPANY_A + "/evidence?fileName=" + marker + ".pdf&kind=POLICY",
                "application/pdf", EvidenceIT.pdf(marker));
        assertThat(uploaded.status()).isEqualTo(201);
        long evidence = uploaded.json().get("id").asLong();
        assertThat(a.put("api/assessments/" + assessment + "/answers/MGT-02/evidence/" + evidence, "{}").status()).isEqualTo(200);
        Http.Reply shared = a.post("api/suppliers/" + COMPANY_A + "/shared-results", SharedResultIT.result("ISO_45001", evidence,
                "2025-01-10", "2028-01-09", marker));
        assertThat(shared.status()).as(shared.text()).isEqualTo(201);
        long sharedResult = shared.json().get("id").asLong();
        long proposal = shared.json().get("proposals").get(0).get("id").asLong();
        JsonNode audit = AuditFixtures.completedWith(COMPANY_A, 100, "CN", Map.of("ENV-10", "MINOR"));
        long auditId = audit.get("id").asLong();
        long correctiveAction = audit.get("findings").get(0).get("correctiveAction").get("id").asLong();
        Http admin = Http.basic("admin", "demo");
        byte[] materialBytes = EvidenceIT.pdf("training material " + marker);
        Http.Reply material = admin.postBytes("api/training-materials?fileName=isolation-material.pdf", "application/pdf", materialBytes);
        assertThat(material.status()).as(material.text()).isEqualTo(201);
        Http.Reply module = admin.post("api/training-modules", Map.of("titleEn", "Isolation sweep module", "titleZh", "隔离检查课程",
                "publisher", "Buyer sustainability team", "language", "en", "dimension", "HSE", "durationMinutes", 15,
                "materialId", material.json().get("id").asLong()));
        assertThat(module.status()).as(module.text()).isEqualTo(201);
        long trainingModule = module.json().get("id").asLong();
        Http.Reply assigned = buyer.post("api/suppliers/" + COMPANY_A + "/training", Map.of("moduleId", trainingModule, "note", marker));
        assertThat(assigned.status()).as(assigned.text()).isEqualTo(201);
        long trainingAssignment = assigned.json().get("id").asLong();
        long blackoutId = a.post("api/suppliers/" + COMPANY_A + "/blackout-days", Map.of("firstDay", java.time.LocalDate.now().plusDays(400).toString(),
                "lastDay", java.time.LocalDate.now().plusDays(401).toString(), "reason", marker)).json().get("id").asLong();
        long inventoryA = a.post("api/suppliers/" + COMPANY_A + "/inventories?year=" + java.time.LocalDate.now().getYear(), "{}").json().get("id").asLong();
        Http.Reply lineA = a.post("api/emissions/inventories/" + inventoryA + "/lines", Map.of("type", "FUEL", "activity", "fuel/natural-gas",
                "quantity", 1000, "unit", "kWh", "description", marker));
        assertThat(lineA.status()).as(lineA.text()).isEqualTo(201);
        List<String> secrets = List.of(legalName, marker);

        String userB = AssessmentFixtures.supplierUser(COMPANY_B);
        Http b = Http.basic(userB, AssessmentFixtures.PASSWORD);
        List<String> leaks = new ArrayList<>();
        int swept = 0;
        JsonNode paths = Http.anonymous().get("openapi", "application/json").json().get("paths");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            String template = path.getKey().replaceFirst("^/", "");
            boolean hasIds = template.contains("{");
            String url = template
                    .replace("api/assessments/{id}", "api/assessments/" + assessment)
                    .replace("api/campaigns/{id}", "api/campaigns/" + campaign)
                    .replace("api/shared-results/proposals/{id}", "api/shared-results/proposals/" + proposal)
                    .replace("api/shared-results/rules/{id}", "api/shared-results/rules/1")
                    .replace("api/shared-results/{id}", "api/shared-results/" + sharedResult)
                    .replace("api/audits/{id}", "api/audits/" + auditId)
                    .replace("api/emissions/inventories/{id}", "api/emissions/inventories/" + inventoryA)
                    .replace("api/emissions/inventory-lines/{id}", "api/emissions/inventory-lines/" + lineA.json().get("id").asLong())
                    .replace("api/emissions/purchases/{id}", "api/emissions/purchases/1") // staff only: refused by role
                    .replace("api/emissions/runs/{id}", "api/emissions/runs/1") // staff only: refused by role
                    .replace("api/emissions/figures/{id}", "api/emissions/figures/1000")
                    .replace("api/blackout-days/{id}", "api/blackout-days/" + blackoutId)
                    .replace("api/audit-plan/entries/{id}", "api/audit-plan/entries/1") // staff only: refused by role
                    .replace("api/reports/jobs/{id}", "api/reports/jobs/1000") // staff only: refused by role
                    .replace("{year}", String.valueOf(java.time.LocalDate.now().getYear()))
                    .replace("{table}", "country")
                    .replace("{key}", "DE")
                    .replace("{country}", "CD")
                    .replace("{currency}", "CNY")
                    .replace("{category}", "COBALT")
                    .replace("{severity}", "MINOR")
                    .replace("api/corrective-actions/{id}", "api/corrective-actions/" + correctiveAction)
                    .replace("api/evidence/{id}", "api/evidence/" + evidence)
                    .replace("api/training-modules/{id}", "api/training-modules/" + trainingModule)
                    .replace("api/training-assignments/{id}", "api/training-assignments/" + trainingAssignment)
                    .replace("api/suppliers/{id}", "api/suppliers/" + COMPANY_A)
                    .replace("{code}", "MGT-02")
                    .replace("{evidenceId}", String.valueOf(evidence))
                    .replace("{versionNo}", "1")
                    .replace("{tier1Id}", String.valueOf(COMPANY_A))
                    .replace("{username}", userA);
            assertThat(url).as("every id of " + template + " filled").doesNotContain("{");
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext(); ) {
                String method = methods.next().toUpperCase();
                Http.Reply reply = switch (method) {
                    case "GET" -> b.get(url, "*/*");
                    case "DELETE" -> b.delete(url);
                    case "PUT" -> b.put(url, body(url));
                    case "POST" -> url.endsWith("/workbook") || url.endsWith("/evidence") || url.endsWith("/versions") || url.endsWith("/import")
                            || url.equals("api/catalogue-versions")
                            ? b.postBytes(url, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", EvidenceIT.pdf("upload"))
                            : b.post(url, body(url));
                    default -> null;
                };
                if (reply == null) {
                    continue;
                }
                swept++;
                String what = method + " " + url + " -> " + reply.status();
                if (hasIds && reply.status() != 403 && reply.status() != 404) {
                    leaks.add(what + " (expected 403 or 404)");
                }
                secrets.stream().filter(reply.text()::contains).forEach(s -> leaks.add(what + " shows \"" + s + "\""));
            }
        }
        assertThat(swept).as("operations swept").isGreaterThan(40);

        Http pages = Http.formLogin(userB, AssessmentFixtures.PASSWORD);
        for (String page : List.of("app/questionnaire.xhtml?id=" + assessment, "app/score.xhtml?supplier=" + COMPANY_A,
                "app/suppliers/view.xhtml?id=" + COMPANY_A, "app/suppliers/edit.xhtml?id=" + COMPANY_A,
                "app/evidence?id=" + evidence, "app/evidence?id=" + evidence + "&inline=true", "app/campaigns.xhtml",
                "app/training-material?id=" + trainingModule, "app/training.xhtml")) {
            Http.Reply reply = pages.get(page);
            if (reply.status() != 403 && reply.status() != 404) {
                leaks.add("GET " + page + " -> " + reply.status() + " (expected 403 or 404)");
            }
            secrets.stream().filter(reply.text()::contains).forEach(s -> leaks.add("GET " + page + " shows \"" + s + "\""));
        }
        assertThat(leaks).as("company B reached company A's data").isEmpty();

        // And company A itself still reaches all of it: the sweep did not pass because everything is closed.
        assertThat(a.get("api/assessments/" + assessment).text()).contains(marker + " comment");
        assertThat(a.getBytes("api/evidence/" + evidence + "/content")).isEqualTo(EvidenceIT.pdf(marker));
        assertThat(a.getBytes("api/training-modules/" + trainingModule + "/material")).isEqualTo(materialBytes);
        assertThat(a.get("api/suppliers/" + COMPANY_A + "/training").text()).contains(marker);
        assertThat(admin.delete("api/training-modules/" + trainingModule).status()).as("deactivated, out of the other tests' way").isEqualTo(204);
    }

    /** A body that passes the resource's own checks, so that the service's access check is what answers. */
    private static Object body(String url) {
        if (url.endsWith("/supplier-admin")) {
            return Map.of("supplierAdmin", true);
        }
        if (url.contains("/category-managers/")) {
            return Map.of("name", "x", "email", "x@y.example");
        }
        if (url.contains("/due-days/")) {
            return Map.of("days", 100);
        }
        if (url.contains("/risk-tables/")) {
            return Map.of("risk", 3, "reason", "x");
        }
        if (url.contains("/audit-plan/entries/")) {
            return Map.of("included", true, "version", 1);
        }
        if (url.endsWith("/reschedule")) {
            return Map.of("start", java.time.LocalDate.now().plusDays(300).toString(),
                    "end", java.time.LocalDate.now().plusDays(300).toString(), "version", 1);
        }
        if (url.endsWith("/submission")) {
            return Map.of("rootCause", "x", "actions", "x", "owner", "x", "version", 1);
        }
        if (url.endsWith("/verification")) {
            return Map.of("accept", true, "version", 1);
        }
        if (url.contains("/proposals/")) {
            return Map.of("accept", true, "version", 1);
        }
        if (url.endsWith("/training")) {
            return Map.of("moduleId", 1, "note", "x");
        }
        if (url.endsWith("/shared-results")) {
            return SharedResultIT.result("ISO_14001", 1, "2025-01-10", null, "X");
        }
        if (url.endsWith("/decision")) {
            return Map.of("decision", "ACCEPTED", "version", 1);
        }
        if (url.contains("/answers/") && !url.contains("/evidence/")) {
            return Map.of("yes", false);
        }
        if (url.endsWith("/password")) {
            return Map.of("password", "another-long-password");
        }
        return "{}";
    }
}
