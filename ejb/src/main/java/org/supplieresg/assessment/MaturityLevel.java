package org.supplieresg.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** What one maturity level (0-4) means for one indicator. */
@Embeddable
public class MaturityLevel {

    @Column(name = "level", nullable = false)
    private int level;

    @Column(name = "description_en", nullable = false)
    private String descriptionEn;

    @Column(name = "description_zh", nullable = false)
    private String descriptionZh;

    protected MaturityLevel() {
        // for JPA
    }

    MaturityLevel(int level, String descriptionEn, String descriptionZh) {
        this.level = level;
        this.descriptionEn = descriptionEn;
        this.descriptionZh = descriptionZh;
    }

    public int level() {
        return level;
    }

    public String descriptionEn() {
        return descriptionEn;
    }

    public String descriptionZh() {
        return descriptionZh;
    }
}
