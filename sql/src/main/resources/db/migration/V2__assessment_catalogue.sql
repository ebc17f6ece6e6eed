-- The assessment catalogue (指标体系): versioned sets of dimensions and indicators, and the versioned tier policy.
-- A published catalogue version is never edited: an admin derives a new draft version from it and publishes that,
-- and campaigns keep the version they started with.

CREATE SEQUENCE catalogue_version_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE dimension_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE indicator_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE tier_policy_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE catalogue_version (
    id            BIGINT PRIMARY KEY,
    version_no    INTEGER      NOT NULL UNIQUE CHECK (version_no > 0),
    label         VARCHAR(120) NOT NULL,
    status        VARCHAR(10)  NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
    based_on_id   BIGINT REFERENCES catalogue_version (id),
    note          TEXT,
    created_by    VARCHAR(60)  NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    published_at  TIMESTAMPTZ,
    version       BIGINT       NOT NULL DEFAULT 1
);
-- At most one version is the current one.
CREATE UNIQUE INDEX catalogue_version_one_published ON catalogue_version (status) WHERE status = 'PUBLISHED';

CREATE TABLE dimension (
    id                    BIGINT PRIMARY KEY,
    catalogue_version_id  BIGINT        NOT NULL REFERENCES catalogue_version (id),
    code                  VARCHAR(3)    NOT NULL CHECK (code ~ '^[A-Z]{3}$'),
    position              INTEGER       NOT NULL,
    name_en               VARCHAR(120)  NOT NULL,
    name_zh               VARCHAR(120)  NOT NULL,
    weight_percent        NUMERIC(5, 2) NOT NULL CHECK (weight_percent > 0 AND weight_percent <= 100),
    -- How many indicators of the dimension a supplier may answer "not applicable"; more makes the score meaningless.
    max_not_applicable    INTEGER       NOT NULL CHECK (max_not_applicable >= 0),
    UNIQUE (catalogue_version_id, code),
    UNIQUE (catalogue_version_id, position)
);

CREATE TABLE indicator (
    id                      BIGINT PRIMARY KEY,
    catalogue_version_id    BIGINT        NOT NULL REFERENCES catalogue_version (id),
    dimension_id            BIGINT        NOT NULL REFERENCES dimension (id),
    code                    VARCHAR(6)    NOT NULL CHECK (code ~ '^[A-Z]{3}-[0-9]{2}$'),
    position                INTEGER       NOT NULL,
    text_en                 TEXT          NOT NULL CHECK (length(trim(text_en)) > 0),
    text_zh                 TEXT          NOT NULL CHECK (length(trim(text_zh)) > 0),
    guidance_en             TEXT          NOT NULL,
    guidance_zh             TEXT          NOT NULL,
    -- YES_NO: "yes" is always the compliant answer. MATURITY: levels 0-4. NUMERIC: a KPI in `unit`, scored by bands.
    -- CALCULATED: a KPI the system computes from other data (such as reported emissions), scored by bands.
    answer_type             VARCHAR(10)   NOT NULL CHECK (answer_type IN ('YES_NO', 'MATURITY', 'NUMERIC', 'CALCULATED')),
    unit                    VARCHAR(40),
    evidence_en             TEXT          NOT NULL,
    evidence_zh             TEXT          NOT NULL,
    max_points              NUMERIC(6, 2) NOT NULL CHECK (max_points > 0),
    not_applicable_allowed  BOOLEAN       NOT NULL,
    -- A failing answer (no; maturity 0; a 0-point band) to a red-flag indicator, once confirmed, sets the tier to D.
    red_flag                BOOLEAN       NOT NULL,
    onsite_verification     BOOLEAN       NOT NULL,
    UNIQUE (catalogue_version_id, code),
    CONSTRAINT indicator_unit_for_kpis CHECK ((answer_type IN ('NUMERIC', 'CALCULATED')) = (unit IS NOT NULL))
);
CREATE INDEX indicator_dimension_idx ON indicator (dimension_id);

