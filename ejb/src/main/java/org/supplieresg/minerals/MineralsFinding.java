package org.supplieresg.minerals;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.supplieresg.audit.Severity;
import org.supplieresg.audittrail.Auditable;
import org.supplieresg.reports.minerals.Metal;

/**
 * A declared smelter that is not (or cannot be shown to be) RMAP-conformant, on indicator MIN-04. It is opened by a
 * review of a declaration and closed by a later one: when the smelter turns out conformant, when the reason changes
 * (a new finding then says the new reason), or when a newer declaration of the same template supersedes it. Never
 * reopened.
 */
@Entity
@Table(name = "minerals_finding")
public class MineralsFinding implements Auditable {

    public enum Status {
        OPEN, CLOSED
    }

    /** Why a finding was closed. */
    public enum Closure {
        CONFORMANT, REASON_CHANGED, SUPERSEDED
    }

    @Id
    @SequenceGenerator(name = "minerals_finding_seq", sequenceName = "minerals_finding_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "minerals_finding_seq")
    private Long id;

    @Column(name = "supplier_id", nullable = false, updatable = false)
    private Long supplierId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "declaration_id", nullable = false, updatable = false)
    private MineralsDeclaration declaration;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "declared_smelter_id", nullable = false, updatable = false)
    private DeclaredSmelter smelter;

    @Column(name = "indicator_code", nullable = false, updatable = false)
    private String indicatorCode;

    @Convert(converter = MetalConverter.class)
    @Column(name = "metal", nullable = false, updatable = false)
    private Metal metal;

    @Column(name = "smelter_id", updatable = false)
    private String smelterId;

    @Column(name = "smelter_name", nullable = false, updatable = false)
    private String smelterName;

    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, updatable = false)
    private Severity severity;

    @Enumerated(EnumType.STRING)
    @Column(name = "reason", nullable = false, updatable = false)
    private FindingReason reason;

    @Column(name = "list_id", updatable = false)
    private Long listId;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "closed_because")
    private Closure closedBecause;

    @Version
    private long version;

    protected MineralsFinding() {
        // for JPA
    }

    MineralsFinding(DeclaredSmelter smelter, FindingReason reason, Long listId, Instant at) {
        this.declaration = smelter.declaration();
        this.supplierId = declaration.supplierId();
        this.smelter = smelter;
        this.indicatorCode = FindingReason.INDICATOR;
        this.metal = smelter.metal();
        this.smelterId = smelter.smelterId();
        this.smelterName = smelter.smelterName();
        this.severity = reason.severity();
        this.reason = reason;
        this.listId = listId;
        this.status = Status.OPEN;
        this.openedAt = at;
    }

    void close(Closure because, Instant at) {
        if (status == Status.CLOSED) {
            return;
        }
        status = Status.CLOSED;
        closedBecause = because;
        closedAt = at;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    @Override
    public String auditType() {
        return "MineralsFinding";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("supplier", String.valueOf(supplierId));
        fields.put("indicator", indicatorCode);
        fields.put("metal", metal.code());
        fields.put("smelter", smelterId == null ? smelterName : smelterId + " " + smelterName);
        fields.put("severity", severity.name());
        fields.put("reason", reason.name());
        fields.put("status", status.name());
        fields.put("closedBecause", closedBecause == null ? null : closedBecause.name());
        return fields;
    }

    public Long id() { return id; }
    public Long supplierId() { return supplierId; }
    public MineralsDeclaration declaration() { return declaration; }
    public DeclaredSmelter smelter() { return smelter; }
    public String indicatorCode() { return indicatorCode; }
    public Metal metal() { return metal; }
    public String smelterId() { return smelterId; }
    public String smelterName() { return smelterName; }
    public Severity severity() { return severity; }
    public FindingReason reason() { return reason; }
    public Long listId() { return listId; }
    public Status status() { return status; }
    public Instant openedAt() { return openedAt; }
    public Instant closedAt() { return closedAt; }
    public Closure closedBecause() { return closedBecause; }
    public long version() { return version; }
}
