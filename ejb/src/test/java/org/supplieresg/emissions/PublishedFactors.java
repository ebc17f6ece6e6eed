package org.supplieresg.emissions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Published factors and GWP sets, copied value for value from the seed migrations
 * (sql/src/main/resources/db/migration/V13__gwp_sets.sql, V15__emission_factor_seed.sql and the upstream pairs of
 * V16__inventories_and_scope3.sql), with the same ids as their rows, for tests that retrace a calculation by hand.
 */
final class PublishedFactors {

    private PublishedFactors() {
    }

    // ----- Sources (V15, emission_factor_source) -----
    static final EmissionFactor.Source DESNZ_2024 = new EmissionFactor.Source("DESNZ-2024",
            "UK Department for Energy Security and Net Zero (DESNZ)", "Greenhouse gas reporting: conversion factors 2024",
            "2024, version 1.1", "https://www.gov.uk/government/publications/greenhouse-gas-reporting-conversion-factors-2024",
            "Open Government Licence v3.0");
    static final EmissionFactor.Source DESNZ_2025 = new EmissionFactor.Source("DESNZ-2025",
            "UK Department for Energy Security and Net Zero (DESNZ)", "Greenhouse gas reporting: conversion factors 2025",
            "2025, version 1.0", "https://www.gov.uk/government/publications/greenhouse-gas-reporting-conversion-factors-2025",
            "Open Government Licence v3.0");
    static final EmissionFactor.Source EPA_SCEF = new EmissionFactor.Source("EPA-SCEF-1.3", "US Environmental Protection Agency (EPA)",
            "Supply Chain Greenhouse Gas Emission Factors for US Industries and Commodities", "v1.3.0 (USEEIOv2.2.22-GHG, GHG data year 2022)",
            "https://cfpub.epa.gov/si/si_public_record_Report.cfm?dirEntryId=349324", "Public domain (US Government work)");
    static final EmissionFactor.Source MEE_2021 = new EmissionFactor.Source("MEE-NBS-2024-12", "生态环境部 国家统计局",
            "关于发布2021年电力二氧化碳排放因子的公告 (公告2024年第12号)", "2021 factors", "https://www.mee.gov.cn/",
            "Official government announcement of the PRC; no open licence stated");
    static final EmissionFactor.Source MEE_2022 = new EmissionFactor.Source("MEE-NBS-2022EF", "生态环境部 国家统计局",
            "关于发布2022年电力二氧化碳排放因子的公告", "2022 factors", "https://www.mee.gov.cn/",
            "Official government announcement of the PRC; no open licence stated");
    static final EmissionFactor.Source MEE_2023 = new EmissionFactor.Source("MEE-NBS-2023EF", "生态环境部 国家统计局",
            "关于发布2023年电力二氧化碳排放因子的公告", "2023 factors", "https://www.mee.gov.cn/",
            "Official government announcement of the PRC; no open licence stated");
    static final EmissionFactor.Source MEE_ETS = new EmissionFactor.Source("MEE-ETS-2023", "生态环境部",
            "关于做好2023-2025年发电行业企业温室气体排放报告管理有关工作的通知", "2023 notice (national grid average factor for 2022)",
            "https://www.mee.gov.cn/", "Official government notice of the PRC; no open licence stated");
    static final EmissionFactor.Source EGRID = new EmissionFactor.Source("EPA-eGRID2023", "US Environmental Protection Agency (EPA)",
            "Emissions & Generation Resource Integrated Database (eGRID), data year 2023", "eGRID2023 revision 2",
            "https://www.epa.gov/egrid", "Public domain (US Government work)");

    // ----- Factors (V15, emission_factor; same ids) -----

