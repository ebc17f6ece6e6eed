package org.supplieresg.supplier;

import java.util.ArrayList;
import java.util.List;
import org.supplieresg.shared.FieldViolation;

/**
 * The part of a supplier's record that the supplier itself keeps up to date in its portal: its local-language name,
 * region and contacts. Legal identity, spend, category, tier and status stay with the buyer.
 */
public record CompanyProfile(String localName, String region, List<SupplierProfile.ContactDetails> contacts) {

    public CompanyProfile {
        contacts = contacts == null ? List.of() : List.copyOf(contacts);
    }

    public List<FieldViolation> violations() {
        List<FieldViolation> found = new ArrayList<>();
        if (localName != null && localName.strip().length() > SupplierProfile.MAX_NAME) {
            found.add(FieldViolation.of("localName", "field.tooLong", SupplierProfile.MAX_NAME));
        }
        if (region != null && region.strip().length() > SupplierProfile.MAX_REGION) {
            found.add(FieldViolation.of("region", "field.tooLong", SupplierProfile.MAX_REGION));
        }
        found.addAll(SupplierProfile.contactViolations(contacts));
        return found;
    }
}
