package org.supplieresg.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** One notice as kept in a supplier's inbox; never changed. */
@Entity
@Table(name = "supplier_message")
public class SupplierMessage {

    private static final String SEPARATOR = "\u001F";

    @Id
    @SequenceGenerator(name = "supplier_message_seq", sequenceName = "supplier_message_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supplier_message_seq")
    private Long id;

    @Column(name = "supplier_id", nullable = false, updatable = false)
    private Long supplierId;

    @Column(name = "template", nullable = false, updatable = false)
    private String template;

    @Column(name = "arguments", nullable = false, updatable = false)
    private String arguments;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    protected SupplierMessage() {
        // for JPA
    }

    SupplierMessage(Notice notice, Instant at) {
        this.supplierId = notice.supplierId();
        this.template = notice.template();
        this.arguments = String.join(SEPARATOR, notice.arguments().stream().map(a -> a == null ? "" : a).toList());
        this.sentAt = at;
    }

    Notice notice() {
        List<String> parts = arguments.isEmpty() ? List.of() : Arrays.asList(arguments.split(SEPARATOR, -1));
        return new Notice(supplierId, template, parts);
    }

    public Long id() { return id; }
    public Long supplierId() { return supplierId; }
    public Instant sentAt() { return sentAt; }
}
