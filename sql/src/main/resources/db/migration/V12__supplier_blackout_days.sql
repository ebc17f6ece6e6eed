-- Days a supplier's site cannot receive an announced audit (annual shutdown, public holidays such as the Spring
-- Festival, an inventory count), with the reason. Scheduling an announced audit on them is refused; an unannounced
-- audit ignores them, or it would not be unannounced.
CREATE SEQUENCE supplier_blackout_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE supplier_blackout (
    id           BIGINT        PRIMARY KEY,
    supplier_id  BIGINT        NOT NULL REFERENCES supplier (id),
    first_day    DATE          NOT NULL,
    last_day     DATE          NOT NULL,
    reason       VARCHAR(200)  NOT NULL CHECK (length(trim(reason)) > 0),
    created_by   VARCHAR(60)   NOT NULL,
    created_at   TIMESTAMPTZ   NOT NULL,
    CHECK (first_day <= last_day)
);
CREATE INDEX supplier_blackout_idx ON supplier_blackout (supplier_id, first_day);
