package org.supplieresg.web.supplier;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.supplieresg.supplier.ChainTier;
import org.supplieresg.supplier.IndustryScheme;
import org.supplieresg.supplier.SpendCategory;
import org.supplieresg.supplier.SupplierDetails;
import org.supplieresg.supplier.SupplierProfile;
import org.supplieresg.supplier.SupplierStatus;

/** What the supplier form holds while someone types; turned into a {@link SupplierProfile} on save. */
public class SupplierForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One contact row of the form. */
    public static class ContactRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String jobTitle;
        private String email;
        private String phone;

        public ContactRow() {
        }

        ContactRow(SupplierProfile.ContactDetails c) {
            name = c.name();
            jobTitle = c.jobTitle();
            email = c.email();
            phone = c.phone();
        }

        SupplierProfile.ContactDetails toDetails() {
            return new SupplierProfile.ContactDetails(name, jobTitle, email, phone);
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getJobTitle() { return jobTitle; }
        public void setJobTitle(String jobTitle) { this.jobTitle = jobTitle; }
        public String getEmail() { return email; }
        public void setEmail(String email) { this.email = email; }
        public String getPhone() { return phone; }
        public void setPhone(String phone) { this.phone = phone; }
    }

    private String legalName;
    private String localName;
    private String country;
    private String region;
    private IndustryScheme industryScheme = IndustryScheme.NAICS;
    private String industryCode;
    private SpendCategory spendCategory;
    private BigDecimal annualSpendAmount;
    private String annualSpendCurrency = "USD";
    private ChainTier chainTier = ChainTier.TIER_1;
    private Long parentSupplierId;
    private SupplierStatus status = SupplierStatus.ONBOARDING;
    private final List<ContactRow> contacts = new ArrayList<>();

    public static SupplierForm of(SupplierDetails d) {
        SupplierForm f = new SupplierForm();
        f.legalName = d.legalName();
        f.localName = d.localName();
        f.country = d.country();
        f.region = d.region();
        f.industryScheme = d.industryScheme();
        f.industryCode = d.industryCode();
        f.spendCategory = d.spendCategory();
        f.annualSpendAmount = d.annualSpendAmount();
        f.annualSpendCurrency = d.annualSpendCurrency();
        f.chainTier = d.chainTier();
        f.parentSupplierId = d.parentSupplierId();
        f.status = d.status();
        d.contacts().forEach(c -> f.contacts.add(new ContactRow(c)));
        return f;
    }

    SupplierProfile toProfile() {
        return new SupplierProfile(legalName, localName, country, region, industryScheme, industryCode, spendCategory,
                annualSpendAmount, annualSpendCurrency, chainTier, chainTier == ChainTier.TIER_2 ? parentSupplierId : null,
                status, contactDetails());
    }

    public List<SupplierProfile.ContactDetails> contactDetails() {
        return contacts.stream().map(ContactRow::toDetails).toList();
    }

    public void addContact() {
        contacts.add(new ContactRow());
    }

    public void removeContact(ContactRow row) {
        contacts.remove(row);
    }

    public List<ContactRow> getContacts() { return contacts; }
    public String getLegalName() { return legalName; }
    public void setLegalName(String legalName) { this.legalName = legalName; }
    public String getLocalName() { return localName; }
    public void setLocalName(String localName) { this.localName = localName; }
    public String getCountry() { return country; }
    public void setCountry(String country) { this.country = country; }
    public String getRegion() { return region; }
    public void setRegion(String region) { this.region = region; }
    public IndustryScheme getIndustryScheme() { return industryScheme; }
    public void setIndustryScheme(IndustryScheme industryScheme) { this.industryScheme = industryScheme; }
    public String getIndustryCode() { return industryCode; }
    public void setIndustryCode(String industryCode) { this.industryCode = industryCode; }
    public SpendCategory getSpendCategory() { return spendCategory; }
    public void setSpendCategory(SpendCategory spendCategory) { this.spendCategory = spendCategory; }
    public BigDecimal getAnnualSpendAmount() { return annualSpendAmount; }
    public void setAnnualSpendAmount(BigDecimal annualSpendAmount) { this.annualSpendAmount = annualSpendAmount; }
    public String getAnnualSpendCurrency() { return annualSpendCurrency; }
    public void setAnnualSpendCurrency(String annualSpendCurrency) { this.annualSpendCurrency = annualSpendCurrency; }
    public ChainTier getChainTier() { return chainTier; }
    public void setChainTier(ChainTier chainTier) { this.chainTier = chainTier; }
    public Long getParentSupplierId() { return parentSupplierId; }
    public void setParentSupplierId(Long parentSupplierId) { this.parentSupplierId = parentSupplierId; }
    public SupplierStatus getStatus() { return status; }
    public void setStatus(SupplierStatus status) { this.status = status; }
}
