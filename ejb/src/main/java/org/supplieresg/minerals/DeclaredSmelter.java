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
import org.supplieresg.reports.minerals.Metal;
import org.supplieresg.reports.minerals.RmiTemplateReader;
import org.supplieresg.shared.CountryCodes;

/**
 * One smelter or refiner a declaration names, as declared (row, metal, identification number, name, country as
 * written and as an ISO code when it maps to one), and its conformance against the list it was last reviewed with.
 */
@Entity
@Table(name = "declared_smelter")
public class DeclaredSmelter {

    @Id
    @SequenceGenerator(name = "declared_smelter_seq", sequenceName = "declared_smelter_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "declared_smelter_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "declaration_id", nullable = false, updatable = false)
    private MineralsDeclaration declaration;

    @Column(name = "row_no", nullable = false, updatable = false)
    private int rowNo;

    @Convert(converter = MetalConverter.class)
    @Column(name = "metal", nullable = false, updatable = false)
    private Metal metal;

    @Column(name = "smelter_id", updatable = false)
    private String smelterId;

    @Column(name = "smelter_name", nullable = false, updatable = false)
    private String smelterName;

    @Column(name = "country", updatable = false)
    private String country;

    @Column(name = "country_name", updatable = false)
    private String countryName;

    @Column(name = "id_source", updatable = false)
    private String idSource;

    @Enumerated(EnumType.STRING)
    @Column(name = "conformance", nullable = false)
    private Conformance conformance;

    protected DeclaredSmelter() {
        // for JPA
    }

    DeclaredSmelter(MineralsDeclaration declaration, RmiTemplateReader.Smelter declared) {
        this.declaration = declaration;
        this.rowNo = declared.row();
        this.metal = declared.metal();
        this.smelterId = declared.smelterId();
        this.smelterName = declared.name();
        this.countryName = declared.country();
        this.country = CountryCodes.ofName(declared.country()).orElse(null);
        this.idSource = declared.idSource();
        this.conformance = Conformance.UNKNOWN;
    }

    /** Measures the smelter against a list; returns what that says, the finding it calls for included. */
    Verdict assess(ConformantList list) {
        Verdict verdict = list.assess(metal, smelterId);
        conformance = verdict.conformance();
        return verdict;
    }

    /** The same smelter for the same metal: by identification number, or by name when there is none. */
    String identity() {
        return metal + "|" + (smelterId != null ? smelterId : smelterName.strip().toUpperCase(java.util.Locale.ROOT));
    }

    public Long id() { return id; }
    public MineralsDeclaration declaration() { return declaration; }
    public int rowNo() { return rowNo; }
    public Metal metal() { return metal; }
    public String smelterId() { return smelterId; }
    public String smelterName() { return smelterName; }
    public String country() { return country; }
    public String countryName() { return countryName; }
    public String idSource() { return idSource; }
    public Conformance conformance() { return conformance; }
}
