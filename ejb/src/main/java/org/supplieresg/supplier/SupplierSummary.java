package org.supplieresg.supplier;

import java.math.BigDecimal;

/**
 * One row of the supplier list.
 *
 * @param procurementTier the current procurement tier (A-D), or null for a supplier never scored
 */
public record SupplierSummary(Long id, String legalName, String localName, String country, String region,
                              IndustryScheme industryScheme, String industryCode, SpendCategory spendCategory, BigDecimal annualSpendAmount, String annualSpendCurrency,
                              ChainTier chainTier, String parentName, SupplierStatus status, String procurementTier) {

    static SupplierSummary of(Supplier s, String procurementTier) {
        return new SupplierSummary(s.id(), s.legalName(), s.localName(), s.country(), s.region(), s.industryScheme(),
                s.industryCode(), s.spendCategory(),
                s.annualSpend().amount(), s.annualSpend().currency(), s.chainTier(),
                s.parent() == null ? null : s.parent().legalName(), s.status(), procurementTier);
    }
}
