-- Schema of the first feature: supplier companies and their contacts, user accounts with roles,
-- and the append-only audit trail. JPA never generates DDL: this file is the schema.
-- Sequences step by 50 to match the JPA allocationSize of every entity, and start at 1000: EclipseLink
-- refuses a first value below the allocation size. Generated ids start at 951 (1000 - 50 + 1); seed data uses lower ids.

CREATE SEQUENCE supplier_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE user_account_seq START WITH 1000 INCREMENT BY 50;
CREATE SEQUENCE audit_entry_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE supplier (
    id                     BIGINT PRIMARY KEY,
    legal_name             VARCHAR(200) NOT NULL CHECK (length(trim(legal_name)) > 0),
    local_name             VARCHAR(200),
    country                CHAR(2)      NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    region                 VARCHAR(100),
    industry_scheme        VARCHAR(8)   NOT NULL CHECK (industry_scheme IN ('NAICS', 'ISIC')),
    industry_code          VARCHAR(8)   NOT NULL,
    spend_category         VARCHAR(40)  NOT NULL,
    annual_spend_amount    NUMERIC(19, 2) NOT NULL CHECK (annual_spend_amount >= 0),
    annual_spend_currency  CHAR(3)      NOT NULL CHECK (annual_spend_currency ~ '^[A-Z]{3}$'),
    chain_tier             VARCHAR(8)   NOT NULL CHECK (chain_tier IN ('TIER_1', 'TIER_2')),
    parent_supplier_id     BIGINT REFERENCES supplier (id),
    status                 VARCHAR(12)  NOT NULL CHECK (status IN ('ACTIVE', 'ONBOARDING', 'INACTIVE')),
    created_at             TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version                BIGINT       NOT NULL DEFAULT 1,
    -- A Tier-2 supplier always sells to a named Tier-1; a Tier-1 sells to us directly.
    CONSTRAINT supplier_tier_parent CHECK (
        (chain_tier = 'TIER_1' AND parent_supplier_id IS NULL)
        OR (chain_tier = 'TIER_2' AND parent_supplier_id IS NOT NULL AND parent_supplier_id <> id))
);
-- One company per legal name and country, whatever the letter case.
CREATE UNIQUE INDEX supplier_legal_name_country_uk ON supplier (lower(legal_name), country);
CREATE INDEX supplier_parent_idx ON supplier (parent_supplier_id);
CREATE INDEX supplier_country_idx ON supplier (country);

CREATE TABLE supplier_contact (
    supplier_id  BIGINT       NOT NULL REFERENCES supplier (id) ON DELETE CASCADE,
    position     INTEGER      NOT NULL,
    name         VARCHAR(120) NOT NULL,
    job_title    VARCHAR(120),
    email        VARCHAR(254) NOT NULL,
    phone        VARCHAR(40),
    PRIMARY KEY (supplier_id, position)
);

CREATE TABLE user_account (
    id                BIGINT PRIMARY KEY,
    username          VARCHAR(60)  NOT NULL UNIQUE CHECK (username ~ '^[a-z0-9._-]{3,60}$'),
    display_name      VARCHAR(120) NOT NULL,
    password_hash     VARCHAR(400) NOT NULL,
    supplier_id       BIGINT REFERENCES supplier (id),
    locale            VARCHAR(10)  NOT NULL DEFAULT 'en',
    enabled           BOOLEAN      NOT NULL DEFAULT TRUE,
    failed_logins     INTEGER      NOT NULL DEFAULT 0,
    locked_until      TIMESTAMPTZ,
    created_at        TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version           BIGINT       NOT NULL DEFAULT 1
);

CREATE TABLE user_role (
    user_id  BIGINT      NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    role     VARCHAR(30) NOT NULL CHECK (role IN ('PROCUREMENT', 'SUPPLIER', 'AUDITOR', 'SUSTAINABILITY_OFFICER', 'ADMIN')),
    PRIMARY KEY (user_id, role)
);

-- Who changed what, when, from which value to which. One row per changed field.
CREATE TABLE audit_entry (
    id              BIGINT PRIMARY KEY,
    change_id       UUID         NOT NULL,
    occurred_at     TIMESTAMPTZ  NOT NULL,
    actor           VARCHAR(60)  NOT NULL,
    action          VARCHAR(10)  NOT NULL CHECK (action IN ('CREATE', 'UPDATE', 'DELETE', 'READ')),
    entity_type     VARCHAR(60)  NOT NULL,
    entity_id       VARCHAR(60)  NOT NULL,
    entity_version  BIGINT,
    field           VARCHAR(60),
    old_value       TEXT,
    new_value       TEXT
);
CREATE INDEX audit_entry_entity_idx ON audit_entry (entity_type, entity_id, occurred_at);

-- The trail is append-only: the database itself refuses to change or remove an entry.
CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_entry is append-only: % is not allowed', TG_OP;
END;
$$;
CREATE TRIGGER audit_entry_no_update_or_delete
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only();
CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_is_append_only();
