-- Report generation jobs (报告任务) and their history: each generated file with its checksum, parameters, who asked
-- and when. A job runs on one server at a time: it is claimed by a conditional update (QUEUED -> RUNNING) that names
-- the server, so a server that restarts fails only the jobs it was running itself.

CREATE SEQUENCE report_job_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE report_job (
    id               BIGINT PRIMARY KEY,
    kind             VARCHAR(20)   NOT NULL CHECK (kind IN ('SCORECARD', 'PORTFOLIO', 'DISCLOSURE_PDF', 'DISCLOSURE_XLSX')),
    -- The parameters in a canonical text form ("supplier=12", "from=2026-01-01;to=2026-12-31;year=2025"), with the language.
    parameters       VARCHAR(400)  NOT NULL,
    language         VARCHAR(10)   NOT NULL,
    status           VARCHAR(10)   NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    progress_done    INTEGER       NOT NULL DEFAULT 0 CHECK (progress_done >= 0),
    progress_total   INTEGER       NOT NULL DEFAULT 0 CHECK (progress_total >= 0),
    progress_step    VARCHAR(120),
    cancel_requested BOOLEAN       NOT NULL DEFAULT false,
    requested_by     VARCHAR(60)   NOT NULL,
    requested_at     TIMESTAMPTZ   NOT NULL,
    -- The server that claimed the job (Payara instance name), while and after it runs.
    runner           VARCHAR(120),
    started_at       TIMESTAMPTZ,
    finished_at      TIMESTAMPTZ,
    file_name        VARCHAR(200),
    content_type     VARCHAR(100),
    file_size        BIGINT,
    sha256           CHAR(64),
    error            TEXT,
    rerun_of         BIGINT REFERENCES report_job (id),
    version          BIGINT        NOT NULL DEFAULT 1,
    -- A finished file always has its checksum and size; an unfinished job never offers one.
    CONSTRAINT report_job_file_when_succeeded CHECK ((status = 'SUCCEEDED') = (sha256 IS NOT NULL AND file_size IS NOT NULL AND file_name IS NOT NULL)),
    CONSTRAINT report_job_failure_has_reason CHECK (status <> 'FAILED' OR length(trim(error)) > 0)
);
-- The same report asked twice while the first is still queued or running is the same job.
CREATE UNIQUE INDEX report_job_one_active ON report_job (kind, parameters, language) WHERE status IN ('QUEUED', 'RUNNING');
CREATE INDEX report_job_requested_idx ON report_job (requested_at DESC);
