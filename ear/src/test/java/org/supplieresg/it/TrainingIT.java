package org.supplieresg.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Training through the API: a supplier scored with a weak dimension gets that dimension's modules, sees them and
 * completes them, with a certificate; another company sees none of it; scoring again never assigns a module twice but
 * does assign a module added since; bad modules, material and thresholds are refused with the messages and store
 * nothing; the admin's threshold applies from the next score. Suppliers 50 and 51 (both ACTIVE, outside China: their
 * modules are the English ones).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TrainingIT {

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    /** Best answers except these: DAT earns 26 of its 62 points (41.94), far below 50; every other dimension 100. */
    static final Map<String, Object> WEAK_DATA = Map.of(
            "DAT-01", Map.of("yes", false),
            "DAT-02", Map.of("maturityLevel", 0),
            "DAT-03", Map.of("maturityLevel", 0),
            "DAT-04", Map.of("maturityLevel", 0),
            "DAT-06", Map.of("yes", false));

    /** Best answers except these: DAT earns 47 of 62 points (75.81), above 50 but below 80. */
    static final Map<String, Object> MIDDLING_DATA = Map.of(
            "DAT-01", Map.of("yes", false),
            "DAT-06", Map.of("yes", false),
            "DAT-07", Map.of("yes", false));

    private final Http buyer = Http.basic("buyer", "demo");
    private final Http admin = Http.basic("admin", "demo");

    static Map<String, BigDecimal> dimensionScores(JsonNode score) {
        Map<String, BigDecimal> scores = new HashMap<>();
        score.get("dimensions").forEach(d -> scores.put(d.get("code").asText(), d.hasNonNull("score") ? d.get("score").decimalValue() : null));
        return scores;
    }

    /** What a score assigns for a weak dimension: its active modules in the language, or all of them if none is in it. */
    static List<Long> expectedModules(Http reader, String dimension, String language) {
        List<JsonNode> active = new ArrayList<>();
        reader.get("api/training-modules").json().forEach(m -> {
            if (m.get("active").asBoolean() && m.get("dimension").asText().equals(dimension)) {
                active.add(m);
            }
        });
        List<JsonNode> inLanguage = active.stream()
                .filter(m -> Locale.forLanguageTag(m.get("language").asText()).getLanguage().equals(language)).toList();
        return (inLanguage.isEmpty() ? active : inLanguage).stream().map(m -> m.get("id").asLong()).toList();
    }

    static List<Long> moduleIds(JsonNode assignments) {
        List<Long> ids = new ArrayList<>();
        assignments.forEach(a -> ids.add(a.get("module").get("id").asLong()));
        return ids;
    }

    static JsonNode assignmentOf(JsonNode assignments, long moduleId) {
        for (JsonNode a : assignments) {
            if (a.get("module").get("id").asLong() == moduleId) {
                return a;
            }
        }
        throw new AssertionError("module " + moduleId + " is not assigned: " + assignments);
    }

    static Map<String, Object> module(String dimension, String language, String link) {
        Map<String, Object> body = new HashMap<>(Map.of("titleEn", "Battery passport data attributes " + System.nanoTime() % 10_000,
                "titleZh", "电池护照数据属性", "descriptionEn", "What each attribute means.", "publisher", "Battery Pass consortium",
                "language", language, "dimension", dimension, "durationMinutes", 60));
        if (link != null) {
            body.put("link", link);
        }
        return body;
    }

    static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(body);
        if (value == null) {
            copy.remove(field);
        } else {
            copy.put(field, value);
        }
        return copy;
    }

    /** The reason reads "DAT scored 41.94 &lt; 50 in the score of 2026-11-28". */
    private static void assertReason(JsonNode assignment, BigDecimal score, String threshold, String scoredOn) {
        String reason = assignment.get("reason").asText();
        String prefix = "DAT scored ";
        String suffix = " < " + threshold + " in the score of " + scoredOn;
        assertThat(reason).startsWith(prefix).endsWith(suffix);
        assertThat(new BigDecimal(reason.substring(prefix.length(), reason.length() - suffix.length()))).isEqualByComparingTo(score);
    }

    private static void assertRefused(Http.Reply reply, String message) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("message").asText()).isEqualTo(message);
    }

    @Test
    void aWeakDimensionAssignsItsModulesWhichTheSupplierCompletesAndNoOtherCompanySees() {
        BigDecimal threshold = buyer.get("api/training-policy").json().get("threshold").decimalValue();
        List<Long> expected = expectedModules(buyer, "DAT", "en");
        assertThat(expected).as("the seed library has DAT modules in English").isNotEmpty();

        long assessment = AuditIT.scoredAssessment(50, WEAK_DATA);
        JsonNode score = buyer.get("api/suppliers/50/score").json();
        Map<String, BigDecimal> dimensions = dimensionScores(score);
        assertThat(dimensions.entrySet().stream().filter(d -> d.getValue() != null && d.getValue().compareTo(threshold) < 0)
                .map(Map.Entry::getKey)).as("only DAT is below the threshold").containsExactly("DAT");
        BigDecimal dat = dimensions.get("DAT");

        String username = AssessmentFixtures.supplierUser(50);
        Http supplier = Http.basic(username, AssessmentFixtures.PASSWORD);
        JsonNode training = supplier.get("api/suppliers/50/training").json();
        assertThat(moduleIds(training)).containsExactlyInAnyOrderElementsOf(expected);
        String scoredOn = LocalDate.ofInstant(Instant.parse(score.get("computedAt").asText()), ZoneOffset.UTC).toString();
        for (JsonNode a : training) {
            assertThat(a.get("status").asText()).isEqualTo("ASSIGNED");
            assertThat(a.get("source").asText()).isEqualTo("AUTOMATIC");
            assertThat(a.get("dimension").asText()).isEqualTo("DAT");
            assertThat(a.get("dimensionScore").decimalValue()).isEqualByComparingTo(dat);
            assertReason(a, dat, threshold.stripTrailingZeros().toPlainString(), scoredOn);
            assertThat(a.get("supplierId").asLong()).isEqualTo(50);
        }

        // Another company sees none of it, and cannot complete it.
        Http otherCompany = Http.basic("supplier2", "demo");
        long first = training.get(0).get("id").asLong();
        assertThat(otherCompany.get("api/suppliers/50/training").status()).isEqualTo(404);
        assertThat(otherCompany.post("api/training-assignments/" + first + "/completion", "{}").status()).isEqualTo(404);

        // The supplier completes one with a certificate from its library; a second time is refused.
        long certificate = SharedResultIT.uploadCertificate(supplier, 50, "Battery passport course certificate.pdf", "2028-12-31");
        Http.Reply completed = supplier.post("api/training-assignments/" + first + "/completion", Map.of("evidenceId", certificate,
                "note", "Two data engineers attended", "version", training.get(0).get("version").asLong()));
        assertThat(completed.status()).as(completed.text()).isEqualTo(200);
        assertThat(completed.json().get("status").asText()).isEqualTo("COMPLETED");
        assertThat(completed.json().get("completedBy").asText()).isEqualTo(username);
        assertThat(completed.json().get("completionNote").asText()).isEqualTo("Two data engineers attended");
        assertThat(completed.json().get("certificate").get("fileName").asText()).isEqualTo("Battery passport course certificate.pdf");
        assertRefused(supplier.post("api/training-assignments/" + first + "/completion", "{}"),
                "“" + training.get(0).get("module").get("titleEn").asText() + "” is already marked as completed.");

        // A buyer records a completion for the supplier, but not with another company's document.
        if (training.size() > 1) {
            long second = training.get(1).get("id").asLong();
            long othersFile = SharedResultIT.uploadCertificate(buyer, 51, "Another company's training certificate.pdf", "2028-12-31");
            assertRefused(buyer.post("api/training-assignments/" + second + "/completion", Map.of("evidenceId", othersFile)),
                    "This evidence belongs to another company.");
            assertThat(supplier.post("api/training-assignments/" + second + "/completion", Map.of("evidenceId", othersFile)).status())
                    .as("another company's file does not exist for this supplier").isEqualTo(404);
            Http.Reply byBuyer = buyer.post("api/training-assignments/" + second + "/completion", "{}");
            assertThat(byBuyer.status()).as(byBuyer.text()).isEqualTo(200);
            assertThat(byBuyer.json().get("completedBy").asText()).isEqualTo("buyer");
        }

        // A module with uploaded material joins the library; scoring again assigns it, and nothing twice.
        byte[] pdf = EvidenceIT.pdf("battery passport checklist " + System.nanoTime());
        Http.Reply material = admin.postBytes("api/training-materials?fileName="
                + URLEncoder.encode("Battery passport data checklist.pdf", StandardCharsets.UTF_8), EvidenceIT.PDF, pdf);
        assertThat(material.status()).as(material.text()).isEqualTo(201);
        assertThat(material.json().get("contentType").asText()).isEqualTo("application/pdf");
        Http.Reply added = admin.post("api/training-modules", with(module("DAT", "en", null), "materialId", material.json().get("id").asLong()));
        assertThat(added.status()).as(added.text()).isEqualTo(201);
        long newModule = added.json().get("id").asLong();
        assertThat(added.json().get("materialFileName").asText()).isEqualTo("Battery passport data checklist.pdf");
        assertThat(supplier.get("api/training-modules/" + newModule + "/material", "*/*").status()).as("not assigned yet").isEqualTo(404);

        assertThat(buyer.post("api/assessments/" + assessment + "/score", "{}").status()).isEqualTo(200);
        JsonNode again = supplier.get("api/suppliers/50/training").json();
        List<Long> all = new ArrayList<>(expected);
        all.add(newModule);
        assertThat(moduleIds(again)).as("each module once, the new one too").containsExactlyInAnyOrderElementsOf(all);
        assertThat(assignmentOf(again, training.get(0).get("module").get("id").asLong()).get("status").asText())
                .as("a completed module stays completed").isEqualTo("COMPLETED");
        assertThat(assignmentOf(again, newModule).get("status").asText()).isEqualTo("ASSIGNED");

        // The supplier reads the material of its module; another company cannot.
        assertThat(supplier.getBytes("api/training-modules/" + newModule + "/material")).isEqualTo(pdf);
        assertThat(otherCompany.get("api/training-modules/" + newModule + "/material", "*/*").status()).isEqualTo(404);

        // Deactivated: no longer in a supplier's view of the library, no longer assigned; the supplier keeps it.
        assertThat(buyer.delete("api/training-modules/" + newModule).status()).as("admins only").isEqualTo(403);
        assertThat(admin.delete("api/training-modules/" + newModule).status()).isEqualTo(204);
        assertThat(supplier.get("api/training-modules").json().findValuesAsText("id")).doesNotContain(String.valueOf(newModule));
        assertThat(admin.get("api/training-modules").json().findValuesAsText("id")).contains(String.valueOf(newModule));
        assertThat(moduleIds(supplier.get("api/suppliers/50/training").json())).contains(newModule);
    }

    @Test
    void badModulesMaterialAndThresholdsAreRefusedWithTheMessagesAndNothingIsStored() {
        int modules = admin.get("api/training-modules").json().size();
        Map<String, Object> good = module("DAT", "en", "https://thebatterypass.eu/");

        assertRefused(admin.post("api/training-modules", with(good, "link", "http://thebatterypass.eu/")),
                "“http://thebatterypass.eu/” is not a web address starting with https://.");
        assertRefused(admin.post("api/training-modules", with(good, "link", "thebatterypass.eu")),
                "“thebatterypass.eu” is not a web address starting with https://.");
        assertRefused(admin.post("api/training-modules", with(good, "dimension", "XYZ")),
                "“XYZ” is not a dimension of the catalogue in force.");
        assertRefused(admin.post("api/training-modules", with(good, "language", "english")),
                "“english” is not a language tag such as en or zh-CN.");
        assertRefused(admin.post("api/training-modules", with(good, "durationMinutes", 0)),
                "The duration is a whole number of minutes from 1 to 6000.");
        assertRefused(admin.post("api/training-modules", with(good, "link", null)), "Give a link (https://…) or upload the material.");
        assertRefused(admin.post("api/training-modules", with(good, "materialId", 999_999)), "Give a link or upload material, not both.");
        assertRefused(admin.post("api/training-modules", with(with(good, "link", null), "materialId", 999_999)),
                "Material 999999 does not exist: upload it again.");

        byte[] program = new byte[512];
        program[0] = 'M';
        program[1] = 'Z';
        assertRefused(admin.postBytes("api/training-materials?fileName=setup.exe", "application/octet-stream", program),
                "“setup.exe” is not a PDF, Word (.docx), Excel (.xlsx), PNG or JPEG file.");
        byte[] huge = new byte[10 * 1024 * 1024 + 1];
        byte[] head = EvidenceIT.pdf("huge");
        System.arraycopy(head, 0, huge, 0, head.length);
        assertRefused(admin.postBytes("api/training-materials?fileName=recording.pdf", EvidenceIT.PDF, huge),
                "The material is larger than 10 MB: put it on a course platform and give the link instead.");

        assertThat(buyer.post("api/training-modules", good).status()).as("admins only").isEqualTo(403);
        assertThat(Http.basic("supplier", "demo").post("api/training-modules", good).status()).isEqualTo(403);
        assertThat(buyer.postBytes("api/training-materials?fileName=deck.pdf", EvidenceIT.PDF, EvidenceIT.pdf("deck")).status()).isEqualTo(403);
        assertThat(admin.get("api/training-modules").json().size()).as("nothing stored").isEqualTo(modules);

        JsonNode policy = admin.get("api/training-policy").json();
        long version = policy.get("version").asLong();
        assertRefused(admin.put("api/training-policy", Map.of("threshold", 101, "version", version)),
                "The threshold is a dimension score from 0 to 100, with at most two decimals.");
        assertRefused(admin.put("api/training-policy", Map.of("threshold", -1, "version", version)),
                "The threshold is a dimension score from 0 to 100, with at most two decimals.");
        assertThat(buyer.put("api/training-policy", Map.of("threshold", 60, "version", version)).status()).as("admins only").isEqualTo(403);
        assertThat(Http.basic("supplier", "demo").put("api/training-policy", Map.of("threshold", 60, "version", version)).status())
                .isEqualTo(403);
        assertThat(admin.get("api/training-policy").json().get("version").asLong()).as("nothing stored").isEqualTo(version);
    }

    @Test
    void theAdminsThresholdAppliesFromTheNextScore() {
        JsonNode policy = admin.get("api/training-policy").json();
        BigDecimal original = policy.get("threshold").decimalValue();
        long assessment = AuditIT.scoredAssessment(51, MIDDLING_DATA);
        BigDecimal dat = dimensionScores(buyer.get("api/suppliers/51/score").json()).get("DAT");
        assertThat(dat).as("DAT between the threshold in force and 80").isGreaterThanOrEqualTo(original).isLessThan(new BigDecimal("80"));
        assertThat(buyer.get("api/suppliers/51/training").json()).as("nothing below " + original).isEmpty();

        try {
            Http.Reply changed = admin.put("api/training-policy", Map.of("threshold", 80, "version", policy.get("version").asLong()));
            assertThat(changed.status()).as(changed.text()).isEqualTo(200);
            assertThat(changed.json().get("threshold").decimalValue()).isEqualByComparingTo("80");
            assertThat(changed.json().get("changedBy").asText()).isEqualTo("admin");
            assertThat(admin.put("api/training-policy", Map.of("threshold", 70, "version", policy.get("version").asLong())).status())
                    .as("stale version").isEqualTo(409);
            assertThat(buyer.get("api/suppliers/51/training").json()).as("a change assigns nothing by itself").isEmpty();

            List<Long> expected = expectedModules(buyer, "DAT", "en");
            assertThat(buyer.post("api/assessments/" + assessment + "/score", "{}").status()).isEqualTo(200);
            JsonNode training = buyer.get("api/suppliers/51/training").json();
            assertThat(moduleIds(training)).containsExactlyInAnyOrderElementsOf(expected);
            String scoredOn = LocalDate.ofInstant(Instant.parse(buyer.get("api/suppliers/51/score").json().get("computedAt").asText()),
                    ZoneOffset.UTC).toString();
            training.forEach(a -> assertReason(a, dat, "80", scoredOn));
            assertThat(training.get(0).get("threshold").decimalValue()).isEqualByComparingTo("80");
        } finally {
            long current = admin.get("api/training-policy").json().get("version").asLong();
            assertThat(admin.put("api/training-policy", Map.of("threshold", original, "version", current)).status()).isEqualTo(200);
        }
    }
}
