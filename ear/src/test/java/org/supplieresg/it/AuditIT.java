package org.supplieresg.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.mail.internet.MimeMessage;
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
 * On-site audits through the API: scheduling with conflict checks, the supplier's date proposal, the checklist drawn
 * from the self-assessment, findings and their corrective actions, answers verified on site, the tier cap of an open
 * Major finding, the closure audit, escalation of overdue plans. Suppliers 43, 44 and 45; each test uses its own weeks
 * of the demo auditor's calendar.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    private final Http buyer = AuditFixtures.BUYER;
    private final Http auditor = AuditFixtures.AUDITOR;
    private final Http admin = Http.basic("admin", "demo");

    /** A submitted, accepted and scored self-assessment: best answers except {@code overrides}. */
    static long scoredAssessment(long supplierId, Map<String, Object> overrides) {
        long assessment = AssessmentFixtures.launchFor(supplierId, "Audit " + supplierId);
        Http supplier = Http.basic(AssessmentFixtures.supplierUser(supplierId), AssessmentFixtures.PASSWORD);
        AssessmentFixtures.answerTheRest(supplier, assessment, overrides);
        assertThat(supplier.post("api/assessments/" + assessment + "/submit", "{}").status()).isEqualTo(200);
        AssessmentFixtures.acceptTheRest(AuditFixtures.BUYER, assessment);
        assertThat(AuditFixtures.BUYER.post("api/assessments/" + assessment + "/score", "{}").status()).isEqualTo(200);
        return assessment;
    }

    static JsonNode item(JsonNode audit, String code) {
        for (JsonNode item : audit.get("items")) {
            if (item.get("indicatorCode").asText().equals(code)) {
                return item;
            }
        }
        throw new AssertionError(code + " not on the checklist");
    }

    static JsonNode finding(JsonNode audit, String code) {
        for (JsonNode finding : audit.get("findings")) {
            if (finding.get("indicatorCode").asText().equals(code)) {
                return finding;
            }
        }
        throw new AssertionError("no finding on " + code);
    }

    @Test
    void anAuditIsAgreedPerformedItsFindingsCapTheTierAndAClosureAuditClosesThem() {
        long assessment = scoredAssessment(43, Map.of("LAB-08", Map.of("maturityLevel", 1)));
        assertThat(buyer.get("api/suppliers/43/score").json().get("tier").asText()).isEqualTo("A");
        String supplierUser = AssessmentFixtures.supplierUser(43);
        Http supplier = Http.basic(supplierUser, AssessmentFixtures.PASSWORD);

        JsonNode audit = AuditFixtures.schedule(AuditFixtures.plan(43, "PERIODIC", 10, 2, "KR"));
        long id = audit.get("id").asLong();
        assertThat(audit.get("reference").asText()).matches("AUD-\\d{4}-\\d{4,}");
        assertThat(audit.get("status").asText()).isEqualTo("PLANNED");
        assertThat(audit.get("assessmentId").asLong()).isEqualTo(assessment);
        assertThat(item(audit, "LAB-08").get("reason").asText()).as("answered weakly").isEqualTo("WEAK_ANSWER");
        assertThat(item(audit, "LAB-08").get("selfAssessed").asText()).isEqualTo("LEVEL_1");
        assertThat(audit.get("items").findValuesAsText("reason")).contains("ONSITE", "RED_FLAG");
        assertThat(item(audit, "ENV-09").get("selfAssessed").asText()).isEqualTo("YES");

        // The same auditor on overlapping days, or in another country the day after, is refused.
        assertRefused(buyer.post("api/audits", AuditFixtures.plan(45, "INITIAL", 11, 1, "CD")),
                "auditor is already booked on audit " + audit.get("reference").asText());
        assertRefused(buyer.post("api/audits", AuditFixtures.plan(45, "INITIAL", 12, 1, "CD")),
                "auditor has audit " + audit.get("reference").asText() + " in KR the day before or after: leave a day to travel to CD.");
        // The supplier's blackout days hold for announced audits, not for unannounced ones.
        Http supplier45 = Http.basic(AssessmentFixtures.supplierUser(45), AssessmentFixtures.PASSWORD);
        assertRefused(supplier45.post("api/suppliers/45/blackout-days", Map.of("firstDay", LocalDate.now().plusDays(150).toString(),
                "lastDay", LocalDate.now().plusDays(190).toString(), "reason", "x")), "Declare at most 31 days at a time.");
        Http.Reply blackout = supplier45.post("api/suppliers/45/blackout-days", Map.of("firstDay", LocalDate.now().plusDays(150).toString(),
                "lastDay", LocalDate.now().plusDays(160).toString(), "reason", "Annual maintenance shutdown"));
        assertThat(blackout.status()).as(blackout.text()).isEqualTo(201);
        assertThat(Http.basic("supplier2", "demo").get("api/suppliers/45/blackout-days").status()).isIn(403, 404);
        assertRefused(buyer.post("api/audits", AuditFixtures.plan(45, "INITIAL", 155, 1, "CD")),
                "The supplier's site receives no announced audit from " + LocalDate.now().plusDays(150) + " to "
                        + LocalDate.now().plusDays(160) + ": Annual maintenance shutdown.");
        assertThat(supplier45.delete("api/blackout-days/" + blackout.json().get("id").asLong()).status()).isEqualTo(204);
        assertThat(supplier45.get("api/suppliers/45/blackout-days").json()).isEmpty();
        Map<String, Object> unknownLead = AuditFixtures.plan(45, "INITIAL", 200, 1, "CD");
        unknownLead.put("leadAuditor", "buyer");
        assertRefused(buyer.post("api/audits", unknownLead), "\"buyer\" is not an active auditor account.");

        // The supplier asks for other dates; the planner takes them; the supplier confirms.
        String start = LocalDate.now().plusDays(20).toString();
        String end = LocalDate.now().plusDays(21).toString();
        assertRefused(supplier.post("api/audits/" + id + "/proposal", Map.of("start", start, "end", end)),
                "Say why the planned dates do not suit you.");
        JsonNode proposed = supplier.post("api/audits/" + id + "/proposal", Map.of("start", start, "end", end,
                "note", "Annual maintenance shutdown that week")).json();
        assertThat(proposed.get("proposedStart").asText()).isEqualTo(start);
        JsonNode moved = buyer.post("api/audits/" + id + "/reschedule", Map.of("start", start, "end", end,
                "version", proposed.get("version").asLong())).json();
        assertThat(moved.get("plannedStart").asText()).isEqualTo(start);
        assertThat(buyer.post("api/audits/" + id + "/reschedule", Map.of("start", start, "end", end, "version", 1)).status())
                .as("stale version").isEqualTo(409);
        assertThat(supplier.post("api/audits/" + id + "/confirm", "{}").json().get("status").asText()).isEqualTo("CONFIRMED");

        assertThat(buyer.post("api/audits/" + id + "/start", "{}").status()).as("auditors only").isEqualTo(403);
        AuditFixtures.start(id);
        assertRefused(auditor.put("api/audits/" + id + "/items/ENV-09", Map.of("outcome", "FINDING", "severity", "MINOR",
                "observation", "x", "verifiedAnswer", "LEVEL_3")), "ENV-09 is answered as YES_NO.");
        assertRefused(auditor.put("api/audits/" + id + "/items/ENV-09", Map.of("outcome", "FINDING")),
                "Choose the severity of the finding: Priority, Major or Minor.");
        assertThat(auditor.put("api/audits/" + id + "/items/ENV-09", Map.of("outcome", "FINDING", "severity", "MINOR",
                "verifiedAnswer", "no", "observation", "Two 200 L drums of NMP stored outside the bunded area")).status()).isEqualTo(200);
        assertThat(auditor.put("api/audits/" + id + "/items/LAB-08", Map.of("outcome", "FINDING", "severity", "MAJOR",
                "verifiedAnswer", "LEVEL_1", "observation", "Pregnancy tests required in the hiring procedure")).status()).isEqualTo(200);
        assertRefused(auditor.post("api/audits/" + id + "/complete", "{}"), null);
        assertRefused(auditor.get("api/audits/" + id + "/report", "*/*"), "its report is written once it is completed");
        Http.Reply sitePhoto = auditor.postBytes(EvidenceIT.upload(43, "hiring-procedure.png", "kind=PHOTO"), "image/png", png());
        assertThat(sitePhoto.status()).as(sitePhoto.text()).isEqualTo(201);
        assertThat(auditor.put("api/audits/" + id + "/items/LAB-08/photos/" + sitePhoto.json().get("id").asLong(), "{}").status()).isEqualTo(200);
        AuditFixtures.checkAll(auditor.get("api/audits/" + id).json(), Map.of("ENV-09", "MINOR", "LAB-08", "MAJOR"));
        // checkAll recorded the two findings again with a generic observation; record the real ones last
        auditor.put("api/audits/" + id + "/items/ENV-09", Map.of("outcome", "FINDING", "severity", "MINOR", "verifiedAnswer", "NO",
                "observation", "Two 200 L drums of NMP stored outside the bunded area"));
        auditor.put("api/audits/" + id + "/items/LAB-08", Map.of("outcome", "FINDING", "severity", "MAJOR", "verifiedAnswer", "LEVEL_1",
                "observation", "Pregnancy tests required in the hiring procedure"));
        JsonNode completed = AuditFixtures.complete(id);

        assertThat(completed.get("status").asText()).isEqualTo("COMPLETED");
        assertThat(completed.get("findings")).hasSize(2);
        JsonNode major = finding(completed, "LAB-08");
        JsonNode minor = finding(completed, "ENV-09");
        assertThat(major.get("reference").asText()).startsWith(completed.get("reference").asText() + "-F");
        assertThat(major.get("correctiveAction").get("dueDate").asText()).isEqualTo(LocalDate.now().plusDays(90).toString());
        assertThat(minor.get("correctiveAction").get("dueDate").asText()).isEqualTo(LocalDate.now().plusDays(180).toString());
        assertThat(item(completed, "ENV-09").get("discrepancy").asBoolean()).as("said yes, found no").isTrue();
        assertThat(item(completed, "LAB-08").get("discrepancy").asBoolean()).isFalse();

        // The report says what the database holds, in English and in Chinese.
        String english = pdfText(buyer.getBytes("api/audits/" + id + "/report"));
        assertThat(english).contains(completed.get("reference").asText(), "Taehwa Polymer Co., Ltd.", major.get("reference").asText(),
                minor.get("reference").asText(), "Pregnancy tests required in the hiring procedure",
                "Two 200 L drums of NMP stored outside the bunded area", LocalDate.now().plusDays(90).toString(),
                LocalDate.now().plusDays(180).toString(), "Arun Auditor", "hiring-procedure.png");
        String chinese = pdfText(supplier.getBytes("api/audits/" + id + "/report?lang=zh"));
        assertThat(chinese).contains(completed.get("reference").asText(), "纠正措施", "Pregnancy tests required in the hiring procedure");
        assertThat(Http.basic("supplier2", "demo").get("api/audits/" + id + "/report", "*/*").status()).isEqualTo(404);

        JsonNode env09 = SharedResultIT.answer(buyer, assessment, "ENV-09");
        assertThat(env09.get("yes").asBoolean()).as("the verified answer overrides").isFalse();
        assertThat(env09.get("decision").asText()).isEqualTo("ACCEPTED");
        assertThat(env09.get("decisionReason").asText()).contains("Verified on site in audit " + completed.get("reference").asText());
        JsonNode score = buyer.get("api/suppliers/43/score").json();
        assertThat(score.get("tier").asText()).as("an open Major finding caps at C").isEqualTo("C");
        assertThat(score.get("caps").toString()).contains("OPEN_MAJOR_FINDING", major.get("reference").asText());
        assertThat(supplier.get("api/suppliers/43/corrective-actions").json()).hasSize(2);
        assertThat(supplier.get("api/suppliers/43/messages").json().get(0).get("subject").asText())
                .contains(completed.get("reference").asText(), "2 finding(s)");

        // The Minor finding closes once its corrective action is verified.
        long minorAction = minor.get("correctiveAction").get("id").asLong();
        Map<String, Object> plan = new HashMap<>(Map.of("rootCause", "No bunded storage space after the line 3 expansion",
                "actions", "Built a second bunded store; moved the drums; added the area to the weekly EHS walk",
                "owner", "Seo Ji-hoon, EHS Manager", "progress", "Done", "version", 1));
        assertRefused(supplier.post("api/corrective-actions/" + minorAction + "/submission", plan),
                "Attach at least one piece of evidence of the corrective action.");
        long photo = supplier.postBytes(EvidenceIT.upload(43, "bunded-store.pdf", "kind=PHOTO"), EvidenceIT.PDF,
                EvidenceIT.pdf("bunded store " + System.nanoTime())).json().get("id").asLong();
        plan.put("evidenceIds", List.of(photo));
        JsonNode submitted = supplier.post("api/corrective-actions/" + minorAction + "/submission", plan).json();
        assertThat(submitted.get("status").asText()).isEqualTo("SUBMITTED");
        assertRefused(auditor.post("api/corrective-actions/" + minorAction + "/verification", Map.of("accept", false,
                "version", submitted.get("version").asLong())), "Say why you send the plan back: the supplier will read it.");
        JsonNode rejected = auditor.post("api/corrective-actions/" + minorAction + "/verification", Map.of("accept", false,
                "note", "Show the bund's capacity calculation", "version", submitted.get("version").asLong())).json();
        assertThat(rejected.get("status").asText()).isEqualTo("REJECTED");
        plan.put("version", rejected.get("version").asLong());
        JsonNode again = supplier.post("api/corrective-actions/" + minorAction + "/submission", plan).json();
        assertThat(auditor.post("api/corrective-actions/" + minorAction + "/verification", Map.of("accept", true,
                "version", again.get("version").asLong())).json().get("status").asText()).isEqualTo("VERIFIED");
        assertThat(supplier.get("api/suppliers/43/corrective-actions").json().findValuesAsText("findingReference"))
                .containsExactly(major.get("reference").asText());

        // The Major one waits for a closure audit even once verified.
        long majorAction = major.get("correctiveAction").get("id").asLong();
        plan.put("version", 1);
        JsonNode majorPlan = supplier.post("api/corrective-actions/" + majorAction + "/submission", plan).json();
        auditor.post("api/corrective-actions/" + majorAction + "/verification", Map.of("accept", true, "version", majorPlan.get("version").asLong()));
        assertThat(buyer.get("api/suppliers/43/score").json().get("tier").asText()).isEqualTo("C");

        JsonNode followUp = AuditFixtures.schedule(AuditFixtures.plan(43, "FOLLOW_UP", 40, 1, "KR"));
        assertThat(AuditFixtures.codes(followUp)).containsExactly("LAB-08");
        long followUpId = followUp.get("id").asLong();
        assertThat(supplier.post("api/audits/" + followUpId + "/confirm", "{}").status()).isEqualTo(200);
        AuditFixtures.start(followUpId);
        assertThat(auditor.put("api/audits/" + followUpId + "/items/LAB-08", Map.of("outcome", "CONFORMING", "verifiedAnswer", "LEVEL_3",
                "observation", "Hiring procedure revised; interviews confirm no pregnancy tests")).status()).isEqualTo(200);
        AuditFixtures.complete(followUpId);

        JsonNode closed = buyer.get("api/audits/" + id).json();
        assertThat(finding(closed, "LAB-08").get("status").asText()).isEqualTo("CLOSED");
        assertThat(supplier.get("api/suppliers/43/corrective-actions").json()).isEmpty();
        JsonNode after = buyer.get("api/suppliers/43/score").json();
        assertThat(after.get("caps").toString()).doesNotContain("OPEN_MAJOR_FINDING");
        assertThat(after.get("tier").asText()).isEqualTo("A");
        assertThat(SharedResultIT.answer(buyer, assessment, "LAB-08").get("maturityLevel").asInt()).isEqualTo(3);
    }

    @Test
    void anUnannouncedAuditStaysHiddenFromTheSupplierUntilTheAuditorsArrive() {
        Http supplier = Http.basic(AssessmentFixtures.supplierUser(45), AssessmentFixtures.PASSWORD);
        JsonNode audit = AuditFixtures.schedule(AuditFixtures.plan(45, "UNANNOUNCED", 80, 1, "CD"));
        long id = audit.get("id").asLong();
        assertThat(audit.get("status").asText()).isEqualTo("CONFIRMED");
        assertThat(supplier.get("api/suppliers/45/audits").json()).isEmpty();
        assertThat(supplier.get("api/audits/" + id).status()).isEqualTo(404);
        assertThat(supplier.get("api/suppliers/45/messages").json().toString()).doesNotContain(audit.get("reference").asText());

        AuditFixtures.start(id);
        assertThat(supplier.get("api/suppliers/45/audits").json().findValuesAsText("reference")).contains(audit.get("reference").asText());
        assertThat(supplier.get("api/audits/" + id).status()).isEqualTo(200);
        assertThat(Http.basic("supplier2", "demo").get("api/audits/" + id).status()).as("another company").isEqualTo(404);
    }

    @Test
    void theDaysAllowedPerSeverityAreConfigurableByAdmins() {
        JsonNode days = buyer.get("api/corrective-actions/due-days").json();
        assertThat(days.get("PRIORITY").asInt()).isEqualTo(30);
        assertThat(days.get("MAJOR").asInt()).isEqualTo(90);
        assertThat(days.get("MINOR").asInt()).isEqualTo(180);
        assertThat(buyer.put("api/corrective-actions/due-days/MINOR", Map.of("days", 120)).status()).isEqualTo(403);
        assertRefused(admin.put("api/corrective-actions/due-days/MINOR", Map.of("days", 0)), "Give 1 to 730 days.");
        assertThat(admin.put("api/corrective-actions/due-days/TRIVIAL", Map.of("days", 10)).status()).isEqualTo(404);
        try {
            assertThat(admin.put("api/corrective-actions/due-days/MINOR", Map.of("days", 120)).json().get("MINOR").asInt()).isEqualTo(120);
        } finally {
            admin.put("api/corrective-actions/due-days/MINOR", Map.of("days", 180));
        }
        assertThat(buyer.get("api/corrective-actions/due-days").json().get("MINOR").asInt()).isEqualTo(180);
    }

    @Test
    void anOverduePlanIsRemindedEscalatedToTheCategoryManagerAndThenCapsTheTier() throws Exception {
        scoredAssessment(44, Map.of());
        JsonNode audit = AuditFixtures.completedWith(44, 60, "CD", Map.of("ENV-10", "MINOR"));
        JsonNode action = finding(audit, "ENV-10").get("correctiveAction");
        assertThat(buyer.get("api/suppliers/44/score").json().get("caps").toString()).as("a Minor finding does not cap")
                .doesNotContain("OPEN_MAJOR_FINDING");

        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:" + System.getProperty("it.db.port") + "/esg", "esg", "esg")) {
            try (PreparedStatement late = db.prepareStatement("UPDATE corrective_action SET due_date = ? WHERE id = ?")) {
                late.setObject(1, LocalDate.now().minusDays(31)); // a month and a day have passed
                late.setLong(2, action.get("id").asLong());
                assertThat(late.executeUpdate()).isEqualTo(1);
            }
        }
        assertThat(buyer.put("api/corrective-actions/category-managers/COBALT", Map.of("name", "Li Wei", "email", "x")).status()).isEqualTo(403);
        assertRefused(admin.put("api/corrective-actions/category-managers/COBALT", Map.of("name", "Li Wei", "email", "li.wei")),
                "\"li.wei\" is not a valid e-mail address.");
        assertThat(admin.put("api/corrective-actions/category-managers/COBALT", Map.of("name", "Li Wei",
                "email", "cobalt.category@buyer.example")).status()).isEqualTo(200);
        assertThat(buyer.get("api/corrective-actions/category-managers").json().findValuesAsText("email")).contains("cobalt.category@buyer.example");
        assertThat(buyer.get("api/corrective-actions/overdue").json().findValuesAsText("findingReference"))
                .contains(finding(audit, "ENV-10").get("reference").asText());
        assertThat(buyer.post("api/corrective-actions/escalation-run", "{}").status()).as("admin only").isEqualTo(403);
        JsonNode run = admin.post("api/corrective-actions/escalation-run", "{}").json();
        assertThat(run.get("reminded").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(run.get("escalated").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(run.get("capped").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode score = buyer.get("api/suppliers/44/score").json();
        assertThat(score.get("tier").asText()).isEqualTo("C");
        assertThat(score.get("caps").toString()).contains("OVERDUE_CORRECTIVE_ACTION", finding(audit, "ENV-10").get("reference").asText());
        assertThat(admin.post("api/corrective-actions/escalation-run", "{}").json().get("capped").asInt()).as("once only").isZero();
        String reference = finding(audit, "ENV-10").get("reference").asText();
        MimeMessage escalation = MailIT.await(m -> MailIT.to(m, "cobalt.category@buyer.example") && MailIT.subject(m).contains(reference));
        assertThat(MailIT.subject(escalation)).startsWith("Escalation: Kanina Minerals SAS, corrective action for " + reference);

        // Submitting the plan lifts the cap at once.
        Http supplier = Http.basic(AssessmentFixtures.supplierUser(44), AssessmentFixtures.PASSWORD);
        long proof = supplier.postBytes(EvidenceIT.upload(44, "emergency-plan-filed.pdf", "kind=REPORT"), EvidenceIT.PDF,
                EvidenceIT.pdf("filed plan " + System.nanoTime())).json().get("id").asLong();
        JsonNode submitted = supplier.post("api/corrective-actions/" + action.get("id").asLong() + "/submission", Map.of(
                "rootCause", "Plan not filed after the 2025 revision", "actions", "Filed with the Lualaba environment office",
                "owner", "EHS Manager", "evidenceIds", List.of(proof), "version", buyer.get("api/corrective-actions/"
                        + action.get("id").asLong()).json().get("correctiveAction").get("version").asLong())).json();
        assertThat(submitted.get("status").asText()).isEqualTo("SUBMITTED");
        assertThat(buyer.get("api/suppliers/44/score").json().get("caps").toString()).doesNotContain("OVERDUE_CORRECTIVE_ACTION");
    }

    static byte[] png() {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(320, 200, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.ORANGE);
        g.fillRect(20, 20, 280, 160);
        g.dispose();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static String pdfText(byte[] pdf) {
        try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertRefused(Http.Reply reply, String message) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        if (message != null) {
            assertThat(reply.json().get("errors").findValuesAsText("message")).anyMatch(m -> m.contains(message));
        }
    }
}
