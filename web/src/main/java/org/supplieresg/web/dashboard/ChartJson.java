package org.supplieresg.web.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Chart.js configurations for {@code <p:chart>} (PrimeFaces 15 takes the configuration as JSON), with the address of
 * the list behind each label for drill-down ({@code resources/js/charts.js}).
 */
final class ChartJson {

    /** One series: its name, one value per label and one colour per label (or a single colour). */
    record Series(String label, List<? extends Number> values, List<String> colours) {
    }

    /** One factory for every chart: {@code Json.createObjectBuilder()} looks the JSON provider up with a ServiceLoader each time. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private ChartJson() {
    }

    /** Bars, one per label; {@code horizontal} lays them along the y axis, {@code stacked} piles the series. */
    static String bar(List<String> labels, List<Series> series, List<String> links, boolean horizontal, boolean stacked, String valueAxis) {
        return bar(labels, series, links, horizontal, stacked, valueAxis, null);
    }

    /** Bars whose value axis ends at {@code max} (100 for percentages) instead of at the largest value. */
    static String bar(List<String> labels, List<Series> series, List<String> links, boolean horizontal, boolean stacked, String valueAxis,
                      Integer max) {
        JsonObjectBuilder valueScale = JSON.createObjectBuilder().add("beginAtZero", true).add("stacked", stacked)
                .add("ticks", JSON.createObjectBuilder().add("precision", 0))
                .add("title", JSON.createObjectBuilder().add("display", valueAxis != null).add("text", valueAxis == null ? "" : valueAxis));
        if (max != null) {
            valueScale.add("max", max);
        }
        JsonObjectBuilder labelScale = JSON.createObjectBuilder().add("stacked", stacked);
        JsonObjectBuilder scales = JSON.createObjectBuilder()
                .add(horizontal ? "x" : "y", valueScale)
                .add(horizontal ? "y" : "x", labelScale);
        JsonObjectBuilder options = JSON.createObjectBuilder()
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add("indexAxis", horizontal ? "y" : "x")
                .add("scales", scales)
                .add("plugins", JSON.createObjectBuilder().add("legend", JSON.createObjectBuilder().add("display", series.size() > 1)));
        return config("bar", labels, series, links, options);
    }

    /** A doughnut of one series. */
    static String doughnut(List<String> labels, Series series, List<String> links) {
        JsonObjectBuilder options = JSON.createObjectBuilder()
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add("plugins", JSON.createObjectBuilder().add("legend", JSON.createObjectBuilder().add("position", "right")));
        return config("doughnut", labels, List.of(series), links, options);
    }

    /** Lines, one per series, over the labels. */
    static String line(List<String> labels, List<Series> series, List<String> links, String valueAxis) {
        JsonObjectBuilder options = JSON.createObjectBuilder()
                .add("animation", false)
                .add("maintainAspectRatio", false)
                .add("scales", JSON.createObjectBuilder().add("y", JSON.createObjectBuilder().add("beginAtZero", true)
                        .add("title", JSON.createObjectBuilder().add("display", true).add("text", valueAxis))));
        return config("line", labels, series, links, options);
    }

    private static String config(String type, List<String> labels, List<Series> series, List<String> links, JsonObjectBuilder options) {
        JsonArrayBuilder labelArray = JSON.createArrayBuilder();
        labels.forEach(labelArray::add);
        JsonArrayBuilder datasets = JSON.createArrayBuilder();
        for (Series s : series) {
            JsonArrayBuilder values = JSON.createArrayBuilder();
            for (Number n : s.values()) {
                if (n == null) {
                    values.addNull();
                } else if (n instanceof BigDecimal d) {
                    values.add(d);
                } else {
                    values.add(n.longValue());
                }
            }
            JsonObjectBuilder dataset = JSON.createObjectBuilder().add("label", s.label()).add("data", values);
            if (s.colours().size() == 1) {
                dataset.add("backgroundColor", s.colours().get(0)).add("borderColor", s.colours().get(0));
            } else {
                JsonArrayBuilder colours = JSON.createArrayBuilder();
                s.colours().forEach(colours::add);
                dataset.add("backgroundColor", colours);
            }
            if ("line".equals(type)) {
                dataset.add("fill", false).add("tension", 0).add("pointRadius", 4);
            }
            datasets.add(dataset);
        }
        JsonObjectBuilder config = JSON.createObjectBuilder()
                .add("type", type)
                .add("data", JSON.createObjectBuilder().add("labels", labelArray).add("datasets", datasets))
                .add("options", options);
        if (links != null) {
            JsonArrayBuilder drillDown = JSON.createArrayBuilder();
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
