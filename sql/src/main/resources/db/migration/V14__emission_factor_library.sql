-- Emission factor library (排放因子库). Every factor carries its provenance: the publication it comes from (source),
-- the table inside it, its licence, the year its data describe, the reporting period it is meant for, and the GWP set
-- the publisher used to turn gases into CO2e. A factor is never edited in place: a correction inserts the next version
-- of the same factor_key, and every emission result records the id (that is: the version) it used. A trigger enforces it.

CREATE TABLE emission_factor_source (
    id            BIGINT       PRIMARY KEY,
    code          VARCHAR(40)  NOT NULL UNIQUE CHECK (code ~ '^[A-Za-z0-9._-]+$'),
    publisher     VARCHAR(200) NOT NULL,
    title         TEXT         NOT NULL,
    edition       VARCHAR(60)  NOT NULL,
    url           TEXT         NOT NULL,
    licence       TEXT         NOT NULL,
    published_on  DATE,
    imported_at   TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    imported_by   VARCHAR(100) NOT NULL
);
CREATE SEQUENCE emission_factor_source_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE emission_factor (
    id                BIGINT        PRIMARY KEY,
    -- Stable name of the factor across versions and editions, e.g. DESNZ/fuel/diesel-average-biofuel-blend/L.
    factor_key        VARCHAR(160)  NOT NULL CHECK (factor_key ~ '^[A-Za-z0-9./_:+-]+$'),
    version           INTEGER       NOT NULL CHECK (version >= 1),
    source_id         BIGINT        NOT NULL REFERENCES emission_factor_source (id),
    source_table      TEXT          NOT NULL,
    -- FUEL (combustion, Scope 1), ELECTRICITY (grid average, Scope 2 location-based), HEAT, REFRIGERANT (per kg leaked),
    -- PROCESS, FREIGHT (per tonne-km), MATERIAL (cradle-to-gate per mass or unit), SPEND (EEIO, per currency unit),
    -- WELL_TO_TANK and TRANSMISSION_LOSS (Scope 3 category 3).
    kind              VARCHAR(20)   NOT NULL CHECK (kind IN ('FUEL', 'ELECTRICITY', 'HEAT', 'REFRIGERANT', 'PROCESS',
                                          'FREIGHT', 'MATERIAL', 'SPEND', 'WELL_TO_TANK', 'TRANSMISSION_LOSS')),
    name_en           TEXT          NOT NULL CHECK (length(trim(name_en)) > 0),
    name_zh           TEXT,
    -- The denominator: a unit symbol of emissions.Unit (kWh, L, kg, t.km, ...) or an ISO 4217 currency for SPEND.
    activity_unit     VARCHAR(20)   NOT NULL,
    -- The numerator is always kg CO2e; kg_co2e is the total as published, under gwp_set.
    kg_co2e           NUMERIC(24, 12) NOT NULL CHECK (kg_co2e >= 0),
    -- The gas breakdown as published, each in kg CO2e under gwp_set (NULL where the publisher gives no breakdown).
    -- Switching the reporting GWP set rescales each gas by new GWP / published GWP.
    co2e_of_co2       NUMERIC(24, 12),
    co2e_of_ch4       NUMERIC(24, 12),
    co2e_of_n2o       NUMERIC(24, 12),
    co2e_of_other     NUMERIC(24, 12),
    ch4_origin        VARCHAR(14)   NOT NULL DEFAULT 'CH4_FOSSIL' CHECK (ch4_origin IN ('CH4_FOSSIL', 'CH4_NON_FOSSIL')),
    gwp_set           VARCHAR(8)    NOT NULL REFERENCES gwp_set (code),
    region            VARCHAR(10)   NOT NULL,
    data_year         SMALLINT      NOT NULL CHECK (data_year BETWEEN 1990 AND 2100),
    valid_from        DATE          NOT NULL,
    valid_to          DATE,
    -- SPEND factors: the currency and price year of the denominator, and the sector code (2017 NAICS for the EPA set).
    price_year        SMALLINT,
    sector_code       VARCHAR(12),
    boundary          VARCHAR(40),
    note              TEXT,
    correction_of     BIGINT        REFERENCES emission_factor (id),
    correction_reason TEXT,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
    created_by        VARCHAR(100)  NOT NULL,
    UNIQUE (factor_key, version),
    CHECK (valid_to IS NULL OR valid_to >= valid_from),
    CHECK ((kind = 'SPEND') = (price_year IS NOT NULL)),
    CHECK ((correction_of IS NULL) = (correction_reason IS NULL))
);
CREATE SEQUENCE emission_factor_seq START WITH 5000 INCREMENT BY 50;
CREATE INDEX emission_factor_kind_idx ON emission_factor (kind, region, data_year);
CREATE INDEX emission_factor_sector_idx ON emission_factor (sector_code) WHERE sector_code IS NOT NULL;

CREATE FUNCTION emission_factor_immutable() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'emission factors are never edited in place: insert a new version of %', OLD.factor_key;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER emission_factor_no_update BEFORE UPDATE OR DELETE ON emission_factor
    FOR EACH ROW EXECUTE FUNCTION emission_factor_immutable();

-- Annual price indices, to bring spend to the price year of a spend-based factor (EEIO factors are per dollar of a
-- stated year: spend of 2024 is deflated to 2022 dollars before it meets a 2022-dollar factor).
CREATE TABLE price_index (
    index_code  VARCHAR(20)    NOT NULL,
    year        SMALLINT       NOT NULL,
    value       NUMERIC(12, 4) NOT NULL CHECK (value > 0),
    source      TEXT           NOT NULL,
    PRIMARY KEY (index_code, year)
);

-- Annual average exchange rates, to convert spend in other currencies into the factor's currency in the year it was
-- spent. (currency_rate of V10 holds indicative present-day rates for ranking, not for emissions.)
CREATE TABLE exchange_rate_annual (
    currency      CHAR(3)        NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
    year          SMALLINT       NOT NULL,
    units_per_usd NUMERIC(18, 6) NOT NULL CHECK (units_per_usd > 0),
    source        TEXT           NOT NULL,
    PRIMARY KEY (currency, year)
);
