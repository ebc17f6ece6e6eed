-- Mail waiting to be sent (待发邮件). A change that notifies someone writes its messages here in its own transaction,
-- so a message exists exactly when the change committed: a rollback leaves none, and a server that dies after the
-- commit loses none. One timer for the whole cluster sends what is waiting, locking each row while it sends it, so
-- every message leaves once; sent_by names the server that sent it.

CREATE TABLE outgoing_mail (
    id          BIGSERIAL PRIMARY KEY,
    recipient   VARCHAR(320) NOT NULL,
    subject     TEXT         NOT NULL,
    body        TEXT         NOT NULL,
    queued_at   TIMESTAMPTZ  NOT NULL,
    -- A message the mail server refused is tried again later, less often each time, and given up after 8 attempts
    -- (last_error says why; nothing is deleted).
    attempts    INTEGER      NOT NULL DEFAULT 0,
    next_try_at TIMESTAMPTZ  NOT NULL,
    last_error  TEXT,
    sent_at     TIMESTAMPTZ,
    sent_by     VARCHAR(100),
    CONSTRAINT outgoing_mail_sent_by_sender CHECK ((sent_at IS NULL) = (sent_by IS NULL))
);
CREATE INDEX outgoing_mail_waiting_idx ON outgoing_mail (next_try_at, id) WHERE sent_at IS NULL;
