package org.supplieresg.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.supplieresg.supplier.ChainTier;
import org.supplieresg.supplier.IndustryScheme;
import org.supplieresg.supplier.SpendCategory;
import org.supplieresg.supplier.Supplier;
import org.supplieresg.supplier.SupplierProfile;
import org.supplieresg.supplier.SupplierStatus;

class MailTemplatesTest {

    private static Supplier supplier(String name, String country, List<SupplierProfile.ContactDetails> contacts) {
        return Supplier.register(new SupplierProfile(name, null, country, null, IndustryScheme.NAICS, "325180",
                SpendCategory.ELECTROLYTE, new BigDecimal("1000"), "CNY", ChainTier.TIER_1, null, SupplierStatus.ACTIVE,
                contacts), null, Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void everyContactGetsTheMessageInTheSuppliersLanguage() {
        Supplier zhuhai = supplier("Zhuhai Haoyang Electrolyte Co., Ltd.", "CN", List.of(
                new SupplierProfile.ContactDetails("Guo Yanan", "EHS Manager", "ehs@haoyang-electrolyte.example", null),
                new SupplierProfile.ContactDetails("Huang Li", "Sales Manager", "sales@haoyang-electrolyte.example", null)));

        List<Mail> mails = MailTemplates.toContacts(zhuhai, "rejected", zhuhai.legalName(), "Electrolyte 2027", "HSE-01",
                "证书未覆盖珠海工厂");

        assertThat(mails).extracting(Mail::to).containsExactly("ehs@haoyang-electrolyte.example", "sales@haoyang-electrolyte.example");
        assertThat(mails.get(0)).satisfies(mail -> {
            assertThat(mail.subject()).isEqualTo("评估“Electrolyte 2027”：回答HSE-01需要您处理");
            assertThat(mail.body()).startsWith("Zhuhai Haoyang Electrolyte Co., Ltd.的各位同事：").contains("证书未覆盖珠海工厂");
        });
    }

    @Test
    void suppliersOutsideGreaterChinaAreWrittenToInEnglish() {
        Supplier hanbit = supplier("Hanbit Separator Co., Ltd.", "KR", List.of(
                new SupplierProfile.ContactDetails("Park Ji-yeon", "ESG Team Leader", "esg@hanbit-separator.example", null)));

        assertThat(MailTemplates.languageOf(hanbit)).isEqualTo(Locale.ENGLISH);
        assertThat(MailTemplates.languageOf(supplier("Taipei Foil Co., Ltd.", "TW", List.of()))).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        Mail invitation = MailTemplates.toContacts(hanbit, "invitation", hanbit.legalName(), "Separators 2027", "2027-03-31").get(0);
        assertThat(invitation.subject()).isEqualTo("ESG assessment \"Separators 2027\": please answer by 2027-03-31");
        assertThat(invitation.body()).startsWith("Dear colleagues at Hanbit Separator Co., Ltd.,\n\nyou are invited");
    }

    @Test
    void everyMessageExistsInBothLanguages() {
        for (String key : List.of("invitation", "rejected", "deadline", "expiring")) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
                var bundle = java.util.ResourceBundle.getBundle("org.supplieresg.notification.mail", locale);
                assertThat(bundle.getString(key + ".subject")).isNotBlank();
                assertThat(bundle.getString(key + ".body")).isNotBlank();
            }
            var zh = java.util.ResourceBundle.getBundle("org.supplieresg.notification.mail", Locale.SIMPLIFIED_CHINESE);
            assertThat(zh.getLocale()).as(key).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        }
    }
}
