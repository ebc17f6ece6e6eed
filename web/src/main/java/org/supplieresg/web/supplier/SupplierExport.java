package org.supplieresg.web.supplier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.supplieresg.reports.SupplierListWorkbook;
import org.supplieresg.shared.CountryCodes;
import org.supplieresg.supplier.SupplierDirectory;
import org.supplieresg.supplier.SupplierPage;
import org.supplieresg.supplier.SupplierSearch;
import org.supplieresg.supplier.SupplierSummary;
import org.supplieresg.web.i18n.Texts;

/** Writes the suppliers that match the list's filters to Excel, in the reader's language, a page at a time. */
@RequestScoped
public class SupplierExport {

    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    SupplierDirectory directory;

    @Inject
    Texts texts;

    @Inject
    Clock clock;

    public int write(SupplierSearch search, OutputStream out) throws IOException {
        Locale locale = texts.locale();
        SupplierListWorkbook.Labels labels = new SupplierListWorkbook.Labels(texts.get("suppliers.title"), texts.get("export.about"),
                List.of("Id", texts.get("supplier.legalName"), texts.get("supplier.localName"), texts.get("supplier.country"),
                        texts.get("supplier.region"), texts.get("supplier.industry"), texts.get("supplier.spendCategory"),
                        texts.get("supplier.annualSpend"), texts.get("supplier.currency"), texts.get("supplier.chainTier"),
                        texts.get("supplier.parent"), texts.get("supplier.status")),
                texts.get("export.generatedAt"), texts.get("export.filters"), texts.get("export.rows"));
        return SupplierListWorkbook.write(new PageIterator(search), labels, filters(search, locale), clock.instant(), out);
    }

    private SupplierListWorkbook.Row row(SupplierSummary s, Locale locale) {
        return new SupplierListWorkbook.Row(s.id(), s.legalName(), s.localName(),
                CountryCodes.displayName(s.country(), locale) + " (" + s.country() + ")", s.region(),
                s.industryScheme() + " " + s.industryCode(),
                texts.get("SpendCategory." + s.spendCategory()), s.annualSpendAmount(), s.annualSpendCurrency(),
                texts.get("ChainTier." + s.chainTier()), s.parentName(), texts.get("SupplierStatus." + s.status()));
    }

    private Map<String, String> filters(SupplierSearch search, Locale locale) {
        Map<String, String> filters = new LinkedHashMap<>();
        if (search.text() != null) {
            filters.put(texts.get("suppliers.search"), search.text());
        }
        if (search.country() != null) {
            filters.put(texts.get("supplier.country"), CountryCodes.displayName(search.country(), locale));
        }
        if (search.spendCategory() != null) {
            filters.put(texts.get("supplier.spendCategory"), texts.get("SpendCategory." + search.spendCategory()));
        }
        if (search.chainTier() != null) {
            filters.put(texts.get("supplier.chainTier"), texts.get("ChainTier." + search.chainTier()));
        }
        if (search.status() != null) {
            filters.put(texts.get("supplier.status"), texts.get("SupplierStatus." + search.status()));
        }
        if (filters.isEmpty()) {
            filters.put(texts.get("export.noFilter"), "");
        }
        return filters;
    }

    /** Walks all matching suppliers in pages of {@link SupplierSearch#MAX_PAGE}, so memory stays bounded. */
    private final class PageIterator implements Iterator<SupplierListWorkbook.Row> {
        private final SupplierSearch search;
        private final Locale locale = texts.locale();
        private Iterator<SupplierSummary> page = List.<SupplierSummary>of().iterator();
        private int next;
        private long total = -1;

        PageIterator(SupplierSearch search) {
            this.search = search;
        }

        @Override
        public boolean hasNext() {
            if (page.hasNext()) {
                return true;
            }
            if (total >= 0 && next >= total) {
                return false;
            }
            SupplierPage loaded = directory.search(search.window(next, SupplierSearch.MAX_PAGE));
            total = loaded.total();
            next += loaded.rows().size();
            page = loaded.rows().iterator();
            return page.hasNext();
        }

        @Override
        public SupplierListWorkbook.Row next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return row(page.next(), locale);
        }
    }
}
