-- Risk-based audit planning (基于风险的审核计划): configurable risk tables, indicative exchange rates for ranking by
-- spend, and the annual audit plan a planner builds from the proposed ranking.
--
-- The seed values below are a starting point for the buyer's risk team, not figures from an index: each row says
-- what informed it, and an admin changes them (every change is in the audit trail). Sources consulted:
-- EU indicative list of conflict-affected and high-risk areas (CAHRA, Regulation (EU) 2017/821, RAND Europe);
-- OECD Due Diligence Guidance for Responsible Supply Chains of Minerals, Annex II; US Department of Labor, List of
-- Goods Produced by Child Labor or Forced Labor (2024, cobalt ore from DR Congo); EU Battery Regulation (EU) 2023/1542
-- Annex X (cobalt, natural graphite, lithium, nickel); WRI Aqueduct water-risk atlas (lithium brines in Chile).

-- Risk 1 (low) to 5 (very high) of sourcing from a country. A country not listed counts as 3.
CREATE TABLE country_risk (
    country  CHAR(2)      PRIMARY KEY CHECK (country ~ '^[A-Z]{2}$'),
    risk     SMALLINT     NOT NULL CHECK (risk BETWEEN 1 AND 5),
    reason   TEXT         NOT NULL CHECK (length(trim(reason)) > 0),
    version  BIGINT       NOT NULL DEFAULT 1
);
INSERT INTO country_risk (country, risk, reason) VALUES
    ('CD', 5, 'Conflict-affected and high-risk areas in the east (EU CAHRA list); artisanal mining with child labour (US DoL list: cobalt ore).'),
    ('MZ', 4, 'Armed conflict in Cabo Delgado near graphite deposits (EU CAHRA list).'),
    ('ID', 4, 'Nickel processing: deforestation, tailings and captive coal power; land rights of local communities.'),
    ('CN', 3, 'Restricted freedom of association; excessive overtime found in supplier audits; forced-labour risk in some regions.'),
    ('CL', 2, 'Extremely high water stress in the Atacama lithium brine region (WRI Aqueduct); indigenous consultation.'),
    ('KR', 2, 'Strong labour law; working hours and subcontracted labour need checking.'),
    ('AU', 1, 'Strong labour and environmental law enforcement.'),
    ('DE', 1, 'Strong labour and environmental law enforcement; Supply Chain Due Diligence Act.');

-- Risk 1 to 5 of a spend category, for the materials and processes it covers.
CREATE TABLE commodity_risk (
    spend_category  VARCHAR(40)  PRIMARY KEY,
    risk            SMALLINT     NOT NULL CHECK (risk BETWEEN 1 AND 5),
    reason          TEXT         NOT NULL CHECK (length(trim(reason)) > 0),
    version         BIGINT       NOT NULL DEFAULT 1
);
INSERT INTO commodity_risk (spend_category, risk, reason) VALUES
    ('COBALT', 5, 'Annex X raw material of the EU Battery Regulation; OECD Annex II risks in artisanal mining.'),
    ('NICKEL', 4, 'Annex X raw material; high-pressure acid leaching tailings and coal-fired processing.'),
    ('PRECURSOR', 4, 'Contains cobalt and nickel; energy- and chemical-intensive processing.'),
    ('CATHODE_MATERIALS', 4, 'Contains cobalt, nickel and lithium; largest share of a cell''s upstream emissions.'),
    ('LITHIUM', 3, 'Annex X raw material; water use of brine extraction, energy of spodumene refining.'),
    ('GRAPHITE_ANODE', 3, 'Annex X raw material (natural graphite); graphitisation energy and air emissions.'),
    ('COPPER_FOIL', 3, 'Copper mining in high-risk regions; electrodeposition energy.'),
    ('ALUMINIUM', 3, 'Energy-intensive smelting; bauxite mining impacts.'),
    ('ELECTROLYTE', 2, 'Hazardous chemicals (LiPF6, solvents) handled at the site.'),
    ('SEPARATOR', 2, 'Solvent use in wet-process separator lines.'),
    ('CELL_HOUSING', 2, 'Metal processing with common occupational hazards.'),
    ('LOGISTICS', 1, 'Services; transport safety and emissions.');

