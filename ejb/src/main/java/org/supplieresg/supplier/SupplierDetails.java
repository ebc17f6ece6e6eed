package org.supplieresg.supplier;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A supplier's whole record as pages and the API show it, with the version to send back when saving. */
public record SupplierDetails(Long id, String legalName, String localName, String country, String region,
                              IndustryScheme industryScheme, String industryCode, SpendCategory spendCategory,
                              BigDecimal annualSpendAmount, String annualSpendCurrency, ChainTier chainTier,
                              Long parentSupplierId, String parentName, SupplierStatus status,
                              List<SupplierProfile.ContactDetails> contacts, List<TierTwo> tierTwoSuppliers,
                              Instant createdAt, long version) {

    /** A Tier-2 supplier that sells to this one. */
    public record TierTwo(Long id, String legalName, String country) {
    }

    static SupplierDetails of(Supplier s, List<Supplier> tierTwo) {
        return new SupplierDetails(s.id(), s.legalName(), s.localName(), s.country(), s.region(), s.industryScheme(),
                s.industryCode(), s.spendCategory(), s.annualSpend().amount(), s.annualSpend().currency(), s.chainTier(),
                s.parent() == null ? null : s.parent().id(), s.parent() == null ? null : s.parent().legalName(),
                s.status(), s.profile().contacts(),
                tierTwo.stream().map(t -> new TierTwo(t.id(), t.legalName(), t.country())).toList(),
                s.createdAt(), s.version());
    }

    public SupplierProfile toProfile() {
        return new SupplierProfile(legalName, localName, country, region, industryScheme, industryCode, spendCategory,
                annualSpendAmount, annualSpendCurrency, chainTier, parentSupplierId, status, contacts);
    }
}
