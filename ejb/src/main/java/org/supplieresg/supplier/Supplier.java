package org.supplieresg.supplier;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.supplieresg.audittrail.Auditable;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.Money;

/**
 * A supplier company. It accepts only a valid {@link SupplierProfile}: a Tier-2 supplier always names the Tier-1 it
 * sells to, spend is never negative, the country is an ISO 3166-1 code.
 */
@Entity
@Table(name = "supplier")
@NamedQuery(name = Supplier.BY_LEGAL_NAME_AND_COUNTRY,
        query = "SELECT s FROM Supplier s WHERE LOWER(s.legalName) = LOWER(:legalName) AND s.country = :country")
@NamedQuery(name = Supplier.COUNT_CHILDREN, query = "SELECT COUNT(s) FROM Supplier s WHERE s.parent = :parent")
public class Supplier implements Auditable {

    public static final String BY_LEGAL_NAME_AND_COUNTRY = "Supplier.byLegalNameAndCountry";
    public static final String COUNT_CHILDREN = "Supplier.countChildren";

    @Id
    @SequenceGenerator(name = "supplier_seq", sequenceName = "supplier_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplier_seq")
    private Long id;

    @Column(name = "legal_name", nullable = false, length = 200)
    private String legalName;

    @Column(name = "local_name", length = 200)
    private String localName;

    @Column(name = "country", nullable = false, length = 2)
    private String country;

    @Column(name = "region", length = 100)
    private String region;

    @Enumerated(EnumType.STRING)
    @Column(name = "industry_scheme", nullable = false)
    private IndustryScheme industryScheme;

