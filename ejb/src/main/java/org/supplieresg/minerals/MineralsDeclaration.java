package org.supplieresg.minerals;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.supplieresg.audittrail.Auditable;
import org.supplieresg.reports.minerals.RmiTemplate;
import org.supplieresg.reports.minerals.RmiTemplateReader;

/**
 * One CMRT or EMRT a supplier uploaded: the template and revision, the company that declared, the file (kept as
 * evidence) and the smelters it names, each once per metal. Never changed except for the smelters' conformance, which
 * every review against a conformant list sets again.
 */
@Entity
@Table(name = "minerals_declaration")
@NamedQuery(name = MineralsDeclaration.CURRENT, query = "SELECT d FROM MineralsDeclaration d WHERE NOT EXISTS (SELECT n FROM MineralsDeclaration n"
        + " WHERE n.supplierId = d.supplierId AND n.template = d.template AND (n.uploadedAt > d.uploadedAt OR (n.uploadedAt = d.uploadedAt AND n.id > d.id)))"
        + " ORDER BY d.supplierId, d.template")
public class MineralsDeclaration implements Auditable {

    /** Every supplier's newest declaration of each template: the ones in force (as the view current_declared_smelter). */
    public static final String CURRENT = "MineralsDeclaration.current";

    /** The uploaded file as the evidence library keeps it. */
    public record File(String name, String sha256, Long evidenceId) {
    }

    @Id
    @SequenceGenerator(name = "minerals_declaration_seq", sequenceName = "minerals_declaration_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "minerals_declaration_seq")
    private Long id;

    @Column(name = "supplier_id", nullable = false, updatable = false)
    private Long supplierId;

    @Enumerated(EnumType.STRING)
    @Column(name = "template", nullable = false, updatable = false)
    private RmiTemplate template;

    @Column(name = "revision", nullable = false, updatable = false)
    private String revision;

    @Column(name = "company_name", nullable = false, updatable = false)
    private String companyName;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "sha256", nullable = false, updatable = false)
    private String sha256;

    @Column(name = "evidence_id", updatable = false)
    private Long evidenceId;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @OneToMany(mappedBy = "declaration", cascade = CascadeType.PERSIST)
    @OrderBy("rowNo")
    private List<DeclaredSmelter> smelters = new ArrayList<>();

    protected MineralsDeclaration() {
        // for JPA
    }

    /**
     * A declaration as read from its file. A smelter named twice for the same metal (an alias on another row, say)
     * counts once, on its first row.
     */
    public MineralsDeclaration(long supplierId, RmiTemplateReader.Declaration declared, File file, String by, Instant at) {
        if (declared.smelters().isEmpty()) {
            throw new IllegalArgumentException("a declaration names at least one smelter");
        }
        if (declared.companyName() == null || declared.companyName().isBlank()) {
            throw new IllegalArgumentException("a declaration names the declaring company");
        }
        this.supplierId = supplierId;
        this.template = declared.template();
        this.revision = declared.revision();
        this.companyName = declared.companyName().strip();
        this.fileName = file.name();
        this.sha256 = file.sha256();
        this.evidenceId = file.evidenceId();
        this.uploadedBy = by;
        this.uploadedAt = at;
        Set<String> seen = new HashSet<>();
        for (RmiTemplateReader.Smelter row : declared.smelters()) {
            DeclaredSmelter smelter = new DeclaredSmelter(this, row);
            if (seen.add(smelter.identity())) {
                smelters.add(smelter);
            }
        }
    }

    /**
     * Measures every smelter against a list and settles the findings: a smelter that calls for a finding gets one,
     * unless an open one says the same already; an open finding whose smelter is now conformant, or whose reason
     * changed, is closed.
     *
     * @param open the open findings of this declaration
     * @return the findings opened, for the caller to store
     */
    public List<MineralsFinding> review(ConformantList list, Collection<MineralsFinding> open, Instant at) {
        List<MineralsFinding> opened = new ArrayList<>();
        for (DeclaredSmelter smelter : smelters) {
            Optional<FindingReason> reason = smelter.assess(list).finding();
            Optional<MineralsFinding> existing = open.stream().filter(f -> f.isOpen() && f.smelter() == smelter).findFirst();
            if (existing.isPresent() && reason.equals(Optional.of(existing.get().reason()))) {
                continue;
            }
            existing.ifPresent(f -> f.close(reason.isEmpty() ? MineralsFinding.Closure.CONFORMANT : MineralsFinding.Closure.REASON_CHANGED, at));
            reason.ifPresent(r -> opened.add(new MineralsFinding(smelter, r, list.listId(), at)));
        }
        return opened;
    }

    /** Closes the open findings of an older declaration of the same template, which this one replaces. */
    public void supersede(Collection<MineralsFinding> olderOpen, Instant at) {
        for (MineralsFinding finding : olderOpen) {
            if (finding.declaration() != this && finding.declaration().template == template) {
                finding.close(MineralsFinding.Closure.SUPERSEDED, at);
            }
        }
    }

    @Override
    public String auditType() {
        return "MineralsDeclaration";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("supplier", String.valueOf(supplierId));
        fields.put("template", template.name() + " " + revision);
        fields.put("company", companyName);
        fields.put("file", fileName);
        fields.put("sha256", sha256);
        fields.put("smelters", String.valueOf(smelters.size()));
        return fields;
    }

    public Long id() { return id; }
    public Long supplierId() { return supplierId; }
    public RmiTemplate template() { return template; }
    public String revision() { return revision; }
    public String companyName() { return companyName; }
    public String fileName() { return fileName; }
    public String sha256() { return sha256; }
    public Long evidenceId() { return evidenceId; }
    public String uploadedBy() { return uploadedBy; }
    public Instant uploadedAt() { return uploadedAt; }
    public List<DeclaredSmelter> smelters() { return List.copyOf(smelters); }
}
