package org.supplieresg.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One version of the catalogue: its dimensions and, through them, its indicators. */
@Entity
@Table(name = "catalogue_version")
@NamedQuery(name = CatalogueVersion.PUBLISHED, query = "SELECT c FROM CatalogueVersion c WHERE c.status = org.supplieresg.assessment.CatalogueStatus.PUBLISHED")
@NamedQuery(name = CatalogueVersion.BY_NUMBER, query = "SELECT c FROM CatalogueVersion c WHERE c.versionNo = :versionNo")
public class CatalogueVersion {

    static final String PUBLISHED = "CatalogueVersion.published";
    static final String BY_NUMBER = "CatalogueVersion.byNumber";

    @Id
    private Long id;

    @Column(name = "version_no", nullable = false, updatable = false)
    private int versionNo;

    @Column(name = "label", nullable = false)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private CatalogueStatus status;

    @Column(name = "note")
    private String note;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "published_at")
    private Instant publishedAt;

    @OneToMany(mappedBy = "catalogueVersion")
    @OrderBy("position")
    private List<Dimension> dimensions = new ArrayList<>();

    @Version
    private long version;

    protected CatalogueVersion() {
        // for JPA
    }

    public Long id() {
        return id;
    }

    public int versionNo() {
        return versionNo;
    }

    public String label() {
        return label;
    }

    public CatalogueStatus status() {
        return status;
    }

    public String note() {
        return note;
    }

    public Instant publishedAt() {
        return publishedAt;
    }

    public List<Dimension> dimensions() {
        return List.copyOf(dimensions);
    }
}
