package org.supplieresg.supplier;

import java.util.Set;

/**
 * A page of the supplier list: filters (any may be null), the sort and the window.
 *
 * @param text matches the legal or the local-language name, ignoring case
 */
public record SupplierSearch(String text, String country, ChainTier chainTier, SupplierStatus status,
                             SpendCategory spendCategory, String sortField, boolean ascending, int first, int pageSize) {

    public static final Set<String> SORTABLE = Set.of("legalName", "localName", "country", "region", "spendCategory",
            "annualSpendAmount", "chainTier", "status");
    public static final int MAX_PAGE = 500;

    public SupplierSearch {
        if (sortField != null && !SORTABLE.contains(sortField)) {
            sortField = null;
        }
        first = Math.max(0, first);
        pageSize = pageSize <= 0 ? 25 : Math.min(pageSize, MAX_PAGE);
    }

    public static SupplierSearch firstPage(int pageSize) {
        return new SupplierSearch(null, null, null, null, null, "legalName", true, 0, pageSize);
    }
}
