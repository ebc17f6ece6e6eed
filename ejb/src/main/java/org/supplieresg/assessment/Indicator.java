package org.supplieresg.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.supplieresg.scoring.AnswerType;
import org.supplieresg.scoring.IndicatorRule;

/** One question of the catalogue, with how it is answered, evidenced, scored and where it comes from. */
// Never changed once stored (a change is a new catalogue version), so safe to share between transactions.
@Cacheable
@Entity
@Table(name = "indicator")
public class Indicator {

    @Id
    @SequenceGenerator(name = "indicator_seq", sequenceName = "indicator_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "indicator_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "catalogue_version_id", nullable = false, updatable = false)
    private CatalogueVersion catalogueVersion;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "dimension_id", nullable = false, updatable = false)
    private Dimension dimension;

    @Column(name = "code", nullable = false, updatable = false)
    private String code;

    @Column(name = "position", nullable = false)
    private int position;

    @Column(name = "text_en", nullable = false)
    private String textEn;

    @Column(name = "text_zh", nullable = false)
    private String textZh;

    @Column(name = "guidance_en", nullable = false)
    private String guidanceEn;

    @Column(name = "guidance_zh", nullable = false)
    private String guidanceZh;

    /** Plain-language help for a small company: what the question means, why it is asked, a first step; may be absent. */
    @Column(name = "help_en")
    private String helpEn;

    @Column(name = "help_zh")
    private String helpZh;

    @Enumerated(EnumType.STRING)
    @Column(name = "answer_type", nullable = false)
    private AnswerType answerType;

    @Column(name = "unit")
    private String unit;

    @Column(name = "evidence_en", nullable = false)
    private String evidenceEn;

    @Column(name = "evidence_zh", nullable = false)
    private String evidenceZh;

    @Column(name = "max_points", nullable = false)
    private BigDecimal maxPoints;

    @Column(name = "not_applicable_allowed", nullable = false)
    private boolean notApplicableAllowed;

    @Column(name = "red_flag", nullable = false)
    private boolean redFlag;

    @Column(name = "onsite_verification", nullable = false)
    private boolean onsiteVerification;

    /** Part of the core subset that small Tier-2 companies answer when a Tier-1 cascades a "core" campaign. */
    @Column(name = "core", nullable = false, insertable = false, updatable = false)
    private boolean core;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "indicator_level", joinColumns = @JoinColumn(name = "indicator_id"))
    @OrderBy("level")
    private List<MaturityLevel> levels = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "indicator_band", joinColumns = @JoinColumn(name = "indicator_id"))
    @OrderBy("position")
    private List<ScoringBand> bands = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "indicator_reference", joinColumns = @JoinColumn(name = "indicator_id"))
    @OrderBy("position")
    private List<StandardReference> references = new ArrayList<>();

    protected Indicator() {
        // for JPA
    }

    /** A new indicator of a draft version, built from content already checked by {@link CatalogueCheck}. */
    @SuppressWarnings("java:S107") // an indicator has this many parts; a builder would only hide them
    Indicator(Dimension dimension, String code, int position, AnswerType answerType, String unit, BigDecimal maxPoints,
              boolean notApplicableAllowed, boolean redFlag, boolean onsiteVerification, String[] texts,
              List<MaturityLevel> levels, List<ScoringBand> bands, List<StandardReference> references) {
        this.catalogueVersion = dimension.catalogueVersion();
        this.dimension = dimension;
        this.code = code;
        this.position = position;
        this.answerType = answerType;
        this.unit = unit;
        this.maxPoints = maxPoints;
        this.notApplicableAllowed = notApplicableAllowed;
        this.redFlag = redFlag;
        this.onsiteVerification = onsiteVerification;
        this.textEn = texts[0];
        this.textZh = texts[1];
        this.guidanceEn = texts[2];
        this.guidanceZh = texts[3];
        this.evidenceEn = texts[4];
        this.evidenceZh = texts[5];
        this.levels.addAll(levels);
        this.bands.addAll(bands);
        this.references.addAll(references);
        dimension.add(this);
    }

    /**
     * Takes over the help of the same indicator (same code) in the version this draft derives from: the catalogue
     * workbook has no help columns, and a reworded question still asks about the same thing.
     */
    void carryHelpFrom(Indicator previous) {
        if (previous.code.equals(code)) {
            helpEn = previous.helpEn;
            helpZh = previous.helpZh;
        }
    }

    public IndicatorRule rule() {
        return new IndicatorRule(code, dimension.code(), answerType, maxPoints, notApplicableAllowed, redFlag,
                bands.stream().map(ScoringBand::toBand).toList());
    }

    public Long id() { return id; }
    public CatalogueVersion catalogueVersion() { return catalogueVersion; }
    public Dimension dimension() { return dimension; }
    public String code() { return code; }
    public int position() { return position; }
    public String textEn() { return textEn; }
    public String textZh() { return textZh; }
    public String guidanceEn() { return guidanceEn; }
    public String guidanceZh() { return guidanceZh; }
    public String helpEn() { return helpEn; }
    public String helpZh() { return helpZh; }
    public AnswerType answerType() { return answerType; }
    public String unit() { return unit; }
    public String evidenceEn() { return evidenceEn; }
    public String evidenceZh() { return evidenceZh; }
    public BigDecimal maxPoints() { return maxPoints; }
    public boolean notApplicableAllowed() { return notApplicableAllowed; }
    public boolean redFlag() { return redFlag; }
    public boolean onsiteVerification() { return onsiteVerification; }
    public boolean core() { return core; }
    public List<MaturityLevel> levels() { return List.copyOf(levels); }
    public List<ScoringBand> bands() { return List.copyOf(bands); }
    public List<StandardReference> references() { return List.copyOf(references); }
}
