package org.supplieresg.assessment;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.supplieresg.scoring.DimensionRule;

/** A weighted group of indicators, such as "Labour and human rights" (LAB, 15 %). */
// Never changed once stored (a change is a new catalogue version), so safe to share between transactions.
@Cacheable
@Entity
@Table(name = "dimension")
public class Dimension {

    @Id
    @SequenceGenerator(name = "dimension_seq", sequenceName = "dimension_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dimension_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "catalogue_version_id", nullable = false, updatable = false)
    private CatalogueVersion catalogueVersion;

    @Column(name = "code", nullable = false, updatable = false)
    private String code;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_zh", nullable = false)
    private String nameZh;

    @Column(name = "weight_percent", nullable = false)
    private BigDecimal weightPercent;

    @Column(name = "max_not_applicable", nullable = false)
    private int maxNotApplicable;

    @OneToMany(mappedBy = "dimension")
    @OrderBy("position")
    private List<Indicator> indicators = new ArrayList<>();

    protected Dimension() {
        // for JPA
    }

    Dimension(CatalogueVersion catalogueVersion, String code, int position, String nameEn, String nameZh,
              BigDecimal weightPercent, int maxNotApplicable) {
        this.catalogueVersion = catalogueVersion;
        this.code = code;
        this.position = position;
        this.nameEn = nameEn;
        this.nameZh = nameZh;
        this.weightPercent = weightPercent;
        this.maxNotApplicable = maxNotApplicable;
        catalogueVersion.add(this);
    }

    void add(Indicator indicator) {
        indicators.add(indicator);
    }

    public DimensionRule rule() {
        return new DimensionRule(code, weightPercent, maxNotApplicable);
    }

    CatalogueVersion catalogueVersion() {
        return catalogueVersion;
    }

    public String code() {
        return code;
    }

    public int position() {
        return position;
    }

    public String nameEn() {
        return nameEn;
    }

    public String nameZh() {
        return nameZh;
    }

    public BigDecimal weightPercent() {
        return weightPercent;
    }

    public int maxNotApplicable() {
        return maxNotApplicable;
    }

    public List<Indicator> indicators() {
        return List.copyOf(indicators);
    }
}
