package org.supplieresg.supplier;

/** The industry classification that an industry code belongs to. */
public enum IndustryScheme {
    /** North American Industry Classification System (2022): six digits, and the key of the US EPA spend-based factors. */
    NAICS("\\d{2,6}"),
    /** UN International Standard Industrial Classification, Rev. 4: a section letter or two to four digits. */
    ISIC("[A-U]|\\d{2,4}");

    private final String codePattern;

    IndustryScheme(String codePattern) {
        this.codePattern = codePattern;
    }

    public boolean accepts(String code) {
        return code != null && code.matches(codePattern);
    }
}
