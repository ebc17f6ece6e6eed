/**
 * How assessment results drive sourcing: the versioned {@link org.supplieresg.procurement.TierPolicy} maps a score to a
 * {@link org.supplieresg.procurement.Tier} and each tier to a {@link org.supplieresg.procurement.SourcingStatus} that
 * ERP systems ask before an RFQ or purchase order.
 */
package org.supplieresg.procurement;
