package org.supplieresg.chain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.supplieresg.audittrail.Auditable;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.supplier.Supplier;

/** A Tier-1's request to one of its Tier-2 suppliers for its carbon data of a reporting year. */
@Entity
@Table(name = "carbon_request")
public class CarbonRequest implements Auditable {

    static final int MAX_MESSAGE = 2000;
    static final int MAX_PRODUCT_CODES = 400;

    @Id
    @SequenceGenerator(name = "carbon_request_seq", sequenceName = "carbon_request_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "carbon_request_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "requester_supplier_id", nullable = false, updatable = false)
    private Supplier requester;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supplier_id", nullable = false, updatable = false)
    private Supplier supplier;

    @Column(name = "reporting_year", nullable = false, updatable = false)
    private int reportingYear;

    @Column(name = "product_codes")
    private String productCodes;

    @Column(name = "message")
    private String message;

    @Column(name = "deadline", nullable = false)
    private LocalDate deadline;

    @Column(name = "requested_by", nullable = false, updatable = false)
    private String requestedBy;

    @Column(name = "requested_at", nullable = false, updatable = false)
    private Instant requestedAt;

    @Version
    private long version;

    protected CarbonRequest() {
        // for JPA
    }

    /** Asks a Tier-2 the requester invited for a past or current year's data, due after today. */
    public static CarbonRequest of(Supplier requester, Supplier supplier, Integer year, String productCodes, String message,
                                   LocalDate deadline, LocalDate today, String by, Instant now) {
        List<FieldViolation> problems = new ArrayList<>();
        if (year == null) {
            problems.add(FieldViolation.of("year", "field.required"));
        } else if (year < 2000 || year > today.getYear()) {
            problems.add(FieldViolation.of("year", "chain.carbon.year", year, today.getYear()));
        }
        if (deadline == null) {
            problems.add(FieldViolation.of("deadline", "field.required"));
        } else if (!deadline.isAfter(today)) {
            problems.add(FieldViolation.of("deadline", "campaign.deadline.past"));
        }
        if (productCodes != null && productCodes.strip().length() > MAX_PRODUCT_CODES) {
            problems.add(FieldViolation.of("productCodes", "field.tooLong", MAX_PRODUCT_CODES));
        }
        if (message != null && message.strip().length() > MAX_MESSAGE) {
            problems.add(FieldViolation.of("message", "field.tooLong", MAX_MESSAGE));
        }
        InvalidInputException.throwIfAny(problems);
        CarbonRequest request = new CarbonRequest();
        request.requester = requester;
        request.supplier = supplier;
        request.reportingYear = year;
        request.productCodes = blankToNull(productCodes);
        request.message = blankToNull(message);
        request.deadline = deadline;
        request.requestedBy = by;
        request.requestedAt = now;
        return request;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    @Override
    public String auditType() {
        return "CarbonRequest";
    }

    @Override
    public String auditId() {
        return String.valueOf(id);
    }

    @Override
    public Map<String, String> auditSnapshot() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("requester", String.valueOf(requester.id()));
        fields.put("supplier", String.valueOf(supplier.id()));
        fields.put("year", String.valueOf(reportingYear));
        fields.put("productCodes", productCodes);
        fields.put("deadline", String.valueOf(deadline));
        return fields;
    }

    public Long id() { return id; }
    public Supplier requester() { return requester; }
    public Supplier supplier() { return supplier; }
    public int reportingYear() { return reportingYear; }
    public String productCodes() { return productCodes; }
    public String message() { return message; }
    public LocalDate deadline() { return deadline; }
    public String requestedBy() { return requestedBy; }
    public Instant requestedAt() { return requestedAt; }
    public long version() { return version; }
}
