package org.supplieresg.scoring;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.supplieresg.audittrail.Auditable;
import org.supplieresg.procurement.SourcingStatus;
import org.supplieresg.procurement.Tier;

/**
 * A stored result of the engine for one assessment, with the catalogue and policy versions it used. Never changed:
 * rescoring adds a new row, and the newest is the supplier's current score.
 */
@Entity
@Table(name = "score")
public class Score implements Auditable {

    /** A dimension's result within a stored score. */
    @Embeddable
    public static class DimensionResult {
        @Column(name = "dimension_code", nullable = false)
        private String dimensionCode;
        @Column(name = "score")
        private BigDecimal score;
        @Column(name = "earned", nullable = false)
        private BigDecimal earned;
        @Column(name = "possible", nullable = false)
        private BigDecimal possible;
        @Column(name = "weight_percent", nullable = false)
        private BigDecimal weightPercent;

        protected DimensionResult() {
            // for JPA
        }

        DimensionResult(ScoreCard.DimensionScore d) {
            dimensionCode = d.code();
            score = d.score();
            earned = d.earned();
            possible = d.possible().setScale(2, RoundingMode.HALF_UP);
            weightPercent = d.weightPercent();
        }

        public String dimensionCode() { return dimensionCode; }
        public BigDecimal score() { return score; }
    }

    @Id
    @SequenceGenerator(name = "score_seq", sequenceName = "score_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "score_seq")
    private Long id;

    @Column(name = "assessment_id", nullable = false, updatable = false)
    private Long assessmentId;

    @Column(name = "supplier_id", nullable = false, updatable = false)
    private Long supplierId;

    @Column(name = "catalogue_version", nullable = false, updatable = false)
    private int catalogueVersion;

    @Column(name = "rules_version", nullable = false, updatable = false)
    private int rulesVersion;

    @Column(name = "policy_version", nullable = false, updatable = false)
    private int policyVersion;

    @Column(name = "total", nullable = false, updatable = false)
    private BigDecimal total;

    @Enumerated(EnumType.STRING)
    @Column(name = "score_tier", nullable = false, updatable = false)
    private Tier scoreTier;

    @Enumerated(EnumType.STRING)
    @Column(name = "tier", nullable = false, updatable = false)
    private Tier tier;

    @Enumerated(EnumType.STRING)
    @Column(name = "sourcing_status", nullable = false, updatable = false)
    private SourcingStatus sourcingStatus;

    @Column(name = "caps", nullable = false, updatable = false)
    private String caps;

    @Column(name = "computed_at", nullable = false, updatable = false)
    private Instant computedAt;

    @Column(name = "computed_by", nullable = false, updatable = false)
    private String computedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "dimension_score", joinColumns = @JoinColumn(name = "score_id"))
    private List<DimensionResult> dimensions = new ArrayList<>();

    protected Score() {
        // for JPA
    }

    /**
     * @param catalogueVersion the version whose questions were answered
     * @param rulesVersion the version whose weights and points scored them (the one in force)
     */
    public Score(Long assessmentId, Long supplierId, int catalogueVersion, int rulesVersion, ScoreCard card, String by, Instant at) {
        this.assessmentId = assessmentId;
        this.supplierId = supplierId;
        this.catalogueVersion = catalogueVersion;
        this.rulesVersion = rulesVersion;
        this.policyVersion = card.policyVersion();
        this.total = card.total();
        this.scoreTier = card.scoreTier();
        this.tier = card.tier();
        this.sourcingStatus = card.sourcingStatus();
        this.caps = capsText(card);
        this.computedBy = by;
        this.computedAt = at;
        card.dimensions().forEach(d -> dimensions.add(new DimensionResult(d)));
    }

    /** The caps as stored: "KIND:TIER:SOURCE" joined by semicolons. */
    static String capsText(ScoreCard card) {
        return card.caps().stream().map(c -> c.kind() + ":" + c.maximum() + ":" + c.source()).collect(Collectors.joining(";"));
    }

    @Override
    public String auditType() {
        return "SupplierScore";
    }

    @Override
    public String auditId() {
        return String.valueOf(supplierId);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        return CurrentScore.snapshot(total, tier, sourcingStatus, caps, catalogueVersion, rulesVersion, policyVersion);
    }

    public Long id() { return id; }
    public Long assessmentId() { return assessmentId; }
    public int catalogueVersion() { return catalogueVersion; }
    public int rulesVersion() { return rulesVersion; }
    public int policyVersion() { return policyVersion; }
    public Long supplierId() { return supplierId; }
    public BigDecimal total() { return total; }
    public Tier tier() { return tier; }
    public Tier scoreTier() { return scoreTier; }
    public SourcingStatus sourcingStatus() { return sourcingStatus; }
    public String caps() { return caps; }
    public Instant computedAt() { return computedAt; }
    public String computedBy() { return computedBy; }
    public List<DimensionResult> dimensions() { return List.copyOf(dimensions); }
}
