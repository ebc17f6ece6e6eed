package org.supplieresg.supplier;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.supplieresg.shared.CountryCodes;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.Money;

/**
 * Everything a buyer states about a supplier when registering or revising it. {@link #violations()} lists every rule it
 * breaks, field by field, so that a form can show all problems at once.
 */
public record SupplierProfile(
        String legalName,
        String localName,
        String country,
        String region,
        IndustryScheme industryScheme,
        String industryCode,
        SpendCategory spendCategory,
        BigDecimal annualSpendAmount,
        String annualSpendCurrency,
        ChainTier chainTier,
        Long parentSupplierId,
        SupplierStatus status,
        List<ContactDetails> contacts) {

    static final int MAX_NAME = 200;
    static final int MAX_REGION = 100;
    static final int MAX_CONTACTS = 20;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public SupplierProfile {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    /** A contact as typed into a form or sent to the API. */
    public record ContactDetails(String name, String jobTitle, String email, String phone) {

        Contact toContact() {
            return new Contact(name, jobTitle, email, phone);
        }

        static ContactDetails of(Contact contact) {
            return new ContactDetails(contact.name(), contact.jobTitle(), contact.email(), contact.phone());
        }
    }

    public List<FieldViolation> violations() {
        List<FieldViolation> found = new ArrayList<>();
        if (isBlank(legalName)) {
            found.add(FieldViolation.of("legalName", "supplier.legalName.required"));
        } else if (legalName.strip().length() > MAX_NAME) {
            found.add(FieldViolation.of("legalName", "field.tooLong", MAX_NAME));
        }
        if (localName != null && localName.strip().length() > MAX_NAME) {
            found.add(FieldViolation.of("localName", "field.tooLong", MAX_NAME));
        }
        if (isBlank(country)) {
            found.add(FieldViolation.of("country", "supplier.country.required"));
        } else if (!CountryCodes.isValid(country.strip())) {
            found.add(FieldViolation.of("country", "supplier.country.unknown", country.strip()));
        }
        if (region != null && region.strip().length() > MAX_REGION) {
            found.add(FieldViolation.of("region", "field.tooLong", MAX_REGION));
        }
        if (industryScheme == null) {
            found.add(FieldViolation.of("industryScheme", "field.required"));
        }
        if (isBlank(industryCode)) {
            found.add(FieldViolation.of("industryCode", "field.required"));
        } else if (industryScheme != null && !industryScheme.accepts(industryCode.strip())) {
            found.add(FieldViolation.of("industryCode", "supplier.industryCode.invalid", industryCode.strip(), industryScheme));
        }
        if (spendCategory == null) {
            found.add(FieldViolation.of("spendCategory", "field.required"));
        }
        if (annualSpendAmount == null) {
            found.add(FieldViolation.of("annualSpendAmount", "field.required"));
        } else if (annualSpendAmount.signum() < 0) {
            found.add(FieldViolation.of("annualSpendAmount", "supplier.annualSpend.negative"));
        } else if (annualSpendAmount.precision() - annualSpendAmount.scale() > 17) {
            found.add(FieldViolation.of("annualSpendAmount", "supplier.annualSpend.tooLarge"));
        }
        if (!Money.isCurrencyCode(annualSpendCurrency)) {
            found.add(FieldViolation.of("annualSpendCurrency", "supplier.currency.unknown", String.valueOf(annualSpendCurrency)));
        }
        if (chainTier == null) {
            found.add(FieldViolation.of("chainTier", "field.required"));
        } else if (chainTier == ChainTier.TIER_2 && parentSupplierId == null) {
            found.add(FieldViolation.of("parentSupplierId", "supplier.parent.requiredForTier2"));
        } else if (chainTier == ChainTier.TIER_1 && parentSupplierId != null) {
            found.add(FieldViolation.of("parentSupplierId", "supplier.parent.notForTier1"));
        }
        if (status == null) {
            found.add(FieldViolation.of("status", "field.required"));
        }
        found.addAll(contactViolations(contacts));
        return found;
    }

    static List<FieldViolation> contactViolations(List<ContactDetails> contacts) {
        List<FieldViolation> found = new ArrayList<>();
        if (contacts.size() > MAX_CONTACTS) {
            found.add(FieldViolation.of("contacts", "supplier.contacts.tooMany", MAX_CONTACTS));
        }
        for (int i = 0; i < contacts.size(); i++) {
            ContactDetails c = contacts.get(i);
            if (isBlank(c.name())) {
                found.add(FieldViolation.of("contacts[" + i + "].name", "field.required"));
            }
            if (isBlank(c.email())) {
                found.add(FieldViolation.of("contacts[" + i + "].email", "field.required"));
            } else if (!EMAIL.matcher(c.email().strip()).matches() || c.email().strip().length() > 254) {
                found.add(FieldViolation.of("contacts[" + i + "].email", "contact.email.invalid", c.email().strip()));
            }
        }
        return found;
    }

    static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
