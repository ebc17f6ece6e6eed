package org.supplieresg.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The interface's English and Simplified Chinese texts: the same keys in both, none empty, and every key used by a
 * page or a bean (or by the domain, for the score rules' explanations). Keys built at run time from a prefix and a
 * code, such as {@code 'reports.status.'.concat(job.status)} or {@code "Role." + role}, count as used by that prefix.
 */
class TextBundlesTest {

    private static final Path WEB = Path.of("src/main");
    private static final Path DOMAIN = Path.of("../ejb/src/main/java");
    /** {@code 'prefix.'.concat(} in EL, or {@code "prefix." +} and {@code 'prefix.' +} in Java and EL. */
    private static final Pattern PREFIX = Pattern.compile("['\"]([A-Za-z][\\w.]*\\.)['\"]\\s*(?:\\.concat\\(|\\+)");

    @Test
    void englishAndChineseHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties english = bundle("text.properties");
        Properties chinese = bundle("text_zh_CN.properties");

        assertThat(new TreeSet<>(chinese.stringPropertyNames())).as("keys of the Chinese bundle")
                .isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        assertThat(english.stringPropertyNames()).allSatisfy(k -> assertThat(english.getProperty(k)).as(k).isNotBlank());
        assertThat(chinese.stringPropertyNames()).allSatisfy(k -> assertThat(chinese.getProperty(k)).as(k).isNotBlank());
    }

    @Test
    void everyKeyIsUsed() throws IOException {
        String sources = sources(WEB) + sources(DOMAIN);
        Set<String> prefixes = new TreeSet<>();
        Matcher m = PREFIX.matcher(sources);
        while (m.find()) {
            prefixes.add(m.group(1));
        }
        List<String> unused = new ArrayList<>();
        for (String key : new TreeSet<>(bundle("text.properties").stringPropertyNames())) {
            boolean literal = sources.contains("'" + key + "'") || sources.contains("\"" + key + "\"");
            boolean built = prefixes.stream().anyMatch(p -> key.startsWith(p) && key.substring(p.length()).matches("[\\w]+"));
            if (!literal && !built) {
                unused.add(key);
            }
        }
        assertThat(unused).as("keys no page, bean or domain rule uses").isEmpty();
    }

    @Test
    void everyKeyAPageNamesExists() throws IOException {
        Properties english = bundle("text.properties");
        Matcher m = Pattern.compile("msg\\['([\\w.]+)'\\]").matcher(sources(WEB));
        Set<String> missing = new TreeSet<>();
        while (m.find()) {
            if (!english.containsKey(m.group(1))) {
                missing.add(m.group(1));
            }
        }
        assertThat(missing).as("keys pages ask for that the bundle lacks").isEmpty();
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = TextBundlesTest.class.getResourceAsStream("/org/supplieresg/web/i18n/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static String sources(Path root) throws IOException {
        StringBuilder text = new StringBuilder();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".xhtml") || f.toString().endsWith(".java"))::iterator) {
                text.append(Files.readString(file)).append('\n');
            }
        }
        return text.toString();
    }
}
