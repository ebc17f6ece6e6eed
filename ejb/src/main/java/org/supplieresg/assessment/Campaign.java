package org.supplieresg.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.supplieresg.audittrail.Auditable;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.supplier.Supplier;

/** An assessment campaign: one catalogue version sent to chosen suppliers, with a deadline. */
@Entity
@Table(name = "campaign")
public class Campaign implements Auditable {

    @Id
    @SequenceGenerator(name = "campaign_seq", sequenceName = "campaign_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "campaign_seq")
    private Long id;

    @Column(name = "name", nullable = false)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "catalogue_version_id", nullable = false, updatable = false)
    private CatalogueVersion catalogueVersion;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private CampaignStatus status;

    /** The Tier-1 running this campaign for its own suppliers; null for the buyer's campaigns. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "owner_supplier_id", updatable = false)
    private Supplier owner;

    @Enumerated(EnumType.STRING)
    @Column(name = "scope", nullable = false, updatable = false)
    private CampaignScope scope = CampaignScope.FULL;

    @Column(name = "selection", nullable = false, updatable = false)
    private String selection;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Campaign() {
        // for JPA
    }

    /** Launches a campaign on the catalogue version in force; the deadline must lie after today. */
    public static Campaign launch(String name, CatalogueVersion catalogue, LocalDate deadline, LocalDate today,
                                  String selection, String createdBy, Instant now) {
        List<FieldViolation> violations = new ArrayList<>();
        if (name == null || name.isBlank()) {
            violations.add(FieldViolation.of("name", "field.required"));
        } else if (name.strip().length() > 160) {
            violations.add(FieldViolation.of("name", "field.tooLong", 160));
        }
        if (deadline == null) {
            violations.add(FieldViolation.of("deadline", "field.required"));
        } else if (!deadline.isAfter(today)) {
            violations.add(FieldViolation.of("deadline", "campaign.deadline.past"));
        }
        if (catalogue.status() != CatalogueStatus.PUBLISHED) {
            violations.add(FieldViolation.of("catalogue", "campaign.catalogue.notPublished"));
        }
        InvalidInputException.throwIfAny(violations);
        Campaign campaign = new Campaign();
        campaign.name = name.strip();
        campaign.catalogueVersion = catalogue;
        campaign.deadline = deadline;
        campaign.status = CampaignStatus.OPEN;
        campaign.selection = selection;
        campaign.createdBy = createdBy;
        campaign.createdAt = now;
        return campaign;
    }

    /**
     * A Tier-1's campaign for the Tier-2 suppliers it invited (the cascade), on the same catalogue version in force,
     * asking either all of it or the core subset.
     */
    public static Campaign cascade(String name, CatalogueVersion catalogue, CampaignScope scope, LocalDate deadline, LocalDate today,
                                   Supplier owner, String selection, String createdBy, Instant now) {
        if (scope == null) {
            throw new InvalidInputException(FieldViolation.of("scope", "field.required"));
        }
        Campaign campaign = launch(name, catalogue, deadline, today, selection, createdBy, now);
        campaign.owner = owner;
        campaign.scope = scope;
        return campaign;
    }

    /** Whether an indicator is asked in this campaign. */
    public boolean asks(Indicator indicator) {
        return scope == CampaignScope.FULL || indicator.core();
    }

    public void close() {
        status = CampaignStatus.CLOSED;
    }

    public boolean isOpen() {
        return status == CampaignStatus.OPEN;
    }

    @Override
    public String auditType() {
        return "Campaign";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("catalogueVersion", String.valueOf(catalogueVersion.versionNo()));
        fields.put("deadline", String.valueOf(deadline));
        fields.put("status", String.valueOf(status));
        fields.put("selection", selection);
        fields.put("scope", String.valueOf(scope));
        if (owner != null) {
            fields.put("owner", String.valueOf(owner.id()));
        }
        return fields;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public CatalogueVersion catalogueVersion() { return catalogueVersion; }
    public LocalDate deadline() { return deadline; }
    public CampaignStatus status() { return status; }
    public String selection() { return selection; }
    public Supplier owner() { return owner; }
    public CampaignScope scope() { return scope; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }
}
