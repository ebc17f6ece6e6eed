package org.supplieresg.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * From a supplier's inventory to the buyer's Scope 3 on PostgreSQL: supplier 58 (Inner Mongolia, aluminium) reports
 * natural gas, grid electricity (part covered by certificates) and its aluminium input for 2024 and declares an ingot
 * footprint; the officer records purchases by all four methods and a freight leg, calculates, and checks each figure
 * against a hand computation from the published factors, opens the lineage, corrects a factor and switches the GWP set
 * (before and after). Bad input is refused with its message and stores nothing. Suppliers 56, 57 and 58.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EmissionsIT {

    static final int YEAR = 2024;
    static final MathContext MC = MathContext.DECIMAL128;

    @Deployment(testable = false)
    static EnterpriseArchive application() {
        return Deployments.application();
    }

    private final Http officer = Http.basic("officer", "demo");

    @Test
    void inventoryToScope3WithLineageCorrectionAndGwpSwitch() {
        long assessment = AssessmentFixtures.launchFor(58, "EmissionsIT calculated indicators");
        Http supplier = Http.basic(AssessmentFixtures.supplierUser(58), AssessmentFixtures.PASSWORD);
        Http.Reply opened = supplier.post("api/suppliers/58/inventories?year=" + YEAR, "{}");
        assertThat(opened.status()).as(opened.text()).isEqualTo(201);
        long inventory = opened.json().get("id").asLong();
        long gasLine = line(supplier, inventory, Map.of("type", "FUEL", "activity", "fuel/natural-gas", "quantity", 100000, "unit", "kWh",
                "description", "boilers"));
        long gridLine = line(supplier, inventory, Map.of("type", "ELECTRICITY", "activity", "grid", "quantity", 2000000, "unit", "kWh"));
        long greenLine = line(supplier, inventory, Map.of("type", "ELECTRICITY", "activity", "grid", "quantity", 500, "unit", "MWh",
                "instrument", "EAC_CERTIFICATE", "instrumentKgPerKwh", 0));
        line(supplier, inventory, Map.of("type", "INPUT", "activity", "material/aluminium", "quantity", 100, "unit", "t"));
        JsonNode current = supplier.get("api/emissions/inventories/" + inventory).json();
        Http.Reply updated = supplier.put("api/emissions/inventories/" + inventory + "?version=" + current.get("version").asLong(),
                Map.of("basis", "ACTIVITY_DATA", "revenue", 50000000, "revenueCurrency", "USD", "productionTonnes", 40000,
                        "reductionTarget", "-30 % Scope 1+2 by 2030 against 2024"));
        assertThat(updated.status()).as(updated.text()).isEqualTo(200);
        Http.Reply submitted = supplier.post("api/emissions/inventories/" + inventory + "/submit?version=" + updated.json().get("version").asLong(), "{}");
        assertThat(submitted.status()).as(submitted.text()).isEqualTo(200);
        Http.Reply again = supplier.post("api/emissions/inventories/" + inventory + "/submit?version=" + submitted.json().get("version").asLong(), "{}");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.text()).contains("was submitted already");
        Http.Reply footprint = supplier.post("api/suppliers/58/product-footprints", Map.of("productCode", "AL-INGOT", "productName",
                "Primary aluminium ingot P1020", "declaredUnit", "t", "kgCo2ePerUnit", 12000, "boundary", "CRADLE_TO_GATE",
                "standard", "ISO 14067:2018", "studyReference", "Baiyun PCF study 2024-07, third-party reviewed", "referenceYear", YEAR));
        assertThat(footprint.status()).as(footprint.text()).isEqualTo(201);

        long hybrid = purchase(Map.of("year", YEAR, "category", 1, "supplierId", 58, "itemCode", "AL-FOIL-8", "description", "Aluminium foil 8 µm",
                "spendAmount", 1000000, "spendCurrency", "USD"));
        long specific = purchase(Map.of("year", YEAR, "category", 1, "supplierId", 58, "itemCode", "AL-INGOT", "description", "Aluminium ingots",
                "quantity", 200, "unit", "t", "spendAmount", 500000, "spendCurrency", "USD"));
        long spend = purchase(Map.of("year", YEAR, "category", 1, "supplierId", 56, "description", "LiPF6 salt", "spendAmount", 100000,
                "spendCurrency", "USD", "spendSector", "325180"));
        long average = purchase(Map.of("year", YEAR, "category", 1, "supplierId", 57, "description", "Plastic trays", "quantity", 20, "unit", "t",
                "materialActivity", "material/plastics-average"));
        long road = purchase(Map.of("year", YEAR, "category", 4, "supplierId", 58, "description", "Ingots by road", "quantity", 50000, "unit", "t.km",
                "materialActivity", "freight/hgv-all-diesel-average-laden"));
        long rail = purchase(Map.of("year", YEAR, "category", 4, "supplierId", 58, "description", "Foil by rail", "quantity", 10000, "unit", "tkm",
                "materialActivity", "freight/rail"));

        Http.Reply run = officer.post("api/emissions/runs?year=" + YEAR + "&reason=EmissionsIT", "{}");
        assertThat(run.status()).as(run.text()).isEqualTo(201);
        assertThat(run.json().get("gwpSet").asText()).isEqualTo("AR6");

        // Supplier 58's own figures. DESNZ 2024, Fuels, natural gas (gross CV): 0.1829 kg CO2e/kWh = CO2 0.18253 + CH4 0.00028
        // + N2O 0.00009 (AR5). Under AR6: 0.18253 + 0.00028 x 29.8/28 + 0.00009 x 273/265 = 0.18292071698...; x 100 000 kWh.
        JsonNode own = supplier.get("api/suppliers/58/inventories/" + YEAR + "/figures").json();
        Map<String, JsonNode> byLine = new HashMap<>();
        own.get("figures").forEach(f -> byLine.put(f.get("activityLineId").asText() + (f.hasNonNull("scope2Basis") ? f.get("scope2Basis").asText() : ""), f));
        assertThat(byLine.get(String.valueOf(gasLine)).get("kgCo2e").decimalValue()).isEqualByComparingTo("18292.071698");
        // MEE/NBS 2022 national grid factor 0.5366 kg CO2/kWh, the latest valid for 2024: 2 000 000 kWh x 0.5366.
        assertThat(byLine.get(gridLine + "LOCATION").get("kgCo2e").decimalValue()).isEqualByComparingTo("1073200");
        assertThat(byLine.get(gridLine + "MARKET").get("kgCo2e").decimalValue()).isEqualByComparingTo("1073200");
        assertThat(byLine.get(greenLine + "LOCATION").get("kgCo2e").decimalValue()).isEqualByComparingTo("268300");
        assertThat(byLine.get(greenLine + "MARKET").get("kgCo2e").decimalValue()).isEqualByComparingTo("0");
        // DESNZ 2024 Material use, aluminium cans and foil, primary production 9 106.91851 kg CO2e/t (AR4, total only): x 100 t.
        BigDecimal inputs = new BigDecimal("910691.851");
        assertThat(own.get("inputsKg").decimalValue()).isEqualByComparingTo(inputs);
        BigDecimal supplierTotal = new BigDecimal("18292.071698").add(new BigDecimal("1073200")).add(inputs);

        // The climate indicators the system calculates are now answered in supplier 58's open assessment, accepted:
        // CLI-06 (1 091 492.071698 kg Scope 1 + market Scope 2) / 1000 / 40 000 t = 0.0273 t CO2e/t;
        // CLI-07 500 000 of 2 500 000 kWh renewable = 20.00 %; ENV-02 2 600 000 kWh / 40 000 t = 65 kWh/t.
        Map<String, JsonNode> answers = new HashMap<>();
        Http.basic("buyer", "demo").get("api/assessments/" + assessment).json().get("answers").forEach(a -> answers.put(a.get("code").asText(), a));
        assertThat(answers.get("CLI-06").get("value").decimalValue()).isEqualByComparingTo("0.0273");
        assertThat(answers.get("CLI-06").get("decision").asText()).isEqualTo("ACCEPTED");
        assertThat(answers.get("CLI-06").get("decisionReason").asText()).contains("40000 t product").contains("calculation run");
        assertThat(answers.get("CLI-07").get("value").decimalValue()).isEqualByComparingTo("20.00");
        assertThat(answers.get("ENV-02").get("value").decimalValue()).isEqualByComparingTo("65");

        Map<Long, JsonNode> figures = new HashMap<>();
        officer.get("api/emissions/figures?year=" + YEAR + "&scope=3&limit=5000").json()
                .forEach(f -> { if (f.hasNonNull("purchaseLineId")) figures.put(f.get("purchaseLineId").asLong(), f); });
        // Hybrid, economic allocation: 1 000 000 USD spent / 50 000 000 USD revenue = 0.02 of (Scope 1 + Scope 2 market + inputs).
        assertThat(figures.get(hybrid).get("method").asText()).isEqualTo("HYBRID");
        assertThat(figures.get(hybrid).get("kgCo2e").decimalValue())
                .isEqualByComparingTo(supplierTotal.multiply(new BigDecimal("0.02")).setScale(6, RoundingMode.HALF_EVEN));
        // Supplier-specific: 200 t x 12 000 kg CO2e/t, although spend and an inventory exist too: the best method wins.
        assertThat(figures.get(specific).get("method").asText()).isEqualTo("SUPPLIER_SPECIFIC");
        assertThat(figures.get(specific).get("kgCo2e").decimalValue()).isEqualByComparingTo("2400000");
        // Spend-based: EPA SCEF v1.3 NAICS 325180 (kg CO2e per 2022 USD), 2024 dollars deflated by CPI-U 292.655 / 313.689.
        BigDecimal naics = factor("EPA-SCEF-1.3/naics/325180/USD").get("kgCo2e").decimalValue();
        BigDecimal dollars2022 = new BigDecimal("100000").multiply(new BigDecimal("292.655"), MC).divide(new BigDecimal("313.689"), MC);
        assertThat(figures.get(spend).get("method").asText()).isEqualTo("SPEND_BASED");
        assertThat(figures.get(spend).get("kgCo2e").decimalValue())
                .isEqualByComparingTo(dollars2022.multiply(naics, MC).setScale(6, RoundingMode.HALF_EVEN));
        // Average-data: DESNZ 2024 Material use, average plastics, x 20 t.
        BigDecimal plastics = factor("DESNZ-2024/material/plastics-average/t").get("kgCo2e").decimalValue();
        assertThat(figures.get(average).get("method").asText()).isEqualTo("AVERAGE_DATA");
        assertThat(figures.get(average).get("kgCo2e").decimalValue()).isEqualByComparingTo(plastics.multiply(new BigDecimal(20)).setScale(6, RoundingMode.HALF_EVEN));
        // Category 4: DESNZ 2024 HGV (all diesel, average laden) per t.km with its gases rescaled to AR6, x 50 000 t.km.
        JsonNode hgv = factor("DESNZ-2024/freight/hgv-all-diesel-average-laden/t.km");
        BigDecimal perTkm = hgv.get("co2eOfCo2").decimalValue()
                .add(hgv.get("co2eOfCh4").decimalValue().multiply(new BigDecimal("29.8"), MC).divide(new BigDecimal(28), MC))
                .add(hgv.get("co2eOfN2o").decimalValue().multiply(new BigDecimal(273), MC).divide(new BigDecimal(265), MC));
        assertThat(figures.get(road).get("method").asText()).isEqualTo("DISTANCE_BASED");
        assertThat(figures.get(road).get("kgCo2e").decimalValue()).isEqualByComparingTo(perTkm.multiply(new BigDecimal(50000), MC).setScale(6, RoundingMode.HALF_EVEN));

        // Lineage of the spend-based figure: the purchase, the factor version and its source, the method and why.
        JsonNode lineage = officer.get("api/emissions/figures/" + figures.get(spend).get("id").asLong() + "/lineage").json();
        assertThat(lineage.get("source").get("record").asText()).isEqualTo("purchase line " + spend);
        assertThat(lineage.get("source").get("enteredBy").asText()).isEqualTo("officer");
        assertThat(lineage.get("factor").get("key").asText()).isEqualTo("EPA-SCEF-1.3/naics/325180/USD");
        assertThat(lineage.get("factor").get("version").asInt()).isEqualTo(1);
        assertThat(lineage.get("factorCitation").asText()).contains("Supply Chain Greenhouse Gas Emission Factors").contains("Public domain");
        assertThat(lineage.get("methodReason").asText()).contains("no supplier or item code").contains("no submitted 2024 inventory");
        assertThat(lineage.get("figure").get("formula").asText()).contains("CPI-U 2022 292.655").contains("CPI-U 2024 313.689");
        // And the supplier reaches the lineage of its own figures only.
        JsonNode gridFigure = byLine.get(gridLine + "LOCATION");
        assertThat(supplier.get("api/emissions/figures/" + gridFigure.get("id").asLong() + "/lineage").json().get("factor").get("key").asText())
                .isEqualTo("MEE/electricity/cn-grid-2022/kWh");
        assertThat(supplier.get("api/emissions/figures/" + figures.get(spend).get("id").asLong() + "/lineage").status()).isEqualTo(404);

        // A factor correction is a new version; recalculating shows before and after for the line that used it.
        JsonNode railFactor = factor("DESNZ-2024/freight/rail/t.km");
        Http.Reply corrected = officer.post("api/emissions/factors/corrections?key=DESNZ-2024/freight/rail/t.km",
                Map.of("co2eOfCo2", railFactor.get("co2eOfCo2").decimalValue().add(new BigDecimal("0.001")), "reason", "EmissionsIT: transcription check"));
        assertThat(corrected.status()).as(corrected.text()).isEqualTo(201);
        assertThat(corrected.json().get("factor").get("version").asInt()).isEqualTo(2);
        JsonNode versions = officer.get("api/emissions/factors/versions?key=DESNZ-2024/freight/rail/t.km").json();
        assertThat(versions.get(0).get("factor").get("kgCo2e").decimalValue()).isEqualByComparingTo(railFactor.get("kgCo2e").decimalValue());
        assertThat(versions.get(0).get("current").asBoolean()).isFalse();
        JsonNode rerunSummary = officer.post("api/emissions/runs?year=" + YEAR + "&reason=rail%20factor%20corrected", "{}").json();
        long rerun = rerunSummary.get("id").asLong();
        // Every figure was recalculated, but only the group that changed (the purchases from supplier 58) was rewritten.
        assertThat(rerunSummary.get("figuresWritten").asInt()).isEqualTo(4).isLessThan(rerunSummary.get("resultCount").asInt());
        JsonNode comparison = officer.get("api/emissions/runs/" + rerun + "/comparison").json();
        JsonNode railChange = null;
        for (JsonNode change : comparison.get("changes")) {
            if (change.get("line").asText().equals("purchase " + rail)) {
                railChange = change;
            }
        }
        assertThat(railChange).as(comparison.toString()).isNotNull();
        assertThat(railChange.get("afterKg").decimalValue().subtract(railChange.get("beforeKg").decimalValue()))
                .isEqualByComparingTo("10.000000"); // 10 000 t.km x 0.001 kg more CO2 per t.km
        assertThat(railChange.get("afterFactorId").asLong()).isEqualTo(corrected.json().get("factor").get("id").asLong());
        assertThat(comparison.get("changes").toString()).doesNotContain("purchase " + road + "\"");

        // Switching the reporting GWP set to AR5 recalculates: natural gas goes back to the published 0.1829 x 100 000.
        Http admin = Http.basic("admin", "demo");
        try {
            Http.Reply switched = admin.put("api/emissions/gwp-setting", Map.of("gwpSet", "AR5"));
            assertThat(switched.status()).as(switched.text()).isEqualTo(200);
            boolean gasChanged = false;
            for (JsonNode year : switched.json()) {
                for (JsonNode change : year.get("changes")) {
                    if (change.get("line").asText().equals("activity " + gasLine)) {
                        gasChanged = true;
                        assertThat(change.get("beforeKg").decimalValue()).isEqualByComparingTo("18292.071698");
                        assertThat(change.get("afterKg").decimalValue()).isEqualByComparingTo("18290");
                    }
                }
            }
            assertThat(gasChanged).isTrue();
            assertThat(officer.get("api/emissions/summary?year=" + YEAR).json().get("gwpSet").asText()).isEqualTo("AR5");
        } finally {
            assertThat(admin.put("api/emissions/gwp-setting", Map.of("gwpSet", "AR6")).status()).isEqualTo(200);
        }
        JsonNode summary = officer.get("api/emissions/summary?year=" + YEAR).json();
        assertThat(summary.get("scope3Kg").decimalValue()).isPositive();
        assertThat(summary.get("primaryDataPercent").decimalValue()).isPositive();
        assertThat(summary.get("scope3Quality").get("overall").decimalValue()).isBetween(BigDecimal.ONE, new BigDecimal(5));
        assertThat(summary.get("scope3ByMethod").toString()).contains("SUPPLIER_SPECIFIC").contains("HYBRID").contains("SPEND_BASED").contains("AVERAGE_DATA");
    }

    @Test
    void badInputIsRefusedWithItsMessageAndNothingIsStoredHalf() {
        Http supplier = Http.basic(AssessmentFixtures.supplierUser(57), AssessmentFixtures.PASSWORD);
        long inventory = supplier.post("api/suppliers/57/inventories?year=" + YEAR, "{}").json().get("id").asLong();
        assertProblem(supplier.post("api/emissions/inventories/" + inventory + "/lines", Map.of("type", "FUEL", "activity", "fuel/natural-gas",
                "quantity", -5, "unit", "kWh")), "is negative");
        assertProblem(supplier.post("api/emissions/inventories/" + inventory + "/lines", Map.of("type", "FUEL", "activity", "fuel/natural-gas",
                "quantity", 5, "unit", "barrels")), "barrels\\\" is not a unit the system knows");
        assertProblem(supplier.post("api/emissions/inventories/" + inventory + "/lines", Map.of("type", "ELECTRICITY", "activity", "grid",
                "quantity", 5, "unit", "L")), "do not convert into each other");
        assertProblem(supplier.post("api/emissions/inventories/" + inventory + "/lines", Map.of("type", "FUEL", "activity", "fuel/unobtainium",
                "quantity", 5, "unit", "kg")), "fuel/unobtainium\\\" in the library");
        long old = supplier.post("api/suppliers/57/inventories?year=2019", "{}").json().get("id").asLong();
        assertProblem(supplier.post("api/emissions/inventories/" + old + "/lines", Map.of("type", "FUEL", "activity", "fuel/natural-gas",
                "quantity", 5, "unit", "kWh")), "applies to the year 2019");
        // Implausible, not impossible: stored and flagged for review.
        JsonNode flagged = supplier.post("api/emissions/inventories/" + inventory + "/lines", Map.of("type", "ELECTRICITY", "activity", "grid",
                "quantity", 20000000, "unit", "MWh")).json();
        assertThat(flagged.get("flagged").asBoolean()).isTrue();
        assertThat(flagged.get("flagReason").asText()).contains("plausibility bound");

        // An import with one bad row stores none of its rows and names the row.
        int before = supplier.get("api/emissions/inventories/" + inventory).json().get("lines").size();
        String bad = "type,activity,quantity,unit,description\nFUEL,fuel/diesel-average-biofuel-blend,1200,L,forklifts\n"
                + "FUEL,fuel/lpg,-3,L,canteen\nREFRIGERANT,HFC-134a,2.5,kg,chiller top-up\n";
        Http.Reply refused = supplier.postBytes("api/emissions/inventories/" + inventory + "/import?fileName=bad.csv", "text/csv",
                bad.getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.text()).contains("row 3");
        assertThat(supplier.get("api/emissions/inventories/" + inventory).json().get("lines").size()).isEqualTo(before);
        String good = bad.replace("-3", "300");
        Http.Reply imported = supplier.postBytes("api/emissions/inventories/" + inventory + "/import?fileName=good.csv", "text/csv",
                good.getBytes(StandardCharsets.UTF_8));
        assertThat(imported.status()).as(imported.text()).isEqualTo(200);
        assertThat(imported.json().get("rows").asInt()).isEqualTo(3);
        Http.Reply twice = supplier.postBytes("api/emissions/inventories/" + inventory + "/import?fileName=good-again.csv", "text/csv",
                good.getBytes(StandardCharsets.UTF_8));
        assertProblem(twice, "was imported already");
        assertThat(supplier.get("api/emissions/inventories/" + inventory).json().get("lines").size()).isEqualTo(before + 3);
        // Verified totals need the statement.
        JsonNode current = supplier.get("api/emissions/inventories/" + old).json();
        supplier.put("api/emissions/inventories/" + old + "?version=" + current.get("version").asLong(), Map.of("basis", "VERIFIED_TOTALS",
                "verifiedScope1Tonnes", 120, "verifiedScope2LocationTonnes", 800, "verifier", "Example Verification Ltd"));
        assertProblem(supplier.post("api/emissions/inventories/" + old + "/submit?version=" + (current.get("version").asLong() + 1), "{}"),
                "verification statement");
        // Another company's user reaches none of it.
        Http other = Http.basic(AssessmentFixtures.supplierUser(56), AssessmentFixtures.PASSWORD);
        assertThat(other.get("api/emissions/inventories/" + inventory).status()).isEqualTo(404);
        assertThat(other.get("api/suppliers/57/inventories/" + YEAR).status()).isEqualTo(404);
        // Purchases: a line no method can calculate, and a year without an exchange rate for its currency.
        assertProblem(officer.post("api/emissions/purchases", Map.of("year", YEAR, "category", 1, "description", "mystery")), "Give an item code");
        assertProblem(officer.post("api/emissions/purchases", Map.of("year", YEAR, "category", 1, "description", "ore", "spendAmount", 10,
                "spendCurrency", "USD", "spendSector", "999999")), "no spend-based factor for the sector (NAICS) 999999");
        // Spend in a currency without a 2024 rate is refused at entry, until the officer records the rate with its source.
        Map<String, Object> wonSpend = Map.of("year", YEAR, "category", 1, "supplierId", 56, "description", "Separator film",
                "spendAmount", 13000000, "spendCurrency", "KRW", "spendSector", "326199");
        assertProblem(officer.post("api/emissions/purchases", wonSpend), "no annual exchange rate for KRW in 2024");
        assertThat(Http.basic("supplier", "demo").put("api/emissions/exchange-rates/KRW/2024", Map.of("unitsPerUsd", 1300,
                "source", "x")).status()).isEqualTo(403);
        Http.Reply rate = officer.put("api/emissions/exchange-rates/KRW/2024", Map.of("unitsPerUsd", 1364.38,
                "source", "EmissionsIT: a test rate, not a published one"));
        assertThat(rate.status()).as(rate.text()).isEqualTo(200);
        Http.Reply accepted = officer.post("api/emissions/purchases", wonSpend);
        assertThat(accepted.status()).as(accepted.text()).isEqualTo(201);
        assertThat(officer.delete("api/emissions/purchases/" + accepted.json().get("id").asLong()).status()).isEqualTo(204);
    }

    private long line(Http supplier, long inventory, Map<String, Object> line) {
        Http.Reply reply = supplier.post("api/emissions/inventories/" + inventory + "/lines", line);
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    private long purchase(Map<String, Object> line) {
        Http.Reply reply = officer.post("api/emissions/purchases", line);
        assertThat(reply.status()).as(reply.text()).isEqualTo(201);
        return reply.json().get("id").asLong();
    }

    private JsonNode factor(String key) {
        JsonNode versions = officer.get("api/emissions/factors/versions?key=" + key).json();
        return versions.get(versions.size() - 1).get("factor");
    }

    private static void assertProblem(Http.Reply reply, String message) {
        assertThat(reply.status()).as(reply.text()).isEqualTo(400);
        assertThat(reply.text()).containsIgnoringCase(message);
    }
}
