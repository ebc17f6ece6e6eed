package org.supplieresg.web.emissions;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.supplieresg.emissions.EmissionFigure;
import org.supplieresg.emissions.EmissionResults;
import org.supplieresg.emissions.EmissionRuns;
import org.supplieresg.identity.CurrentUser;
import org.supplieresg.shared.InvalidInputException;
import org.supplieresg.shared.NotFoundException;
import org.supplieresg.web.FormMessages;

/**
 * The reporting company's emissions of a year for staff: totals by scope, Scope 3 by category and method, data
 * quality, hotspots, the figures, and the lineage of any figure (also of a supplier's figure, by id). Officers,
 * procurement and admins recalculate. Only translates between the page and {@link EmissionResults} /
 * {@link EmissionRuns}.
 */
@Named
@ViewScoped
public class EmissionsOverviewBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final int YEARS_SHOWN = 8;
    static final int FIGURES_SHOWN = 200;
    static final String REASON = "recalculated from the overview page";

    @Inject
    EmissionResults results;

    @Inject
    EmissionRuns runs;

    @Inject
    CurrentUser currentUser;

    @Inject
    FormMessages messages;

    @Inject
    Clock clock;

    private Integer year;
    private Long figure;
    /** What a dashboard chart drilled into: a scope, a Scope 3 category, a data-quality band (all optional). */
    private Integer scope;
    private Integer category;
    private String quality;
    private List<Integer> years = List.of();
    private EmissionResults.Summary summary;
    private List<EmissionResults.Figure> figures = List.of();
    private EmissionResults.Lineage lineage;
    private Long lineageFigureId;
    /** Whose figures the table shows: the reporting company's, or the suppliers' own inventories. */
    private EmissionFigure.Perspective perspective = EmissionFigure.Perspective.BUYER;

    public void load() throws IOException {
        if (currentUser.isSupplierUser()) {
            FacesContext.getCurrentInstance().getExternalContext().responseSendError(403, "forbidden");
            FacesContext.getCurrentInstance().responseComplete();
            return;
        }
        int thisYear = LocalDate.now(clock).getYear();
        TreeSet<Integer> choices = new TreeSet<>(java.util.Comparator.reverseOrder());
        for (int y = thisYear; y > thisYear - YEARS_SHOWN && y >= 2000; y--) {
            choices.add(y);
        }
        choices.addAll(runs.years());
        if (year == null) {
            year = thisYear - 1;
        }
        choices.add(year);
        years = List.copyOf(choices);
        refresh();
        if (figure != null) {
            lineageFigureId = figure;
            openLineage();
        }
    }

    /** Reads the latest run of the chosen year. */
    public void refresh() {
        summary = results.summary(year);
        figures = results.figures(year, perspective, scope, category, quality, FIGURES_SHOWN);
    }

    public void yearChanged() {
        lineage = null;
        refresh();
    }

    public void recalculate() {
        try {
            EmissionRuns.RunSummary run = runs.recompute(year, REASON);
            messages.info("emissions.recalculated", String.valueOf(year), run.resultCount());
            lineage = null;
            refresh();
        } catch (InvalidInputException e) {
            messages.show(e);
        }
    }

    public void showLineage(EmissionResults.Figure row) {
        lineageFigureId = row.id();
        openLineage();
    }

    /** Opens the lineage of the figure whose id was entered (or given in the address). */
    public void openLineage() {
        if (lineageFigureId == null) {
            messages.error("emissions.figureIdRequired");
            return;
        }
        try {
            lineage = results.lineage(lineageFigureId);
        } catch (NotFoundException | EJBAccessException e) {
            lineage = null;
            messages.error("emissions.figureNotFound", String.valueOf(lineageFigureId));
        }
    }

    public void closeLineage() {
        lineage = null;
    }

    /** The source record of the lineage, without empty entries. */
    public List<Map.Entry<String, String>> getSourceEntries() {
        if (lineage == null || lineage.source() == null) {
            return List.of();
        }
        return lineage.source().entrySet().stream().filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .map(e -> Map.entry(e.getKey(), e.getValue())).toList();
    }

    public boolean isCanRecalculate() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole("SUSTAINABILITY_OFFICER") || external.isUserInRole("PROCUREMENT") || external.isUserInRole("ADMIN");
    }

    public boolean isCalculated() {
        return summary != null && summary.runId() != null;
    }

    /** kg CO2e as tonnes with two decimals. */
    public String tonnes(BigDecimal kg) {
        return Tonnes.of(kg);
    }

    public String plain(BigDecimal value) {
        return Tonnes.plain(value);
    }

    /** Shows every figure of the year again. */
    public void clearNarrowing() {
        scope = null;
        category = null;
        quality = null;
        refresh();
    }

    public boolean isNarrowed() {
        return scope != null || category != null || quality != null;
    }

    public Integer getScope() { return scope; }
    public void setScope(Integer scope) { this.scope = scope == null || scope < 1 || scope > 3 ? null : scope; }
    public Integer getCategory() { return category; }
    public void setCategory(Integer category) { this.category = category == null || category < 1 || category > 15 ? null : category; }
    public String getQuality() { return quality; }
    public void setQuality(String quality) { this.quality = quality != null && EmissionResults.QUALITY_BANDS.contains(quality) ? quality : null; }
    public Integer getYear() { return year; }
    public void setYear(Integer year) { this.year = year; }
    public Long getFigure() { return figure; }
    public void setFigure(Long figure) { this.figure = figure; }
    public List<Integer> getYears() { return years; }
    public EmissionResults.Summary getSummary() { return summary; }
    public List<EmissionResults.Figure> getFigures() { return figures; }
    public EmissionFigure.Perspective getPerspective() { return perspective; }
    public void setPerspective(EmissionFigure.Perspective perspective) { this.perspective = perspective; }
    public EmissionResults.Lineage getLineage() { return lineage; }
    public Long getLineageFigureId() { return lineageFigureId; }
    public void setLineageFigureId(Long lineageFigureId) { this.lineageFigureId = lineageFigureId; }
}
