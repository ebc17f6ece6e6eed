package org.supplieresg.procurement;

/** Procurement tiers, best first. */
public enum Tier {
    A(SourcingStatus.PREFERRED), B(SourcingStatus.APPROVED), C(SourcingStatus.CONDITIONAL), D(SourcingStatus.BLOCKED);

    private final SourcingStatus sourcingStatus;

    Tier(SourcingStatus sourcingStatus) {
        this.sourcingStatus = sourcingStatus;
    }

    public SourcingStatus sourcingStatus() {
        return sourcingStatus;
    }

    /** The worse of two tiers: a cap can only lower a tier. */
    public Tier atMost(Tier cap) {
        return compareTo(cap) >= 0 ? this : cap;
    }
}
