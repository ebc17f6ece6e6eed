-- Assessment campaigns (评估活动), one assessment per supplier, one answer per indicator, reviewers' decisions, and
-- the scores computed from them. Scores are derived data: each row names the catalogue and policy versions it used.

CREATE SEQUENCE campaign_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE assessment_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE answer_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE score_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE campaign (
    id                    BIGINT PRIMARY KEY,
    name                  VARCHAR(160) NOT NULL CHECK (length(trim(name)) > 0),
    catalogue_version_id  BIGINT       NOT NULL REFERENCES catalogue_version (id),
    deadline              DATE         NOT NULL,
    status                VARCHAR(10)  NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    -- The selection the buyer made, in words, for the record (category, country, chain tier).
    selection             TEXT         NOT NULL,
    created_by            VARCHAR(60)  NOT NULL,
    created_at            TIMESTAMPTZ  NOT NULL,
    version               BIGINT       NOT NULL DEFAULT 1
);

CREATE TABLE assessment (
    id            BIGINT PRIMARY KEY,
    campaign_id   BIGINT       NOT NULL REFERENCES campaign (id),
    supplier_id   BIGINT       NOT NULL REFERENCES supplier (id),
    status        VARCHAR(12)  NOT NULL CHECK (status IN ('IN_PROGRESS', 'SUBMITTED')),
    submitted_at  TIMESTAMPTZ,
    submitted_by  VARCHAR(60),
    version       BIGINT       NOT NULL DEFAULT 1,
    UNIQUE (campaign_id, supplier_id)
);
CREATE INDEX assessment_supplier_idx ON assessment (supplier_id);

CREATE TABLE answer (
    id                 BIGINT PRIMARY KEY,
    assessment_id      BIGINT        NOT NULL REFERENCES assessment (id),
    indicator_id       BIGINT        NOT NULL REFERENCES indicator (id),
    response_kind      VARCHAR(14)   NOT NULL CHECK (response_kind IN ('YES_NO', 'MATURITY', 'KPI', 'NOT_APPLICABLE')),
    yes_no             BOOLEAN,
    maturity_level     SMALLINT CHECK (maturity_level BETWEEN 0 AND 4),
    kpi_value          NUMERIC(19, 6),
    comment            TEXT,
    answered_by        VARCHAR(60)   NOT NULL,
    answered_at        TIMESTAMPTZ   NOT NULL,
    -- The reviewer's decision; MORE_INFO scores like PENDING, as a self-declared answer.
    validation         VARCHAR(10)   NOT NULL CHECK (validation IN ('PENDING', 'ACCEPTED', 'REJECTED', 'MORE_INFO')),
    validation_reason  TEXT,
    validated_by       VARCHAR(60),
    validated_at       TIMESTAMPTZ,
    version            BIGINT        NOT NULL DEFAULT 1,
    UNIQUE (assessment_id, indicator_id),
    CONSTRAINT answer_value_matches_kind CHECK (
        (response_kind = 'YES_NO' AND yes_no IS NOT NULL AND maturity_level IS NULL AND kpi_value IS NULL)
        OR (response_kind = 'MATURITY' AND maturity_level IS NOT NULL AND yes_no IS NULL AND kpi_value IS NULL)
        OR (response_kind = 'KPI' AND kpi_value IS NOT NULL AND yes_no IS NULL AND maturity_level IS NULL)
        OR (response_kind = 'NOT_APPLICABLE' AND yes_no IS NULL AND maturity_level IS NULL AND kpi_value IS NULL)),
    -- A rejection always says why, so that the supplier knows what to fix.
    CONSTRAINT answer_rejection_has_reason CHECK (validation NOT IN ('REJECTED', 'MORE_INFO') OR length(trim(validation_reason)) > 0)
);
CREATE INDEX answer_assessment_idx ON answer (assessment_id);

-- One row per scoring of an assessment; the latest is the current one. Never updated.
CREATE TABLE score (
    id                 BIGINT PRIMARY KEY,
    assessment_id      BIGINT        NOT NULL REFERENCES assessment (id),
    supplier_id        BIGINT        NOT NULL REFERENCES supplier (id),
    catalogue_version  INTEGER       NOT NULL,
    policy_version     INTEGER       NOT NULL,
    total              NUMERIC(5, 2) NOT NULL CHECK (total BETWEEN 0 AND 100),
    score_tier         CHAR(1)       NOT NULL CHECK (score_tier IN ('A', 'B', 'C', 'D')),
    tier               CHAR(1)       NOT NULL CHECK (tier IN ('A', 'B', 'C', 'D')),
    sourcing_status    VARCHAR(12)   NOT NULL CHECK (sourcing_status IN ('PREFERRED', 'APPROVED', 'CONDITIONAL', 'BLOCKED')),
    -- The caps and their sources, e.g. "RED_FLAG:D:LAB-01;DIMENSION_BELOW_FLOOR:B:MIN".
    caps               TEXT          NOT NULL DEFAULT '',
    computed_at        TIMESTAMPTZ   NOT NULL,
    computed_by        VARCHAR(60)   NOT NULL
);
CREATE INDEX score_supplier_idx ON score (supplier_id, computed_at DESC);

CREATE TABLE dimension_score (
    score_id        BIGINT        NOT NULL REFERENCES score (id),
    dimension_code  VARCHAR(3)    NOT NULL,
    score           NUMERIC(5, 2),
    earned          NUMERIC(9, 2) NOT NULL,
    possible        NUMERIC(9, 2) NOT NULL,
    weight_percent  NUMERIC(5, 2) NOT NULL,
    PRIMARY KEY (score_id, dimension_code)
);
