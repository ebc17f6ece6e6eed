-- Supplier GHG inventories (温室气体清单), product carbon footprints, the buyer's purchases, and the emission results
-- computed from them with their lineage. Follows the GHG Protocol Corporate Standard and its Scope 3 Technical Guidance.

-- Which upstream (Scope 3 category 3) factor belongs to a combustion or electricity factor: WTT of a fuel, WTT and
-- T&D losses of grid electricity. Keys without their edition prefix (fuel/natural-gas, electricity/uk-grid).
CREATE TABLE factor_upstream (
    activity          VARCHAR(120) NOT NULL,
    upstream_activity VARCHAR(120) NOT NULL,
    PRIMARY KEY (activity, upstream_activity)
);

-- Plausibility bounds per line type and unit: a quantity above the bound is stored but flagged for review.
CREATE TABLE plausibility_bound (
    line_type   VARCHAR(20)     NOT NULL,
    unit        VARCHAR(20)     NOT NULL,
    maximum     NUMERIC(24, 6)  NOT NULL CHECK (maximum > 0),
    note        TEXT            NOT NULL,
    PRIMARY KEY (line_type, unit)
);
INSERT INTO plausibility_bound VALUES
    ('FUEL', 'L', 50000000, 'one site burning more than 50 million litres a year is exceptional'),
    ('FUEL', 'm3', 500000000, 'about 5 TWh of natural gas a year'),
    ('FUEL', 'kWh', 5000000000, '5 TWh a year'),
    ('FUEL', 't', 2000000, 'two million tonnes of fuel a year'),
    ('ELECTRICITY', 'kWh', 10000000000, '10 TWh a year: more than the largest cell plants'),
    ('ELECTRICITY', 'MWh', 10000000, '10 TWh a year'),
    ('REFRIGERANT', 'kg', 50000, 'fifty tonnes of refrigerant leaked in a year'),
    ('PROCESS', 't CO2e', 20000000, 'twenty million tonnes of process CO2e a year'),
    ('INPUT', 't', 50000000, 'fifty million tonnes of purchased material a year');

-- One inventory per company and reporting year: as activity data (lines below) or as verified totals with the
-- verification statement (ISO 14064-3) as evidence. supplier_id NULL is the reporting (buying) company itself.
CREATE TABLE emission_inventory (
    id                      BIGINT       PRIMARY KEY,
    supplier_id             BIGINT       REFERENCES supplier (id),
    reporting_year          SMALLINT     NOT NULL CHECK (reporting_year BETWEEN 2000 AND 2100),
    basis                   VARCHAR(16)  NOT NULL CHECK (basis IN ('ACTIVITY_DATA', 'VERIFIED_TOTALS')),
    status                  VARCHAR(10)  NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED')),
    verified_scope1_t       NUMERIC(20, 6) CHECK (verified_scope1_t >= 0),
    verified_scope2_location_t NUMERIC(20, 6) CHECK (verified_scope2_location_t >= 0),
    verified_scope2_market_t NUMERIC(20, 6) CHECK (verified_scope2_market_t >= 0),
    verification_evidence_id BIGINT      REFERENCES evidence (id),
    verifier                VARCHAR(160),
    revenue_amount          NUMERIC(19, 2) CHECK (revenue_amount > 0),
    revenue_currency        CHAR(3),
    production_tonnes       NUMERIC(20, 6) CHECK (production_tonnes > 0),
    reduction_target        TEXT,
    created_by              VARCHAR(100) NOT NULL,
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_by            VARCHAR(100),
    submitted_at            TIMESTAMP WITH TIME ZONE,
    version                 BIGINT       NOT NULL DEFAULT 1,
    CHECK ((revenue_amount IS NULL) = (revenue_currency IS NULL)),
    CHECK (basis <> 'VERIFIED_TOTALS' OR status = 'DRAFT' OR (verified_scope1_t IS NOT NULL AND verification_evidence_id IS NOT NULL))
);
CREATE SEQUENCE emission_inventory_seq START WITH 1000 INCREMENT BY 50;
CREATE UNIQUE INDEX emission_inventory_one_per_year ON emission_inventory (COALESCE(supplier_id, 0), reporting_year);

