package org.supplieresg.training;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.supplieresg.evidence.EvidenceView;

/** The training library, policy and assignments as pages and the API show them. */
public final class TrainingViews {

    private TrainingViews() {
    }

    /** A module; {@code link} or the material's name, type and size, one of the two. */
    public record ModuleView(long id, String titleEn, String titleZh, String descriptionEn, String descriptionZh, String publisher,
                             String language, String dimension, int durationMinutes, String link, Long materialId,
                             String materialFileName, String materialContentType, Long materialSizeBytes, boolean active,
                             String createdBy, Instant createdAt, long version) {

        static ModuleView of(TrainingModule m) {
            return new ModuleView(m.id(), m.titleEn(), m.titleZh(), m.descriptionEn(), m.descriptionZh(), m.publisher(), m.language(),
                    m.dimensionCode(), m.durationMinutes(), m.link(), m.materialId(), m.materialFileName(), m.materialContentType(),
                    m.materialSizeBytes(), m.active(), m.createdBy(), m.createdAt(), m.version());
        }

        public boolean hasMaterial() {
            return materialId != null;
        }
    }

    /** Uploaded material, before or after a module uses it. */
    public record MaterialView(long id, String fileName, String contentType, long sizeBytes, String sha256, String uploadedBy,
                               Instant uploadedAt) {

        static MaterialView of(TrainingMaterial m) {
            return new MaterialView(m.id(), m.fileName(), m.contentType(), m.sizeBytes(), m.sha256(), m.uploadedBy(), m.uploadedAt());
        }
    }

    /** The threshold in force and who set it last. */
    public record PolicyView(BigDecimal threshold, String changedBy, Instant changedAt, long version) {

        static PolicyView of(TrainingPolicy p) {
            return new PolicyView(p.threshold(), p.changedBy(), p.changedAt(), p.version());
        }
    }

    /**
     * A module assigned to a supplier. For an automatic assignment, {@code dimension}, {@code dimensionScore},
     * {@code threshold} and {@code scoredAt} say what assigned it; {@code reason} says it in English.
     */
    public record AssignmentView(long id, long supplierId, ModuleView module, AssignmentSource source, String reason,
                                 String dimension, BigDecimal dimensionScore, BigDecimal threshold, Instant scoredAt,
                                 String assignedBy, Instant assignedAt, AssignmentStatus status, Instant completedAt,
                                 String completedBy, EvidenceView certificate, String completionNote, long version) {

        static AssignmentView of(TrainingAssignment a, LocalDate today) {
            return new AssignmentView(a.id(), a.supplierId(), ModuleView.of(a.module()), a.source(), a.reason(),
                    a.module().dimensionCode(), a.dimensionScore(), a.threshold(), a.scoredAt(), a.assignedBy(), a.assignedAt(),
                    a.status(), a.completedAt(), a.completedBy(), a.certificate() == null ? null : EvidenceView.of(a.certificate(), today),
                    a.completionNote(), a.version());
        }

        public boolean completed() {
            return status == AssignmentStatus.COMPLETED;
        }
    }

    /** Material to send: its name, type and bytes. */
    public record Material(String fileName, String contentType, byte[] content) {
    }
}
