package org.supplieresg.web.audit;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.supplieresg.audit.BlackoutDays;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.web.FormMessages;

/** A supplier user's own blackout days: declare and withdraw. */
@Named
@ViewScoped
public class BlackoutBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    BlackoutDays blackoutDays;

    @Inject
    CurrentUser currentUser;

    @Inject
    FormMessages messages;

    private List<BlackoutDays.Blackout> days;
    private LocalDate firstDay;
    private LocalDate lastDay;
    private String reason;

    public List<BlackoutDays.Blackout> getDays() {
        if (days == null) {
            days = currentUser.companyId().map(blackoutDays::of).orElse(List.of());
        }
        return days;
    }

    public void declare() {
        try {
            blackoutDays.declare(currentUser.companyId().orElseThrow(), firstDay, lastDay, reason);
            messages.info("blackout.declared");
            firstDay = null;
            lastDay = null;
            reason = null;
            days = null;
        } catch (InvalidInputException e) {
            messages.show(e);
        }
    }

    public void withdraw(BlackoutDays.Blackout blackout) {
        blackoutDays.withdraw(blackout.id());
        days = null;
    }

    public LocalDate getFirstDay() { return firstDay; }
    public void setFirstDay(LocalDate firstDay) { this.firstDay = firstDay; }
    public LocalDate getLastDay() { return lastDay; }
    public void setLastDay(LocalDate lastDay) { this.lastDay = lastDay; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
