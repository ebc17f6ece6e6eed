package org.supplieresg.web.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * Chart.js configurations for {@code <p:chart>} (PrimeFaces 15 takes the configuration as JSON), with the address of
 * the list behind each label for drill-down ({@code resources/js/charts.js}).
 */
final class ChartJson {

    /** One series: its name, one value per label and one colour per label (or a single colour). */
    record Series(String label, List<? extends Number> values, List<String> colours) {
    }

    private ChartJson() {
    }

    /** Bars, one per label; {@code horizontal} lays them along the y axis, {@code stacked} piles the series. */
    static String bar(List<String> labels, List<Series> series, List<String> links, boolean horizontal, boolean stacked, String valueAxis) {
        return bar(labels, series, links, horizontal, stacked, valueAxis, null);
    }

    /** Bars whose value axis ends at {@code max} (100 for percentages) instead of at the largest value. */
    static String bar(List<String> labels, List<Series> series, List<String> links, boolean horizontal, boolean stacked, String valueAxis,
                      Integer max) {
        JsonObjectBuilder valueScale = Json.createObjectBuilder().add("beginAtZero", true).add("stacked", stacked)
                .add("ticks", Json.createObjectBuilder().add("precision", 0))
                .add("title", Json.createObjectBuilder().add("display", valueAxis != null).add("text", valueAxis == null ? "" : valueAxis));
        if (max != null) {
            valueScale.add("max", max);
        }
        JsonObjectBuilder labelScale = Json.createObjectBuilder().add("stacked", stacked);
        JsonObjectBuilder scales = Json.createObjectBuilder()
                .add(horizontal ? "x" : "y", valueScale)
                .add(horizontal ? "y" : "x", labelScale);
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add("indexAxis", horizontal ? "y" : "x")
                .add("scales", scales)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", series.size() > 1)));
        return config("bar", labels, series, links, options);
    }

    /** A doughnut of one series. */
    static String doughnut(List<String> labels, Series series, List<String> links) {
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "right")));
        return config("doughnut", labels, List.of(series), links, options);
    }

    /** Lines, one per series, over the labels. */
    static String line(List<String> labels, List<Series> series, List<String> links, String valueAxis) {
        JsonObjectBuilder options = Json.createObjectBuilder()
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add("scales", Json.createObjectBuilder().add("y", Json.createObjectBuilder().add("beginAtZero", true)
                        .add("title", Json.createObjectBuilder().add("display", true).add("text", valueAxis))));
        return config("line", labels, series, links, options);
    }

    private static String config(String type, List<String> labels, List<Series> series, List<String> links, JsonObjectBuilder options) {
        JsonArrayBuilder labelArray = Json.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            for (Number n : s.values()) {
                if (n == null) {
                    values.addNull();
                } else if (n instanceof BigDecimal d) {
                    values.add(d);
                } else {
                    values.add(n.longValue());
                }
            }
            JsonObjectBuilder dataset = Json.createObjectBuilder().add("label", s.label()).add("data", values);
            if (s.colours().size() == 1) {
                dataset.add("backgroundColor", s.colours().get(0)).add("borderColor", s.colours().get(0));
            } else {
                JsonArrayBuilder colours = Json.createArrayBuilder();
                s.colours().forEach(colours::add);
                dataset.add("backgroundColor", colours);
            }
            if ("line".equals(type)) {
                dataset.add("fill", false).add("tension", 0).add("pointRadius", 4);
            }
            datasets.add(dataset);
        }
        JsonObjectBuilder config = Json.createObjectBuilder()
                .add("type", type)
                .add("data", Json.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", options);
        if (links != null) {
            JsonArrayBuilder drillDown = Json.createArrayBuilder();
            links.forEach(l -> {
                if (l == null) {
                    drillDown.addNull();
                } else {
                    drillDown.add(l);
                }
            });
            config.add("drillDown", drillDown);
        }
        return config.build().toString();
    }
}
