package org.supplieresg.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Evidence through the API: upload (checked from its bytes, stored by digest), link to answers, versions, downloads in
 * the audit trail, company isolation, and refusals that store nothing. The managed server runs with a 3 MB file limit
 * and an 8 MB company quota (see the failsafe configuration).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EvidenceIT {

    static final String PDF = "application/pdf";

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    private final Http buyer = Http.basic("buyer", "demo");

    /** A small, well-formed PDF whose bytes differ with {@code text}. */
    static byte[] pdf(String text) {
        return ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n% " + text + "\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.UTF_8);
    }

    static String upload(long supplierId, String fileName, String query) {
        return "api/suppliers/" + supplierId + "/evidence?fileName=" + URLEncoder.encode(fileName, StandardCharsets.UTF_8)
                + (query.isEmpty() ? "" : "&" + query);
    }

    @Test
    void aCertificateIsUploadedLinkedToTwoAnswersVersionedAndReadByTheReviewer() throws Exception {
        long assessment = AssessmentFixtures.launchFor(13, "Evidence");
        Http supplier = Http.basic(AssessmentFixtures.supplierUser(13), AssessmentFixtures.PASSWORD);
        assertThat(supplier.put("api/assessments/" + assessment + "/answers/MGT-01", Map.of("maturityLevel", 3)).status()).isEqualTo(200);
        assertThat(supplier.put("api/assessments/" + assessment + "/answers/MGT-02", Map.of("yes", true)).status()).isEqualTo(200);

        byte[] certificate = pdf("ISO 14001 certificate of the Changsha plant");
        Http.Reply uploaded = supplier.postBytes(upload(13, "../证书/ISO 14001 证书.pdf",
                "kind=CERTIFICATE&issuer=CQC&validFrom=2025-01-15&validTo=2028-01-14&language=zh-CN"), "text/plain", certificate);
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        JsonNode evidence = uploaded.json();
        long id = evidence.get("id").asLong();
        assertThat(evidence.get("fileName").asText()).as("no path from the client").isEqualTo("ISO 14001 证书.pdf");
        assertThat(evidence.get("contentType").asText()).as("detected, not the claimed text/plain").isEqualTo(PDF);
        assertThat(evidence.get("sha256").asText()).isEqualTo(sha256(certificate));
        assertThat(evidence.get("sizeBytes").asLong()).isEqualTo(certificate.length);
        assertThat(evidence.get("versionNo").asInt()).isEqualTo(1);
        assertThat(Files.exists(storedFile(evidence.get("sha256").asText()))).as("outside the web root, under its digest").isTrue();

        for (String code : List.of("MGT-01", "MGT-02")) {
            Http.Reply linked = supplier.put("api/assessments/" + assessment + "/answers/" + code + "/evidence/" + id, "{}");
            assertThat(linked.status()).as(linked.text()).isEqualTo(200);
            assertThat(linked.json().get("evidence").get(0).get("id").asLong()).isEqualTo(id);
        }
        assertThat(supplier.get("api/suppliers/13/evidence").json().get(0).get("id").asLong()).isEqualTo(id);

        Http.Reply newVersion = supplier.postBytes("api/evidence/" + id + "/versions?fileName=ISO14001-2028.pdf&kind=CERTIFICATE&validTo=2028-12-31",
                PDF, pdf("renewed certificate"));
        assertThat(newVersion.status()).as(newVersion.text()).isEqualTo(201);
        assertThat(newVersion.json().get("versionNo").asInt()).isEqualTo(2);
        assertThat(newVersion.json().get("documentId").asLong()).isEqualTo(evidence.get("documentId").asLong());
        assertThat(supplier.get("api/evidence/" + id + "/versions").json().size()).isEqualTo(2);
        assertThat(supplier.get("api/suppliers/13/evidence").json()).as("the library shows the latest version").hasSize(1);

        assertThat(supplier.post("api/assessments/" + assessment + "/submit", "{}").status()).isEqualTo(400); // incomplete
        byte[] read = buyer.getBytes("api/evidence/" + id + "/content");
        assertThat(read).as("the first version is kept as it was").isEqualTo(certificate);
        assertThat(auditedReads(id)).as("the download is in the audit trail").contains("buyer");
        JsonNode answers = buyer.get("api/assessments/" + assessment).json().get("answers");
        assertThat(answers.get(0).get("evidence").get(0).get("fileName").asText()).isEqualTo("ISO 14001 证书.pdf");

        Http.Reply unlinked = supplier.delete("api/assessments/" + assessment + "/answers/MGT-02/evidence/" + id);
        assertThat(unlinked.status()).isEqualTo(200);
        assertThat(unlinked.json().get("evidence").size()).isZero();
    }

    @Test
    void anotherCompanySeesNoneOfItAndCannotUseIt() {
        Http owner = Http.basic(AssessmentFixtures.supplierUser(15), AssessmentFixtures.PASSWORD);
        Http.Reply uploaded = owner.postBytes(upload(15, "policy.pdf", "kind=POLICY"), PDF, pdf("secret policy of company 15"));
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        long id = uploaded.json().get("id").asLong();

        Http other = Http.basic("supplier", "demo"); // company 1
        for (String path : List.of("api/evidence/" + id, "api/evidence/" + id + "/content", "api/evidence/" + id + "/versions",
                "api/suppliers/15/evidence", "app/evidence?id=" + id)) {
            Http.Reply reply = (path.startsWith("app/") ? Http.formLogin("supplier", "demo") : other).get(path);
            assertThat(reply.status()).as(path).isIn(403, 404);
            assertThat(reply.text()).as(path).doesNotContain("policy.pdf").doesNotContain("secret policy");
        }
        assertThat(other.postBytes(upload(15, "mine.pdf", ""), PDF, pdf("planted")).status()).isIn(403, 404);
        long own = AssessmentFixtures.launchFor(1, "Evidence isolation");
        assertThat(other.put("api/assessments/" + own + "/answers/MGT-02", Map.of("yes", true)).status()).isEqualTo(200);
        Http.Reply foreign = other.put("api/assessments/" + own + "/answers/MGT-02/evidence/" + id, "{}");
        assertThat(foreign.status()).as("another company's file cannot support one's answer").isEqualTo(404);
    }

    @Test
    void refusedUploadsSayWhyAndStoreNothing() throws IOException {
        Http supplier = Http.basic(AssessmentFixtures.supplierUser(14), AssessmentFixtures.PASSWORD);
        long filesBefore = storedFiles();

        byte[] exe = new byte[4096];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertRefused(supplier.postBytes(upload(14, "invoice.pdf", ""), PDF, exe),
                "“invoice.pdf” is a program or a script; only documents and images are accepted as evidence.");
        assertRefused(supplier.postBytes(upload(14, "photo.png", ""), PDF, pdf("not a picture")),
                "“photo.png” holds PDF content; give it the matching ending and upload it again.");
        assertRefused(supplier.postBytes(upload(14, "empty.pdf", ""), PDF, new byte[0]), "The file is empty.");
        assertRefused(supplier.postBytes(upload(14, "huge.pdf", ""), PDF, new byte[3 * 1024 * 1024 + 1]),
                "The file is larger than 3 MB.");
        assertRefused(supplier.postBytes(upload(14, "cert.pdf", "kind=DIPLOMA"), PDF, pdf("x")),
                "The kind “DIPLOMA” is not one of CERTIFICATE, POLICY, REPORT, PHOTO, INVOICE, MEASUREMENT, AUDIT_REPORT, OTHER.");
        assertRefused(supplier.postBytes(upload(14, "cert.pdf", "validFrom=2027-01-01&validTo=2026-01-01"), PDF, pdf("x")),
                "The validity ends (2026-01-01) before it starts (2027-01-01).");
        assertRefused(supplier.postBytes(upload(14, "cert.pdf", "validTo=31.12.2027"), PDF, pdf("x")),
                "“31.12.2027” is not a date such as 2027-06-30.");

        // The quota (8 MB in the tests): two files of 2.9 MB fit, the third does not.
        Random random = new Random(14);
        for (int i = 0; i < 2; i++) {
            assertThat(supplier.postBytes(upload(14, "measurements-" + i + ".pdf", "kind=MEASUREMENT"), PDF, bigPdf(random)).status())
                    .isEqualTo(201);
        }
        Http.Reply overQuota = supplier.postBytes(upload(14, "measurements-3.pdf", "kind=MEASUREMENT"), PDF, bigPdf(random));
        assertThat(overQuota.status()).isEqualTo(400);
        assertThat(overQuota.json().get("errors").get(0).get("message").asText()).startsWith("Your company's evidence would exceed its quota of 8 MB");

        assertThat(supplier.get("api/suppliers/14/evidence").json()).as("only the two accepted files").hasSize(2);
        assertThat(storedFiles()).as("no temporary or refused file left behind").isEqualTo(filesBefore + 2);
    }

    @Test
    void whenTheOnlyEvidenceOfAnAcceptedAnswerExpiresTheAnswerGoesBackAndTheScoreFollows() {
        long assessment = AssessmentFixtures.launchFor(21, "Expiry");
        Http supplier = Http.basic(AssessmentFixtures.supplierUser(21), AssessmentFixtures.PASSWORD);
        AssessmentFixtures.answerTheRest(supplier, assessment, Map.of());
        String yesterday = java.time.LocalDate.now().minusDays(1).toString();
        Http.Reply uploaded = supplier.postBytes(upload(21, "ISO50001-lapsed.pdf", "kind=CERTIFICATE&validTo=" + yesterday), PDF,
                pdf("ISO 50001 certificate that lapsed yesterday"));
        long id = uploaded.json().get("id").asLong();
        assertThat(supplier.put("api/assessments/" + assessment + "/answers/MGT-02/evidence/" + id, "{}").status()).isEqualTo(200);
        assertThat(supplier.post("api/assessments/" + assessment + "/submit", "{}").status()).isEqualTo(200);
        AssessmentFixtures.acceptTheRest(buyer, assessment);
        assertThat(buyer.post("api/assessments/" + assessment + "/score", "{}").json().get("total").decimalValue()).isEqualByComparingTo("100");

        assertThat(buyer.post("api/evidence/expiry-check", "{}").status()).as("admin only").isEqualTo(403);
        JsonNode result = Http.basic("admin", "demo").post("api/evidence/expiry-check", "{}").json();

        assertThat(result.get("answersSentBack").asInt()).isGreaterThanOrEqualTo(1);
        JsonNode mgt02 = null;
        for (JsonNode row : buyer.get("api/assessments/" + assessment).json().get("answers")) {
            if (row.get("code").asText().equals("MGT-02")) {
                mgt02 = row;
            }
        }
        assertThat(mgt02.get("decision").asText()).isEqualTo("MORE_INFO");
        assertThat(mgt02.get("decisionReason").asText()).contains("ISO50001-lapsed.pdf", "expired on " + yesterday);
        JsonNode score = buyer.get("api/suppliers/21/score").json();
        assertThat(score.get("total").decimalValue()).as("MGT-02 now self-declared: half its points").isLessThan(new java.math.BigDecimal("100"));
        assertThat(Http.basic("admin", "demo").post("api/evidence/expiry-check", "{}").json().get("answersSentBack").asInt())
                .as("once only").isZero();
    }

    private static void assertRefused(Http.Reply reply, String message) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.json().get("errors").get(0).get("message").asText()).isEqualTo(message);
    }

    private static byte[] bigPdf(Random random) {
        byte[] body = new byte[2_900_000];
        random.nextBytes(body);
        byte[] head = "%PDF-1.4\n% ".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        return body;
    }

    static Path storedFile(String sha256) {
        return Path.of(System.getProperty("it.evidence.dir"), "content", sha256.substring(0, 2), sha256);
    }

    private static long storedFiles() throws IOException {
        Path root = Path.of(System.getProperty("it.evidence.dir"));
        if (!Files.exists(root)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    private static List<String> auditedReads(long evidenceId) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:postgresql://localhost:" + System.getProperty("it.db.port") + "/esg", "esg", "esg");
             PreparedStatement query = db.prepareStatement("SELECT actor FROM audit_entry WHERE entity_type = 'Evidence'"
                     + " AND entity_id = ? AND action = 'READ'")) {
            query.setString(1, String.valueOf(evidenceId));
            try (ResultSet rs = query.executeQuery()) {
                List<String> actors = new java.util.ArrayList<>();
                while (rs.next()) {
                    actors.add(rs.getString(1));
                }
                return actors;
            }
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
