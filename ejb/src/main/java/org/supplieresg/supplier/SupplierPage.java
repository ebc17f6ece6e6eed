package org.supplieresg.supplier;

import java.util.List;

/** One page of suppliers and how many match in all. */
public record SupplierPage(List<SupplierSummary> rows, long total) {
}