-- Activity data of an inventory. FUEL, ELECTRICITY, HEAT (activity = a factor activity such as fuel/natural-gas),
-- REFRIGERANT (activity = a gas of the GWP sets, quantity in kg leaked), PROCESS (quantity already in CO2e, from a mass
-- balance), INPUT (the supplier's own purchased material, activity = a MATERIAL factor, for the hybrid method).
CREATE TABLE activity_line (
    id                  BIGINT       PRIMARY KEY,
    inventory_id        BIGINT       NOT NULL REFERENCES emission_inventory (id) ON DELETE CASCADE,
    line_type           VARCHAR(12)  NOT NULL CHECK (line_type IN ('FUEL', 'ELECTRICITY', 'HEAT', 'REFRIGERANT', 'PROCESS', 'INPUT')),
    activity            VARCHAR(120) NOT NULL,
    description         VARCHAR(200),
    quantity            NUMERIC(24, 6) NOT NULL CHECK (quantity >= 0),
    unit                VARCHAR(20)  NOT NULL,
    site_country        CHAR(2)      NOT NULL,
    -- Scope 2 market-based: the contractual instrument and the emission rate it conveys (0 for renewable certificates).
    instrument          VARCHAR(20)  CHECK (instrument IN ('EAC_CERTIFICATE', 'PPA', 'GREEN_TARIFF', 'SUPPLIER_RATE')),
    instrument_kg_per_kwh NUMERIC(12, 6) CHECK (instrument_kg_per_kwh >= 0),
    instrument_evidence_id BIGINT    REFERENCES evidence (id),
    renewable           BOOLEAN      NOT NULL DEFAULT FALSE,
    flagged             BOOLEAN      NOT NULL DEFAULT FALSE,
    flag_reason         TEXT,
    entered_by          VARCHAR(100) NOT NULL,
    entered_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    import_batch        VARCHAR(64),
    version             BIGINT       NOT NULL DEFAULT 1,
    CHECK ((instrument IS NULL) = (instrument_kg_per_kwh IS NULL)),
    CHECK (instrument IS NULL OR line_type = 'ELECTRICITY')
);
CREATE SEQUENCE activity_line_seq START WITH 1000 INCREMENT BY 50;
CREATE INDEX activity_line_inventory_idx ON activity_line (inventory_id);

-- Product carbon footprints (产品碳足迹): kg CO2e per declared unit (a piece, a kg, or a kWh of battery capacity as in
-- Article 7 of the EU Battery Regulation 2023/1542), with the system boundary and the study it comes from.
CREATE TABLE product_footprint (
    id              BIGINT       PRIMARY KEY,
    supplier_id     BIGINT       NOT NULL REFERENCES supplier (id),
    product_code    VARCHAR(60)  NOT NULL,
    product_name    VARCHAR(200) NOT NULL,
    declared_unit   VARCHAR(20)  NOT NULL,
    kg_co2e_per_unit NUMERIC(20, 6) NOT NULL CHECK (kg_co2e_per_unit >= 0),
    boundary        VARCHAR(20)  NOT NULL CHECK (boundary IN ('CRADLE_TO_GATE', 'CRADLE_TO_GRAVE')),
    standard        VARCHAR(60)  NOT NULL,
    study_reference TEXT         NOT NULL,
    reference_year  SMALLINT     NOT NULL,
    verified        BOOLEAN      NOT NULL,
    evidence_id     BIGINT       REFERENCES evidence (id),
    created_by      VARCHAR(100) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (supplier_id, product_code, reference_year)
);
CREATE SEQUENCE product_footprint_seq START WITH 1000 INCREMENT BY 50;

-- The buyer's purchases and inbound freight for a reporting year: Scope 3 category 1 (purchased goods and services),
-- 2 (capital goods) and 4 (upstream transport, quantity in tonne-km with a FREIGHT factor activity).
CREATE TABLE purchase_line (
    id                  BIGINT       PRIMARY KEY,
    reporting_year      SMALLINT     NOT NULL,
    scope3_category     SMALLINT     NOT NULL CHECK (scope3_category IN (1, 2, 4)),
    supplier_id         BIGINT       REFERENCES supplier (id),
    item_code           VARCHAR(60),
    description         VARCHAR(200) NOT NULL,
    spend_amount        NUMERIC(19, 2) CHECK (spend_amount >= 0),
    spend_currency      CHAR(3),
    quantity            NUMERIC(24, 6) CHECK (quantity >= 0),
    unit                VARCHAR(20),
    -- a MATERIAL factor activity (average-data), a FREIGHT one (category 4), and the EEIO sector (spend-based)
    material_activity   VARCHAR(120),
    spend_sector        VARCHAR(12),
    allocation_basis    VARCHAR(10)  NOT NULL DEFAULT 'ECONOMIC' CHECK (allocation_basis IN ('ECONOMIC', 'PHYSICAL')),
    entered_by          VARCHAR(100) NOT NULL,
    entered_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    import_batch        VARCHAR(64),
    CHECK ((spend_amount IS NULL) = (spend_currency IS NULL)),
    CHECK ((quantity IS NULL) = (unit IS NULL))
);
CREATE SEQUENCE purchase_line_seq START WITH 1000 INCREMENT BY 50;
CREATE INDEX purchase_line_year_idx ON purchase_line (reporting_year, supplier_id);

-- Files imported, by checksum, so that the same file sent twice is refused rather than counted twice.
CREATE TABLE activity_import (
    batch        VARCHAR(64)  PRIMARY KEY,
    target       VARCHAR(40)  NOT NULL,
    sha256       CHAR(64)     NOT NULL,
    file_name    VARCHAR(200) NOT NULL,
    row_count    INTEGER      NOT NULL,
    imported_by  VARCHAR(100) NOT NULL,
    imported_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    UNIQUE (target, sha256)
);

-- A calculation run over one reporting year: what it used (GWP set) and why it ran. Results of earlier runs stay, so
-- that a recalculation (after a factor correction or a GWP switch) can show before and after.
CREATE TABLE emission_run (
    id              BIGINT       PRIMARY KEY,
    reporting_year  SMALLINT     NOT NULL,
    gwp_set         VARCHAR(8)   NOT NULL REFERENCES gwp_set (code),
    reason          TEXT         NOT NULL,
    started_by      VARCHAR(100) NOT NULL,
    started_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at     TIMESTAMP WITH TIME ZONE,
    result_count    INTEGER,
    -- how many figures the run wrote: those of the groups that changed
    figures_written INTEGER,
    total_kg_co2e   NUMERIC(24, 6)
);
CREATE SEQUENCE emission_run_seq START WITH 1000 INCREMENT BY 50;
CREATE INDEX emission_run_year_idx ON emission_run (reporting_year, id DESC);

-- Figures. A run recalculates every figure of its year, but writes only the groups whose figures changed (a group is
-- one inventory, or the purchases from one supplier): a figure is created by a run (run_id) and stays current until a
-- later run supersedes it (superseded_run_id). The figures of run R are those created at or before R and not
-- superseded by R; what a run changed is exactly what it created and what it superseded. Written in bulk by plain
-- JDBC, numbered by the database; derived data, so no foreign keys to slow the bulk writes (factors are immutable).
CREATE SEQUENCE emission_result_seq CACHE 1000;
CREATE TABLE emission_result (
    id                  BIGINT       PRIMARY KEY DEFAULT nextval('emission_result_seq'),
    reporting_year      SMALLINT     NOT NULL,
    group_key           VARCHAR(40)  NOT NULL,
    run_id              BIGINT       NOT NULL,
    superseded_run_id   BIGINT,
    -- SUPPLIER: a supplier's own Scope 1/2 (and its inputs); BUYER: the reporting company's Scope 1, 2 and 3.
    perspective         VARCHAR(8)   NOT NULL CHECK (perspective IN ('SUPPLIER', 'BUYER')),
    scope               SMALLINT     NOT NULL CHECK (scope IN (1, 2, 3)),
    scope2_basis        VARCHAR(8)   CHECK (scope2_basis IN ('LOCATION', 'MARKET')),
    scope3_category     SMALLINT,
    supplier_id         BIGINT,
    activity_line_id    BIGINT,
    purchase_line_id    BIGINT,
    inventory_id        BIGINT,
    method              VARCHAR(30)  NOT NULL,
    method_reason       TEXT         NOT NULL,
    quantity            NUMERIC(24, 6),
    unit                VARCHAR(20),
    factor_id           BIGINT,
    factor_per_unit     NUMERIC(24, 12),
    gwp_set             VARCHAR(8)   NOT NULL,
    allocation_basis    VARCHAR(10),
    allocation_share    NUMERIC(20, 12),
    kg_co2e             NUMERIC(24, 6) NOT NULL,
    formula             TEXT         NOT NULL,
    dq_technology       SMALLINT     NOT NULL CHECK (dq_technology BETWEEN 1 AND 5),
    dq_time             SMALLINT     NOT NULL CHECK (dq_time BETWEEN 1 AND 5),
    dq_geography        SMALLINT     NOT NULL CHECK (dq_geography BETWEEN 1 AND 5),
    dq_completeness     SMALLINT     NOT NULL CHECK (dq_completeness BETWEEN 1 AND 5),
    dq_reliability      SMALLINT     NOT NULL CHECK (dq_reliability BETWEEN 1 AND 5),
    primary_data        BOOLEAN      NOT NULL,
    country             CHAR(2)
);
CREATE INDEX emission_result_current_idx ON emission_result (reporting_year, group_key) WHERE superseded_run_id IS NULL;
CREATE INDEX emission_result_run_idx ON emission_result (run_id);
CREATE INDEX emission_result_superseded_idx ON emission_result (superseded_run_id) WHERE superseded_run_id IS NOT NULL;

-- What the current figures of each group add up to, as a 64-bit digest, so that a run knows without reading them
-- back whether a group's recalculated figures differ from the stored ones.
CREATE TABLE emission_group_digest (
    reporting_year  SMALLINT     NOT NULL,
    group_key       VARCHAR(40)  NOT NULL,
    digest          BIGINT       NOT NULL,
    figure_count    INTEGER      NOT NULL,
    run_id          BIGINT       NOT NULL,
    PRIMARY KEY (reporting_year, group_key)
);

INSERT INTO factor_upstream VALUES
    ('fuel/natural-gas', 'wtt/natural-gas'),
    ('fuel/diesel-average-biofuel-blend', 'wtt/diesel-average-biofuel-blend'),
    ('electricity/uk-grid', 'wtt/uk-electricity'),
    ('electricity/uk-grid', 'td-losses/uk-grid');