    /** V15 id 3: DESNZ 2024, Fuels row 72, Diesel (average biofuel blend), litres: 2.51279 = CO2 2.4796 + CH4 0.00029 + N2O 0.0329, AR5. */
    static final EmissionFactor DIESEL_2024 = factor(3, "DESNZ-2024/fuel/diesel-average-biofuel-blend/L", FactorKind.FUEL, "L",
            "2.51279", "2.4796", "0.00029", "0.0329", "AR5", "GLOBAL", 2024, "2024-01-01", "2024-12-31", DESNZ_2024, "Fuels");
    /** V15 id 27: DESNZ 2025, Fuels row 72, Diesel (average biofuel blend), litres: 2.57082 = CO2 2.53763 + CH4 0.00029 + N2O 0.0329, AR5. */
    static final EmissionFactor DIESEL_2025 = factor(27, "DESNZ-2025/fuel/diesel-average-biofuel-blend/L", FactorKind.FUEL, "L",
            "2.57082", "2.53763", "0.00029", "0.0329", "AR5", "GLOBAL", 2025, "2025-01-01", null, DESNZ_2025, "Fuels");
    /** V15 id 12: DESNZ 2024, WTT- fuels row 71, diesel (average biofuel blend), litres: 0.61101, total only. */
    static final EmissionFactor WTT_DIESEL_2024 = factor(12, "DESNZ-2024/wtt/diesel-average-biofuel-blend/L", FactorKind.WELL_TO_TANK, "L",
            "0.61101", null, null, null, "AR5", "GB", 2024, "2024-01-01", "2024-12-31", DESNZ_2024, "WTT- fuels");
    /** V15 id 9: DESNZ 2024, UK electricity row 25, electricity generated, kWh: 0.20705 = CO2 0.20493 + CH4 0.0009 + N2O 0.00122, AR5. */
    static final EmissionFactor UK_GRID_2024 = factor(9, "DESNZ-2024/electricity/uk-grid/kWh", FactorKind.ELECTRICITY, "kWh",
            "0.20705", "0.20493", "0.0009", "0.00122", "AR5", "GB", 2024, "2024-01-01", "2024-12-31", DESNZ_2024, "UK electricity");
    /** V15 id 10: DESNZ 2024, Transmission and distribution row 22, T&D- UK electricity, kWh: 0.0183 = CO2 0.01811 + CH4 0.00008 + N2O 0.00011, AR5. */
    static final EmissionFactor TD_UK_2024 = factor(10, "DESNZ-2024/td-losses/uk-grid/kWh", FactorKind.TRANSMISSION_LOSS, "kWh",
            "0.0183", "0.01811", "0.00008", "0.00011", "AR5", "GB", 2024, "2024-01-01", "2024-12-31", DESNZ_2024, "Transmission and distribution");
    /** V15 id 13: DESNZ 2024, WTT- UK electricity row 19, kWh: 0.0459, total only. */
    static final EmissionFactor WTT_UK_ELECTRICITY_2024 = factor(13, "DESNZ-2024/wtt/uk-electricity/kWh", FactorKind.WELL_TO_TANK, "kWh",
            "0.0459", null, null, null, "AR5", "GB", 2024, "2024-01-01", "2024-12-31", DESNZ_2024, "WTT- UK electricity");
    /** V15 id 14: DESNZ 2024, Freighting goods row 63, HGV (all diesel), all HGVs, average laden, t.km: 0.09752 = CO2 0.09601 + CH4 0.00002 + N2O 0.00149, AR5. */
    static final EmissionFactor HGV_2024 = factor(14, "DESNZ-2024/freight/hgv-all-diesel-average-laden/t.km", FactorKind.FREIGHT, "t.km",
            "0.09752", "0.09601", "0.00002", "0.00149", "AR5", "GB", 2024, "2024-01-01", "2024-12-31", DESNZ_2024, "Freighting goods");
    /** V15 id 401: MEE/NBS 公告2024年第12号, 2021 national grid average 0.5568 kg CO2/kWh, CO2 only, valid from 2024. */
    static final EmissionFactor CN_GRID_2021 = factor(401, "MEE/electricity/cn-grid-2021/kWh", FactorKind.ELECTRICITY, "kWh",
            "0.5568", "0.5568", null, null, "AR5", "CN", 2021, "2024-01-01", null, MEE_2021, "全国电力平均二氧化碳排放因子");
    /** V15 id 402: MEE/NBS 关于发布2022年电力二氧化碳排放因子的公告, 2022 national grid average 0.5366 kg CO2/kWh, valid from 2024. */
    static final EmissionFactor CN_GRID_2022 = factor(402, "MEE/electricity/cn-grid-2022/kWh", FactorKind.ELECTRICITY, "kWh",
            "0.5366", "0.5366", null, null, "AR5", "CN", 2022, "2024-01-01", null, MEE_2022, "全国电力平均二氧化碳排放因子");
    /** V15 id 403: MEE/NBS 关于发布2023年电力二氧化碳排放因子的公告, 2023 national grid average 0.5306 kg CO2/kWh, valid from 2026. */
    static final EmissionFactor CN_GRID_2023 = factor(403, "MEE/electricity/cn-grid-2023/kWh", FactorKind.ELECTRICITY, "kWh",
            "0.5306", "0.5306", null, null, "AR5", "CN", 2023, "2026-01-01", null, MEE_2023, "全国电力平均二氧化碳排放因子");
    /** V15 id 404: MEE power-sector ETS notice, 2022 national grid average 0.5703 t CO2/MWh, for reporting year 2022 only. */
    static final EmissionFactor CN_ETS_2022 = factor(404, "MEE/electricity/cn-grid-ets-2022/kWh", FactorKind.ELECTRICITY, "kWh",
            "0.5703", "0.5703", null, null, "AR5", "CN", 2022, "2022-01-01", "2022-12-31", MEE_ETS, "全国电力平均二氧化碳排放因子");
    /** V15 id 501: eGRID2023 rev2, US23 USC2ERTA 770.884 lb/MWh x 0.45359237 / 1000 = 0.349667100555 kg CO2e/kWh, total only. */
    static final EmissionFactor EGRID_US_2023 = factor(501, "EPA-eGRID2023/electricity/us-national/kWh", FactorKind.ELECTRICITY, "kWh",
            "0.349667100555", null, null, null, "AR5", "US", 2023, "2023-01-01", null, EGRID, "US23 (USC2ERTA)");
    /** V15 id 301: EPA SCEF v1.3.0, NAICS 335911 Storage Battery Manufacturing, with margins, 0.337 kg CO2e per 2022 USD (purchaser price). */
    static final EmissionFactor SCEF_335911 = new EmissionFactor(301, "EPA-SCEF-1.3/naics/335911/USD", 1, FactorKind.SPEND,
            "Storage Battery Manufacturing (NAICS 335911)", "蓄电池制造", "USD", new BigDecimal("0.337"), null, null, null, null,
            "CH4_FOSSIL", "AR5", "US", 2022, LocalDate.parse("2022-01-01"), null, 2022, "335911", EPA_SCEF,
            "SupplyChainGHGEmissionFactors_v1.3.0_NAICS_CO2e_USD2022.csv");
    /**
     * The commented-out row 19 at the end of V15 (not inserted because DESNZ gives Material use on an AR4 basis): DESNZ 2024,
     * Material use row 67, "Metal: steel cans", primary material production, 2854.91851 kg CO2e per tonne, total only, gwp_set 'AR4'.
     */
    static final EmissionFactor STEEL_2024 = factor(19, "DESNZ-2024/material/steel/t", FactorKind.MATERIAL, "t",
            "2854.91851", null, null, null, "AR4", "GB", 2024, "2024-01-01", "2024-12-31", DESNZ_2024, "Material use");

