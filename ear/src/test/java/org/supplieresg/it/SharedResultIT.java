package org.supplieresg.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Shared results through the API: a supplier submits its ISO certificates, the coverage rules propose indicators, the
 * reviewer accepts them one by one, the answers name their source, later campaigns start with them, and they lapse
 * with the certificate. Bad input is refused with a message and stores nothing. Suppliers 40 and 41.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SharedResultIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    private final Http buyer = Http.basic("buyer", "demo");
    private final Http admin = Http.basic("admin", "demo");

    static long uploadCertificate(Http user, long supplierId, String name, String validTo) {
        Http.Reply uploaded = user.postBytes(EvidenceIT.upload(supplierId, name, "kind=CERTIFICATE&issuer=CQC&validTo=" + validTo),
                EvidenceIT.PDF, EvidenceIT.pdf(name + " " + System.nanoTime()));
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        return uploaded.json().get("id").asLong();
    }

    static Map<String, Object> result(String scheme, long evidenceId, String assessedOn, String validTo, String referenceNo) {
        Map<String, Object> body = new HashMap<>(Map.of("scheme", scheme, "evidenceId", evidenceId, "assessedOn", assessedOn,
                "result", "Certified", "referenceNo", referenceNo, "issuer", "China Quality Certification Centre (CQC)"));
        if (validTo != null) {
            body.put("validTo", validTo);
        }
        return body;
    }

    static Map<String, JsonNode> proposals(JsonNode result) {
        Map<String, JsonNode> byCode = new HashMap<>();
        result.get("proposals").forEach(p -> byCode.put(p.get("indicatorCode").asText(), p));
        return byCode;
    }

    static JsonNode answer(Http user, long assessment, String code) {
        for (JsonNode row : user.get("api/assessments/" + assessment).json().get("answers")) {
            if (row.get("code").asText().equals(code)) {
                return row;
            }
        }
        throw new AssertionError(code);
    }

    private Http.Reply decide(JsonNode proposal, boolean accept, String note) {
        Map<String, Object> body = new HashMap<>(Map.of("accept", accept, "version", proposal.get("version").asLong()));
        if (note != null) {
            body.put("note", note);
        }
        return buyer.post("api/shared-results/proposals/" + proposal.get("id").asLong() + "/decision", body);
    }

    @Test
    void certificatesProposeIndicatorsTheReviewerAcceptsThemAndTheAnswersNameTheirSourceAndLapseWithIt() throws Exception {
        long assessment = AssessmentFixtures.launchFor(40, "Shared results");
        Http supplier = Http.basic(AssessmentFixtures.supplierUser(40), AssessmentFixtures.PASSWORD);
        assertThat(supplier.put("api/assessments/" + assessment + "/answers/HSE-01", Map.of("yes", false)).status()).isEqualTo(200);

        long iso14001File = uploadCertificate(supplier, 40, "ISO 14001 certificate.pdf", "2028-05-31");
        Http.Reply first = supplier.post("api/suppliers/40/shared-results",
                result("ISO_14001", iso14001File, "2025-06-01", "2028-05-31", "00125E31234R0M"));
        assertThat(first.status()).as(first.text()).isEqualTo(201);
        assertThat(proposals(first.json()).keySet()).containsExactly("MGT-01");
        assertThat(proposals(first.json()).get("MGT-01").get("proposedAnswer").asText()).isEqualTo("LEVEL_2");

        long iso45001File = uploadCertificate(supplier, 40, "ISO 45001 certificate.pdf", "2027-09-30");
        Http.Reply second = supplier.post("api/suppliers/40/shared-results",
                result("ISO_45001", iso45001File, "2024-10-01", "2027-09-30", "00124S21876R0M"));
        assertThat(second.status()).as(second.text()).isEqualTo(201);
        Map<String, JsonNode> proposed = proposals(second.json());
        assertThat(proposed.keySet()).containsExactlyInAnyOrder("HSE-01", "HSE-02", "MGT-01");
        assertThat(proposed.get("MGT-01").get("proposedAnswer").asText()).as("both certificates now held").isEqualTo("LEVEL_3");
        assertThat(proposed.get("MGT-01").get("validTo").asText()).as("lapses with the first to expire").isEqualTo("2027-09-30");
        assertThat(proposed.get("HSE-01").get("rationaleEn").asText()).contains("HSE-01 asks for exactly this certificate");
        assertThat(proposed.get("HSE-01").get("indicatorTextEn").asText()).contains("ISO 45001");

        assertThat(supplier.post("api/shared-results/proposals/" + proposed.get("HSE-01").get("id").asLong() + "/decision",
                Map.of("accept", true, "version", 1)).status()).as("suppliers do not review").isEqualTo(403);
        Http otherCompany = Http.basic("supplier2", "demo");
        assertThat(otherCompany.get("api/suppliers/40/shared-results").status()).isIn(403, 404);
        assertThat(otherCompany.get("api/shared-results/" + second.json().get("id").asLong()).status()).isEqualTo(404);

        Http.Reply withoutNote = decide(proposed.get("HSE-02"), false, null);
        assertThat(withoutNote.status()).isEqualTo(400);
        assertThat(withoutNote.json().get("errors").get(0).get("message").asText()).isEqualTo("Say why you decline: the supplier will read it.");
        Http.Reply declined = decide(proposed.get("HSE-02"), false, "Risk assessments must be shown for the formation area.");
        assertThat(declined.status()).as(declined.text()).isEqualTo(200);
        assertThat(declined.json().get("proposal").get("status").asText()).isEqualTo("DECLINED");
        assertThat(declined.json().get("answeredIn")).isEmpty();
        JsonNode inbox = supplier.get("api/suppliers/40/messages").json();
        assertThat(inbox.get(0).get("subject").asText()).isEqualTo("ISO 45001 certificate (occupational health and safety): not accepted for HSE-02");
        assertThat(inbox.get(0).get("body").asText()).contains("Risk assessments must be shown for the formation area.");

        Http.Reply accepted = decide(proposed.get("HSE-01"), true, null);
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(200);
        assertThat(accepted.json().get("answeredIn").get(0).asLong()).isEqualTo(assessment);
        assertThat(decide(proposed.get("HSE-01"), true, null).status()).as("stale version").isEqualTo(409);
        assertThat(decide(proposed.get("MGT-01"), true, null).status()).isEqualTo(200);

        JsonNode hse01 = answer(supplier, assessment, "HSE-01");
        assertThat(hse01.get("yes").asBoolean()).as("the certificate answers, over the self-declared no").isTrue();
        assertThat(hse01.get("decision").asText()).isEqualTo("ACCEPTED");
        assertThat(hse01.get("decidedBy").asText()).isEqualTo("buyer");
        assertThat(hse01.get("source").asText()).contains("ISO 45001", "00124S21876R0M", "CQC", "valid to 2027-09-30");
        assertThat(hse01.get("sourceValidTo").asText()).isEqualTo("2027-09-30");
        assertThat(hse01.get("evidence").findValuesAsText("fileName")).contains("ISO 45001 certificate.pdf");
        assertThat(answer(supplier, assessment, "MGT-01").get("maturityLevel").asInt()).isEqualTo(3);
        assertThat(answer(supplier, assessment, "HSE-02").hasNonNull("answerVersion")).as("declined: not answered").isFalse();
        JsonNode history = buyer.get("api/assessments/" + assessment + "/answers/HSE-01/history").json();
        assertThat(history.toString()).contains("ISO_45001 result #");

        Http.Reply launched = buyer.post("api/campaigns", Map.of("name", "Shared results, next year " + System.nanoTime(),
                "deadline", LocalDate.now().plusDays(30).toString(), "supplierIds", List.of(40)));
        assertThat(launched.status()).as(launched.text()).isEqualTo(201);
        JsonNode started = launched.json().get("assessments").get(0);
        assertThat(started.get("answered").asInt()).as("HSE-01 and MGT-01 from the certificates").isEqualTo(2);
        long nextCampaign = started.get("id").asLong();
        JsonNode carried = answer(buyer, nextCampaign, "HSE-01");
        assertThat(carried.get("decision").asText()).as("a later campaign starts from the accepted result").isEqualTo("ACCEPTED");
        assertThat(carried.get("source").asText()).contains("ISO 45001");
        assertThat(answer(buyer, nextCampaign, "MGT-01").get("maturityLevel").asInt()).isEqualTo(3);

        // A year and more later: the accepted proposal's validity has passed.
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:" + System.getProperty("it.db.port") + "/esg", "esg", "esg");
             PreparedStatement lapse = db.prepareStatement("UPDATE coverage_proposal SET valid_to = ? WHERE id = ?")) {
            lapse.setObject(1, LocalDate.now().minusDays(1));
            lapse.setLong(2, proposed.get("HSE-01").get("id").asLong());
            assertThat(lapse.executeUpdate()).isEqualTo(1);
        }
        JsonNode check = admin.post("api/evidence/expiry-check", "{}").json();
        assertThat(check.get("answersSentBack").asInt()).isGreaterThanOrEqualTo(2);
        for (long id : List.of(assessment, nextCampaign)) {
            JsonNode lapsed = answer(buyer, id, "HSE-01");
            assertThat(lapsed.get("decision").asText()).isEqualTo("MORE_INFO");
            assertThat(lapsed.get("decisionReason").asText()).contains("ISO 45001", "no longer covers it");
            assertThat(answer(buyer, id, "MGT-01").get("decision").asText()).as("still valid").isEqualTo("ACCEPTED");
        }
    }

    @Test
    void badResultsAreRefusedWithAMessageAndNothingIsStored() {
        Http supplier = Http.basic(AssessmentFixtures.supplierUser(41), AssessmentFixtures.PASSWORD);
        long file = uploadCertificate(supplier, 41, "EcoVadis scorecard.pdf", "2027-12-31");
        long othersFile = uploadCertificate(buyer, 40, "Another company's certificate.pdf", "2027-12-31");
        String today = LocalDate.now().toString();

        assertRefused(supplier.post("api/suppliers/41/shared-results", result("SA8000", file, "2025-01-01", null, "X")),
                "\"SA8000\" is not a scheme we take: choose EcoVadis, RBA VAP, SMETA, ISO 14001, ISO 45001 or ISO 50001.");
        assertRefused(supplier.post("api/suppliers/41/shared-results", result("ISO_45001", file, "2021-01-01", "2024-01-01", "X")),
                "This ISO 45001 certificate (occupational health and safety) expired on 2024-01-01: only a current result can stand for answers.");
        assertRefused(supplier.post("api/suppliers/41/shared-results", result("ECOVADIS", file, today, null, "X")),
                "The EcoVadis sustainability rating (scorecard) needs a score from 0 to 100.");
        Map<String, Object> tooHigh = result("ECOVADIS", file, today, null, "X");
        tooHigh.put("score", 130);
        assertRefused(supplier.post("api/suppliers/41/shared-results", tooHigh),
                "The score of the EcoVadis sustainability rating (scorecard) lies between 0 and 100.");
        assertRefused(buyer.post("api/suppliers/41/shared-results", result("ISO_14001", othersFile, "2025-01-01", null, "X")),
                "This evidence belongs to another company.");
        assertThat(supplier.post("api/suppliers/41/shared-results", result("ISO_14001", othersFile, "2025-01-01", null, "X")).status())
                .as("another company's file does not exist for this supplier").isEqualTo(404);
        assertThat(supplier.post("api/suppliers/41/shared-results", "{}").status()).isEqualTo(400);

        assertThat(supplier.get("api/suppliers/41/shared-results").json()).as("nothing stored").isEmpty();

        Map<String, Object> good = result("ECOVADIS", file, "2026-03-01", null, "EV-2026-41");
        good.put("score", 62);
        good.put("result", "Silver medal, 62/100");
        Http.Reply stored = supplier.post("api/suppliers/41/shared-results", good);
        assertThat(stored.status()).as(stored.text()).isEqualTo(201);
        assertThat(stored.json().get("validTo").asText()).as("12 months by default").isEqualTo("2027-02-28");
        assertThat(proposals(stored.json()).get("MGT-03").get("proposedAnswer").asText()).isEqualTo("LEVEL_2");
    }

    @Test
    void theCoverageRulesAreReviewableAndOnlyAdminsChangeThem() {
        Map<String, JsonNode> catalogue = AssessmentFixtures.catalogue();
        JsonNode rules = buyer.get("api/shared-results/rules").json();
        assertThat(rules.size()).isGreaterThanOrEqualTo(23);
        for (JsonNode rule : rules) {
            JsonNode indicator = catalogue.get(rule.get("indicatorCode").asText());
            assertThat(indicator).as("seed rule %s names an indicator in force", rule).isNotNull();
            assertThat(indicator.get("answerType").asText()).as("seed rule %s fits its indicator", rule)
                    .isEqualTo(rule.get("proposedAnswer").asText().equals("YES") ? "YES_NO" : "MATURITY");
            assertThat(rule.get("rationaleZh").asText()).isNotBlank();
        }
        assertThat(buyer.get("api/shared-results/schemes").json().findValuesAsText("code"))
                .containsExactly("ECOVADIS", "RBA_VAP", "SMETA", "ISO_14001", "ISO_45001", "ISO_50001");

        Map<String, Object> rule = new HashMap<>(Map.of("scheme", "SMETA", "indicatorCode", "LAB-03", "proposedAnswer", "YES",
                "rationaleEn", "ETI Base Code 1 includes the retention of identity documents.", "rationaleZh", "ETI基本守则第1条包括不得扣押身份证件。"));
        assertThat(buyer.post("api/shared-results/rules", rule).status()).isEqualTo(403);
        Map<String, Object> wrongType = new HashMap<>(rule);
        wrongType.put("proposedAnswer", "LEVEL_3");
        assertRefused(admin.post("api/shared-results/rules", wrongType), "LAB-03 is a YES_NO question: \"LEVEL_3\" does not answer it.");
        Http.Reply added = admin.post("api/shared-results/rules", rule);
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        assertRefused(admin.post("api/shared-results/rules", rule), "This rule already exists for SMETA and LAB-03.");
        long id = added.json().get("id").asLong();
        assertThat(buyer.get("api/shared-results/rules").json().findValuesAsText("id")).contains(String.valueOf(id));
        assertThat(admin.delete("api/shared-results/rules/" + id).status()).isEqualTo(204);
        assertThat(buyer.get("api/shared-results/rules").json().size()).isEqualTo(rules.size());
    }

    private static void assertRefused(Http.Reply reply, String message) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("message").asText()).isEqualTo(message);
    }
}
