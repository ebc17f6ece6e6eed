package org.supplieresg.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.supplieresg.it.SupplierFixtures.tierOne;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Login, roles, company isolation, lockout, CSRF, headers and operations endpoints, on a real Payara. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {

    private static final long OWN_COMPANY = 1;      // Hunan Xinyuan, the company of demo user "supplier"
    private static final long OTHER_COMPANY = 2;    // Hanbit Separator, the company of "supplier2"

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    @Test
    void aSupplierUserReadsItsOwnCompanyButNoOtherThroughTheApi() {
        Http supplier = Http.basic("supplier", "demo");
        Http.Reply own = supplier.get("api/suppliers/" + OWN_COMPANY);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("legalName").asText()).startsWith("Hunan Xinyuan");

        Http.Reply other = supplier.get("api/suppliers/" + OTHER_COMPANY);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.text()).doesNotContain("Hanbit").doesNotContain("legalName");
        Http.Reply otherHistory = supplier.get("api/suppliers/" + OTHER_COMPANY + "/history");
        assertThat(otherHistory.status()).isEqualTo(404);
        assertThat(otherHistory.text()).doesNotContain("Hanbit");

        assertThat(supplier.get("api/suppliers").status()).as("no list for suppliers").isEqualTo(403);
        assertThat(supplier.post("api/suppliers", tierOne("Sneaky")).status()).isEqualTo(403);
        assertThat(supplier.put("api/suppliers/" + OTHER_COMPANY, Map.of("version", 1)).status()).isIn(400, 403);
        assertThat(Http.basic("supplier2", "demo").get("api/suppliers/" + OWN_COMPANY).status()).isEqualTo(404);
    }

    @Test
    void aSupplierUserAskingForAnotherCompanysPageGetsNotFoundWithNoData() {
        Http supplier = Http.formLogin("supplier", "demo");
        Http.Reply own = supplier.get("app/suppliers/view.xhtml?id=" + OWN_COMPANY);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.text()).contains("Hunan Xinyuan");

        Http.Reply other = supplier.get("app/suppliers/view.xhtml?id=" + OTHER_COMPANY);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.text()).doesNotContain("Hanbit").doesNotContain("한빛");

        assertThat(supplier.get("app/suppliers/list.xhtml").status()).isEqualTo(403);
        assertThat(supplier.get("app/suppliers/edit.xhtml?id=" + OTHER_COMPANY).status()).isEqualTo(403);
        assertThat(supplier.get("app/admin/users.xhtml").status()).isEqualTo(403);
    }

    @Test
    void staffRolesSeeWhatTheirJobNeedsAndNoMore() {
        for (String reader : List.of("buyer", "officer", "auditor", "admin")) {
            assertThat(Http.basic(reader, "demo").get("api/suppliers/" + OTHER_COMPANY).status()).as(reader).isEqualTo(200);
        }
        assertThat(Http.basic("officer", "demo").post("api/suppliers", tierOne("Officer Made")).status()).isEqualTo(403);
        assertThat(Http.basic("auditor", "demo").post("api/suppliers", tierOne("Auditor Made")).status()).isEqualTo(403);
        assertThat(Http.basic("buyer", "demo").get("api/users").status()).isEqualTo(403);
        assertThat(Http.formLogin("officer", "demo").get("app/suppliers/edit.xhtml").status()).isEqualTo(403);
    }

    @Test
    void unauthenticatedCallsAreChallengedAndPagesRedirectToLogin() {
        Http.Reply api = Http.anonymous().get("api/suppliers");
        assertThat(api.status()).isEqualTo(401);
        assertThat(api.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(Http.basic("buyer", "not-the-password").get("api/suppliers").status()).isEqualTo(401);

        Http.Reply page = Http.anonymous().get("app/suppliers/list.xhtml");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.header("Location")).endsWith("/login.xhtml");
    }

    @Test
    void fiveFailedLoginsLockAnAccountUntilAnAdminUnlocksIt() {
        Http admin = Http.basic("admin", "demo");
        String username = "lock" + System.nanoTime() % 1_000_000;
        Http.Reply created = admin.post("api/users", Map.of("username", username, "displayName", "Lock Test",
                "password", "correct-horse-battery", "roles", List.of("AUDITOR")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.text()).doesNotContain("PBKDF2").doesNotContain("passwordHash");
        assertThat(Http.basic(username, "correct-horse-battery").get("api/suppliers?size=1").status()).isEqualTo(200);

        for (int i = 0; i < 5; i++) {
            assertThat(Http.basic(username, "wrong-" + i).get("api/suppliers?size=1").status()).isEqualTo(401);
        }
        assertThat(Http.basic(username, "correct-horse-battery").get("api/suppliers?size=1").status())
                .as("locked: even the right password is refused").isEqualTo(401);
        JsonNode locked = admin.get("api/users").json();
        locked.forEach(u -> {
            if (u.get("username").asText().equals(username)) {
                assertThat(u.get("lockedUntil")).isNotNull();
            }
        });

        assertThat(admin.post("api/users/" + username + "/unlock", "{}").status()).isEqualTo(200);
        assertThat(Http.basic(username, "correct-horse-battery").get("api/suppliers?size=1").status()).isEqualTo(200);
    }

    @Test
    void anAdminCreatesUsersAssignsRolesAndResetsPasswordsWithFieldLevelErrors() {
        Http admin = Http.basic("admin", "demo");
        String username = "new" + System.nanoTime() % 1_000_000;
        Http.Reply tooShort = admin.post("api/users", Map.of("username", username, "displayName", "Short",
                "password", "eleven-char", "roles", List.of("PROCUREMENT")));
        assertThat(tooShort.status()).as("ASVS 2.1.1: at least 12 characters").isEqualTo(400);
        assertThat(tooShort.json().get("errors").get(0).get("field").asText()).isEqualTo("password");
        assertThat(tooShort.json().get("errors").get(0).get("message").asText()).contains("12");

        Http.Reply supplierWithoutCompany = admin.post("api/users", Map.of("username", username, "displayName", "No company",
                "password", "long-enough-password", "roles", List.of("SUPPLIER")));
        assertThat(supplierWithoutCompany.status()).isEqualTo(400);
        assertThat(supplierWithoutCompany.json().get("errors").get(0).get("field").asText()).isEqualTo("company");

        assertThat(admin.post("api/users", Map.of("username", username, "displayName", "Supplier of Hanbit",
                "password", "long-enough-password", "roles", List.of("SUPPLIER"), "companyId", OTHER_COMPANY)).status()).isEqualTo(201);
        Http newUser = Http.basic(username, "long-enough-password");
        assertThat(newUser.get("api/suppliers/" + OTHER_COMPANY).status()).isEqualTo(200);
        assertThat(newUser.get("api/suppliers/" + OWN_COMPANY).status()).isEqualTo(404);

        assertThat(admin.put("api/users/" + username + "/roles", Map.of("roles", List.of("AUDITOR"))).status()).isEqualTo(200);
        assertThat(newUser.get("api/suppliers/" + OWN_COMPANY).status()).as("now an auditor").isEqualTo(200);

        assertThat(admin.put("api/users/" + username + "/password", Map.of("password", "another-long-password")).status()).isEqualTo(200);
        assertThat(newUser.get("api/suppliers?size=1").status()).isEqualTo(401);
        assertThat(Http.basic(username, "another-long-password").get("api/suppliers?size=1").status()).isEqualTo(200);
    }

    @Test
    void aFormPostWithoutTheViewStateTokenChangesNothing() {
        Http supplier = Http.formLogin("supplier", "demo");
        Http.Reply page = supplier.get("app/company.xhtml");
        assertThat(page.status()).isEqualTo(200);
        String regionBefore = Http.basic("buyer", "demo").get("api/suppliers/" + OWN_COMPANY).json().get("region").asText();

        Http.Reply forged = supplier.postForm("app/company.xhtml", Map.of(
                "form", "form", "form:region", "Forged region", "form:save", "",
                "jakarta.faces.ViewState", "-1234567890123456789:987654321"));
        String landing = forged.status() == 302 ? supplier.get(forged.header("Location").replaceFirst("^https?://[^/]+/", "")).text() : forged.text();
        assertThat(landing).as("the friendly expired-page, nothing processed").contains("Page expired").doesNotContain("Forged region");
        assertThat(Http.basic("buyer", "demo").get("api/suppliers/" + OWN_COMPANY).json().get("region").asText()).isEqualTo(regionBefore);
    }

    @Test
    void everyAnswerCarriesSecurityHeadersAndOnePolicyWithoutInlineScripts() {
        Http.Reply page = Http.formLogin("buyer", "demo").get("app/home.xhtml");
        Http.Reply api = Http.basic("buyer", "demo").get("api/suppliers?size=1");
        for (Http.Reply reply : List.of(Http.anonymous().get("login.xhtml"), page, api)) {
            assertThat(reply.header("X-Content-Type-Options")).isEqualTo("nosniff");
            assertThat(reply.header("Strict-Transport-Security")).isEqualTo("max-age=31536000");
            assertThat(reply.header("X-Frame-Options")).isEqualTo("DENY");
            List<String> policies = reply.raw().headers().allValues("Content-Security-Policy");
            assertThat(policies).as("exactly one policy: a browser enforces every one it gets").hasSize(1);
            String scripts = policies.get(0).replaceAll(".*script-src ([^;]*);.*", "$1");
            assertThat(policies.get(0)).contains("frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'");
            assertThat(scripts).startsWith("'self'").doesNotContain("unsafe-inline", "unsafe-eval", "*", "data:");
        }
        String pagePolicy = page.raw().headers().firstValue("Content-Security-Policy").orElseThrow();
        String nonce = pagePolicy.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(page.text()).as("the page's own scripts carry the nonce of its policy").contains("nonce=\"" + nonce + "\"");
        assertThat(api.raw().headers().firstValue("Content-Security-Policy").orElseThrow()).doesNotContain("nonce-");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        List<String> sessionCookies = Http.anonymous().get("login.xhtml").raw().headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).toList();
        assertThat(sessionCookies).isNotEmpty().allSatisfy(c -> assertThat(c).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void errorsShowFriendlyPagesWithoutStackTraces() {
        Http buyer = Http.formLogin("buyer", "demo");
        Http.Reply missing = buyer.get("app/no-such-page.xhtml");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.text()).contains("Not found").doesNotContain("at org.").doesNotContain("Caused by");
        Http.Reply unknownSupplier = buyer.get("app/suppliers/view.xhtml?id=99999999");
        assertThat(unknownSupplier.status()).isEqualTo(404);
        Http.Reply garbageId = buyer.get("app/suppliers/view.xhtml?id=abc");
        assertThat(garbageId.status()).isEqualTo(404);
        assertThat(buyer.get("app/score.xhtml?supplier=x1").status()).isEqualTo(404);
        assertThat(buyer.get("app/questionnaire.xhtml").status()).isEqualTo(404);
        assertThat(garbageId.text()).doesNotContain("at org.").doesNotContain("Caused by").doesNotContain("NumberFormat");
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        JsonNode health = Http.anonymous().get("health").json();
        assertThat(health.get("status").asText()).isEqualTo("UP");
        assertThat(health.get("checks").findValuesAsText("name")).contains("database");
        Http.Reply metrics = Http.anonymous().get("metrics", "text/plain");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.text()).contains("memory_usedHeap_bytes");
        Http.Reply openapi = Http.anonymous().get("openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.text()).contains("/api/suppliers").contains("/api/suppliers/{id}");
    }

    @Test
    void logoutEndsTheSession() {
        Http buyer = Http.formLogin("buyer", "demo");
        Http.Reply home = buyer.get("app/home.xhtml");
        assertThat(home.status()).isEqualTo(200);
        Http.Reply logout = buyer.postForm("app/home.xhtml", Map.of("topbar", "topbar", "topbar:logout", "",
                "jakarta.faces.ViewState", Http.viewState(home)));
        assertThat(logout.status()).isEqualTo(302);
        assertThat(buyer.get("app/home.xhtml").status()).isEqualTo(302);
    }
}