-- Combinations that rank higher than country and commodity do on their own: "cobalt from DR Congo".
CREATE TABLE chain_risk (
    country         CHAR(2)      NOT NULL,
    spend_category  VARCHAR(40)  NOT NULL,
    risk            SMALLINT     NOT NULL CHECK (risk BETWEEN 1 AND 5),
    reason          TEXT         NOT NULL CHECK (length(trim(reason)) > 0),
    version         BIGINT       NOT NULL DEFAULT 1,
    PRIMARY KEY (country, spend_category)
);
INSERT INTO chain_risk (country, spend_category, risk, reason) VALUES
    ('CD', 'COBALT', 5, 'Cobalt from DR Congo: artisanal and small-scale mining with child labour and unsafe conditions (US DoL list; OECD DDG cobalt supplement).'),
    ('CD', 'COPPER_FOIL', 4, 'Copper from the Copperbelt mixed with artisanal supply.'),
    ('ID', 'NICKEL', 5, 'Indonesian nickel: forest clearance, tailings and captive coal plants in the Morowali and Weda Bay industrial parks.'),
    ('MZ', 'GRAPHITE_ANODE', 4, 'Natural graphite from Cabo Delgado, a conflict-affected area.'),
    ('CL', 'LITHIUM', 4, 'Lithium brines of the Salar de Atacama: water stress and indigenous communities.');

-- Indicative exchange rates, only to rank suppliers by spend across currencies (not for disclosure figures).
CREATE TABLE currency_rate (
    currency     CHAR(3)        PRIMARY KEY CHECK (currency ~ '^[A-Z]{3}$'),
    usd_per_unit NUMERIC(18, 8) NOT NULL CHECK (usd_per_unit > 0),
    as_of        DATE           NOT NULL,
    source       TEXT           NOT NULL
);
INSERT INTO currency_rate VALUES
    ('USD', 1, '2026-11-27', 'identity'),
    ('CNY', 0.138, '2026-11-27', 'indicative round figure entered for ranking; replace with treasury rates'),
    ('EUR', 1.10, '2026-11-27', 'indicative round figure entered for ranking; replace with treasury rates'),
    ('KRW', 0.00072, '2026-11-27', 'indicative round figure entered for ranking; replace with treasury rates'),
    ('JPY', 0.0066, '2026-11-27', 'indicative round figure entered for ranking; replace with treasury rates'),
    ('IDR', 0.000062, '2026-11-27', 'indicative round figure entered for ranking; replace with treasury rates'),
    ('CLP', 0.00105, '2026-11-27', 'indicative round figure entered for ranking; replace with treasury rates'),
    ('AUD', 0.65, '2026-11-27', 'indicative round figure entered for ranking; replace with treasury rates'),
    ('HKD', 0.128, '2026-11-27', 'indicative round figure entered for ranking; replace with treasury rates'),
    ('GBP', 1.28, '2026-11-27', 'indicative round figure entered for ranking; replace with treasury rates');

-- The annual audit plan: the proposed ranking, as the planner accepted or edited it.
CREATE SEQUENCE audit_plan_entry_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE audit_plan (
    plan_year    INTEGER      PRIMARY KEY CHECK (plan_year BETWEEN 2000 AND 2100),
    status       VARCHAR(8)   NOT NULL CHECK (status IN ('DRAFT', 'ACCEPTED')),
    created_by   VARCHAR(60)  NOT NULL,
    created_at   TIMESTAMPTZ  NOT NULL,
    accepted_by  VARCHAR(60),
    accepted_at  TIMESTAMPTZ,
    version      BIGINT       NOT NULL DEFAULT 1
);

CREATE TABLE audit_plan_entry (
    id           BIGINT        PRIMARY KEY,
    plan_year    INTEGER       NOT NULL REFERENCES audit_plan (plan_year),
    supplier_id  BIGINT        NOT NULL REFERENCES supplier (id),
    risk_score   NUMERIC(5, 1) NOT NULL,
    reasons      TEXT          NOT NULL,
    included     BOOLEAN       NOT NULL,
    quarter      SMALLINT      CHECK (quarter BETWEEN 1 AND 4),
    note         TEXT,
    version      BIGINT        NOT NULL DEFAULT 1,
    UNIQUE (plan_year, supplier_id)
);
