-- Evidence (证明材料): files that suppliers upload to support their answers. The bytes live in the evidence storage
-- directory, named by their SHA-256 (content-addressed, never overwritten); a row here describes one version of one
-- document of one supplier. A new version is a new row that names the version it replaces.

CREATE SEQUENCE evidence_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE evidence (
    id              BIGINT PRIMARY KEY,
    supplier_id     BIGINT        NOT NULL REFERENCES supplier (id),
    -- The first version of the document; equal to id for a first version.
    document_id     BIGINT        NOT NULL,
    version_no      INTEGER       NOT NULL CHECK (version_no > 0),
    replaces_id     BIGINT REFERENCES evidence (id),
    sha256          CHAR(64)      NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
    size_bytes      BIGINT        NOT NULL CHECK (size_bytes > 0),
    -- Detected from the bytes, never taken from the client.
    content_type    VARCHAR(100)  NOT NULL,
    file_name       VARCHAR(160)  NOT NULL CHECK (length(trim(file_name)) > 0),
    kind            VARCHAR(14)   NOT NULL CHECK (kind IN ('CERTIFICATE', 'POLICY', 'REPORT', 'PHOTO', 'INVOICE',
                                                           'MEASUREMENT', 'AUDIT_REPORT', 'OTHER')),
    issuer          VARCHAR(160),
    valid_from      DATE,
    valid_to        DATE,
    language        VARCHAR(10),
    uploaded_by     VARCHAR(60)   NOT NULL,
    uploaded_at     TIMESTAMPTZ   NOT NULL,
    version         BIGINT        NOT NULL DEFAULT 1,
    UNIQUE (document_id, version_no),
    CHECK (valid_from IS NULL OR valid_to IS NULL OR valid_from <= valid_to)
);
CREATE INDEX evidence_supplier_idx ON evidence (supplier_id, document_id, version_no DESC);
CREATE INDEX evidence_sha256_idx ON evidence (sha256);

-- Which evidence supports which answer; one file may support many answers.
CREATE TABLE answer_evidence (
    answer_id    BIGINT NOT NULL REFERENCES answer (id),
    evidence_id  BIGINT NOT NULL REFERENCES evidence (id),
    PRIMARY KEY (answer_id, evidence_id)
);
CREATE INDEX answer_evidence_evidence_idx ON answer_evidence (evidence_id);
