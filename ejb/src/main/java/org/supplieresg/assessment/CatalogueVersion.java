package org.supplieresg.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.supplieresg.audittrail.Auditable;

/** One version of the catalogue: its dimensions and, through them, its indicators. */
@Entity
@Table(name = "catalogue_version")
@NamedQuery(name = CatalogueVersion.PUBLISHED, query = "SELECT c FROM CatalogueVersion c WHERE c.status = org.supplieresg.assessment.CatalogueStatus.PUBLISHED")
@NamedQuery(name = CatalogueVersion.BY_NUMBER, query = "SELECT c FROM CatalogueVersion c WHERE c.versionNo = :versionNo")
public class CatalogueVersion implements Auditable {

    static final String PUBLISHED = "CatalogueVersion.published";
    static final String BY_NUMBER = "CatalogueVersion.byNumber";

    @Id
    @SequenceGenerator(name = "catalogue_version_seq", sequenceName = "catalogue_version_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "catalogue_version_seq")
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

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "based_on_id", updatable = false)
    private CatalogueVersion basedOn;

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

    /** A new draft, numbered after every existing version; it is published later, or discarded. */
    CatalogueVersion(int versionNo, String label, String note, CatalogueVersion basedOn, String createdBy, Instant createdAt) {
        this.versionNo = versionNo;
        this.label = label;
        this.note = note;
        this.basedOn = basedOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = CatalogueStatus.DRAFT;
    }

    void add(Dimension dimension) {
        dimensions.add(dimension);
    }

    /** Puts this draft in force; the caller retires the version it replaces in the same transaction. */
    void publish(Instant at) {
        if (status != CatalogueStatus.DRAFT) {
            throw new IllegalStateException("catalogue version " + versionNo + " is " + status + ", not a draft");
        }
        status = CatalogueStatus.PUBLISHED;
        publishedAt = at;
    }

    void retire() {
        if (status != CatalogueStatus.PUBLISHED) {
            throw new IllegalStateException("catalogue version " + versionNo + " is not in force");
        }
        status = CatalogueStatus.RETIRED;
    }

    public boolean isDraft() {
        return status == CatalogueStatus.DRAFT;
    }

    public Integer basedOnVersionNo() {
        return basedOn == null ? null : basedOn.versionNo();
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
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

    @Override
    public String auditType() {
        return "CatalogueVersion";
    }

    @Override
    public String auditId() {
        return String.valueOf(versionNo);
    }

    /** Status, label and the weights, which are what moves scores; indicator changes are listed by the import. */
    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("status", status.name());
        fields.put("label", label);
        fields.put("basedOn", basedOn == null ? "" : String.valueOf(basedOn.versionNo()));
        fields.put("weights", dimensions.stream().map(d -> d.code() + "=" + d.weightPercent().stripTrailingZeros().toPlainString())
                .collect(Collectors.joining(";")));
        fields.put("indicators", String.valueOf(dimensions.stream().mapToInt(d -> d.indicators().size()).sum()));
        return fields;
    }
}