    @Column(name = "industry_code", nullable = false)
    private String industryCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "spend_category", nullable = false)
    private SpendCategory spendCategory;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "annual_spend_amount")),
            @AttributeOverride(name = "currency", column = @Column(name = "annual_spend_currency"))})
    private Money annualSpend;

    @Enumerated(EnumType.STRING)
    @Column(name = "chain_tier", nullable = false)
    private ChainTier chainTier;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_supplier_id")
    private Supplier parent;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private SupplierStatus status;

    /** The Tier-1 that invited this Tier-2 into the platform; null for a supplier the buyer registered. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "invited_by_supplier_id", updatable = false)
    private Supplier invitedBy;

    @Column(name = "chain_consent_at")
    private Instant chainConsentAt;

    @Column(name = "chain_consent_by")
    private String chainConsentBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "supplier_contact", joinColumns = @JoinColumn(name = "supplier_id"))
    @OrderColumn(name = "position")
    private List<Contact> contacts = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Supplier() {
        // for JPA
    }

    /**
     * Registers a new supplier.
     *
     * @param parent the Tier-1 supplier a Tier-2 supplier sells to, already looked up from
     *               {@link SupplierProfile#parentSupplierId()}; null for Tier-1
     */
    public static Supplier register(SupplierProfile profile, Supplier parent, Instant now) {
        Supplier supplier = new Supplier();
        supplier.createdAt = Objects.requireNonNull(now);
        supplier.apply(profile, parent);
        return supplier;
    }

    /**
     * A Tier-2 that a Tier-1 invites into the platform: it sells to that Tier-1, and its results stay private until it
     * consents to share them ({@link #grantChainConsent}).
     */
    public static Supplier invite(SupplierProfile profile, Supplier tier1, Instant now) {
        if (profile.chainTier() != ChainTier.TIER_2 || tier1 == null || !tier1.id.equals(profile.parentSupplierId())) {
            throw new InvalidInputException(FieldViolation.of("parentSupplierId", "chain.invite.ownSupplierOnly"));
        }
        if (tier1.chainTier != ChainTier.TIER_1) {
            throw new InvalidInputException(FieldViolation.of("company", "chain.invite.tier1Only"));
        }
        Supplier supplier = register(profile, tier1, now);
        supplier.invitedBy = tier1;
        return supplier;
    }

    /** The Tier-2's consent to show its results to the Tier-1 that invited it and to the buyer running the platform. */
    public void grantChainConsent(String by, Instant at) {
        if (invitedBy == null) {
            throw new InvalidInputException(FieldViolation.of("consent", "chain.consent.notInvited"));
        }
        if (chainConsentAt == null) {
            chainConsentAt = Objects.requireNonNull(at);
            chainConsentBy = Objects.requireNonNull(by);
        }
    }

    public void withdrawChainConsent() {
        chainConsentAt = null;
        chainConsentBy = null;
    }

    /**
     * Whether this company's results (answers, scores, emissions, declarations) may be shown to someone. The company
     * itself always; a Tier-2 invited by a Tier-1 to that Tier-1 and to the buyer's staff only after it consented; a
     * supplier the buyer registered to the buyer's staff. No supplier sees another company otherwise.
     *
     * @param viewerCompanyId the supplier company of a supplier user, or null for the buyer's staff
     */
    public boolean resultsVisibleTo(Long viewerCompanyId) {
        if (viewerCompanyId == null) {
            return invitedBy == null || chainConsentAt != null;
        }
        return viewerCompanyId.equals(id)
                || (invitedBy != null && viewerCompanyId.equals(invitedBy.id) && chainConsentAt != null);
    }

    /** Replaces everything the buyer states about this supplier. */
    public void revise(SupplierProfile profile, Supplier parent) {
        apply(profile, parent);
    }

    /** The supplier's own update of its local name, region and contacts, from its portal. */
    public void updateCompanyProfile(CompanyProfile profile) {
        InvalidInputException.throwIfAny(profile.violations());
        this.localName = Contact.trimToNull(profile.localName());
        this.region = Contact.trimToNull(profile.region());
        replaceContacts(profile.contacts());
    }

    private void apply(SupplierProfile profile, Supplier parent) {
        List<FieldViolation> violations = new ArrayList<>(profile.violations());
        if (violations.isEmpty() && profile.chainTier() == ChainTier.TIER_2) {
            violations.addAll(parentViolations(parent));
        }
        if (violations.isEmpty() && invitedBy != null && (parent == null || !invitedBy.id.equals(parent.id))) {
            // it joined through its Tier-1's invitation, so it stays that Tier-1's supplier
            violations.add(FieldViolation.of("parentSupplierId", "chain.invited.parentFixed", invitedBy.legalName));
        }
        InvalidInputException.throwIfAny(violations);
        this.legalName = profile.legalName().strip();
        this.localName = Contact.trimToNull(profile.localName());
        this.country = profile.country().strip();
        this.region = Contact.trimToNull(profile.region());
        this.industryScheme = profile.industryScheme();
        this.industryCode = profile.industryCode().strip();
        this.spendCategory = profile.spendCategory();
        this.annualSpend = Money.of(profile.annualSpendAmount(), profile.annualSpendCurrency());
        this.chainTier = profile.chainTier();
        this.parent = profile.chainTier() == ChainTier.TIER_2 ? parent : null;
        this.status = profile.status();
        replaceContacts(profile.contacts());
    }

    private List<FieldViolation> parentViolations(Supplier candidate) {
        if (candidate == null) {
            return List.of(FieldViolation.of("parentSupplierId", "supplier.parent.unknown"));
        }
        if (candidate == this || (id != null && id.equals(candidate.id))) {
            return List.of(FieldViolation.of("parentSupplierId", "supplier.parent.self"));
        }
        if (candidate.chainTier != ChainTier.TIER_1) {
            return List.of(FieldViolation.of("parentSupplierId", "supplier.parent.mustBeTier1", candidate.legalName));
        }
        return List.of();
    }

    private void replaceContacts(List<SupplierProfile.ContactDetails> details) {
        List<Contact> replacement = details.stream().map(SupplierProfile.ContactDetails::toContact).toList();
        if (!replacement.equals(contacts)) {
            contacts.clear();
            contacts.addAll(replacement);
        }
    }

    /** The profile as it stands, for forms that start from the current values. */
    public SupplierProfile profile() {
        return new SupplierProfile(legalName, localName, country, region, industryScheme, industryCode, spendCategory,
                annualSpend.amount(), annualSpend.currency(), chainTier, parent == null ? null : parent.id, status,
                contacts.stream().map(SupplierProfile.ContactDetails::of).toList());
    }

    @Override
    public String auditType() {
        return "Supplier";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("legalName", legalName);
        fields.put("localName", localName);
        fields.put("country", country);
        fields.put("region", region);
        fields.put("industryScheme", String.valueOf(industryScheme));
        fields.put("industryCode", industryCode);
        fields.put("spendCategory", String.valueOf(spendCategory));
        fields.put("annualSpend", annualSpend == null ? null : annualSpend.toString());
        fields.put("chainTier", String.valueOf(chainTier));
        fields.put("parentSupplierId", parent == null ? null : String.valueOf(parent.id));
        fields.put("status", String.valueOf(status));
        if (invitedBy != null) {
            fields.put("invitedBy", String.valueOf(invitedBy.id));
            fields.put("chainConsent", chainConsentAt == null ? "none" : chainConsentAt + " by " + chainConsentBy);
        }
        for (int i = 0; i < contacts.size(); i++) {
            fields.put("contacts[" + i + "]", contacts.get(i).toString());
        }
        return fields;
    }

    public Long id() {
        return id;
    }

    public String legalName() {
        return legalName;
    }

    public String localName() {
        return localName;
    }

    public String country() {
        return country;
    }

    public String region() {
        return region;
    }

    public IndustryScheme industryScheme() {
        return industryScheme;
    }

    public String industryCode() {
        return industryCode;
    }

    public SpendCategory spendCategory() {
        return spendCategory;
    }

    public Money annualSpend() {
        return annualSpend;
    }

    public ChainTier chainTier() {
        return chainTier;
    }

    public Supplier parent() {
        return parent;
    }

    public SupplierStatus status() {
        return status;
    }

    public Supplier invitedBy() {
        return invitedBy;
    }

    public Instant chainConsentAt() {
        return chainConsentAt;
    }

    public String chainConsentBy() {
        return chainConsentBy;
    }

    public List<Contact> contacts() {
        return List.copyOf(contacts);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
