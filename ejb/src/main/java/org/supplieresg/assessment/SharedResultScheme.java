package org.supplieresg.assessment;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.supplieresg.shared.FieldViolation;

/**
 * A third-party scheme whose results we take (EcoVadis, RBA VAP, SMETA, ISO certificates): how long a result counts
 * when it states no end date, and the score range, if the scheme scores. Seed data, reviewed like the catalogue.
 */
@Entity
@Cacheable
@Table(name = "shared_result_scheme")
public class SharedResultScheme {

    @Id
    private String code;

    private int position;

    @Column(name = "name_en")
    private String nameEn;

    @Column(name = "name_zh")
    private String nameZh;

    @Column(name = "result_en")
    private String resultEn;

    @Column(name = "result_zh")
    private String resultZh;

    @Column(name = "default_validity_months")
    private int defaultValidityMonths;

    @Column(name = "score_min")
    private BigDecimal scoreMin;

    @Column(name = "score_max")
    private BigDecimal scoreMax;

    private String reference;

    protected SharedResultScheme() {
        // for JPA
    }

    SharedResultScheme(String code, int defaultValidityMonths, BigDecimal scoreMin, BigDecimal scoreMax) {
        this.code = code;
        this.nameEn = code;
        this.nameZh = code;
        this.defaultValidityMonths = defaultValidityMonths;
        this.scoreMin = scoreMin;
        this.scoreMax = scoreMax;
    }

    public boolean scored() {
        return scoreMin != null;
    }

    /** The end of a result's validity: as stated on it, or the scheme's default from the assessment date. */
    LocalDate validTo(LocalDate assessedOn, LocalDate stated) {
        return stated != null ? stated : assessedOn.plusMonths(defaultValidityMonths).minusDays(1);
    }

    /** A scored scheme needs a score in its range; an unscored one takes none. */
    List<FieldViolation> scoreViolations(BigDecimal score) {
        List<FieldViolation> problems = new ArrayList<>();
        if (scored() && score == null) {
            problems.add(FieldViolation.of("score", "sharedResult.score.required", nameEn, plain(scoreMin), plain(scoreMax)));
        } else if (scored() && (score.compareTo(scoreMin) < 0 || score.compareTo(scoreMax) > 0)) {
            problems.add(FieldViolation.of("score", "sharedResult.score.range", nameEn, plain(scoreMin), plain(scoreMax)));
        } else if (!scored() && score != null) {
            problems.add(FieldViolation.of("score", "sharedResult.score.none", nameEn));
        }
        return problems;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    public String code() { return code; }
    public int position() { return position; }
    public String nameEn() { return nameEn; }
    public String nameZh() { return nameZh; }
    public String resultEn() { return resultEn; }
    public String resultZh() { return resultZh; }
    public int defaultValidityMonths() { return defaultValidityMonths; }
    public BigDecimal scoreMin() { return scoreMin; }
    public BigDecimal scoreMax() { return scoreMax; }
    public String reference() { return reference; }
}
