package org.supplieresg.supplier;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SupplierSearchTest {

    private static SupplierSearch search(String sortField, int first, int pageSize) {
        return new SupplierSearch("ganfeng", "CN", ChainTier.TIER_1, SupplierStatus.ACTIVE, SpendCategory.LITHIUM,
                sortField, false, first, pageSize);
    }

    @Test
    void keepsAValidRequestAsItIs() {
        SupplierSearch search = search("annualSpendAmount", 50, 100);

        assertThat(search.sortField()).isEqualTo("annualSpendAmount");
        assertThat(search.first()).isEqualTo(50);
        assertThat(search.pageSize()).isEqualTo(100);
        assertThat(search.text()).isEqualTo("ganfeng");
        assertThat(search.ascending()).isFalse();
    }

    @Test
    void anUnknownSortFieldBecomesNull() {
        assertThat(search("password", 0, 25).sortField()).isNull();
        assertThat(search("LEGALNAME", 0, 25).sortField()).isNull();
        assertThat(search(null, 0, 25).sortField()).isNull();
    }

    @Test
    void everySortableFieldIsKept() {
        for (String field : SupplierSearch.SORTABLE) {
            assertThat(search(field, 0, 25).sortField()).isEqualTo(field);
        }
    }

    @Test
    void aNegativeFirstBecomesZero() {
        assertThat(search("legalName", -10, 25).first()).isZero();
    }

    @Test
    void aPageSizeOfZeroOrLessBecomes25() {
        assertThat(search("legalName", 0, 0).pageSize()).isEqualTo(25);
        assertThat(search("legalName", 0, -3).pageSize()).isEqualTo(25);
    }

    @Test
    void aHugePageSizeIsCappedAt500() {
        assertThat(search("legalName", 0, 10_000).pageSize()).isEqualTo(500);
        assertThat(search("legalName", 0, 500).pageSize()).isEqualTo(500);
    }

    @Test
    void firstPageSortsByLegalNameAscending() {
        SupplierSearch search = SupplierSearch.firstPage(0);

        assertThat(search.sortField()).isEqualTo("legalName");
        assertThat(search.ascending()).isTrue();
        assertThat(search.first()).isZero();
        assertThat(search.pageSize()).isEqualTo(25);
    }
}
