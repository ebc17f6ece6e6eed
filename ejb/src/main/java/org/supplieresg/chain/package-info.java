/**
 * The chain-leader platform (链主平台): Tier-1 suppliers carry the buyer's assessment and carbon requests to their
 * own suppliers, Tier-2s consent to share their results, and the buyer sees the multi-tier chain with its risks.
 */
package org.supplieresg.chain;
