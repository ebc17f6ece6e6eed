-- IPCC AR4 GWP set, the DESNZ "Material use" factors it unblocks (held back in V15), and the US CPI-U annual averages
-- (价格指数) that V15 could not seed. As in V15, every number below was read during the preparation of this file in a
-- copy of the publisher's document or of its data; none was written from memory. Each group names where it was read.
--
-- Left out (could not be verified from a document read while preparing this file)
--   * exchange_rate_annual 2024 and 2025 (CNY, EUR, GBP, JPY, KRW, AUD, HKD): neither the Federal Reserve G.5A annual
--     releases covering 2024 / 2025 nor the IRS "Yearly Average Currency Exchange Rates" table could be read; the only
--     copies found were rounded or secondary, so no rows are inserted.
--   * IDR and CLP 2020-2025: the IRS table could not be read (they are not in G.5A) -> no rows.
--   * ids 17 and 41, although listed as reserved, are already used in V15 (DESNZ 2024 / 2025 air freight); the
--     Material use rows take ids 18-24 and 42-48, exactly the ids V15's commented-out block reserved for them.

-- ===== AR4 GWP set ====================================================================================================
-- IPCC AR4 WG1 (2007), Chapter 2, Table 2.14, 100-year column. Read in two independent reproductions:
--   (a) US EPA, 40 CFR Part 98, Subpart A, Table A-1 "Global Warming Potentials [100-Year Time Horizon]" (the AR4-based
--       version, entries footnoted "a"), as published at https://ecfr.io/Title-40/Part-98/Appendix and
--       https://govregs.com/regulations/title40_chapterI-i22_part98_subpartA_appendix: Carbon dioxide 1, Methane 25,
--       Nitrous oxide 298, Sulfur hexafluoride 22,800, Nitrogen trifluoride 17,200, HFC-32 675, HFC-125 3,500,
--       HFC-134a 1,430, HFC-143a 4,470;
--   (b) a copy of AR4 Table 2.14 itself (studylib.net/doc/6704789, "Global Warming Potential (GWP) of Atmospheric
--       Gases", columns Lifetime / Radiative efficiency / SAR / 20-yr / 100-yr / 500-yr), 100-yr column: CO2 1,
--       CH4 25, N2O 298, HFC-32 675, HFC-125 3,500, HFC-134a 1,430, HFC-143a 4,470, SF6 22,800, NF3 17,200.
--   Also consistent: The Climate Registry, Appendix A Table A.1, AR4 column (CH4 25, N2O 298, NF3 17,200;
--   docslib.org/doc/4598378); github.com/djaodjin/djaopsp djaopsp/static/js/ef-refrigerants.js ar4_factor
--   (CH4 25, N2O 298, HFC-32 675).
-- AR4 gives one methane GWP (no fossil / non-fossil split, no climate-carbon feedback): the same 25 for both origins.
-- Blends (ASHRAE 34 compositions, as in V13): mass-weighted sums of the AR4 component values, exact in NUMERIC(10,2):
--   R-410A = 0.5 x 675 + 0.5 x 3500 = 337.5 + 1750 = 2087.50
--   R-404A = 0.44 x 3500 + 0.52 x 4470 + 0.04 x 1430 = 1540 + 2324.4 + 57.2 = 3921.60
INSERT INTO gwp_set VALUES ('AR4', 'IPCC Fourth Assessment Report, 100-year GWP', 'IPCC AR4 WG1 (2007), Chapter 2, Table 2.14', FALSE);

INSERT INTO gwp_value VALUES
    ('AR4', 'CO2', 1, NULL),
    ('AR4', 'CH4_FOSSIL', 25, 'AR4 gives one value for methane (no fossil / non-fossil split)'),
    ('AR4', 'CH4_NON_FOSSIL', 25, 'AR4 gives one value for methane (no fossil / non-fossil split)'),
    ('AR4', 'N2O', 298, NULL),
    ('AR4', 'SF6', 22800, NULL),
    ('AR4', 'NF3', 17200, NULL),
    ('AR4', 'HFC-134a', 1430, NULL),
    ('AR4', 'HFC-32', 675, NULL),
    ('AR4', 'HFC-125', 3500, NULL),
    ('AR4', 'HFC-143a', 4470, NULL),
    ('AR4', 'R-410A', 2087.50, '0.5 x HFC-32 + 0.5 x HFC-125 = 0.5 x 675 + 0.5 x 3500'),
    ('AR4', 'R-404A', 3921.60, '0.44 x HFC-125 + 0.52 x HFC-143a + 0.04 x HFC-134a = 0.44 x 3500 + 0.52 x 4470 + 0.04 x 1430');

-- ===== DESNZ Material use, 2024 (source 1) and 2025 (source 2) =========================================================
-- Re-read for this file, sheet "Material use", column D "Primary material production" (header rows 20-21: "Primary
-- material production" / "kg CO2e"), unit "tonnes", in:
--   2024: ghg-conversion-factors-2024-full_set__for_advanced_users__v1_1.xlsx (sheet header "Version: 1.1",
--         "Year: 2024") in github.com/sungkomp/mcp-csv-agent data/ (commit 2f5575d), and identical in the 2024
--         condensed set, github.com/streetvisit/carbon-recycling-platform
--         reference-data/uk-gov-conversion-factors/2024/condensed-set.xlsx (commit 35bc3cd);
--   2025: reference-data/uk-gov-conversion-factors/2025/full-set.xlsx (sheet header "Version: 1", "Year: 2025") in
--         github.com/streetvisit/carbon-recycling-platform (commit 35bc3cd), identical in the 2025 condensed set there.
-- Rows: 40 "Glass"; 58 "Batteries - Li ion"; 64 "Metal: aluminium cans and foil (excl. forming)"; 65 "Metal: mixed
-- cans"; 67 "Metal: steel cans"; 72 "Plastics: average plastics"; 86 "Paper and board: mixed". Every value equals the
-- value in V15's commented-out block.
-- GWP basis: the DESNZ 2025 methodology paper (reference-data/uk-gov-conversion-factors/2025/methodology.pdf in the same
-- repository), para 1.17 and Table 1 "Summary of conversion factors that are in AR4 or/and AR5 basis GWPs": "Material
-- Use" is ticked "In AR4 basis" -> gwp_set 'AR4'. The sheet says the factors "account for 'cradle-to-gate' emissions".
-- Total only (no gas breakdown published). Region GB (UK supply chains); 2024 rows valid to 2024-12-31 (superseded by 2025).
INSERT INTO emission_factor (id, factor_key, version, source_id, source_table, kind, name_en, name_zh, activity_unit, kg_co2e, co2e_of_co2, co2e_of_ch4, co2e_of_n2o, co2e_of_other, gwp_set, region, data_year, valid_from, valid_to, price_year, sector_code, boundary, note, created_by) VALUES
    (18, 'DESNZ-2024/material/aluminium/t', 1, 1, 'Material use', 'MATERIAL', 'Aluminium cans and foil (excl. forming), primary material production, per tonne', '铝罐及铝箔（原生材料）', 't', 9106.91851, NULL, NULL, NULL, NULL, 'AR4', 'GB', 2024, '2024-01-01', '2024-12-31', NULL, NULL, 'CRADLE_TO_GATE', 'Material use sheet row 64: "Metal: aluminium cans and foil (excl. forming)", tonnes, column "Primary material production". Total only. GWP basis AR4 per DESNZ 2025 methodology paper Table 1.', 'seed'),
    (19, 'DESNZ-2024/material/steel/t', 1, 1, 'Material use', 'MATERIAL', 'Steel cans, primary material production, per tonne', '钢罐（原生材料）', 't', 2854.91851, NULL, NULL, NULL, NULL, 'AR4', 'GB', 2024, '2024-01-01', '2024-12-31', NULL, NULL, 'CRADLE_TO_GATE', 'Material use sheet row 67: "Metal: steel cans", tonnes, column "Primary material production". Total only. GWP basis AR4 per DESNZ 2025 methodology paper Table 1.', 'seed'),
    (20, 'DESNZ-2024/material/mixed-cans/t', 1, 1, 'Material use', 'MATERIAL', 'Mixed metal cans, primary material production, per tonne', '混合金属罐（原生材料）', 't', 5105.63851, NULL, NULL, NULL, NULL, 'AR4', 'GB', 2024, '2024-01-01', '2024-12-31', NULL, NULL, 'CRADLE_TO_GATE', 'Material use sheet row 65: "Metal: mixed cans", tonnes, column "Primary material production". Total only. GWP basis AR4 per DESNZ 2025 methodology paper Table 1.', 'seed'),
    (21, 'DESNZ-2024/material/plastics-average/t', 1, 1, 'Material use', 'MATERIAL', 'Average plastics, primary material production, per tonne', '塑料平均值（原生材料）', 't', 3164.78049, NULL, NULL, NULL, NULL, 'AR4', 'GB', 2024, '2024-01-01', '2024-12-31', NULL, NULL, 'CRADLE_TO_GATE', 'Material use sheet row 72: "Plastics: average plastics", tonnes, column "Primary material production". Total only. GWP basis AR4 per DESNZ 2025 methodology paper Table 1.', 'seed'),
    (22, 'DESNZ-2024/material/paper-board-mixed/t', 1, 1, 'Material use', 'MATERIAL', 'Paper and board (mixed), primary material production, per tonne', '纸及纸板混合（原生材料）', 't', 1282.74402, NULL, NULL, NULL, NULL, 'AR4', 'GB', 2024, '2024-01-01', '2024-12-31', NULL, NULL, 'CRADLE_TO_GATE', 'Material use sheet row 86: "Paper and board: mixed", tonnes, column "Primary material production". Total only. GWP basis AR4 per DESNZ 2025 methodology paper Table 1.', 'seed'),
    (23, 'DESNZ-2024/material/glass/t', 1, 1, 'Material use', 'MATERIAL', 'Glass, primary material production, per tonne', '玻璃（原生材料）', 't', 1402.76667, NULL, NULL, NULL, NULL, 'AR4', 'GB', 2024, '2024-01-01', '2024-12-31', NULL, NULL, 'CRADLE_TO_GATE', 'Material use sheet row 40: "Glass", tonnes, column "Primary material production". Total only. GWP basis AR4 per DESNZ 2025 methodology paper Table 1.', 'seed'),
    (24, 'DESNZ-2024/material/li-ion-batteries/t', 1, 1, 'Material use', 'MATERIAL', 'Lithium-ion batteries, primary material production, per tonne', '锂离子电池（原生材料）', 't', 6308, NULL, NULL, NULL, NULL, 'AR4', 'GB', 2024, '2024-01-01', '2024-12-31', NULL, NULL, 'CRADLE_TO_GATE', 'Material use sheet row 58: "Batteries - Li ion", tonnes, column "Primary material production". Total only. GWP basis AR4 per DESNZ 2025 methodology paper Table 1.', 'seed'),
    (42, 'DESNZ-2025/material/aluminium/t', 1, 2, 'Material use', 'MATERIAL', 'Aluminium cans and foil (excl. forming), primary material production, per tonne', '铝罐及铝箔（原生材料）', 't', 9115.90131, NULL, NULL, NULL, NULL, 'AR4', 'GB', 2025, '2025-01-01', NULL, NULL, NULL, 'CRADLE_TO_GATE', 'Material use sheet row 64: "Metal: aluminium cans and foil (excl. forming)", tonnes, column "Primary material production". Total only. GWP basis AR4 per DESNZ 2025 methodology paper Table 1.', 'seed'),
    (43, 'DESNZ-2025/material/steel/t', 1, 2, 'Material use', 'MATERIAL', 'Steel cans, primary material production, per tonne', '钢罐（原生材料）', 't', 2863.90131, NULL, NULL, NULL, NULL, 'AR4', 'GB', 2025, '2025-01-01', NULL, NULL, NULL, 'CRADLE_TO_GATE', 'Material use sheet row 67: "Metal: steel cans", tonnes, column "Primary material production". Total only. GWP basis AR4 per DESNZ 2025 methodology paper Table 1.', 'seed'),
    (44, 'DESNZ-2025/material/mixed-cans/t', 1, 2, 'Material use', 'MATERIAL', 'Mixed metal cans, primary material production, per tonne', '混合金属罐（原生材料）', 't', 5114.62131, NULL, NULL, NULL, NULL, 'AR4', 'GB', 2025, '2025-01-01', NULL, NULL, NULL, 'CRADLE_TO_GATE', 'Material use sheet row 65: "Metal: mixed cans", tonnes, column "Primary material production". Total only. GWP basis AR4 per DESNZ 2025 methodology paper Table 1.', 'seed'),
    (45, 'DESNZ-2025/material/plastics-average/t', 1, 2, 'Material use', 'MATERIAL', 'Average plastics, primary material production, per tonne', '塑料平均值（原生材料）', 't', 3172.49932, NULL, NULL, NULL, NULL, 'AR4', 'GB', 2025, '2025-01-01', NULL, NULL, NULL, 'CRADLE_TO_GATE', 'Material use sheet row 72: "Plastics: average plastics", tonnes, column "Primary material production". Total only. GWP basis AR4 per DESNZ 2025 methodology paper Table 1.', 'seed'),
    (46, 'DESNZ-2025/material/paper-board-mixed/t', 1, 2, 'Material use', 'MATERIAL', 'Paper and board (mixed), primary material production, per tonne', '纸及纸板混合（原生材料）', 't', 1288.50358, NULL, NULL, NULL, NULL, 'AR4', 'GB', 2025, '2025-01-01', NULL, NULL, NULL, 'CRADLE_TO_GATE', 'Material use sheet row 86: "Paper and board: mixed", tonnes, column "Primary material production". Total only. GWP basis AR4 per DESNZ 2025 methodology paper Table 1.', 'seed'),
    (47, 'DESNZ-2025/material/glass/t', 1, 2, 'Material use', 'MATERIAL', 'Glass, primary material production, per tonne', '玻璃（原生材料）', 't', 1402.76667, NULL, NULL, NULL, NULL, 'AR4', 'GB', 2025, '2025-01-01', NULL, NULL, NULL, 'CRADLE_TO_GATE', 'Material use sheet row 40: "Glass", tonnes, column "Primary material production". Total only. GWP basis AR4 per DESNZ 2025 methodology paper Table 1.', 'seed'),
    (48, 'DESNZ-2025/material/li-ion-batteries/t', 1, 2, 'Material use', 'MATERIAL', 'Lithium-ion batteries, primary material production, per tonne', '锂离子电池（原生材料）', 't', 6308, NULL, NULL, NULL, NULL, 'AR4', 'GB', 2025, '2025-01-01', NULL, NULL, NULL, 'CRADLE_TO_GATE', 'Material use sheet row 58: "Batteries - Li ion", tonnes, column "Primary material production". Total only. GWP basis AR4 per DESNZ 2025 methodology paper Table 1.', 'seed');

-- ===== price_index: US CPI-U =========================================================================================
-- BLS CPI for All Urban Consumers (CPI-U), U.S. city average, all items, not seasonally adjusted, 1982-84=100, series
-- CUUR0000SA0, annual average (BLS period M13). Read in:
--   * 2024 and 2025: a stored BLS Public Data API response (api.bls.gov/publicAPI/v2/timeseries/data/CUUR0000SA0,
--     "status":"REQUEST_SUCCEEDED") in github.com/PolicyEngine/spm-calculator
--     spm_calculator/data/current/bls_cpi_u_2024_2025_receipt.json (commit ba808ad): period "M13", periodName
--     "Annual": 2025 = "321.943", 2024 = "313.689". 2025 averages the eleven published months: October 2025 is "-"
--     with footnote "Data unavailable due to the 2025 lapse in appropriations". Checked here: the mean of the eleven
--     2025 monthly values in that response is 321.943 and the mean of the twelve 2024 values 313.689 (rounded to 3 dp).
--     2024 = 313.689 also in BLS https://www.bls.gov/regions/mid-atlantic/data/xg-tables/ro3xg01.htm (U.S. city average,
--     annual average 2024; verified by the requester).
--   * 2015-2025: spm_calculator/data/bls/cpi_annual.json in the same repository (commit 22bab36, "retrieved":
--     "2026-07-18", series "CUUR0000SA0", source "FRED CPIAUCNS (annual mean)", note "matching BLS's official 2025
--     annual averages"): 2015 237.017, 2016 240.007, 2017 245.12, 2018 251.107, 2019 255.657, 2020 258.811,
--     2021 270.97, 2022 292.655, 2023 304.702, 2024 313.689, 2025 321.943.
--   * Cross-checks: 2019 recomputed here as the mean of the twelve NSA monthly values 2019-01..2019-12 in
--     github.com/Mollert/financialNumbers dataNumbers/cpi.js (251.712 ... 256.974) = 255.657. The same 2015-2023
--     sequence appears verbatim in several unrelated public projects found by exact-string search of the code index
--     (R, SAS, Python and TypeScript files citing BLS annual averages).
INSERT INTO price_index (index_code, year, value, source) VALUES
    ('US-CPI-U', 2015, 237.017, 'BLS CPI-U, U.S. city average, all items, NSA, 1982-84=100, series CUUR0000SA0, annual average 2015 (as FRED CPIAUCNS annual mean in PolicyEngine/spm-calculator cpi_annual.json)'),
    ('US-CPI-U', 2016, 240.007, 'BLS CPI-U, U.S. city average, all items, NSA, 1982-84=100, series CUUR0000SA0, annual average 2016 (as FRED CPIAUCNS annual mean in PolicyEngine/spm-calculator cpi_annual.json)'),
    ('US-CPI-U', 2017, 245.120, 'BLS CPI-U, U.S. city average, all items, NSA, 1982-84=100, series CUUR0000SA0, annual average 2017 (as FRED CPIAUCNS annual mean in PolicyEngine/spm-calculator cpi_annual.json)'),
    ('US-CPI-U', 2018, 251.107, 'BLS CPI-U, U.S. city average, all items, NSA, 1982-84=100, series CUUR0000SA0, annual average 2018 (as FRED CPIAUCNS annual mean in PolicyEngine/spm-calculator cpi_annual.json)'),
    ('US-CPI-U', 2019, 255.657, 'BLS CPI-U, U.S. city average, all items, NSA, 1982-84=100, series CUUR0000SA0, annual average 2019 (as FRED CPIAUCNS annual mean in PolicyEngine/spm-calculator cpi_annual.json; equals the mean of the 12 NSA monthly values)'),
    ('US-CPI-U', 2020, 258.811, 'BLS CPI-U, U.S. city average, all items, NSA, 1982-84=100, series CUUR0000SA0, annual average 2020 (as FRED CPIAUCNS annual mean in PolicyEngine/spm-calculator cpi_annual.json)'),
    ('US-CPI-U', 2021, 270.970, 'BLS CPI-U, U.S. city average, all items, NSA, 1982-84=100, series CUUR0000SA0, annual average 2021 (as FRED CPIAUCNS annual mean in PolicyEngine/spm-calculator cpi_annual.json)'),
    ('US-CPI-U', 2022, 292.655, 'BLS CPI-U, U.S. city average, all items, NSA, 1982-84=100, series CUUR0000SA0, annual average 2022 (as FRED CPIAUCNS annual mean in PolicyEngine/spm-calculator cpi_annual.json)'),
    ('US-CPI-U', 2023, 304.702, 'BLS CPI-U, U.S. city average, all items, NSA, 1982-84=100, series CUUR0000SA0, annual average 2023 (as FRED CPIAUCNS annual mean in PolicyEngine/spm-calculator cpi_annual.json)'),
    ('US-CPI-U', 2024, 313.689, 'BLS CPI-U, U.S. city average, all items, NSA, 1982-84=100, series CUUR0000SA0, annual average 2024 (BLS API period M13; also bls.gov/regions/mid-atlantic/data/xg-tables/ro3xg01.htm)'),
    ('US-CPI-U', 2025, 321.943, 'BLS CPI-U, U.S. city average, all items, NSA, 1982-84=100, series CUUR0000SA0, annual average 2025 (BLS API period M13; average of 11 months, October 2025 not published owing to the lapse in appropriations)');

-- ===== exchange_rate_annual ===========================================================================================
-- Not seeded for 2024-2025 (and IDR / CLP for 2020-2025): see "Left out" at the top of this file.
