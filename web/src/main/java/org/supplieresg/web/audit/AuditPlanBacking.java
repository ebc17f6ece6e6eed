package org.supplieresg.web.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.supplieresg.audit.AuditPlanning;
import org.supplieresg.shared.ConcurrentChangeException;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.web.FormMessages;

/** The annual audit plan: coverage, the proposed plan from the risk ranking, the planner's edits, acceptance. */
@Named
@ViewScoped
public class AuditPlanBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditPlanning planning;

    @Inject
    FormMessages messages;

    private int year = LocalDate.now().getYear();
    private int months = 12;
    private AuditPlanning.Plan plan;
    private AuditPlanning.Coverage coverage;

    public void load() {
        plan = planning.find(year).orElse(null);
        coverage = planning.coverage(months);
    }

    public void propose() {
        try {
            plan = planning.plan(year);
            messages.info("plan.proposed", String.valueOf(year), plan.included());
        } catch (InvalidInputException e) {
            messages.show(e);
        }
    }

    public void toggle(AuditPlanning.PlanRow row) {
        save(row, !row.included(), row.quarter(), row.note());
    }

    public void quarter(AuditPlanning.PlanRow row, int quarter) {
        save(row, true, quarter, row.note());
    }

    private void save(AuditPlanning.PlanRow row, boolean included, Integer quarter, String note) {
        try {
            planning.edit(row.entryId(), included, quarter, note, row.version());
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (ConcurrentChangeException e) {
            messages.concurrentChange(e);
        }
        plan = planning.find(year).orElse(null);
    }

    public void accept() {
        try {
            plan = planning.accept(year);
            messages.info("plan.accepted", String.valueOf(year));
        } catch (InvalidInputException e) {
            messages.show(e);
        }
    }

    public void changeYear() {
        load();
    }

    public List<Integer> getYears() {
        int now = LocalDate.now().getYear();
        return List.of(now - 1, now, now + 1);
    }

    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public int getMonths() { return months; }
    public void setMonths(int months) { this.months = months; }
    public AuditPlanning.Plan getPlan() { return plan; }
    public AuditPlanning.Coverage getCoverage() { return coverage; }
}
