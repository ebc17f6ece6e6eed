-- Demo emissions for 2025 (演示排放数据): three Chinese Tier-1 suppliers have submitted their GHG inventories, one has
-- declared a product carbon footprint, and the buyer has recorded purchases that exercise the four Category 1 methods
-- and a road-freight leg. Quantities, revenues and the footprint are ILLUSTRATIVE company data, not published figures;
-- the factors they meet are the published ones of the library. Press "Recalculate" on the emissions overview (or
-- POST /api/emissions/runs?year=2025) to calculate them.

INSERT INTO emission_inventory (id, supplier_id, reporting_year, basis, status, revenue_amount, revenue_currency, production_tonnes,
                                reduction_target, created_by, created_at, submitted_by, submitted_at) VALUES
    (1, 24, 2025, 'ACTIVITY_DATA', 'SUBMITTED', 84000000.00, 'USD', 21000, '-25 % Scope 1+2 intensity by 2030 against 2025',
        'demo', '2026-03-02 09:00:00+08', 'demo', '2026-03-20 17:30:00+08'),
    (2, 27, 2025, 'ACTIVITY_DATA', 'SUBMITTED', 131000000.00, 'USD', 36000, NULL,
        'demo', '2026-03-05 10:00:00+08', 'demo', '2026-03-27 16:10:00+08'),
    (3, 28, 2025, 'ACTIVITY_DATA', 'SUBMITTED', 92000000.00, 'USD', 24500, 'Net zero Scope 1+2 by 2045',
        'demo', '2026-03-06 11:00:00+08', 'demo', '2026-03-31 15:45:00+08');

INSERT INTO activity_line (id, inventory_id, line_type, activity, description, quantity, unit, site_country, instrument,
                           instrument_kg_per_kwh, renewable, entered_by, entered_at) VALUES
    (1, 1, 'FUEL', 'fuel/natural-gas', 'Steam boilers for film stretching', 6400000, 'kWh', 'CN', NULL, NULL, FALSE, 'demo', '2026-03-02 09:10:00+08'),
    (2, 1, 'FUEL', 'fuel/diesel-average-biofuel-blend', 'Forklifts and site trucks', 42000, 'L', 'CN', NULL, NULL, FALSE, 'demo', '2026-03-02 09:12:00+08'),
    (3, 1, 'ELECTRICITY', 'grid', 'Extrusion and coating lines', 58000, 'MWh', 'CN', NULL, NULL, FALSE, 'demo', '2026-03-02 09:15:00+08'),
    (4, 1, 'ELECTRICITY', 'grid', 'Rooftop-solar green certificates (GEC)', 9000, 'MWh', 'CN', 'EAC_CERTIFICATE', 0, TRUE, 'demo', '2026-03-02 09:16:00+08'),
    (5, 1, 'REFRIGERANT', 'R-410A', 'Clean-room chillers, top-ups', 85, 'kg', 'CN', NULL, NULL, FALSE, 'demo', '2026-03-02 09:20:00+08'),
    (6, 1, 'INPUT', 'material/plastics-average', 'Polyethylene resin', 19500, 't', 'CN', NULL, NULL, FALSE, 'demo', '2026-03-02 09:25:00+08'),
    (7, 2, 'FUEL', 'fuel/natural-gas', 'Annealing furnaces', 11800000, 'kWh', 'CN', NULL, NULL, FALSE, 'demo', '2026-03-05 10:10:00+08'),
    (8, 2, 'ELECTRICITY', 'grid', 'Electrolytic foil machines', 212000, 'MWh', 'CN', NULL, NULL, FALSE, 'demo', '2026-03-05 10:12:00+08'),
    (9, 3, 'FUEL', 'fuel/natural-gas', 'Annealing furnaces', 7300000, 'kWh', 'CN', NULL, NULL, FALSE, 'demo', '2026-03-06 11:10:00+08'),
    (10, 3, 'ELECTRICITY', 'grid', 'Electrolytic foil machines', 141000, 'MWh', 'CN', NULL, NULL, FALSE, 'demo', '2026-03-06 11:12:00+08'),
    (11, 3, 'ELECTRICITY', 'grid', 'Hydropower PPA (Jiangxi)', 30000, 'MWh', 'CN', 'PPA', 0, TRUE, 'demo', '2026-03-06 11:14:00+08');

INSERT INTO product_footprint (id, supplier_id, product_code, product_name, declared_unit, kg_co2e_per_unit, boundary, standard,
                               study_reference, reference_year, verified, evidence_id, created_by, created_at) VALUES
    (1, 27, 'CU-FOIL-6', 'Electrolytic copper foil 6 µm', 't', 9800, 'CRADLE_TO_GATE', 'ISO 14067:2018',
        'Demo: supplier''s own PCF study of 2025 (illustrative value, not a published figure)', 2025, FALSE, NULL, 'demo', '2026-04-02 09:00:00+08');

INSERT INTO purchase_line (id, reporting_year, scope3_category, supplier_id, item_code, description, spend_amount, spend_currency,
                           quantity, unit, material_activity, spend_sector, allocation_basis, entered_by, entered_at) VALUES
    (1, 2025, 1, 24, 'SEP-16UM', 'Wet-process PE separator 16 µm', 2400000.00, 'USD', NULL, NULL, NULL, NULL, 'ECONOMIC', 'demo', '2026-04-10 09:00:00+08'),
    (2, 2025, 1, 27, 'CU-FOIL-6', 'Copper foil 6 µm', 2200000.00, 'USD', 180, 't', NULL, '331420', 'ECONOMIC', 'demo', '2026-04-10 09:05:00+08'),
    (3, 2025, 1, 28, NULL, 'Copper foil 8 µm (no supplier data yet)', 1500000.00, 'USD', NULL, NULL, NULL, '331420', 'ECONOMIC', 'demo', '2026-04-10 09:10:00+08'),
    (4, 2025, 1, 29, NULL, 'Aluminium foil 12 µm', NULL, NULL, 120, 't', 'material/aluminium', NULL, 'ECONOMIC', 'demo', '2026-04-10 09:15:00+08'),
    (5, 2025, 4, 27, NULL, 'Copper foil by road, Qinghai to Ningde', NULL, NULL, 260000, 't.km', 'freight/hgv-all-diesel-average-laden', NULL, 'ECONOMIC', 'demo', '2026-04-10 09:20:00+08');
