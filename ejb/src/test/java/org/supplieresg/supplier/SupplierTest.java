package org.supplieresg.supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.supplieresg.audittrail.FieldChanges;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.Money;
import org.supplieresg.supplier.SupplierProfile.ContactDetails;

class SupplierTest {

    private static final Instant NOW = Instant.parse("2025-03-01T08:00:00Z");

    private static Supplier tier1() {
        return Supplier.register(ProfileBuilder.tier1().build(), null, NOW);
    }

    @Test
    void registerTakesTheTrimmedValuesOfAValidProfile() {
        SupplierProfile profile = ProfileBuilder.tier1()
                .legalName("  Ganfeng Lithium Co., Ltd. ")
                .localName(" 江西赣锋锂业股份有限公司 ")
                .country(" CN ")
                .region("   ")
                .industry(IndustryScheme.ISIC, " 2420 ")
                .spendCategory(SpendCategory.LITHIUM)
                .annualSpend("1234.565", "CNY")
                .status(SupplierStatus.ONBOARDING)
                .contacts(List.of(new ContactDetails(" Li Wei ", " ", " li.wei@ganfeng.example ", null)))
                .build();

        Supplier supplier = Supplier.register(profile, null, NOW);

        assertThat(supplier.id()).isNull();
        assertThat(supplier.legalName()).isEqualTo("Ganfeng Lithium Co., Ltd.");
        assertThat(supplier.localName()).isEqualTo("江西赣锋锂业股份有限公司");
        assertThat(supplier.country()).isEqualTo("CN");
        assertThat(supplier.region()).isNull();
        assertThat(supplier.industryScheme()).isEqualTo(IndustryScheme.ISIC);
        assertThat(supplier.industryCode()).isEqualTo("2420");
        assertThat(supplier.spendCategory()).isEqualTo(SpendCategory.LITHIUM);
        assertThat(supplier.annualSpend().amount()).isEqualTo(new BigDecimal("1234.56")); // half-even: 6 is even
        assertThat(supplier.annualSpend().amount().scale()).isEqualTo(2);
        assertThat(supplier.annualSpend().currency()).isEqualTo("CNY");
        assertThat(supplier.chainTier()).isEqualTo(ChainTier.TIER_1);
        assertThat(supplier.parent()).isNull();
        assertThat(supplier.status()).isEqualTo(SupplierStatus.ONBOARDING);
        assertThat(supplier.createdAt()).isEqualTo(NOW);
        assertThat(supplier.contacts()).containsExactly(new Contact("Li Wei", null, "li.wei@ganfeng.example", null));
        assertThat(supplier.contacts().get(0).jobTitle()).isNull();
    }

    @Test
    void registerRoundsSpendHalfEvenToTwoDecimals() {
        Supplier down = Supplier.register(ProfileBuilder.tier1().annualSpend("10.125", "USD").build(), null, NOW);
        Supplier up = Supplier.register(ProfileBuilder.tier1().annualSpend("10.135", "USD").build(), null, NOW);
        Supplier whole = Supplier.register(ProfileBuilder.tier1().annualSpend("1000", "USD").build(), null, NOW);

        assertThat(down.annualSpend().amount()).isEqualTo(new BigDecimal("10.12"));
        assertThat(up.annualSpend().amount()).isEqualTo(new BigDecimal("10.14"));
        assertThat(whole.annualSpend().amount()).isEqualTo(new BigDecimal("1000.00"));
    }

    @Test
    void registerRejectsAnInvalidProfileAndListsItsViolations() {
        SupplierProfile invalid = ProfileBuilder.tier1().legalName(" ").annualSpend("-1", "USD").build();

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> Supplier.register(invalid, null, NOW));

