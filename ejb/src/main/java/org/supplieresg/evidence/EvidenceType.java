package org.supplieresg.evidence;

import java.util.List;
import java.util.Locale;

/** The kinds of file accepted as evidence, as recognised from their bytes, with the file name endings each may have. */
public enum EvidenceType {
    PDF("application/pdf", "pdf"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg", "jpeg"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    XLS("application/vnd.ms-excel", "xls"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    CSV("text/csv", "csv");

    private final String contentType;
    private final List<String> extensions;

    EvidenceType(String contentType, String... extensions) {
        this.contentType = contentType;
        this.extensions = List.of(extensions);
    }

    public String contentType() {
        return contentType;
    }

    public List<String> extensions() {
        return extensions;
    }

    public boolean fitsName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** Whether a browser may show it inline (PDF and images); everything else is downloaded. */
    public boolean previewable() {
        return this == PDF || this == PNG || this == JPEG;
    }

    public static EvidenceType ofContentType(String contentType) {
        for (EvidenceType type : values()) {
            if (type.contentType.equals(contentType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("not an evidence content type: " + contentType);
    }
}
