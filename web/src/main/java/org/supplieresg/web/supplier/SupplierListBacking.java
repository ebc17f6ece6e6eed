package org.supplieresg.web.supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.supplieresg.supplier.ChainTier;
import org.supplieresg.supplier.SpendCategory;
import org.supplieresg.supplier.SupplierDirectory;
import org.supplieresg.supplier.SupplierPage;
import org.supplieresg.supplier.SupplierSearch;
import org.supplieresg.supplier.SupplierStatus;
import org.supplieresg.supplier.SupplierSummary;

/** The supplier list: a lazy table whose paging, sorting and filtering run in the database. */
@Named
@ViewScoped
public class SupplierListBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The words of the global search (top bar) or of the table's search box: legal, local (Chinese) or part of a name. */
    private String query;

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query == null || query.isBlank() ? null : query.strip();
    }

    /** Filters a dashboard's drill-down link sets (tier, chain tier, status), shown in the columns' own filters. */
    private String tier;
    private String chain;
    private String status;

    /** From the dashboard's "changed tier" list: only suppliers whose tier changed within this many days. */
    private Integer changedDays;

    public String getTier() { return tier; }
    public void setTier(String tier) { this.tier = tier; }
    public String getChain() { return chain; }
    public void setChain(String chain) { this.chain = chain; }
    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Integer getChangedDays() { return changedDays; }
    public void setChangedDays(Integer changedDays) { this.changedDays = changedDays == null ? null : Math.max(1, Math.min(changedDays, 3660)); }

    /** Drops the "changed tier" filter. */
    public void clearChanged() {
        changedDays = null;
    }

    @Inject
    SupplierDirectory directory;

    @Inject
    java.time.Clock clock;

    @Inject
    SupplierExport export;

    /** The table's current filters and sort, so that the export holds what the user sees. */
    private Map<String, FilterMeta> currentFilters = Map.of();
    private Map<String, SortMeta> currentSort = Map.of();

    private final LazyDataModel<SupplierSummary> suppliers = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) directory.search(search(filterBy, Map.of(), 0, 1)).total();
        }

        @Override
        public List<SupplierSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            currentFilters = new java.util.HashMap<>(filterBy);
            currentSort = new java.util.HashMap<>(sortBy);
            SupplierPage page = directory.search(search(filterBy, sortBy, first, pageSize));
            setRowCount((int) page.total());
            return page.rows();
        }

        @Override
        public String getRowKey(SupplierSummary row) {
            return String.valueOf(row.id());
        }

        @Override
        public SupplierSummary getRowData(String rowKey) {
            return null;
        }
    };

    SupplierSearch search(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy, int first, int pageSize) {
        return search(filterBy, sortBy, first, pageSize, changedDays == null ? null
                : clock.instant().minus(changedDays, java.time.temporal.ChronoUnit.DAYS));
    }

    static SupplierSearch search(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy, int first, int pageSize,
                                 java.time.Instant tierChangedSince) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        return new SupplierSearch(
                text(filterBy, "globalFilter", "legalName"),
                text(filterBy, "country"),
                value(filterBy, "chainTier", ChainTier.class),
                value(filterBy, "status", SupplierStatus.class),
                value(filterBy, "spendCategory", SpendCategory.class),
                sort == null ? "legalName" : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING,
                first, pageSize, text(filterBy, "procurementTier"), tierChangedSince);
    }

    private static String text(Map<String, FilterMeta> filterBy, String... fields) {
        for (String field : fields) {
            FilterMeta meta = filterBy.get(field);
            if (meta != null && meta.getFilterValue() != null && !meta.getFilterValue().toString().isBlank()) {
                return meta.getFilterValue().toString();
            }
        }
        return null;
    }

    private static <E extends Enum<E>> E value(Map<String, FilterMeta> filterBy, String field, Class<E> type) {
        String text = text(filterBy, field);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** The suppliers matching the current filters, as an Excel download. */
    public StreamedContent getExcel() {
        SupplierSearch search = search(currentFilters, currentSort, 0, SupplierSearch.MAX_PAGE);
        return DefaultStreamedContent.builder()
                .name("suppliers-" + LocalDate.now(ZoneOffset.UTC) + ".xlsx")
                .contentType(SupplierExport.CONTENT_TYPE)
                .writer(out -> {
                    try {
                        export.write(search, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .build();
    }

    public LazyDataModel<SupplierSummary> getSuppliers() {
        return suppliers;
    }
}
