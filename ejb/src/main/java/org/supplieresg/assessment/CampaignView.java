package org.supplieresg.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A campaign with the progress of each supplier's assessment. */
public record CampaignView(Long id, String name, int catalogueVersion, LocalDate deadline, CampaignStatus status,
                           String selection, String createdBy, Instant createdAt, List<AssessmentSummary> assessments) {
}
