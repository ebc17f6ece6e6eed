package org.supplieresg.reporting;

/** What a report job produces, with the file type it is downloaded as. */
public enum ReportKind {
    SCORECARD("application/pdf", "pdf"),
    PORTFOLIO("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    DISCLOSURE_PDF("application/pdf", "pdf"),
    DISCLOSURE_XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

    private final String contentType;
    private final String extension;

    ReportKind(String contentType, String extension) {
        this.contentType = contentType;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    public String extension() {
        return extension;
    }
}
