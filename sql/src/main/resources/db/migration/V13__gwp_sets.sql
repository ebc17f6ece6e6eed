-- Global warming potentials (全球变暖潜势), 100-year horizon, of the IPCC's Fifth and Sixth Assessment Reports. The
-- reporting set is a setting; every emission result records the set it used.
-- Sources: IPCC AR5 WG1 (2013), Chapter 8, Table 8.A.1 (without climate-carbon feedbacks, as the GHG Protocol uses);
-- IPCC AR6 WG1 (2021), Chapter 7, Table 7.15 and Table 7.SM.7. R-410A is a blend of 50 % HFC-32 and 50 % HFC-125 by
-- mass (ASHRAE 34); R-404A of 44 % HFC-125, 52 % HFC-143a and 4 % HFC-134a: their GWPs are the mass-weighted sums.

CREATE TABLE gwp_set (
    code        VARCHAR(8)   PRIMARY KEY,
    name        VARCHAR(120) NOT NULL,
    source      TEXT         NOT NULL,
    reporting   BOOLEAN      NOT NULL DEFAULT FALSE
);
CREATE UNIQUE INDEX gwp_set_one_reporting ON gwp_set (reporting) WHERE reporting;

CREATE TABLE gwp_value (
    gwp_set  VARCHAR(8)     NOT NULL REFERENCES gwp_set (code),
    gas      VARCHAR(20)    NOT NULL,
    gwp100   NUMERIC(10, 2) NOT NULL CHECK (gwp100 > 0),
    note     TEXT,
    PRIMARY KEY (gwp_set, gas)
);

INSERT INTO gwp_set VALUES
    ('AR5', 'IPCC Fifth Assessment Report, 100-year GWP', 'IPCC AR5 WG1 (2013), Chapter 8, Table 8.A.1', FALSE),
    ('AR6', 'IPCC Sixth Assessment Report, 100-year GWP', 'IPCC AR6 WG1 (2021), Chapter 7, Table 7.15 and 7.SM.7', TRUE);

INSERT INTO gwp_value VALUES
    ('AR5', 'CO2', 1, NULL),
    ('AR5', 'CH4_FOSSIL', 28, 'AR5 gives one value for methane without climate-carbon feedback'),
    ('AR5', 'CH4_NON_FOSSIL', 28, 'AR5 gives one value for methane without climate-carbon feedback'),
    ('AR5', 'N2O', 265, NULL),
    ('AR5', 'SF6', 23500, NULL),
    ('AR5', 'NF3', 16100, NULL),
    ('AR5', 'HFC-134a', 1300, NULL),
    ('AR5', 'HFC-32', 677, NULL),
    ('AR5', 'HFC-125', 3170, NULL),
    ('AR5', 'HFC-143a', 4800, NULL),
    ('AR5', 'R-410A', 1923.50, '0.5 x HFC-32 + 0.5 x HFC-125'),
    ('AR5', 'R-404A', 3942.80, '0.44 x HFC-125 + 0.52 x HFC-143a + 0.04 x HFC-134a'),
    ('AR6', 'CO2', 1, NULL),
    ('AR6', 'CH4_FOSSIL', 29.8, NULL),
    ('AR6', 'CH4_NON_FOSSIL', 27.0, NULL),
    ('AR6', 'N2O', 273, NULL),
    ('AR6', 'SF6', 24300, NULL),
    ('AR6', 'NF3', 17400, NULL),
    ('AR6', 'HFC-134a', 1530, NULL),
    ('AR6', 'HFC-32', 771, NULL),
    ('AR6', 'HFC-125', 3740, NULL),
    ('AR6', 'HFC-143a', 5810, NULL),
    ('AR6', 'R-410A', 2255.50, '0.5 x HFC-32 + 0.5 x HFC-125'),
    ('AR6', 'R-404A', 4728.00, '0.44 x HFC-125 + 0.52 x HFC-143a + 0.04 x HFC-134a');
