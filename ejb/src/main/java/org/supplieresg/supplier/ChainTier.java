package org.supplieresg.supplier;

/** Where a supplier sits in the chain: Tier-1 sells to us, Tier-2 sells to one of our Tier-1 suppliers. */
public enum ChainTier {
    TIER_1, TIER_2
}
