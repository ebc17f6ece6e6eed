-- Responsible minerals (负责任矿产, catalogue dimension MIN). Suppliers upload their RMI templates: the CMRT (tin,
-- tantalum, tungsten, gold) and the EMRT (cobalt and mica; from 2.0 also copper, graphite, lithium, nickel). Each
-- upload is a declaration listing the smelters and refiners the supplier sources from; the buyer imports a conformant
-- smelter list (RMI's RMAP list) and every declared smelter is measured against the newest one. A smelter that is not
-- conformant, or that the supplier could not identify, is a finding on indicator MIN-04 (share of RMAP-conformant
-- smelters and refiners). Metals are stored in lower-case English, countries as ISO 3166-1 alpha-2 codes.

CREATE SEQUENCE conformant_smelter_list_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE conformant_smelter_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE minerals_declaration_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE declared_smelter_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE minerals_finding_seq START WITH 1000 INCREMENT BY 50;

-- A list as imported; the newest (imported_at, then id) is the one in force. Older lists stay: findings name the list
-- they were raised against.
CREATE TABLE conformant_smelter_list (
    id           BIGINT PRIMARY KEY,
    name         VARCHAR(160) NOT NULL CHECK (length(trim(name)) > 0),
    -- The date the list speaks for (RMI publishes its list with a date), not the import date.
    list_date    DATE         NOT NULL,
    file_name    VARCHAR(160) NOT NULL,
    sha256       CHAR(64)     NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    entry_count  INTEGER      NOT NULL CHECK (entry_count > 0),
    imported_by  VARCHAR(60)  NOT NULL,
    imported_at  TIMESTAMPTZ  NOT NULL
);
CREATE INDEX conformant_smelter_list_newest_idx ON conformant_smelter_list (imported_at DESC, id DESC);

CREATE TABLE conformant_smelter (
    id            BIGINT PRIMARY KEY,
    list_id       BIGINT       NOT NULL REFERENCES conformant_smelter_list (id),
    metal         VARCHAR(10)  NOT NULL CHECK (metal IN ('tin', 'tantalum', 'tungsten', 'gold', 'cobalt', 'mica', 'copper',
                                                         'graphite', 'lithium', 'nickel')),
    smelter_id    VARCHAR(40)  NOT NULL CHECK (smelter_id = upper(smelter_id)),
    smelter_name  VARCHAR(300) NOT NULL,
    country       CHAR(2),
    -- ACTIVE: in the assessment process, not conformant yet.
    status        VARCHAR(14)  NOT NULL CHECK (status IN ('CONFORMANT', 'ACTIVE', 'NOT_CONFORMANT')),
    UNIQUE (list_id, metal, smelter_id)
);

-- One uploaded template. The file itself is kept in the supplier's evidence library (evidence_id); its name and
-- digest are repeated here so that the declaration says what it was read from on its own.
CREATE TABLE minerals_declaration (
    id            BIGINT PRIMARY KEY,
    supplier_id   BIGINT       NOT NULL REFERENCES supplier (id),
    template      VARCHAR(4)   NOT NULL CHECK (template IN ('CMRT', 'EMRT')),
    revision      VARCHAR(10)  NOT NULL CHECK (revision ~ '^[0-9]+(\.[0-9]+)?$'),
    -- The company the Declaration sheet names, which need not be the supplier's legal name (a parent, a trading name).
    company_name  VARCHAR(300) NOT NULL CHECK (length(trim(company_name)) > 0),
    file_name     VARCHAR(160) NOT NULL,
    sha256        CHAR(64)     NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    evidence_id   BIGINT REFERENCES evidence (id),
    uploaded_by   VARCHAR(60)  NOT NULL,
    uploaded_at   TIMESTAMPTZ  NOT NULL
);
CREATE INDEX minerals_declaration_newest_idx ON minerals_declaration (supplier_id, template, uploaded_at DESC, id DESC);

-- A smelter or refiner as declared, once per metal in a declaration; conformance is set by each review.
CREATE TABLE declared_smelter (
    id              BIGINT PRIMARY KEY,
    declaration_id  BIGINT       NOT NULL REFERENCES minerals_declaration (id),
    -- The row of the Smelter List sheet, as Excel numbers it.
    row_no          INTEGER      NOT NULL CHECK (row_no > 0),
    metal           VARCHAR(10)  NOT NULL CHECK (metal IN ('tin', 'tantalum', 'tungsten', 'gold', 'cobalt', 'mica', 'copper',
                                                           'graphite', 'lithium', 'nickel')),
    -- Null when the supplier gave none ("Smelter not yet identified", or a smelter not listed without a number).
    smelter_id      VARCHAR(40),
    smelter_name    VARCHAR(300) NOT NULL,
    -- Null when the country as written (country_name: "CHINA", "KOREA, REPUBLIC OF") maps to no ISO code.
    country         CHAR(2),
    country_name    VARCHAR(100),
    id_source       VARCHAR(100),
    conformance     VARCHAR(14)  NOT NULL CHECK (conformance IN ('CONFORMANT', 'NOT_CONFORMANT', 'UNKNOWN'))
);
CREATE UNIQUE INDEX declared_smelter_once_idx ON declared_smelter (declaration_id, metal, COALESCE(smelter_id, upper(smelter_name)));
CREATE INDEX declared_smelter_smelter_idx ON declared_smelter (metal, smelter_id);

-- A declared smelter that is not shown to be conformant. At most one open finding per declared smelter; closed when
-- a later review finds it conformant or for another reason (a new finding then says which), or when a newer
-- declaration of the same template replaces its declaration. Severity on the audit scale: MAJOR when the smelter is
-- known not to meet RMAP (NOT_ON_LIST, LISTED_NOT_CONFORMANT), MINOR for gaps of information or time (NOT_IDENTIFIED,
-- LISTED_ACTIVE).
CREATE TABLE minerals_finding (
    id                   BIGINT PRIMARY KEY,
    supplier_id          BIGINT       NOT NULL REFERENCES supplier (id),
    declaration_id       BIGINT       NOT NULL REFERENCES minerals_declaration (id),
    declared_smelter_id  BIGINT       NOT NULL REFERENCES declared_smelter (id),
    indicator_code       VARCHAR(10)  NOT NULL,
    metal                VARCHAR(10)  NOT NULL,
    smelter_id           VARCHAR(40),
    smelter_name         VARCHAR(300) NOT NULL,
    severity             VARCHAR(8)   NOT NULL CHECK (severity IN ('PRIORITY', 'MAJOR', 'MINOR')),
    reason               VARCHAR(24)  NOT NULL CHECK (reason IN ('NOT_ON_LIST', 'LISTED_NOT_CONFORMANT', 'LISTED_ACTIVE',
                                                                 'NOT_IDENTIFIED')),
    -- The list the finding was raised against; null when raised before any list was imported (NOT_IDENTIFIED).
    list_id              BIGINT REFERENCES conformant_smelter_list (id),
    status               VARCHAR(6)   NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    opened_at            TIMESTAMPTZ  NOT NULL,
    closed_at            TIMESTAMPTZ,
    closed_because       VARCHAR(14) CHECK (closed_because IN ('CONFORMANT', 'REASON_CHANGED', 'SUPERSEDED')),
    version              BIGINT       NOT NULL DEFAULT 1,
    CHECK ((status = 'CLOSED') = (closed_at IS NOT NULL AND closed_because IS NOT NULL))
);
CREATE UNIQUE INDEX minerals_finding_open_once_idx ON minerals_finding (declared_smelter_id) WHERE status = 'OPEN';
CREATE INDEX minerals_finding_supplier_idx ON minerals_finding (supplier_id, status);
CREATE INDEX minerals_finding_declaration_idx ON minerals_finding (declaration_id, status);

-- The smelters of each supplier's newest declaration per template (the one in force), one row per smelter and metal.
-- Read by the supply-chain map; keep its columns and types as they are.
CREATE VIEW current_declared_smelter AS
SELECT d.supplier_id::BIGINT      AS supplier_id,
       d.template::VARCHAR        AS template,
       s.metal::VARCHAR           AS metal,
       s.smelter_id::VARCHAR      AS smelter_id,
       s.smelter_name::VARCHAR    AS smelter_name,
       s.country::CHAR(2)         AS country,
       s.conformance::VARCHAR     AS conformance
FROM minerals_declaration d
JOIN declared_smelter s ON s.declaration_id = d.id
WHERE NOT EXISTS (SELECT 1
                  FROM minerals_declaration newer
                  WHERE newer.supplier_id = d.supplier_id
                    AND newer.template = d.template
                    AND (newer.uploaded_at, newer.id) > (d.uploaded_at, d.id));
