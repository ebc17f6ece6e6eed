package org.supplieresg.supplier;

import java.util.Set;

/**
 * A page of the supplier list: filters (any may be null), the sort and the window.
 *
 * @param text matches the legal or the local-language name, ignoring case
 * @param procurementTier the current procurement tier (A-D), or {@link #NOT_SCORED} for suppliers never scored
 * @param tierChangedSince only suppliers whose tier changed at or after this instant
 */
public record SupplierSearch(String text, String country, ChainTier chainTier, SupplierStatus status,
                             SpendCategory spendCategory, String sortField, boolean ascending, int first, int pageSize,
                             String procurementTier, java.time.Instant tierChangedSince) {

    /** The procurement-tier filter value of suppliers without any score. */
    public static final String NOT_SCORED = "NONE";
    private static final Set<String> TIERS = Set.of("A", "B", "C", "D", NOT_SCORED);

    public static final Set<String> SORTABLE = Set.of("legalName", "localName", "country", "region", "spendCategory",
            "annualSpendAmount", "chainTier", "status");
    public static final int MAX_PAGE = 500;

    public SupplierSearch {
        if (sortField != null && !SORTABLE.contains(sortField)) {
            sortField = null;
        }
        first = Math.max(0, first);
        pageSize = pageSize <= 0 ? 25 : Math.min(pageSize, MAX_PAGE);
        procurementTier = procurementTier == null || !TIERS.contains(procurementTier.strip().toUpperCase())
                ? null : procurementTier.strip().toUpperCase();
    }

    public SupplierSearch(String text, String country, ChainTier chainTier, SupplierStatus status,
                          SpendCategory spendCategory, String sortField, boolean ascending, int first, int pageSize) {
        this(text, country, chainTier, status, spendCategory, sortField, ascending, first, pageSize, null, null);
    }

    /** The same filters and sort, another window. */
    public SupplierSearch window(int from, int size) {
        return new SupplierSearch(text, country, chainTier, status, spendCategory, sortField, ascending, from, size,
                procurementTier, tierChangedSince);
    }

    /** Whether a filter on the current standing applies. */
    public boolean filtersOnStanding() {
        return procurementTier != null || tierChangedSince != null;
    }

    public static SupplierSearch firstPage(int pageSize) {
        return new SupplierSearch(null, null, null, null, null, "legalName", true, 0, pageSize);
    }
}
