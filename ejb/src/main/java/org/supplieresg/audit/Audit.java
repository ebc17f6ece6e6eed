package org.supplieresg.audit;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.supplieresg.audittrail.Auditable;
import org.supplieresg.shared.CountryCodes;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.supplier.Supplier;

/**
 * One on-site audit of one supplier site: when, by whom, where, in which language, its checklist and where it stands.
 * The audit guards its own life cycle: the supplier confirms or proposes dates before it starts, items are checked
 * only while it is in progress, and it completes only when every item is checked.
 */
@Entity
@Table(name = "audit")
public class Audit implements Auditable {

    /** What a planner enters to schedule an audit. */
    public record Plan(AuditType type, LocalDate start, LocalDate end, String leadAuditor, List<String> team, String siteAddress,
                       String siteCountry, String language) {
    }

    @Id
    @SequenceGenerator(name = "audit_seq", sequenceName = "audit_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_seq")
    private Long id;

    @Column(name = "reference", nullable = false, updatable = false)
    private String reference;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supplier_id", nullable = false, updatable = false)
    private Supplier supplier;

    @Enumerated(EnumType.STRING)
    @Column(name = "audit_type", nullable = false, updatable = false)
    private AuditType type;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AuditStatus status;

    @Column(name = "planned_start", nullable = false)
    private LocalDate plannedStart;

    @Column(name = "planned_end", nullable = false)
    private LocalDate plannedEnd;

    @Column(name = "proposed_start")
    private LocalDate proposedStart;

    @Column(name = "proposed_end")
    private LocalDate proposedEnd;

    @Column(name = "supplier_note")
    private String supplierNote;

    @Column(name = "lead_auditor", nullable = false)
    private String leadAuditor;

    @Column(name = "team")
    private String team;

    @Column(name = "site_address", nullable = false)
    private String siteAddress;

    @Column(name = "site_country", nullable = false)
    private String siteCountry;

    @Column(name = "language", nullable = false)
    private String language;

