package org.supplieresg.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A notice kept in the inbox comes back whole and reads in each reader's language. */
class NoticeTest {

    @Test
    void aKeptNoticeComesBackWithEveryArgumentEvenEmptyOnes() {
        Notice notice = new Notice(7, "rejected", List.of("Hanbit Separator Co., Ltd.", "Separator 2027", "HSE-01", ""));

        Notice back = new SupplierMessage(notice, Instant.EPOCH).notice();

        assertThat(back).isEqualTo(notice);
    }

    @Test
    void theSameNoticeReadsInEnglishAndInChinese() {
        Notice notice = new Notice(7, "sharedDeclined", List.of("Hanbit Separator Co., Ltd.", "ISO 45001 certificate", "HSE-02",
                "Show the risk assessment of the formation area", "ISO 45001 证书"));

        Mail english = notice.render(Locale.ENGLISH);
        Mail chinese = notice.render(Locale.SIMPLIFIED_CHINESE);

        assertThat(english.subject()).isEqualTo("ISO 45001 certificate: not accepted for HSE-02");
        assertThat(english.body()).contains("Show the risk assessment of the formation area");
        assertThat(chinese.subject()).isEqualTo("ISO 45001 证书：未被接受用于HSE-02");
        assertThat(notice.render(Locale.forLanguageTag("zh-TW")).subject()).as("any Chinese reads the Chinese text").isEqualTo(chinese.subject());
        assertThat(notice.render(Locale.GERMAN).subject()).as("other languages read English").isEqualTo(english.subject());
    }
}