    static List<EmissionFactor> all() {
        return List.of(DIESEL_2024, DIESEL_2025, WTT_DIESEL_2024, UK_GRID_2024, TD_UK_2024, WTT_UK_ELECTRICITY_2024, HGV_2024,
                CN_GRID_2021, CN_GRID_2022, CN_GRID_2023, CN_ETS_2022, EGRID_US_2023, SCEF_335911, STEEL_2024);
    }

    // ----- GWP sets (V13, gwp_value) -----

    /** IPCC AR5 WG1 (2013), Chapter 8, Table 8.A.1, as seeded in V13. */
    static final GwpSet AR5 = new GwpSet("AR5", "IPCC Fifth Assessment Report, 100-year GWP", "IPCC AR5 WG1 (2013), Chapter 8, Table 8.A.1", false,
            Map.ofEntries(Map.entry("CO2", bd("1")), Map.entry("CH4_FOSSIL", bd("28")), Map.entry("CH4_NON_FOSSIL", bd("28")),
                    Map.entry("N2O", bd("265")), Map.entry("SF6", bd("23500")), Map.entry("NF3", bd("16100")), Map.entry("HFC-134a", bd("1300")),
                    Map.entry("HFC-32", bd("677")), Map.entry("HFC-125", bd("3170")), Map.entry("HFC-143a", bd("4800")),
                    Map.entry("R-410A", bd("1923.50")), Map.entry("R-404A", bd("3942.80"))));
    /** IPCC AR6 WG1 (2021), Chapter 7, Table 7.15 and 7.SM.7, as seeded in V13 (the reporting set there). */
    static final GwpSet AR6 = new GwpSet("AR6", "IPCC Sixth Assessment Report, 100-year GWP", "IPCC AR6 WG1 (2021), Chapter 7, Table 7.15 and 7.SM.7", true,
            Map.ofEntries(Map.entry("CO2", bd("1")), Map.entry("CH4_FOSSIL", bd("29.8")), Map.entry("CH4_NON_FOSSIL", bd("27.0")),
                    Map.entry("N2O", bd("273")), Map.entry("SF6", bd("24300")), Map.entry("NF3", bd("17400")), Map.entry("HFC-134a", bd("1530")),
                    Map.entry("HFC-32", bd("771")), Map.entry("HFC-125", bd("3740")), Map.entry("HFC-143a", bd("5810")),
                    Map.entry("R-410A", bd("2255.50")), Map.entry("R-404A", bd("4728.00"))));
    /**
     * A label only: V13 has no AR4 set, yet the DESNZ Material use factors are published on an AR4 basis (V15, end of file).
     * They are totals without a gas breakdown, so no AR4 GWP is ever looked up; the set exists so that the factor's
     * gwp_set resolves. Deliberately holds CO2 only, so that no test can rely on an AR4 value not seeded anywhere.
     */
    static final GwpSet AR4 = new GwpSet("AR4", "IPCC Fourth Assessment Report (label only, not seeded)", "not seeded", false,
            Map.of("CO2", bd("1")));

