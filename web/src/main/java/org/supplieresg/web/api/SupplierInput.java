package org.supplieresg.web.api;

import java.math.BigDecimal;
import java.util.List;
import org.supplieresg.supplier.ChainTier;
import org.supplieresg.supplier.IndustryScheme;
import org.supplieresg.supplier.SpendCategory;
import org.supplieresg.supplier.SupplierProfile;
import org.supplieresg.supplier.SupplierStatus;

/**
 * The body of {@code POST /api/suppliers} and {@code PUT /api/suppliers/{id}}. On PUT, {@code version} is the version
 * the client read; if the supplier changed since, the answer is 409 with the changes.
 */
public record SupplierInput(String legalName, String localName, String country, String region,
                            IndustryScheme industryScheme, String industryCode, SpendCategory spendCategory,
                            BigDecimal annualSpendAmount, String annualSpendCurrency, ChainTier chainTier,
                            Long parentSupplierId, SupplierStatus status, List<SupplierProfile.ContactDetails> contacts,
                            Long version) {

    SupplierProfile toProfile() {
        return new SupplierProfile(legalName, localName, country, region, industryScheme, industryCode, spendCategory,
                annualSpendAmount, annualSpendCurrency, chainTier, parentSupplierId, status, contacts);
    }
}
