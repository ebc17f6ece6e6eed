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
import org.supplieresg.reports.minerals.ConformantListReader;
import org.supplieresg.reports.minerals.Metal;
import org.supplieresg.shared.CountryCodes;

/** One smelter on a conformant list, with the status the list gives it. */
@Entity
@Table(name = "conformant_smelter")
public class ConformantSmelter {

    @Id
    @SequenceGenerator(name = "conformant_smelter_seq", sequenceName = "conformant_smelter_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "conformant_smelter_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "list_id", nullable = false, updatable = false)
    private ConformantSmelterList list;

    @Convert(converter = MetalConverter.class)
    @Column(name = "metal", nullable = false, updatable = false)
    private Metal metal;

    @Column(name = "smelter_id", nullable = false, updatable = false)
    private String smelterId;

    @Column(name = "smelter_name", nullable = false, updatable = false)
    private String smelterName;

    @Column(name = "country", updatable = false)
    private String country;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, updatable = false)
    private ConformantListReader.Status status;

    protected ConformantSmelter() {
        // for JPA
    }

    ConformantSmelter(ConformantSmelterList list, ConformantListReader.Entry entry) {
        this.list = list;
        this.metal = entry.metal();
        this.smelterId = entry.smelterId();
        this.smelterName = entry.name();
        this.country = CountryCodes.ofName(entry.country()).orElse(null);
        this.status = entry.status();
    }

    public Metal metal() { return metal; }
    public String smelterId() { return smelterId; }
    public String smelterName() { return smelterName; }
    public String country() { return country; }
    public ConformantListReader.Status status() { return status; }
}
