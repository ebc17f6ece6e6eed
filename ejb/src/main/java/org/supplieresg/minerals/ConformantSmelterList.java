package org.supplieresg.minerals;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.supplieresg.audittrail.Auditable;
import org.supplieresg.reports.minerals.ConformantListReader;

/**
 * A conformant smelter list the buyer imported (RMI's RMAP list as of a date, say). The newest one is the current
 * list; older ones stay for the findings that name them.
 */
@Entity
@Table(name = "conformant_smelter_list")
public class ConformantSmelterList implements Auditable {

    @Id
    @SequenceGenerator(name = "conformant_smelter_list_seq", sequenceName = "conformant_smelter_list_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conformant_smelter_list_seq")
    private Long id;

    @Column(name = "name", nullable = false, updatable = false)
    private String name;

    @Column(name = "list_date", nullable = false, updatable = false)
    private LocalDate listDate;

    @Column(name = "file_name", nullable = false, updatable = false)
    private String fileName;

    @Column(name = "sha256", nullable = false, updatable = false)
    private String sha256;

    @Column(name = "entry_count", nullable = false, updatable = false)
    private int entryCount;

    @Column(name = "imported_by", nullable = false, updatable = false)
    private String importedBy;

    @Column(name = "imported_at", nullable = false, updatable = false)
    private Instant importedAt;

    @OneToMany(mappedBy = "list", cascade = CascadeType.PERSIST)
    private List<ConformantSmelter> entries = new ArrayList<>();

    protected ConformantSmelterList() {
        // for JPA
    }

    public ConformantSmelterList(String name, LocalDate listDate, String fileName, String sha256, List<ConformantListReader.Entry> entries,
                                 String by, Instant at) {
        if (name == null || name.isBlank() || listDate == null || entries.isEmpty()) {
            throw new IllegalArgumentException("a conformant list has a name, a date and at least one entry");
        }
        this.name = name.strip();
        this.listDate = listDate;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.entryCount = entries.size();
        this.importedBy = by;
        this.importedAt = at;
        entries.forEach(e -> this.entries.add(new ConformantSmelter(this, e)));
    }

    /** The list as the rules read it; the list must have been stored (it needs its id). */
    public ConformantList rules() {
        ConformantList.Builder builder = ConformantList.builder(id);
        entries.forEach(e -> builder.add(e.metal(), e.smelterId(), e.status()));
        return builder.build();
    }

    @Override
    public String auditType() {
        return "ConformantSmelterList";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("listDate", listDate.toString());
        fields.put("file", fileName);
        fields.put("sha256", sha256);
        fields.put("entries", String.valueOf(entryCount));
        return fields;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public LocalDate listDate() { return listDate; }
    public String fileName() { return fileName; }
    public String sha256() { return sha256; }
    public int entryCount() { return entryCount; }
    public String importedBy() { return importedBy; }
    public Instant importedAt() { return importedAt; }
}
