package org.supplieresg.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Secrets come only from the environment (OWASP ASVS 2.10.4, 14.3): no private key, cloud key or password is written
 * into the repository's files. The only passwords allowed are the embedded development database's {@code esg} and
 * the demo logins' {@code demo}, and placeholders that read the environment ({@code ${...}}).
 */
class NoSecretsInRepositoryTest {

    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Set<String> SKIPPED = Set.of(".git", "target", ".data", "node_modules", ".idea");

    private static final List<Pattern> ANYWHERE = List.of(
            Pattern.compile("-----BEGIN (RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----"),
            Pattern.compile("\\bAKIA[0-9A-Z]{16}\\b"),                  // AWS access key id
            Pattern.compile("\\bgh[pousr]_[A-Za-z0-9]{36,}\\b"),        // GitHub token
            Pattern.compile("\\bxox[abpr]-[A-Za-z0-9-]{10,}"),          // Slack token
            Pattern.compile("\\bsk_live_[A-Za-z0-9]{20,}"));            // payment provider live key

    /** {@code password=...}, {@code DB_PASSWORD: ...}, {@code <password>...</password>} in configuration and scripts. */
    private static final Pattern ASSIGNED = Pattern.compile(
            "(?i)(password|passwd|secret|api[_-]?key|token)[\"']?\\s*(=|:|>)\\s*[\"']?([^\"'\\s<;,)]+)");
    private static final Set<String> CONFIGURATION = Set.of("properties", "xml", "yml", "yaml", "json", "sh", "env", "conf", "run");
    private static final Set<String> ALLOWED_VALUES = Set.of("esg", "demo");

    @Test
    void theRepositoryHoldsNoKeysTokensOrPasswords() throws IOException {
        List<String> findings = new ArrayList<>();
        int scanned = 0;
        try (Stream<Path> files = Files.walk(ROOT)) {
            for (Path file : (Iterable<Path>) files.filter(this::isScanned)::iterator) {
                String text;
                try {
                    text = Files.readString(file, StandardCharsets.UTF_8);
                } catch (MalformedInputException binary) {
                    continue; // fonts, images, workbooks
                }
                scanned++;
                String relative = ROOT.relativize(file).toString();
                for (Pattern pattern : ANYWHERE) {
                    Matcher m = pattern.matcher(text);
                    while (m.find()) {
                        findings.add(relative + ": " + m.group());
                    }
                }
                if (CONFIGURATION.contains(extension(file)) && !isTextBundle(relative)) {
                    Matcher m = ASSIGNED.matcher(text);
                    while (m.find()) {
                        String value = m.group(3);
                        if (!isAllowed(value)) {
                            findings.add(relative + ": " + m.group());
                        }
                    }
                }
            }
        }
        assertThat(scanned).as("files scanned under " + ROOT).isGreaterThan(400);
        assertThat(findings).as("secrets written into the repository").isEmpty();
    }

    private boolean isScanned(Path path) {
        for (Path part : ROOT.relativize(path)) {
            if (SKIPPED.contains(part.toString())) {
                return false;
            }
        }
        return Files.isRegularFile(path);
    }

    private static boolean isAllowed(String value) {
        return ALLOWED_VALUES.contains(value)
                || value.startsWith("$")                       // ${ENV=...}, ${MPCONFIG=...}, $PGPASSWORD
                || value.startsWith("#{")                      // an EL expression
                || value.matches("[A-Za-z_.]+\\.[A-Za-z_.]+")  // a message key or property name such as user.password.tooShort
                || value.matches("\\{?[0-9]+}?")               // a number or message argument
                || value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false");
    }

    /** The interface's words in two languages ("login.password=Password"), not configuration. */
    private static boolean isTextBundle(String relative) {
        return relative.contains("/i18n/text") || relative.contains("/shared/messages");
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }
}
