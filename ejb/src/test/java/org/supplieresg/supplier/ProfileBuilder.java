package org.supplieresg.supplier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.supplieresg.supplier.SupplierProfile.ContactDetails;

/** Builds {@link SupplierProfile}s for tests: starts valid (Tier-1), each setter changes one field. */
final class ProfileBuilder {

    private String legalName = "Ganfeng Lithium Co., Ltd.";
    private String localName = "江西赣锋锂业股份有限公司";
    private String country = "CN";
    private String region = "Jiangxi";
    private IndustryScheme industryScheme = IndustryScheme.NAICS;
    private String industryCode = "325180";
    private SpendCategory spendCategory = SpendCategory.LITHIUM;
    private BigDecimal annualSpendAmount = new BigDecimal("1000");
    private String annualSpendCurrency = "USD";
    private ChainTier chainTier = ChainTier.TIER_1;
    private Long parentSupplierId;
    private SupplierStatus status = SupplierStatus.ACTIVE;
    private List<ContactDetails> contacts = new ArrayList<>(List.of(
            new ContactDetails("Li Wei", "Sales Manager", "li.wei@ganfeng.example", "+86 791 0000 0000")));

    static ProfileBuilder tier1() {
        return new ProfileBuilder();
    }

    static ProfileBuilder tier2(long parentId) {
        return new ProfileBuilder().legalName("Jiangxi Lithium Mining Co.").chainTier(ChainTier.TIER_2)
                .parentSupplierId(parentId);
    }

    ProfileBuilder legalName(String value) {
        legalName = value;
        return this;
    }

    ProfileBuilder localName(String value) {
        localName = value;
        return this;
    }

    ProfileBuilder country(String value) {
        country = value;
        return this;
    }

    ProfileBuilder region(String value) {
        region = value;
        return this;
    }

    ProfileBuilder industry(IndustryScheme scheme, String code) {
        industryScheme = scheme;
        industryCode = code;
        return this;
    }

    ProfileBuilder spendCategory(SpendCategory value) {
        spendCategory = value;
        return this;
    }

    ProfileBuilder annualSpend(String amount, String currency) {
        annualSpendAmount = amount == null ? null : new BigDecimal(amount);
        annualSpendCurrency = currency;
        return this;
    }

    ProfileBuilder chainTier(ChainTier value) {
        chainTier = value;
        return this;
    }

    ProfileBuilder parentSupplierId(Long value) {
        parentSupplierId = value;
        return this;
    }

    ProfileBuilder status(SupplierStatus value) {
        status = value;
        return this;
    }

    ProfileBuilder contacts(List<ContactDetails> value) {
        contacts = new ArrayList<>(value);
        return this;
    }

    SupplierProfile build() {
        return new SupplierProfile(legalName, localName, country, region, industryScheme, industryCode, spendCategory,
                annualSpendAmount, annualSpendCurrency, chainTier, parentSupplierId, status, contacts);
    }
}
