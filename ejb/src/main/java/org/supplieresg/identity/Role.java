package org.supplieresg.identity;

/** The roles of the system; each is also a Jakarta Security group of the same name. */
public enum Role {
    PROCUREMENT, SUPPLIER, AUDITOR, SUSTAINABILITY_OFFICER, ADMIN;

    /** Role names for {@code @RolesAllowed}, which needs compile-time constants. */
    public static final class Names {
        public static final String PROCUREMENT = "PROCUREMENT";
        public static final String SUPPLIER = "SUPPLIER";
        public static final String AUDITOR = "AUDITOR";
        public static final String SUSTAINABILITY_OFFICER = "SUSTAINABILITY_OFFICER";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}
