-- Messages (消息) to a supplier company: every notice the system sends its contacts by mail (invitations, answers
-- sent back, reminders) is also kept here, so that the supplier's portal shows it even when mail is lost or not
-- configured. A message is stored as its template and arguments and shown in the reader's language.

CREATE SEQUENCE supplier_message_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE supplier_message (
    id            BIGINT PRIMARY KEY,
    supplier_id   BIGINT        NOT NULL REFERENCES supplier (id),
    template      VARCHAR(40)   NOT NULL,
    -- The template's arguments, separated by the unit separator U+001F.
    arguments     TEXT          NOT NULL,
    sent_at       TIMESTAMPTZ   NOT NULL
);
CREATE INDEX supplier_message_supplier_idx ON supplier_message (supplier_id, sent_at DESC);
