-- On-site audits (现场审核), their checklists, findings (发现项) and corrective action plans (纠正措施计划, CAP).
-- Modelled on the RBA Validated Assessment Program: findings are Priority, Major or Minor; each finding yields a CAP
-- with a due date by severity; the supplier reports progress with evidence; the auditor verifies it; a closure
-- (follow-up) audit closes Major and Priority findings. An open Major or Priority finding caps the tier at C.

CREATE SEQUENCE audit_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE checklist_item_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE finding_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE corrective_action_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE audit (
    id              BIGINT PRIMARY KEY,
    reference       VARCHAR(20)   NOT NULL UNIQUE CHECK (reference ~ '^AUD-[0-9]{4}-[0-9]{4,}$'),
    supplier_id     BIGINT        NOT NULL REFERENCES supplier (id),
    audit_type      VARCHAR(12)   NOT NULL CHECK (audit_type IN ('INITIAL', 'PERIODIC', 'FOLLOW_UP', 'UNANNOUNCED')),
    status          VARCHAR(12)   NOT NULL CHECK (status IN ('PLANNED', 'CONFIRMED', 'IN_PROGRESS', 'COMPLETED', 'CANCELLED')),
    planned_start   DATE          NOT NULL,
    planned_end     DATE          NOT NULL,
    -- A date the supplier proposes instead of the planned one (announced audits only).
    proposed_start  DATE,
    proposed_end    DATE,
    supplier_note   TEXT,
    lead_auditor    VARCHAR(60)   NOT NULL,
    -- Other auditors, usernames separated by commas.
    team            VARCHAR(400),
    site_address    VARCHAR(300)  NOT NULL CHECK (length(trim(site_address)) > 0),
    site_country    CHAR(2)       NOT NULL,
    language        VARCHAR(10)   NOT NULL,
    -- The self-assessment the checklist was drawn from, if the supplier has a submitted one.
    assessment_id   BIGINT REFERENCES assessment (id),
    started_at      TIMESTAMPTZ,
    completed_at    TIMESTAMPTZ,
    created_by      VARCHAR(60)   NOT NULL,
    created_at      TIMESTAMPTZ   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 1,
    CHECK (planned_start <= planned_end),
    CHECK (proposed_start IS NULL OR proposed_start <= proposed_end)
);
CREATE INDEX audit_supplier_idx ON audit (supplier_id, planned_start DESC);
CREATE INDEX audit_dates_idx ON audit (planned_start, planned_end);

-- What the auditor checks on site: indicators that need on-site verification or are red flags, those the supplier
-- answered weakly, and (in a follow-up audit) the open findings.
CREATE TABLE checklist_item (
    id               BIGINT PRIMARY KEY,
    audit_id         BIGINT        NOT NULL REFERENCES audit (id),
    position         INTEGER       NOT NULL,
    indicator_code   VARCHAR(6)    NOT NULL,
    reason           VARCHAR(12)   NOT NULL CHECK (reason IN ('ONSITE', 'RED_FLAG', 'WEAK_ANSWER', 'OPEN_FINDING')),
    -- The self-assessed answer when the checklist was drawn, as text ("yes", "level 1", "not applicable", a value).
    self_assessed    VARCHAR(60),
    outcome          VARCHAR(10)   CHECK (outcome IN ('CONFORMING', 'FINDING')),
    severity         VARCHAR(8)    CHECK (severity IN ('PRIORITY', 'MAJOR', 'MINOR')),
    -- The answer as verified on site: YES, NO, LEVEL_0..LEVEL_4, NA, or a number for a KPI.
    verified_answer  VARCHAR(30),
    observation      TEXT,
    checked_by       VARCHAR(60),
    checked_at       TIMESTAMPTZ,
    version          BIGINT        NOT NULL DEFAULT 1,
    UNIQUE (audit_id, indicator_code),
    CHECK ((outcome = 'FINDING') = (severity IS NOT NULL))
);

-- Photos and documents taken on site, from the evidence storage.
CREATE TABLE checklist_item_evidence (
    checklist_item_id  BIGINT NOT NULL REFERENCES checklist_item (id),
    evidence_id        BIGINT NOT NULL REFERENCES evidence (id),
    PRIMARY KEY (checklist_item_id, evidence_id)
);

CREATE TABLE finding (
    id                  BIGINT PRIMARY KEY,
    reference           VARCHAR(24)   NOT NULL UNIQUE,
    audit_id            BIGINT        NOT NULL REFERENCES audit (id),
    checklist_item_id   BIGINT        NOT NULL UNIQUE REFERENCES checklist_item (id),
    supplier_id         BIGINT        NOT NULL REFERENCES supplier (id),
    indicator_code      VARCHAR(6)    NOT NULL,
    severity            VARCHAR(8)    NOT NULL CHECK (severity IN ('PRIORITY', 'MAJOR', 'MINOR')),
    observation         TEXT          NOT NULL,
    status              VARCHAR(6)    NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    closed_by           VARCHAR(60),
    closed_at           TIMESTAMPTZ,
    closed_in_audit_id  BIGINT REFERENCES audit (id),
    version             BIGINT        NOT NULL DEFAULT 1
);
CREATE INDEX finding_open_idx ON finding (supplier_id) WHERE status = 'OPEN';

CREATE TABLE corrective_action (
    id                 BIGINT PRIMARY KEY,
    finding_id         BIGINT        NOT NULL UNIQUE REFERENCES finding (id),
    due_date           DATE          NOT NULL,
    status             VARCHAR(9)    NOT NULL CHECK (status IN ('OPEN', 'SUBMITTED', 'VERIFIED', 'REJECTED')),
    root_cause         TEXT,
    actions            TEXT,
    owner              VARCHAR(120),
    progress           TEXT,
    submitted_by       VARCHAR(60),
    submitted_at       TIMESTAMPTZ,
    verified_by        VARCHAR(60),
    verified_at        TIMESTAMPTZ,
    verification_note  TEXT,
    -- 0 none, 1 reminder sent, 2 escalated to the category manager, 3 tier capped.
    escalation_level   SMALLINT      NOT NULL DEFAULT 0 CHECK (escalation_level BETWEEN 0 AND 3),
    version            BIGINT        NOT NULL DEFAULT 1
);
CREATE INDEX corrective_action_due_idx ON corrective_action (due_date) WHERE status IN ('OPEN', 'REJECTED');

CREATE TABLE corrective_action_evidence (
    corrective_action_id  BIGINT NOT NULL REFERENCES corrective_action (id),
    evidence_id           BIGINT NOT NULL REFERENCES evidence (id),
    PRIMARY KEY (corrective_action_id, evidence_id)
);

-- Days from the end of the audit to a CAP's due date, by severity (configurable). Defaults after common practice in
-- the RBA VAP (Priority findings need immediate containment; Major and Minor close within the CAP period).
CREATE TABLE corrective_action_due (
    severity  VARCHAR(8) PRIMARY KEY CHECK (severity IN ('PRIORITY', 'MAJOR', 'MINOR')),
    due_days  INTEGER    NOT NULL CHECK (due_days > 0)
);
INSERT INTO corrective_action_due VALUES ('PRIORITY', 30), ('MAJOR', 90), ('MINOR', 180);

-- Who manages each spend category on the buyer's side: an overdue corrective action is escalated to them.
CREATE TABLE category_manager (
    spend_category  VARCHAR(40)   PRIMARY KEY,
    name            VARCHAR(120)  NOT NULL,
    email           VARCHAR(254)  NOT NULL CHECK (email ~ '^[^@\s]+@[^@\s]+$')
);
