package org.supplieresg.web.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.supplieresg.supplier.ChainTier;
import org.supplieresg.supplier.SpendCategory;
import org.supplieresg.supplier.SupplierSearch;

/** The table's filters and sort become a database search; nothing else is interpreted here. */
class SupplierListBackingTest {

    private static FilterMeta filter(String field, Object value) {
        return FilterMeta.builder().field(field).filterValue(value).build();
    }

    @Test
    void translatesTableFiltersAndSortIntoASearch() {
        SupplierSearch search = SupplierListBacking.search(
                Map.of("globalFilter", filter("globalFilter", " 新源 "), "country", filter("country", "CN"),
                        "chainTier", filter("chainTier", "TIER_2"), "spendCategory", filter("spendCategory", SpendCategory.COBALT),
                        "procurementTier", filter("procurementTier", "c")),
                Map.of("annualSpendAmount", SortMeta.builder().field("annualSpendAmount").order(SortOrder.DESCENDING).build()),
                50, 25, java.time.Instant.parse("2026-08-01T00:00:00Z"));
        assertThat(search.text()).isEqualTo(" 新源 ");
        assertThat(search.country()).isEqualTo("CN");
        assertThat(search.chainTier()).isEqualTo(ChainTier.TIER_2);
        assertThat(search.spendCategory()).isEqualTo(SpendCategory.COBALT);
        assertThat(search.sortField()).isEqualTo("annualSpendAmount");
        assertThat(search.ascending()).isFalse();
        assertThat(search.first()).isEqualTo(50);
        assertThat(search.pageSize()).isEqualTo(25);
        assertThat(search.procurementTier()).isEqualTo("C");
        assertThat(search.tierChangedSince()).isEqualTo(java.time.Instant.parse("2026-08-01T00:00:00Z"));
        assertThat(search.window(500, 500)).isEqualTo(new SupplierSearch(" 新源 ", "CN", ChainTier.TIER_2, null, SpendCategory.COBALT,
                "annualSpendAmount", false, 500, 500, "C", java.time.Instant.parse("2026-08-01T00:00:00Z")));
    }

    @Test
    void noFiltersMeansEverythingSortedByLegalName() {
        SupplierSearch search = SupplierListBacking.search(Map.of(), Map.of(), 0, 25, null);
        assertThat(search.text()).isNull();
        assertThat(search.status()).isNull();
        assertThat(search.sortField()).isEqualTo("legalName");
        assertThat(search.ascending()).isTrue();
    }

    @Test
    void ignoresAFilterValueThatIsNoKnownConstant() {
        SupplierSearch search = SupplierListBacking.search(Map.of("status", filter("status", "DELETED")), Map.of(), 0, 25, null);
        assertThat(search.status()).isNull();
    }
}
