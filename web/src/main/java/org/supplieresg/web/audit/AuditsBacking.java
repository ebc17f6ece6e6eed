package org.supplieresg.web.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.event.schedule.ScheduleEntryMoveEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.DefaultScheduleModel;
import org.primefaces.model.ScheduleModel;
import org.supplieresg.audit.Audit;
import org.supplieresg.audit.AuditType;
import org.supplieresg.audit.AuditViews;
import org.supplieresg.audit.Audits;
import org.supplieresg.shared.ConcurrentChangeException;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.supplier.SupplierDirectory;
import org.supplieresg.supplier.SupplierSearch;
import org.supplieresg.supplier.SupplierSummary;
import org.supplieresg.web.FormMessages;

/**
 * The audit calendar: every audit of the coming year and the last months, moved by dragging (checked for conflicts
 * like any other change), and the form to schedule a new one. Only translates between the page and {@link Audits}.
 */
@Named
@ViewScoped
public class AuditsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Audits audits;

    @Inject
    SupplierDirectory suppliers;

    @Inject
    FormMessages messages;

    private ScheduleModel calendar;
    /** The month the calendar shows: stays on an audit just moved, instead of jumping back to today. */
    private LocalDate initialDate = LocalDate.now();
    private Long supplierId;
    private SupplierSummary supplier;
    private AuditType type = AuditType.PERIODIC;
    private LocalDate start;
    private LocalDate end;
    private String leadAuditor;
    private String team;
    private String siteAddress;
    private String siteCountry;
    private String language = "en";

    public void load() {
        if (supplierId != null && supplier == null) {
            var details = suppliers.get(supplierId);
            supplier = suppliers.search(new SupplierSearch(details.legalName(), null, null, null, null, "legalName", true, 0, 50))
                    .rows().stream().filter(s -> s.id().equals(supplierId)).findFirst().orElse(null);
            if (supplier != null) {
                siteCountry = supplier.country();
            }
        }
        refresh();
    }

    private void refresh() {
        DefaultScheduleModel model = new DefaultScheduleModel();
        LocalDate today = LocalDate.now();
        for (AuditViews.AuditView a : audits.between(today.minusMonths(3), today.plusMonths(15))) {
            model.addEvent(DefaultScheduleEvent.<AuditViews.AuditView>builder()
                    .id(String.valueOf(a.id()))
                    .title(a.reference() + " · " + a.supplierName() + " · " + a.leadAuditor())
                    .startDate(a.plannedStart().atStartOfDay())
                    .endDate(a.plannedEnd().plusDays(1).atStartOfDay())
                    .allDay(true)
                    .draggable(a.status() == org.supplieresg.audit.AuditStatus.PLANNED || a.status() == org.supplieresg.audit.AuditStatus.CONFIRMED)
                    .resizable(false)
                    .styleClass("audit-" + a.status() + " audit-" + a.type())
                    .url("audit.xhtml?id=" + a.id())
                    .data(a)
                    .build());
        }
        calendar = model;
    }

    /** Supplier names for the scheduling form (Latin or Chinese): "name · country · #id". */
    public List<String> completeSupplier(String text) {
        return suppliers.search(new SupplierSearch(text, null, null, null, null, "legalName", true, 0, 15)).rows().stream()
                .map(AuditsBacking::label).toList();
    }

    private static String label(SupplierSummary s) {
        return s.legalName() + " · " + s.country() + " · #" + s.id();
    }

    public String getSupplierChoice() {
        return supplier == null ? null : label(supplier);
    }

    /** Takes the supplier named by the "#id" at the end of a chosen label. */
    public void setSupplierChoice(String choice) {
        supplier = null;
        if (choice != null && choice.matches(".*#\\d+$")) {
            long id = Long.parseLong(choice.substring(choice.lastIndexOf('#') + 1));
            supplier = suppliers.search(new SupplierSearch(choice.substring(0, choice.indexOf(" · ")), null, null, null, null,
                    "legalName", true, 0, 50)).rows().stream().filter(s -> s.id() == id).findFirst().orElse(null);
            if (supplier != null) {
                supplierId = id;
                if (siteCountry == null || siteCountry.isBlank()) {
                    siteCountry = supplier.country();
                }
            }
        }
    }

    /** Dragging an audit to other days: the same checks as any rescheduling; refused moves snap back. */
    @SuppressWarnings("unchecked")
    public void moved(ScheduleEntryMoveEvent event) {
        AuditViews.AuditView audit = ((DefaultScheduleEvent<AuditViews.AuditView>) event.getScheduleEvent()).getData();
        long days = event.getDeltaAsDuration().toDays();
        try {
            AuditViews.AuditView moved = audits.reschedule(audit.id(), audit.plannedStart().plusDays(days), audit.plannedEnd().plusDays(days),
                    audit.version());
            messages.info("audits.moved", moved.reference(), moved.plannedStart().toString(), moved.plannedEnd().toString());
            initialDate = moved.plannedStart();
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (ConcurrentChangeException e) {
            messages.concurrentChange(e);
        }
        refresh();
    }

    public String schedule() {
        if (supplier == null) {
            messages.error("audits.chooseSupplier");
            return null;
        }
        try {
            AuditViews.AuditView created = audits.schedule(supplier.id(), new Audit.Plan(type, start, end, leadAuditor,
                    team == null || team.isBlank() ? List.of() : List.of(team.split("[,\\s]+")), siteAddress, siteCountry, language));
            messages.info("audits.scheduled", created.reference(), created.items().size());
            messages.keepForRedirect();
            return "/app/audit?faces-redirect=true&id=" + created.id();
        } catch (InvalidInputException e) {
            messages.show(e);
            return null;
        }
    }

    public List<AuditType> getTypes() {
        return List.of(AuditType.values());
    }

    public ScheduleModel getCalendar() { return calendar; }
    public LocalDate getInitialDate() { return initialDate; }
    public Long getSupplierId() { return supplierId; }
    public void setSupplierId(Long supplierId) { this.supplierId = supplierId; }
    public SupplierSummary getSupplier() { return supplier; }
    public AuditType getType() { return type; }
    public void setType(AuditType type) { this.type = type; }
    public LocalDate getStart() { return start; }
    public void setStart(LocalDate start) { this.start = start; }
    public LocalDate getEnd() { return end; }
    public void setEnd(LocalDate end) { this.end = end; }
    public String getLeadAuditor() { return leadAuditor; }
    public void setLeadAuditor(String leadAuditor) { this.leadAuditor = leadAuditor; }
    public String getTeam() { return team; }
    public void setTeam(String team) { this.team = team; }
    public String getSiteAddress() { return siteAddress; }
    public void setSiteAddress(String siteAddress) { this.siteAddress = siteAddress; }
    public String getSiteCountry() { return siteCountry; }
    public void setSiteCountry(String siteCountry) { this.siteCountry = siteCountry; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
}