    @Column(name = "assessment_id", updatable = false)
    private Long assessmentId;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "completed_at")
    private Instant completedAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "audit", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<ChecklistItem> items = new ArrayList<>();

    @Version
    private long version;

    protected Audit() {
        // for JPA
    }

    /**
     * Schedules an audit. Refused: dates missing, in the past or in the wrong order, no lead auditor, no site address,
     * an unknown country, no language. An unannounced audit is confirmed at once (nobody asks the supplier).
     */
    static Audit schedule(String reference, Supplier supplier, Plan plan, Long assessmentId, LocalDate today, String by, Instant at) {
        List<FieldViolation> problems = new ArrayList<>();
        if (plan.type() == null) {
            problems.add(FieldViolation.of("type", "field.required"));
        }
        problems.addAll(dateViolations("start", "end", plan.start(), plan.end(), today));
        if (plan.leadAuditor() == null || plan.leadAuditor().isBlank()) {
            problems.add(FieldViolation.of("leadAuditor", "field.required"));
        }
        if (plan.siteAddress() == null || plan.siteAddress().isBlank()) {
            problems.add(FieldViolation.of("siteAddress", "field.required"));
        } else if (plan.siteAddress().strip().length() > 300) {
            problems.add(FieldViolation.of("siteAddress", "field.tooLong", 300));
        }
        if (plan.siteCountry() == null || !CountryCodes.isValid(plan.siteCountry())) {
            problems.add(FieldViolation.of("siteCountry", "supplier.country.required"));
        }
        if (plan.language() == null || plan.language().isBlank()) {
            problems.add(FieldViolation.of("language", "field.required"));
        }
        InvalidInputException.throwIfAny(problems);
        Audit audit = new Audit();
        audit.reference = reference;
        audit.supplier = supplier;
        audit.type = plan.type();
        audit.status = plan.type() == AuditType.UNANNOUNCED ? AuditStatus.CONFIRMED : AuditStatus.PLANNED;
        audit.plannedStart = plan.start();
        audit.plannedEnd = plan.end();
        audit.leadAuditor = plan.leadAuditor().strip();
        audit.team = plan.team() == null || plan.team().isEmpty() ? null
                : String.join(",", plan.team().stream().map(String::strip).filter(t -> !t.isEmpty() && !t.equals(audit.leadAuditor)).distinct().toList());
        audit.siteAddress = plan.siteAddress().strip();
        audit.siteCountry = plan.siteCountry();
        audit.language = plan.language().strip();
        audit.assessmentId = assessmentId;
        audit.createdBy = by;
        audit.createdAt = at;
        return audit;
    }

    static List<FieldViolation> dateViolations(String startField, String endField, LocalDate start, LocalDate end, LocalDate today) {
        List<FieldViolation> problems = new ArrayList<>();
        if (start == null) {
            problems.add(FieldViolation.of(startField, "field.required"));
        } else if (start.isBefore(today)) {
            problems.add(FieldViolation.of(startField, "audit.date.past", start.toString()));
        }
        if (end == null) {
            problems.add(FieldViolation.of(endField, "field.required"));
        } else if (start != null && end.isBefore(start)) {
            problems.add(FieldViolation.of(endField, "audit.date.order"));
        }
        return problems;
    }

    /** Numbers the audit once it has its id: AUD-year-id, unique without a counter of its own. */
    void number(int year) {
        reference = "AUD-" + year + "-" + String.format("%04d", id);
    }

    void addItem(String indicatorCode, ChecklistReason reason, String selfAssessed) {
        items.add(new ChecklistItem(this, items.size() + 1, indicatorCode, reason, selfAssessed));
    }

    /** The supplier confirms the planned dates. */
    void confirm() {
        requireStatus(AuditStatus.PLANNED);
        status = AuditStatus.CONFIRMED;
        proposedStart = null;
        proposedEnd = null;
    }

    /** The supplier proposes other dates, with a reason; the audit waits for the planner. */
    void propose(LocalDate start, LocalDate end, String note, LocalDate today) {
        if (status != AuditStatus.PLANNED && status != AuditStatus.CONFIRMED) {
            throw new InvalidInputException(FieldViolation.of("status", "audit.status", reference, status));
        }
        List<FieldViolation> problems = new ArrayList<>(dateViolations("proposedStart", "proposedEnd", start, end, today));
        if (note == null || note.isBlank()) {
            problems.add(FieldViolation.of("note", "audit.propose.note"));
        }
        InvalidInputException.throwIfAny(problems);
        proposedStart = start;
        proposedEnd = end;
        supplierNote = note.strip();
        status = AuditStatus.PLANNED;
    }

    /** Moves the audit (the planner, for example by dragging it on the calendar); an announced audit is confirmed again. */
    void reschedule(LocalDate start, LocalDate end, LocalDate today) {
        if (status != AuditStatus.PLANNED && status != AuditStatus.CONFIRMED) {
            throw new InvalidInputException(FieldViolation.of("status", "audit.status", reference, status));
        }
        InvalidInputException.throwIfAny(dateViolations("start", "end", start, end, today));
        plannedStart = start;
        plannedEnd = end;
        proposedStart = null;
        proposedEnd = null;
        status = type == AuditType.UNANNOUNCED ? AuditStatus.CONFIRMED : AuditStatus.PLANNED;
    }

    void start(Instant at) {
        requireStatus(AuditStatus.CONFIRMED);
        status = AuditStatus.IN_PROGRESS;
        startedAt = at;
    }

    void cancel() {
        if (status == AuditStatus.COMPLETED || status == AuditStatus.CANCELLED) {
            throw new InvalidInputException(FieldViolation.of("status", "audit.status", reference, status));
        }
        status = AuditStatus.CANCELLED;
    }

    ChecklistItem item(String indicatorCode) {
        return items.stream().filter(i -> i.indicatorCode().equals(indicatorCode)).findFirst()
                .orElseThrow(() -> new InvalidInputException(FieldViolation.of("indicator", "audit.item.unknown", indicatorCode, reference)));
    }

    /** Records what the auditor found for one item, while the audit is in progress. */
    ChecklistItem check(String indicatorCode, Outcome outcome, Severity severity, String verifiedAnswer, String observation,
                        String by, Instant at) {
        requireStatus(AuditStatus.IN_PROGRESS);
        ChecklistItem item = item(indicatorCode);
        item.record(outcome, severity, verifiedAnswer, observation, by, at);
        return item;
    }

    /** Completes the audit; every item must be checked first. */
    void complete(Instant at) {
        requireStatus(AuditStatus.IN_PROGRESS);
        List<FieldViolation> unchecked = items.stream().filter(i -> i.outcome() == null)
                .map(i -> FieldViolation.of(i.indicatorCode(), "audit.complete.unchecked", i.indicatorCode())).toList();
        InvalidInputException.throwIfAny(unchecked);
        status = AuditStatus.COMPLETED;
        completedAt = at;
    }

    private void requireStatus(AuditStatus wanted) {
        if (status != wanted) {
            throw new InvalidInputException(FieldViolation.of("status", "audit.status", reference, status));
        }
    }

    /** A supplier learns of an unannounced audit only when the auditors arrive. */
    public boolean visibleToSupplier() {
        return type != AuditType.UNANNOUNCED || status == AuditStatus.IN_PROGRESS || status == AuditStatus.COMPLETED;
    }

    /** Whether {@code username} is on the audit team (lead or member). */
    public boolean hasAuditor(String username) {
        return leadAuditor.equals(username) || team().contains(username);
    }

    public boolean activeOn(LocalDate from, LocalDate to) {
        return status != AuditStatus.CANCELLED && !plannedEnd.isBefore(from) && !plannedStart.isAfter(to);
    }

    @Override
    public String auditType() {
        return "Audit";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("reference", reference);
        fields.put("type", String.valueOf(type));
        fields.put("status", String.valueOf(status));
        fields.put("dates", plannedStart + " to " + plannedEnd);
        fields.put("proposed", proposedStart == null ? null : proposedStart + " to " + proposedEnd);
        fields.put("leadAuditor", leadAuditor);
        fields.put("team", team);
        fields.put("site", siteAddress + " (" + siteCountry + ")");
        fields.put("language", language);
        return fields;
    }

    public Long id() { return id; }
    public String reference() { return reference; }
    public Supplier supplier() { return supplier; }
    public AuditType type() { return type; }
    public AuditStatus status() { return status; }
    public LocalDate plannedStart() { return plannedStart; }
    public LocalDate plannedEnd() { return plannedEnd; }
    public Optional<LocalDate> proposedStart() { return Optional.ofNullable(proposedStart); }
    public Optional<LocalDate> proposedEnd() { return Optional.ofNullable(proposedEnd); }
    public String supplierNote() { return supplierNote; }
    public String leadAuditor() { return leadAuditor; }
    public List<String> team() { return team == null ? List.of() : Arrays.asList(team.split(",")); }
    public String siteAddress() { return siteAddress; }
    public String siteCountry() { return siteCountry; }
    public String language() { return language; }
    public Long assessmentId() { return assessmentId; }
    public Instant startedAt() { return startedAt; }
    public Instant completedAt() { return completedAt; }
    public String createdBy() { return createdBy; }
    public List<ChecklistItem> items() { return List.copyOf(items); }
    public long version() { return version; }
}
