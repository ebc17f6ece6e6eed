package org.supplieresg.evidence;

import java.time.Instant;
import java.time.LocalDate;

/** A piece of evidence as pages and the API show it. */
public record EvidenceView(long id, long supplierId, long documentId, int versionNo, String fileName, String contentType,
                           long sizeBytes, String sha256, EvidenceKind kind, String issuer, LocalDate validFrom,
                           LocalDate validTo, String language, String uploadedBy, Instant uploadedAt, boolean previewable,
                           boolean expired) {

    public static EvidenceView of(Evidence e, LocalDate today) {
        return new EvidenceView(e.id(), e.supplierId(), e.documentId(), e.versionNo(), e.fileName(), e.contentType(),
                e.sizeBytes(), e.sha256(), e.kind(), e.issuer(), e.validFrom(), e.validTo(), e.language(), e.uploadedBy(),
                e.uploadedAt(), e.type().previewable(), e.expiredOn(today));
    }
}
