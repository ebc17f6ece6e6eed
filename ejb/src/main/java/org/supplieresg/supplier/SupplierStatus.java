package org.supplieresg.supplier;

/** Where a supplier stands in its relationship with us. */
public enum SupplierStatus {
    ONBOARDING, ACTIVE, INACTIVE
}
