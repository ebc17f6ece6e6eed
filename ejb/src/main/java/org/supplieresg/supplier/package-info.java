/**
 * Supplier companies of the chain: who they are, where they are, what we buy from them and how much, and whether they
 * sell to us directly (Tier-1) or to one of our suppliers (Tier-2). {@link org.supplieresg.supplier.Supplier} keeps its
 * own rules; {@link org.supplieresg.supplier.SupplierDirectory} is the service that the web layer calls, and the one
 * place that decides which companies a caller may see.
 */
package org.supplieresg.supplier;
