package org.supplieresg.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Logs in through the JSF login form, as a browser does, for the benchmarks that run against the application: the
 * client must keep cookies (a {@link java.net.CookieManager}) and must not follow redirects (a good login answers 302).
 */
public final class JsfLogin {

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    private JsfLogin() {
    }

    public static void login(HttpClient client, URI application, String username, String password) throws IOException, InterruptedException {
        HttpResponse<String> page = client.send(HttpRequest.newBuilder(application.resolve("login.xhtml")).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = VIEW_STATE.matcher(page.body());
        if (!m.find()) {
            throw new IllegalStateException("no login form at " + application);
        }
        String form = "login=login&login%3Ausername=" + username + "&login%3Apassword=" + password + "&login%3Asubmit="
                + "&jakarta.faces.ViewState=" + URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(application.resolve("login.xhtml"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 302) {
            throw new IllegalStateException("login failed: " + answer.statusCode());
        }
    }
}
