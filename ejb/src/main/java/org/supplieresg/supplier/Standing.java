package org.supplieresg.supplier;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A supplier's current standing: the headline of its newest score and the last change of its tier. Read-only here:
 * the database keeps the row (trigger {@code score_updates_standing}, V19) whenever a score is stored, so the supplier
 * list and the dashboards can filter the whole supplier base by tier without looking at every score.
 */
@Entity
@Table(name = "supplier_standing")
public class Standing {

    @Id
    @Column(name = "supplier_id")
    private Long supplierId;

    @Column(name = "score_id", insertable = false, updatable = false)
    private Long scoreId;

    @Column(insertable = false, updatable = false)
    private BigDecimal total;

    @Column(insertable = false, updatable = false)
    private String tier;

    @Column(name = "sourcing_status", insertable = false, updatable = false)
    private String sourcingStatus;

    @Column(name = "computed_at", insertable = false, updatable = false)
    private Instant computedAt;

    @Column(name = "previous_tier", insertable = false, updatable = false)
    private String previousTier;

    @Column(name = "tier_changed_at", insertable = false, updatable = false)
    private Instant tierChangedAt;

    protected Standing() {
    }

    public long supplierId() { return supplierId; }
    public BigDecimal total() { return total; }
    public String tier() { return tier == null ? null : tier.strip(); }
    public String sourcingStatus() { return sourcingStatus; }
    public Instant computedAt() { return computedAt; }
    public String previousTier() { return previousTier == null ? null : previousTier.strip(); }
    public Instant tierChangedAt() { return tierChangedAt; }
}