    // ----- Upstream pairs (V16, factor_upstream) -----
    static final java.util.Map<String, java.util.Set<String>> UPSTREAM = FactorSnapshot.pairs(List.of(
            new String[] {"fuel/natural-gas", "wtt/natural-gas"},
            new String[] {"fuel/diesel-average-biofuel-blend", "wtt/diesel-average-biofuel-blend"},
            new String[] {"electricity/uk-grid", "wtt/uk-electricity"},
            new String[] {"electricity/uk-grid", "td-losses/uk-grid"}));

    static FactorSnapshot snapshot(String reportingSet) {
        return new FactorSnapshot(all(), UPSTREAM, List.of(AR4, AR5, AR6), reportingSet);
    }

    static EmissionFactor factor(long id, String key, FactorKind kind, String unit, String kg, String co2, String ch4, String n2o,
                                 String gwpSet, String region, int dataYear, String validFrom, String validTo,
                                 EmissionFactor.Source source, String table) {
        return new EmissionFactor(id, key, 1, kind, key, null, unit, bd(kg), bd(co2), bd(ch4), bd(n2o), null, "CH4_FOSSIL", gwpSet,
                region, dataYear, LocalDate.parse(validFrom), validTo == null ? null : LocalDate.parse(validTo), null, null, source, table);
    }

    static BigDecimal bd(String value) {
        return value == null ? null : new BigDecimal(value);
    }
}
