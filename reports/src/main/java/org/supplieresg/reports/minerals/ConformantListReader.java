package org.supplieresg.reports.minerals;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.supplieresg.reports.SupplierImportWorkbook.RowValues;
import org.supplieresg.reports.TableReader;

/**
 * Reads a conformant smelter list, such as the one RMI publishes for the Responsible Minerals Assurance Process (RMAP),
 * from CSV or from the first sheet of an Excel workbook. Columns are found by their titles, in the spellings RMI's
 * downloads and the templates' {@code Smelter Look-up} use: the smelter identification ("Smelter ID", "Smelter
 * Identification"), "Metal", the name ("Standard Smelter Name", "Smelter Name"), optionally "Country" and a status
 * ("Status", "RMAP Status", "Assessment Status"). A list without a status column is the conformant list itself: every
 * row counts as conformant.
 */
public final class ConformantListReader {

    /** What the list says of a smelter. */
    public enum Status {
        /** Conformant with the RMAP standard (or an equivalent programme the list includes). */
        CONFORMANT,
        /** In the assessment process ("Active"): not conformant yet. */
        ACTIVE,
        /** Assessed and not conformant, or withdrawn from the process. */
        NOT_CONFORMANT
    }

    /** One listed smelter; {@code country} as written (null when the list has none). */
    public record Entry(int row, Metal metal, String smelterId, String name, String country, Status status) {
    }

    /** The entries, or the problems that stop the list from being used (then there are no entries). */
    public record Reading(List<Entry> entries, List<Problem> problems) {
        public Reading {
            entries = List.copyOf(entries);
            problems = List.copyOf(problems);
        }
    }

    private static final Map<String, Set<String>> ALIASES = Map.of(
            "id", Set.of("smelter id", "smelter identification", "smelter identification number", "smelter reference id", "cid", "facility id"),
            "metal", Set.of("metal", "mineral"),
            "name", Set.of("standard smelter name", "smelter name", "standard facility name", "facility name"),
            "country", Set.of("country", "smelter country", "country location", "smelter facility location: country", "location"),
            "status", Set.of("status", "rmap status", "assessment status", "conformance status", "conformant status"));

    private ConformantListReader() {
    }

    public static Reading read(InputStream in, String fileName) {
        var table = TableReader.read(in, fileName, List.of());
        if (!table.problems().isEmpty()) {
            return new Reading(List.of(), table.problems().stream().map(p -> new Problem(p.messageKey(), p.arguments())).toList());
        }
        if (table.rows().isEmpty()) {
            return new Reading(List.of(), List.of(Problem.of("minerals.list.noRows")));
        }
        Map<String, String> columns = new HashMap<>();
        for (RowValues row : table.rows()) {
            for (String title : row.values().keySet()) {
                ALIASES.forEach((column, titles) -> {
                    if (titles.contains(normalise(title))) {
                        columns.putIfAbsent(column, title);
                    }
                });
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (String required : List.of("id", "metal", "name")) {
            if (!columns.containsKey(required)) {
                problems.add(Problem.of("minerals.list.columnMissing", String.join(" / ", ALIASES.get(required).stream().sorted().toList())));
            }
        }
        if (!problems.isEmpty()) {
            return new Reading(List.of(), problems);
        }
        List<Entry> entries = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (RowValues row : table.rows()) {
            String line = String.valueOf(row.row());
            String id = value(row, columns, "id");
            String metalText = value(row, columns, "metal");
            String name = value(row, columns, "name");
            String statusText = value(row, columns, "status");
            Optional<Metal> metal = Metal.of(metalText);
            Optional<Status> status = status(statusText);
            int before = problems.size();
            if (id == null) {
                problems.add(Problem.of("minerals.list.idMissing", line));
            }
            if (metal.isEmpty()) {
                problems.add(Problem.of("minerals.list.metal", line, String.valueOf(metalText)));
            }
            if (name == null) {
                problems.add(Problem.of("minerals.list.nameMissing", line));
            }
            if (status.isEmpty()) {
                problems.add(Problem.of("minerals.list.status", line, statusText));
            }
            String country = value(row, columns, "country");
            if (id != null && id.length() > 40) {
                problems.add(Problem.of("minerals.row.tooLong", line, columns.get("id"), "40"));
            }
            if (name != null && name.length() > 300) {
                problems.add(Problem.of("minerals.row.tooLong", line, columns.get("name"), "300"));
            }
            if (problems.size() > before) {
                continue;
            }
            String smelterId = id.toUpperCase(Locale.ROOT);
            Integer earlier = seen.putIfAbsent(metal.get() + "|" + smelterId, row.row());
            if (earlier != null) {
                problems.add(Problem.of("minerals.list.duplicate", line, metal.get().title(), smelterId, String.valueOf(earlier)));
                continue;
            }
            entries.add(new Entry(row.row(), metal.get(), smelterId, name, country, status.get()));
        }
        return problems.isEmpty() ? new Reading(entries, List.of()) : new Reading(List.of(), problems);
    }

    private static String value(RowValues row, Map<String, String> columns, String column) {
        String title = columns.get(column);
        return title == null ? null : row.get(title);
    }

    /** No status: the conformant list itself. "Non-Conformant" and "Not conformant" before "Conformant". */
    static Optional<Status> status(String text) {
        if (text == null) {
            return Optional.of(Status.CONFORMANT);
        }
        String status = text.strip().toLowerCase(Locale.ROOT).replace('-', ' ');
        if (status.startsWith("non") || status.startsWith("not ")) {
            return Optional.of(Status.NOT_CONFORMANT);
        }
        if (status.startsWith("conformant") || status.startsWith("compliant")) {
            return Optional.of(Status.CONFORMANT);
        }
        if (status.equals("active") || status.contains("in progress") || status.contains("in communication")) {
            return Optional.of(Status.ACTIVE);
        }
        return Optional.empty();
    }

    private static String normalise(String title) {
        return title.replace('_', ' ').replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
