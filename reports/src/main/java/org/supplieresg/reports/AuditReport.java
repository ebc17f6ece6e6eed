package org.supplieresg.reports;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an on-site audit report says, as {@link AuditReportPdf} prints it. Every record is immutable; a field
 * documented as optional may be {@code null}, every other field is required. Free texts (scope, observations, root
 * causes) are printed as given, in whatever language the auditor wrote them.
 *
 * @param findings           in the order the report lists them
 * @param correctiveActions  each refers to one of the findings by its reference
 */
public record AuditReport(Supplier supplier, Audit audit, ChecklistCounts counts, List<Finding> findings,
                          List<CorrectiveActionPlan> correctiveActions, Signatures signatures) {

    public AuditReport {
        Objects.requireNonNull(supplier, "supplier");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(counts, "counts");
        Objects.requireNonNull(signatures, "signatures");
        findings = List.copyOf(findings);
        correctiveActions = List.copyOf(correctiveActions);
        Map<Severity, Long> listed = findings.stream()
                .collect(Collectors.groupingBy(Finding::severity, () -> new EnumMap<>(Severity.class), Collectors.counting()));
        for (Severity severity : Severity.values()) {
            long counted = counts.findings(severity);
            long inList = listed.getOrDefault(severity, 0L);
            if (counted != inList) {
                throw new IllegalArgumentException("the checklist counts " + counted + " " + severity
                        + " finding(s) but the report lists " + inList);
            }
        }
        Set<String> references = findings.stream().map(Finding::reference).collect(Collectors.toSet());
        if (references.size() != findings.size()) {
            throw new IllegalArgumentException("two findings share a reference");
        }
        for (CorrectiveActionPlan plan : correctiveActions) {
            if (!references.contains(plan.findingReference())) {
                throw new IllegalArgumentException("corrective action plan for unknown finding " + plan.findingReference());
            }
        }
    }

    /**
     * The audited company and site.
     *
     * @param localName   optional: the name in the local script, for example Chinese
     * @param countryCode ISO 3166-1 alpha-2, for example {@code CN}
     */
    public record Supplier(String legalName, String localName, String countryCode, String siteAddress) {
        public Supplier {
            requireText(legalName, "legalName");
            requireText(siteAddress, "siteAddress");
            if (countryCode == null || !countryCode.matches("[A-Z]{2}")) {
                throw new IllegalArgumentException("country code must be two capital letters, got " + countryCode);
            }
        }
    }

    /**
     * The audit itself.
     *
     * @param reference     for example {@code AUD-2026-0042}
     * @param actualDate    optional: the day the team was on site, when it is known
     * @param teamMembers   the other auditors, without the lead; may be empty
     * @param auditLanguage the language interviews and documents were in
     * @param scope         what was audited: site areas, processes, period of records
     * @param criteria      the standards or catalogue version the audit checks against
     */
    public record Audit(String reference, AuditType type, LocalDate plannedStart, LocalDate plannedEnd,
                        LocalDate actualDate, String leadAuditor, List<String> teamMembers, Locale auditLanguage,
                        String scope, String criteria) {
        public Audit {
            requireText(reference, "reference");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(plannedStart, "plannedStart");
            Objects.requireNonNull(plannedEnd, "plannedEnd");
            if (plannedEnd.isBefore(plannedStart)) {
                throw new IllegalArgumentException("planned end " + plannedEnd + " is before planned start " + plannedStart);
            }
            requireText(leadAuditor, "leadAuditor");
            teamMembers = List.copyOf(teamMembers);
            Objects.requireNonNull(auditLanguage, "auditLanguage");
            requireText(scope, "scope");
            requireText(criteria, "criteria");
        }
    }

    public enum AuditType { INITIAL, PERIODIC, FOLLOW_UP, UNANNOUNCED }

    /** Severity of a finding, as the RBA Validated Audit Process grades nonconformances. */
    public enum Severity {
        /** An immediate threat, or the most serious breach of the standard. */
        PRIORITY,
        /** A significant failure in the management system. */
        MAJOR,
        /** An isolated or random lapse. */
        MINOR
    }

    /** The checklist's totals: how many items were checked, how many conform, and the findings by severity. */
    public record ChecklistCounts(int itemsChecked, int conforming, int priority, int major, int minor) {
        public ChecklistCounts {
            if (itemsChecked < 0 || conforming < 0 || priority < 0 || major < 0 || minor < 0) {
                throw new IllegalArgumentException("counts cannot be negative");
            }
            if (conforming > itemsChecked) {
                throw new IllegalArgumentException(conforming + " conforming items out of only " + itemsChecked + " checked");
            }
        }

        public int findings(Severity severity) {
            return switch (severity) {
                case PRIORITY -> priority;
                case MAJOR -> major;
                case MINOR -> minor;
            };
        }

        public int findings() {
            return priority + major + minor;
        }
    }

    /**
     * One nonconformance found on site.
     *
     * @param reference     for example {@code F-01}; unique within the report
     * @param indicatorCode the catalogue indicator or standard clause the finding is against
     * @param requirement   what the indicator requires
     * @param observation   what the auditor saw
     * @param notes         optional: evidence reviewed, people interviewed, anything else
     * @param photos        may be empty
     */
    public record Finding(String reference, String indicatorCode, String requirement, Severity severity,
                          String observation, String notes, List<Photo> photos) {
        public Finding {
            requireText(reference, "reference");
            requireText(indicatorCode, "indicatorCode");
            requireText(requirement, "requirement");
            Objects.requireNonNull(severity, "severity");
            requireText(observation, "observation");
            photos = List.copyOf(photos);
        }
    }

    /**
     * A photo taken on site, PNG or JPEG. The record keeps its own copy of the bytes and hands out copies.
     *
     * @param caption optional
     */
    public record Photo(byte[] image, String caption) {
        private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
        private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

        public Photo {
            Objects.requireNonNull(image, "image");
            if (!startsWith(image, PNG) && !startsWith(image, JPEG)) {
                throw new IllegalArgumentException("a photo must be a PNG or JPEG image"
                        + (caption == null ? "" : " (caption: " + caption + ")"));
            }
            image = image.clone();
        }

        @Override
        public byte[] image() {
            return image.clone();
        }

        private static boolean startsWith(byte[] bytes, byte[] prefix) {
            return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
        }
    }

    public enum CapStatus { OPEN, SUBMITTED, VERIFIED, REJECTED, OVERDUE, CLOSED }

    /**
     * The supplier's corrective action plan for one finding.
     *
     * @param rootCause optional until the supplier has analysed it
     * @param actions   optional until the supplier has submitted the plan
     * @param owner     optional: who at the supplier carries it out
     */
    public record CorrectiveActionPlan(String findingReference, String rootCause, String actions, String owner,
                                       LocalDate dueDate, CapStatus status) {
        public CorrectiveActionPlan {
            requireText(findingReference, "findingReference");
            Objects.requireNonNull(dueDate, "dueDate");
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * Who signs the report. Whatever is optional and missing is printed as a blank line to fill in by hand.
     *
     * @param auditorSignedOn        optional
     * @param supplierRepresentative optional
     * @param representativeTitle    optional
     */
    public record Signatures(String leadAuditor, LocalDate auditorSignedOn, String supplierRepresentative,
                             String representativeTitle) {
        public Signatures {
            requireText(leadAuditor, "leadAuditor");
        }
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
