package org.supplieresg.audit;

import static org.supplieresg.identity.Role.Names.ADMIN;
import static org.supplieresg.identity.Role.Names.AUDITOR;
import static org.supplieresg.identity.Role.Names.PROCUREMENT;
import static org.supplieresg.identity.Role.Names.SUPPLIER;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.supplieresg.audittrail.AuditTrail;
import org.supplieresg.audittrail.Auditable;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.shared.FieldViolation;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;

/** Days a supplier's site cannot receive an announced audit; the supplier (or a buyer) declares them, audited. */
@Stateless
public class BlackoutDays {

    public record Blackout(long id, long supplierId, LocalDate firstDay, LocalDate lastDay, String reason, String createdBy) {
        public boolean overlaps(LocalDate start, LocalDate end) {
            return !lastDay.isBefore(start) && !firstDay.isAfter(end);
        }
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail auditTrail;

    @Inject
    Clock clock;

    @RolesAllowed({SUPPLIER, PROCUREMENT, AUDITOR, ADMIN})
    public List<Blackout> of(long supplierId) {
        currentUser.requireAccessTo(supplierId);
        return all(supplierId);
    }

    /** A supplier's blackout days, for the planners' conflict checks. */
    @RolesAllowed({PROCUREMENT, AUDITOR, ADMIN})
    public List<Blackout> forScheduling(long supplierId) {
        return all(supplierId);
    }

    @SuppressWarnings("unchecked")
    private List<Blackout> all(long supplierId) {
        return ((List<Object[]>) em.createNativeQuery("SELECT id, supplier_id, first_day, last_day, reason, created_by FROM supplier_blackout"
                        + " WHERE supplier_id = ?1 ORDER BY first_day").setParameter(1, supplierId).getResultList()).stream()
                .map(r -> new Blackout(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), ((Date) r[2]).toLocalDate(),
                        ((Date) r[3]).toLocalDate(), (String) r[4], (String) r[5])).toList();
    }

    /** Declares days without audits: in order, not in the past, at most 31 days, with a reason. */
    @RolesAllowed({SUPPLIER, PROCUREMENT, ADMIN})
    public Blackout declare(long supplierId, LocalDate firstDay, LocalDate lastDay, String reason) {
        currentUser.requireAccessTo(supplierId);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<FieldViolation> problems = new ArrayList<>(Audit.dateViolations("firstDay", "lastDay", firstDay, lastDay, today));
        if (firstDay != null && lastDay != null && lastDay.isAfter(firstDay.plusDays(30))) {
            problems.add(FieldViolation.of("lastDay", "blackout.tooLong"));
        }
        if (reason == null || reason.isBlank()) {
            problems.add(FieldViolation.of("reason", "field.required"));
        } else if (reason.strip().length() > 200) {
            problems.add(FieldViolation.of("reason", "field.tooLong", 200));
        }
        InvalidInputException.throwIfAny(problems);
        long id = ((Number) em.createNativeQuery("SELECT nextval('supplier_blackout_seq')").getSingleResult()).longValue();
        em.createNativeQuery("INSERT INTO supplier_blackout (id, supplier_id, first_day, last_day, reason, created_by, created_at)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)")
                .setParameter(1, id).setParameter(2, supplierId).setParameter(3, Date.valueOf(firstDay)).setParameter(4, Date.valueOf(lastDay))
                .setParameter(5, reason.strip()).setParameter(6, actor()).setParameter(7, Timestamp.from(clock.instant())).executeUpdate();
        Blackout blackout = new Blackout(id, supplierId, firstDay, lastDay, reason.strip(), actor());
        auditTrail.created(record(blackout), null);
        return blackout;
    }

    @RolesAllowed({SUPPLIER, PROCUREMENT, ADMIN})
    public void withdraw(long blackoutId) {
        @SuppressWarnings("unchecked")
        List<Object> owner = em.createNativeQuery("SELECT supplier_id FROM supplier_blackout WHERE id = ?1").setParameter(1, blackoutId).getResultList();
        if (owner.isEmpty() || (currentUser.isSupplierUser()
                && currentUser.companyId().filter(own -> own.equals(((Number) owner.get(0)).longValue())).isEmpty())) {
            throw new NotFoundException("blackout days", blackoutId);
        }
        Blackout blackout = all(((Number) owner.get(0)).longValue()).stream().filter(b -> b.id() == blackoutId).findFirst().orElseThrow();
        em.createNativeQuery("DELETE FROM supplier_blackout WHERE id = ?1").setParameter(1, blackoutId).executeUpdate();
        auditTrail.deleted(record(blackout), null);
    }

    private static Auditable record(Blackout blackout) {
        return new Auditable() {
            @Override
            public String auditType() {
                return "BlackoutDays";
            }

            @Override
            public String auditId() {
                return String.valueOf(blackout.id());
            }

            @Override
            public Map<String, String> auditSnapshot() {
                Map<String, String> fields = new LinkedHashMap<>();
                fields.put("supplier", String.valueOf(blackout.supplierId()));
                fields.put("days", blackout.firstDay() + " to " + blackout.lastDay());
                fields.put("reason", blackout.reason());
                return fields;
            }
        };
    }

    private String actor() {
        return currentUser.username().orElse(AuditTrail.SYSTEM);
    }
}