        assertThat(e).isNotNull();
        assertThat(e.violations())
                .extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(
                        tuple("legalName", "supplier.legalName.required"),
                        tuple("annualSpendAmount", "supplier.annualSpend.negative"));
        assertThat(e.getMessage()).contains("legalName: Enter the supplier's legal name.");
    }

    @Test
    void aTier2SupplierWhoseParentWasNotFoundIsRejected() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> Supplier.register(ProfileBuilder.tier2(99L).build(), null, NOW));

        assertThat(e).isNotNull();
        assertThat(e.violations())
                .extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(tuple("parentSupplierId", "supplier.parent.unknown"));
    }

    @Test
    void aTier2SupplierCannotSellToAnotherTier2Supplier() {
        Supplier tierTwo = Supplier.register(ProfileBuilder.tier2(1L).legalName("Yichun Mining").build(), tier1(), NOW);

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> Supplier.register(ProfileBuilder.tier2(2L).build(), tierTwo, NOW));

        assertThat(e).isNotNull();
        assertThat(e.violations())
                .extracting(FieldViolation::field, FieldViolation::messageKey, FieldViolation::arguments)
                .containsExactly(tuple("parentSupplierId", "supplier.parent.mustBeTier1", List.of("Yichun Mining")));
    }

    @Test
    void aTier2SupplierKeepsItsTier1Parent() {
        Supplier parent = tier1();

        Supplier child = Supplier.register(ProfileBuilder.tier2(1L).build(), parent, NOW);

        assertThat(child.chainTier()).isEqualTo(ChainTier.TIER_2);
        assertThat(child.parent()).isSameAs(parent);
    }

    @Test
    void aTier1SupplierIgnoresAParentPassedIn() {
        Supplier supplier = Supplier.register(ProfileBuilder.tier1().build(), tier1(), NOW);

        assertThat(supplier.parent()).isNull();
    }

    @Test
    void aSupplierCannotBeItsOwnParent() {
        Supplier supplier = tier1();
        Map<String, String> before = supplier.auditSnapshot();

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> supplier.revise(ProfileBuilder.tier2(1L).build(), supplier));

        assertThat(e).isNotNull();
        assertThat(e.violations())
                .extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(tuple("parentSupplierId", "supplier.parent.self"));
        assertThat(supplier.auditSnapshot()).isEqualTo(before);
    }

    @Test
    void reviseReplacesTheValues() {
        Supplier parent = Supplier.register(ProfileBuilder.tier1().legalName("CATL Supply").build(), null, NOW);
        Supplier supplier = tier1();

        supplier.revise(ProfileBuilder.tier2(1L)
                .legalName("Ganfeng Lithium Group")
                .localName(null)
                .country("AR")
                .region("Salta")
                .industry(IndustryScheme.ISIC, "0729")
                .spendCategory(SpendCategory.PRECURSOR)
                .annualSpend("2500.5", "EUR")
                .status(SupplierStatus.INACTIVE)
                .contacts(List.of())
                .build(), parent);

        assertThat(supplier.legalName()).isEqualTo("Ganfeng Lithium Group");
        assertThat(supplier.localName()).isNull();
        assertThat(supplier.country()).isEqualTo("AR");
        assertThat(supplier.region()).isEqualTo("Salta");
        assertThat(supplier.industryScheme()).isEqualTo(IndustryScheme.ISIC);
        assertThat(supplier.industryCode()).isEqualTo("0729");
        assertThat(supplier.spendCategory()).isEqualTo(SpendCategory.PRECURSOR);
        assertThat(supplier.annualSpend()).isEqualTo(Money.of(new BigDecimal("2500.50"), "EUR"));
        assertThat(supplier.chainTier()).isEqualTo(ChainTier.TIER_2);
        assertThat(supplier.parent()).isSameAs(parent);
        assertThat(supplier.status()).isEqualTo(SupplierStatus.INACTIVE);
        assertThat(supplier.contacts()).isEmpty();
        assertThat(supplier.createdAt()).isEqualTo(NOW);
    }

    @Test
    void revisingATier2SupplierToTier1DropsItsParent() {
        Supplier supplier = Supplier.register(ProfileBuilder.tier2(1L).build(), tier1(), NOW);

        supplier.revise(ProfileBuilder.tier1().build(), null);

        assertThat(supplier.chainTier()).isEqualTo(ChainTier.TIER_1);
        assertThat(supplier.parent()).isNull();
    }

    @Test
    void anInvalidRevisionChangesNothing() {
        Supplier supplier = tier1();
        Map<String, String> before = supplier.auditSnapshot();

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> supplier.revise(ProfileBuilder.tier1().legalName("New name").country("XX").build(), null));

        assertThat(e).isNotNull();
        assertThat(supplier.auditSnapshot()).isEqualTo(before);
    }

    @Test
    void updateCompanyProfileChangesOnlyLocalNameRegionAndContacts() {
        Supplier supplier = tier1();
        Map<String, String> before = supplier.auditSnapshot();

        supplier.updateCompanyProfile(new CompanyProfile(" 赣锋锂业 ", " Xinyu ", List.of(
                new ContactDetails("Zhang Min", "ESG Officer", "zhang.min@ganfeng.example", null),
                new ContactDetails("Li Wei", null, "li.wei@ganfeng.example", "+86 791 1111 1111"))));

        assertThat(supplier.localName()).isEqualTo("赣锋锂业");
        assertThat(supplier.region()).isEqualTo("Xinyu");
        assertThat(supplier.contacts()).containsExactly(
                new Contact("Zhang Min", "ESG Officer", "zhang.min@ganfeng.example", null),
                new Contact("Li Wei", null, "li.wei@ganfeng.example", "+86 791 1111 1111"));
        assertThat(FieldChanges.between(before, supplier.auditSnapshot()))
                .extracting(FieldChanges.Change::field)
                .containsExactly("localName", "region", "contacts[0]", "contacts[1]");
    }

    @Test
    void updateCompanyProfileRejectsInvalidContactsAndChangesNothing() {
        Supplier supplier = tier1();
        Map<String, String> before = supplier.auditSnapshot();
        List<Contact> contactsBefore = supplier.contacts();

        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> supplier.updateCompanyProfile(new CompanyProfile("赣锋锂业", "Xinyu", List.of(
                        new ContactDetails("Zhang Min", null, "zhang.min@", null)))));

        assertThat(e).isNotNull();
        assertThat(e.violations())
                .extracting(FieldViolation::field, FieldViolation::messageKey)
                .containsExactly(tuple("contacts[0].email", "contact.email.invalid"));
        assertThat(supplier.localName()).isEqualTo("江西赣锋锂业股份有限公司");
        assertThat(supplier.region()).isEqualTo("Jiangxi");
        assertThat(supplier.contacts()).isEqualTo(contactsBefore);
        assertThat(supplier.auditSnapshot()).isEqualTo(before);
    }

    @Test
    void auditSnapshotListsTheFieldsInAStableOrder() {
        Supplier supplier = Supplier.register(ProfileBuilder.tier1()
                .contacts(List.of(
                        new ContactDetails("Li Wei", "Sales Manager", "li.wei@ganfeng.example", "+86 791 0000 0000"),
                        new ContactDetails("Zhang Min", null, "zhang.min@ganfeng.example", null)))
                .build(), null, NOW);

        assertThat(supplier.auditSnapshot()).containsExactly(
                entry("legalName", "Ganfeng Lithium Co., Ltd."),
                entry("localName", "江西赣锋锂业股份有限公司"),
                entry("country", "CN"),
                entry("region", "Jiangxi"),
                entry("industryScheme", "NAICS"),
                entry("industryCode", "325180"),
                entry("spendCategory", "LITHIUM"),
                entry("annualSpend", "1000.00 USD"),
                entry("chainTier", "TIER_1"),
                entry("parentSupplierId", null),
                entry("status", "ACTIVE"),
                entry("contacts[0]", "Li Wei (Sales Manager) <li.wei@ganfeng.example> +86 791 0000 0000"),
                entry("contacts[1]", "Zhang Min <zhang.min@ganfeng.example>"));
        assertThat(supplier.auditType()).isEqualTo("Supplier");
    }

    @Test
    void fieldChangesAfterAReviseListExactlyTheChangedFields() {
        Supplier supplier = tier1();
        Map<String, String> before = supplier.auditSnapshot();

        supplier.revise(ProfileBuilder.tier1()
                .region("Yichun")
                .annualSpend("1500", "USD")
                .status(SupplierStatus.INACTIVE)
                .contacts(List.of())
                .build(), null);

        assertThat(FieldChanges.between(before, supplier.auditSnapshot())).containsExactly(
                new FieldChanges.Change("region", "Jiangxi", "Yichun"),
                new FieldChanges.Change("annualSpend", "1000.00 USD", "1500.00 USD"),
                new FieldChanges.Change("status", "ACTIVE", "INACTIVE"),
                new FieldChanges.Change("contacts[0]",
                        "Li Wei (Sales Manager) <li.wei@ganfeng.example> +86 791 0000 0000", null));
    }

    @Test
    void aReviseWithTheSameValuesChangesNoAuditedField() {
        Supplier supplier = tier1();
        Map<String, String> before = supplier.auditSnapshot();

        supplier.revise(ProfileBuilder.tier1().legalName(" Ganfeng Lithium Co., Ltd. ").annualSpend("1000.001", "USD")
                .build(), null);

        assertThat(FieldChanges.between(before, supplier.auditSnapshot())).isEmpty();
    }

    @Test
    void profileReturnsTheCurrentValues() {
        Supplier supplier = tier1();

        SupplierProfile profile = supplier.profile();

        assertThat(profile.violations()).isEmpty();
        assertThat(profile.legalName()).isEqualTo("Ganfeng Lithium Co., Ltd.");
        assertThat(profile.annualSpendAmount()).isEqualTo(new BigDecimal("1000.00"));
        assertThat(profile.annualSpendCurrency()).isEqualTo("USD");
        assertThat(profile.parentSupplierId()).isNull();
        assertThat(profile.contacts()).containsExactly(
                new ContactDetails("Li Wei", "Sales Manager", "li.wei@ganfeng.example", "+86 791 0000 0000"));
    }
}
