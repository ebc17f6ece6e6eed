package org.supplieresg.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void pathsAreCutToTheLastSegment() {
        assertThat(FileNames.sanitise("../../etc/passwd")).isEqualTo("passwd");
        assertThat(FileNames.sanitise("C:\\Users\\li\\Desktop\\ISO 14001 证书.pdf")).isEqualTo("ISO 14001 证书.pdf");
    }

    @Test
    void controlAndReservedCharactersAreReplaced() {
        assertThat(FileNames.sanitise("report\u0000.pdf")).isEqualTo("report_.pdf");
        assertThat(FileNames.sanitise("a<b>:c|d?.pdf")).isEqualTo("a_b__c_d_.pdf");
        assertThat(FileNames.sanitise("invoice\u202Efdp.exe")).as("right-to-left override").isEqualTo("invoice_fdp.exe");
        assertThat(FileNames.sanitise("line\nbreak.csv")).isEqualTo("line_break.csv");
    }

    @Test
    void hiddenAndEmptyNamesGetAPlainName() {
        assertThat(FileNames.sanitise(".htaccess")).isEqualTo("htaccess");
        assertThat(FileNames.sanitise("   ")).isEqualTo("file");
        assertThat(FileNames.sanitise(null)).isEqualTo("file");
        assertThat(FileNames.sanitise("..")).isEqualTo("file");
    }

    @Test
    void longNamesKeepTheirExtension() {
        String name = FileNames.sanitise("x".repeat(300) + ".pdf");
        assertThat(name).hasSize(FileNames.MAX_LENGTH).endsWith(".pdf");
    }
}
