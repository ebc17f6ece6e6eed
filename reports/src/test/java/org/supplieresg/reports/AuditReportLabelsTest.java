package org.supplieresg.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.io.Reader;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.supplieresg.reports.AuditReport.AuditType;
import org.supplieresg.reports.AuditReport.CapStatus;
import org.supplieresg.reports.AuditReport.Severity;

class AuditReportLabelsTest {

    @Test
    void englishAndChineseHaveExactlyTheSameKeys() throws IOException {
        Properties english = load("audit-report.properties");
        Properties chinese = load("audit-report_zh_CN.properties");

        assertThat(chinese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        assertThat(chinese.values()).allSatisfy(value -> assertThat(value.toString()).isNotBlank());
    }

    @Test
    void everyEnumValueHasALabel() {
        ResourceBundle english = AuditReportPdf.labels(Locale.ENGLISH);
        Stream<String> keys = Stream.of(
                Stream.of(AuditType.values()).map(type -> "type." + type),
                Stream.of(Severity.values()).flatMap(s -> Stream.of("severity." + s, "definition." + s, "conclusion." + s)),
                Stream.of(CapStatus.values()).map(status -> "status." + status)).flatMap(s -> s);

        assertThat(keys).allSatisfy(key -> assertThat(english.containsKey(key)).as(key).isTrue());
    }

    @Test
    void chineseLabelsAreReadAsUtf8() {
        assertThat(AuditReportPdf.labels(Locale.SIMPLIFIED_CHINESE).getString("section.caps")).isEqualTo("纠正措施计划");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = AuditReportLabelsTest.class.getResourceAsStream(name);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
