package org.supplieresg.minerals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.supplieresg.shared.FieldViolation;

/** The readers in the reports module name their problems by keys of this module's bundle: each must be there. */
class MineralsMessagesTest {

    private static final Path READERS = Path.of("../reports/src/main/java/org/supplieresg/reports/minerals");

    @Test
    void everyProblemTheReadersNameHasAMessage() throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.list(READERS)) {
            for (Path file : files.toList()) {
                Matcher m = Pattern.compile("\"(minerals\\.[\\w.]+)\"").matcher(Files.readString(file));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        ResourceBundle english = ResourceBundle.getBundle("org.supplieresg.shared.messages", Locale.ENGLISH);
        assertThat(keys).hasSizeGreaterThan(20).allSatisfy(k -> assertThat(english.containsKey(k)).as(k).isTrue());
    }

    @Test
    void theRefusalsSayWhatIsWrong() {
        assertThat(FieldViolation.of("file", "minerals.file.revision", "CMRT", "5.12", "6.01", "6.5").message(Locale.ENGLISH))
                .isEqualTo("This is a CMRT revision 5.12; supported revisions are 6.01 to 6.5.");
        assertThat(FieldViolation.of("file", "minerals.file.sheetMissing", "Smelter List").message(Locale.ENGLISH))
                .isEqualTo("Sheet \"Smelter List\" is missing: this is not a complete RMI CMRT or EMRT.");
        assertThat(FieldViolation.of("file", "minerals.row.metal", "12", "Zinc", "CMRT", "6.5", "Tin, Tantalum, Tungsten, Gold")
                .message(Locale.ENGLISH))
                .isEqualTo("Row 12: metal \"Zinc\" is not a CMRT metal; a CMRT revision 6.5 lists Tin, Tantalum, Tungsten, Gold.");
        assertThat(FieldViolation.of("file", "minerals.file.revision", "CMRT", "5.12", "6.01", "6.5").message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("这是 CMRT 5.12 版；支持的版本为 6.01 至 6.5。");
    }
}
