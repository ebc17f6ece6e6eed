package org.supplieresg.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.supplier.SupplierProfile.ContactDetails;

class SupplierProfileTest {

    private static List<FieldViolation> violationsOf(ProfileBuilder builder) {
        return builder.build().violations();
    }

    @Test
    void aValidProfileHasNoViolations() {
        assertThat(violationsOf(ProfileBuilder.tier1())).isEmpty();
        assertThat(violationsOf(ProfileBuilder.tier2(42L))).isEmpty();
    }

    @Test
    void aBlankLegalNameIsRequired() {
        assertThat(violationsOf(ProfileBuilder.tier1().legalName("   ")))
                .extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(tuple("legalName", "supplier.legalName.required"));
        assertThat(violationsOf(ProfileBuilder.tier1().legalName(null)))
                .extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(tuple("legalName", "supplier.legalName.required"));
    }

    @Test
    void aLegalNameLongerThan200CharactersIsTooLong() {
        assertThat(violationsOf(ProfileBuilder.tier1().legalName("x".repeat(201))))
                .extracting(FieldViolation::field, FieldViolation::messageKey, FieldViolation::arguments)
                .containsExactly(tuple("legalName", "field.tooLong", List.of(200)));
    }

    @Test
    void exactly200CharactersAfterTrimmingIsAccepted() {
        assertThat(violationsOf(ProfileBuilder.tier1().legalName("  " + "x".repeat(200) + "  "))).isEmpty();
    }

    @Test
    void anUnknownCountryCodeIsRejected() {
        assertThat(violationsOf(ProfileBuilder.tier1().country("XX")))
                .extracting(FieldViolation::field, FieldViolation::messageKey, FieldViolation::arguments)
                .containsExactly(tuple("country", "supplier.country.unknown", List.of("XX")));
    }

    @Test
    void aLowerCaseCountryCodeIsRejected() {
        assertThat(violationsOf(ProfileBuilder.tier1().country("cn")))
                .extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(tuple("country", "supplier.country.unknown"));
    }

    @Test
    void aMissingCountryIsRequired() {
        assertThat(violationsOf(ProfileBuilder.tier1().country(" ")))
                .extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(tuple("country", "supplier.country.required"));
    }

    @Test
    void aNegativeSpendIsRejected() {
        assertThat(violationsOf(ProfileBuilder.tier1().annualSpend("-0.01", "USD")))
                .extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(tuple("annualSpendAmount", "supplier.annualSpend.negative"));
    }

    @Test
    void aZeroSpendIsAccepted() {
        assertThat(violationsOf(ProfileBuilder.tier1().annualSpend("0", "CNY"))).isEmpty();
    }

    @Test
    void anUnknownCurrencyIsRejected() {
        assertThat(violationsOf(ProfileBuilder.tier1().annualSpend("100", "ABC")))
                .extracting(FieldViolation::field, FieldViolation::messageKey, FieldViolation::arguments)
                .containsExactly(tuple("annualSpendCurrency", "supplier.currency.unknown", List.of("ABC")));
    }

    @Test
    void aNaicsCodeWithLettersIsRejected() {
        assertThat(violationsOf(ProfileBuilder.tier1().industry(IndustryScheme.NAICS, "32A180")))
                .extracting(FieldViolation::field, FieldViolation::messageKey, FieldViolation::arguments)
                .containsExactly(tuple("industryCode", "supplier.industryCode.invalid",
                        List.of("32A180", IndustryScheme.NAICS)));
    }

    @Test
    void isicAcceptsFourDigitClassesAndSectionLetters() {
        assertThat(violationsOf(ProfileBuilder.tier1().industry(IndustryScheme.ISIC, "2420"))).isEmpty();
        assertThat(violationsOf(ProfileBuilder.tier1().industry(IndustryScheme.ISIC, "C"))).isEmpty();
    }

    @Test
    void isicRejectsFiveDigitsAndLettersOutsideTheSections() {
        assertThat(violationsOf(ProfileBuilder.tier1().industry(IndustryScheme.ISIC, "24201")))
                .extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(tuple("industryCode", "supplier.industryCode.invalid"));
        assertThat(violationsOf(ProfileBuilder.tier1().industry(IndustryScheme.ISIC, "Z")))
                .extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(tuple("industryCode", "supplier.industryCode.invalid"));
    }