-- What each maturity level means for one indicator.
CREATE TABLE indicator_level (
    indicator_id    BIGINT   NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    level           SMALLINT NOT NULL CHECK (level BETWEEN 0 AND 4),
    description_en  TEXT     NOT NULL,
    description_zh  TEXT     NOT NULL,
    PRIMARY KEY (indicator_id, level)
);

-- Scoring bands of a KPI: a value v with lower_bound <= v < upper_bound earns points_percent of the maximum points.
-- A null bound is open. The bands of one indicator are contiguous and cover every value.
CREATE TABLE indicator_band (
    indicator_id    BIGINT        NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    position        INTEGER       NOT NULL,
    lower_bound     NUMERIC(19, 6),
    upper_bound     NUMERIC(19, 6),
    points_percent  NUMERIC(5, 2) NOT NULL CHECK (points_percent BETWEEN 0 AND 100),
    PRIMARY KEY (indicator_id, position),
    CHECK (lower_bound IS NULL OR upper_bound IS NULL OR lower_bound < upper_bound)
);

-- The clauses of standards an indicator derives from.
CREATE TABLE indicator_reference (
    indicator_id  BIGINT       NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    position      INTEGER      NOT NULL,
    framework     VARCHAR(24)  NOT NULL CHECK (framework IN ('GRI', 'ISO_14001', 'ISO_45001', 'ISO_50001', 'ISO_14064',
                      'ISO_14067', 'ISO_9001', 'ISO_37001', 'ISO_27001', 'RBA', 'OECD_DDG', 'GHG_PROTOCOL',
                      'EU_BATTERY_REGULATION', 'ESRS', 'ILO', 'UNGP', 'SBTI', 'IRMA', 'RMI')),
    clause        VARCHAR(160) NOT NULL,
    PRIMARY KEY (indicator_id, position)
);

-- How scores map to tiers and sourcing statuses. Versioned like the catalogue; one version is in force.
CREATE TABLE tier_policy (
    id                        BIGINT PRIMARY KEY,
    version_no                INTEGER       NOT NULL UNIQUE CHECK (version_no > 0),
    status                    VARCHAR(10)   NOT NULL CHECK (status IN ('DRAFT', 'PUBLISHED', 'RETIRED')),
    a_minimum                 NUMERIC(5, 2) NOT NULL,
    b_minimum                 NUMERIC(5, 2) NOT NULL,
    c_minimum                 NUMERIC(5, 2) NOT NULL,
    -- A supplier with any dimension below this cannot be in tier A.
    dimension_floor_for_a     NUMERIC(5, 2) NOT NULL,
    -- The most a self-declared answer, not yet accepted by a reviewer, earns, in percent of its points.
    unvalidated_points_percent NUMERIC(5, 2) NOT NULL CHECK (unvalidated_points_percent BETWEEN 0 AND 100),
    note                      TEXT,
    created_by                VARCHAR(60)   NOT NULL,
    created_at                TIMESTAMPTZ   NOT NULL DEFAULT now(),
    published_at              TIMESTAMPTZ,
    version                   BIGINT        NOT NULL DEFAULT 1,
    CHECK (0 <= c_minimum AND c_minimum < b_minimum AND b_minimum < a_minimum AND a_minimum <= 100)
);
CREATE UNIQUE INDEX tier_policy_one_published ON tier_policy (status) WHERE status = 'PUBLISHED';

INSERT INTO tier_policy (id, version_no, status, a_minimum, b_minimum, c_minimum, dimension_floor_for_a,
                         unvalidated_points_percent, note, created_by, published_at)
VALUES (1, 1, 'PUBLISHED', 80, 65, 50, 30, 50,
        'Default policy: A >= 80 preferred; B 65-79 approved; C 50-64 conditional; D < 50 blocked. '
        || 'A confirmed red flag sets D; an open Major audit finding caps at C; a dimension below 30 rules out A. '
        || 'Answers not yet accepted by a reviewer earn at most half their points.',
        'system', now());
