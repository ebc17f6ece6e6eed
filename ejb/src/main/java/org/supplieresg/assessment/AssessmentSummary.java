package org.supplieresg.assessment;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Where one supplier stands in one campaign: answered of answerable indicators, status, deadline, and how many
 * answers a reviewer rejected or asked more about.
 */
public record AssessmentSummary(Long id, Long campaignId, String campaignName, LocalDate deadline, Long supplierId,
                                String supplierName, AssessmentStatus status, int answered, int answerable,
                                int toRevise, Instant submittedAt) {
}