    @Test
    void aTier2SupplierNeedsAParent() {
        assertThat(violationsOf(ProfileBuilder.tier1().chainTier(ChainTier.TIER_2).parentSupplierId(null)))
                .extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(tuple("parentSupplierId", "supplier.parent.requiredForTier2"));
    }

    @Test
    void aTier1SupplierHasNoParent() {
        assertThat(violationsOf(ProfileBuilder.tier1().parentSupplierId(7L)))
                .extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(tuple("parentSupplierId", "supplier.parent.notForTier1"));
    }

    @Test
    void aContactNeedsAnEmail() {
        ProfileBuilder profile = ProfileBuilder.tier1().contacts(List.of(
                new ContactDetails("Li Wei", null, "li.wei@ganfeng.example", null),
                new ContactDetails("Zhang Min", "Buyer", "  ", null)));
        assertThat(violationsOf(profile))
                .extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(tuple("contacts[1].email", "field.required"));
    }

    @Test
    void aContactNeedsAValidEmail() {
        ProfileBuilder profile = ProfileBuilder.tier1().contacts(List.of(
                new ContactDetails("Li Wei", null, "li.wei@ganfeng", null)));
        assertThat(violationsOf(profile))
                .extracting(FieldViolation::field, FieldViolation::messageKey, FieldViolation::arguments)
                .containsExactly(tuple("contacts[0].email", "contact.email.invalid", List.of("li.wei@ganfeng")));
    }

    @Test
    void aContactNeedsAName() {
        ProfileBuilder profile = ProfileBuilder.tier1().contacts(List.of(
                new ContactDetails(" ", null, "sales@ganfeng.example", null)));
        assertThat(violationsOf(profile))
                .extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(tuple("contacts[0].name", "field.required"));
    }

    @Test
    void atMost20Contacts() {
        List<ContactDetails> twenty = IntStream.range(0, 20)
                .mapToObj(i -> new ContactDetails("Person " + i, null, "p" + i + "@ganfeng.example", null)).toList();
        assertThat(violationsOf(ProfileBuilder.tier1().contacts(twenty))).isEmpty();

        List<ContactDetails> twentyOne = IntStream.range(0, 21)
                .mapToObj(i -> new ContactDetails("Person " + i, null, "p" + i + "@ganfeng.example", null)).toList();
        assertThat(violationsOf(ProfileBuilder.tier1().contacts(twentyOne)))
                .extracting(FieldViolation::field, FieldViolation::messageKey, FieldViolation::arguments)
                .containsExactly(tuple("contacts", "supplier.contacts.tooMany", List.of(20)));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        ProfileBuilder profile = ProfileBuilder.tier1()
                .legalName("")
                .country("XX")
                .industry(IndustryScheme.NAICS, "ABC")
                .spendCategory(null)
                .annualSpend("-5", "ABC")
                .chainTier(ChainTier.TIER_2)
                .status(null)
                .contacts(List.of(new ContactDetails("Li Wei", null, "not-an-email", null)));

        assertThat(violationsOf(profile))
                .extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(
                        tuple("legalName", "supplier.legalName.required"),
                        tuple("country", "supplier.country.unknown"),
                        tuple("industryCode", "supplier.industryCode.invalid"),
                        tuple("spendCategory", "field.required"),
                        tuple("annualSpendAmount", "supplier.annualSpend.negative"),
                        tuple("annualSpendCurrency", "supplier.currency.unknown"),
                        tuple("parentSupplierId", "supplier.parent.requiredForTier2"),
                        tuple("status", "field.required"),
                        tuple("contacts[0].email", "contact.email.invalid"));
    }

    @Test
    void nullContactsMeanNoContacts() {
        SupplierProfile profile = new SupplierProfile("Ganfeng", null, "CN", null, IndustryScheme.NAICS, "325180",
                SpendCategory.LITHIUM, java.math.BigDecimal.ONE, "CNY", ChainTier.TIER_1, null, SupplierStatus.ONBOARDING,
                null);
        assertThat(profile.contacts()).isEmpty();
        assertThat(profile.violations()).isEmpty();
    }
}
