package org.supplieresg.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

    private static JsonObject parse(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    @Test
    void aDoughnutCarriesOneLinkPerSliceForDrillDown() {
        JsonObject config = parse(ChartJson.doughnut(List.of("Tier A", "Not scored"),
                new ChartJson.Series("Suppliers", List.of(12L, 3L), List.of("#0b6b3a", "#9aa5b1")),
                List.of("/esg/app/suppliers/list.xhtml?tier=A", "/esg/app/suppliers/list.xhtml?tier=NONE")));
        assertThat(config.getString("type")).isEqualTo("doughnut");
        assertThat(config.getJsonObject("data").getJsonArray("labels").getString(1)).isEqualTo("Not scored");
        JsonObject dataset = config.getJsonObject("data").getJsonArray("datasets").getJsonObject(0);
        assertThat(dataset.getJsonArray("data").getJsonNumber(0).longValue()).isEqualTo(12);
        assertThat(dataset.getJsonArray("backgroundColor")).hasSize(2);
        assertThat(config.getJsonArray("drillDown").getString(1)).endsWith("tier=NONE");
    }

    @Test
    void stackedHorizontalBarsPutTheValuesOnTheXAxis() {
        JsonObject config = parse(ChartJson.bar(List.of("2026 survey"), List.of(
                new ChartJson.Series("Submitted", List.of(7L), List.of("#0b6b3a")),
                new ChartJson.Series("Spend", List.of(new BigDecimal("1234.5")), List.of("#0b5cad"))),
                null, true, true, "Suppliers"));
        JsonObject options = config.getJsonObject("options");
        assertThat(options.getString("indexAxis")).isEqualTo("y");
        assertThat(options.getJsonObject("scales").getJsonObject("x").getBoolean("stacked")).isTrue();
        assertThat(options.getJsonObject("scales").getJsonObject("x").getJsonObject("title").getString("text")).isEqualTo("Suppliers");
        assertThat(options.getJsonObject("plugins").getJsonObject("legend").getBoolean("display")).as("two series need a legend").isTrue();
        assertThat(config.getJsonObject("data").getJsonArray("datasets").getJsonObject(1).getJsonArray("data").getJsonNumber(0).bigDecimalValue())
                .isEqualByComparingTo("1234.5");
        assertThat(config.containsKey("drillDown")).isFalse();
        assertThat(options.getJsonObject("scales").getJsonObject("x").containsKey("max")).isFalse();
    }

    @Test
    void percentagesEndAtOneHundred() {
        JsonObject config = parse(ChartJson.bar(List.of("Assessed"), List.of(new ChartJson.Series("%", List.of(new BigDecimal("27.3")),
                List.of("#0b5cad"))), List.of("/esg/app/campaigns.xhtml"), true, false, "%", 100));
        assertThat(config.getJsonObject("options").getJsonObject("scales").getJsonObject("x").getInt("max")).isEqualTo(100);
    }
}
