package org.supplieresg.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Audits for the tests, made through the API: scheduled, started and checked by the demo auditor. */
final class AuditFixtures {

    static final Http BUYER = Http.basic("buyer", "demo");
    static final Http AUDITOR = Http.basic("auditor", "demo");

    private AuditFixtures() {
    }

    static Map<String, Object> plan(long supplierId, String type, int startInDays, int days, String country) {
        return new HashMap<>(Map.of("supplierId", supplierId, "type", type,
                "start", LocalDate.now().plusDays(startInDays).toString(),
                "end", LocalDate.now().plusDays(startInDays + days - 1L).toString(),
                "leadAuditor", "auditor", "siteAddress", "Plant 2, 18 Industrial Road", "siteCountry", country, "language", "en"));
    }

    static JsonNode schedule(Map<String, Object> plan) {
        Http.Reply scheduled = BUYER.post("api/audits", plan);
        assertThat(scheduled.status()).as(scheduled.text()).isEqualTo(201);
        return scheduled.json();
    }

    /** Starts a confirmed (or unannounced) audit as the demo auditor. */
    static void start(long auditId) {
        Http.Reply started = AUDITOR.post("api/audits/" + auditId + "/start", "{}");
        assertThat(started.status()).as(started.text()).isEqualTo(200);
    }

    /** Checks every item not named in {@code findings} as conforming; the named ones as findings of that severity. */
    static void checkAll(JsonNode audit, Map<String, String> findings) {
        for (JsonNode item : audit.get("items")) {
            String code = item.get("indicatorCode").asText();
            Map<String, Object> check = findings.containsKey(code)
                    ? Map.of("outcome", "FINDING", "severity", findings.get(code), "observation", "Observed on site: " + code)
                    : Map.of("outcome", "CONFORMING");
            Http.Reply checked = AUDITOR.put("api/audits/" + audit.get("id").asLong() + "/items/" + code, check);
            assertThat(checked.status()).as(code + ": " + checked.text()).isEqualTo(200);
        }
    }

    static JsonNode complete(long auditId) {
        Http.Reply completed = AUDITOR.post("api/audits/" + auditId + "/complete", "{}");
        assertThat(completed.status()).as(completed.text()).isEqualTo(200);
        return completed.json();
    }

    /** An unannounced audit of the supplier, completed with the given findings; returns the completed audit. */
    static JsonNode completedWith(long supplierId, int startInDays, String country, Map<String, String> findings) {
        JsonNode audit = schedule(plan(supplierId, "UNANNOUNCED", startInDays, 1, country));
        start(audit.get("id").asLong());
        checkAll(audit, findings);
        return complete(audit.get("id").asLong());
    }

    static List<String> codes(JsonNode audit) {
        return audit.get("items").findValuesAsText("indicatorCode");
    }
}
