package org.supplieresg.procurement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a buyer sees first: where the active Tier-1 suppliers stand and what needs doing. Spend is annual spend from the
 * supplier master data, converted to US dollars at the newest annual average rate of {@code exchange_rate_annual}.
 *
 * @param tiers one entry per tier A-D and one for suppliers never scored ({@link #NOT_SCORED}), in that order
 * @param tierChanges the latest changes of tier within {@link ProcurementDashboard#TIER_CHANGE_DAYS} days, newest first
 * @param blockedWithSpend blocked suppliers that still carry spend, largest spend first
 */
public record ProcurementOverview(Instant asOf, List<TierShare> tiers, BigDecimal spendTotalUsd, List<CampaignProgress> campaigns,
                                  List<TierChange> tierChanges, long tierChangeCount, List<BlockedSpend> blockedWithSpend,
                                  long blockedWithSpendCount, BigDecimal blockedSpendUsd) {

    /** The key of the suppliers without any score. */
    public static final String NOT_SCORED = "NONE";

    public record TierShare(String tier, long suppliers, BigDecimal spendUsd, BigDecimal spendPercent) {
    }

    /** An open campaign: how many suppliers were invited and how far they are. */
    public record CampaignProgress(long id, String name, LocalDate deadline, long invited, long notStarted, long inProgress,
                                   long submitted, boolean pastDeadline) {

        public BigDecimal submittedPercent() {
            return invited == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(submitted * 100).divide(BigDecimal.valueOf(invited), 1, java.math.RoundingMode.HALF_UP);
        }
    }

    public record TierChange(long supplierId, String legalName, String localName, String from, String to, Instant changedAt) {

        /** A move to a worse tier (D is worst). */
        public boolean downgrade() {
            return to.compareTo(from) > 0;
        }
    }

    public record BlockedSpend(long supplierId, String legalName, String localName, String country, BigDecimal spend,
                               String currency, BigDecimal spendUsd) {
    }
}
