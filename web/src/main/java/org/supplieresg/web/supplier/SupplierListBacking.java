package org.supplieresg.web.supplier;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
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

    @Inject
    SupplierDirectory directory;

    private final LazyDataModel<SupplierSummary> suppliers = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) directory.search(search(filterBy, Map.of(), 0, 1)).total();
        }

        @Override
        public List<SupplierSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
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

    static SupplierSearch search(Map<String, FilterMeta> filterBy, Map<String, SortMeta> sortBy, int first, int pageSize) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        return new SupplierSearch(
                text(filterBy, "globalFilter", "legalName"),
                text(filterBy, "country"),
                value(filterBy, "chainTier", ChainTier.class),
                value(filterBy, "status", SupplierStatus.class),
                value(filterBy, "spendCategory", SpendCategory.class),
                sort == null ? "legalName" : sort.getField(),
                sort == null || sort.getOrder() != SortOrder.DESCENDING,
                first, pageSize);
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

    public LazyDataModel<SupplierSummary> getSuppliers() {
        return suppliers;
    }
}
