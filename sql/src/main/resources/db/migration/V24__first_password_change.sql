-- A password someone else chose (the random first password of an invited company's login, sent by mail) must be
-- replaced by its owner before the account does anything else (OWASP ASVS 4.0.3, 2.3.1).
ALTER TABLE user_account ADD COLUMN password_change_due BOOLEAN NOT NULL DEFAULT FALSE;
