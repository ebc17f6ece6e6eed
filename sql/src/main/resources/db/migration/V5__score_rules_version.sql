-- Which catalogue version's weights and points a score was computed under. Answers keep the questions of the version
-- their campaign started with (score.catalogue_version); when a newer version is published, everyone is rescored
-- under its rules, matched by dimension and indicator code, and the score records that version here.
ALTER TABLE score ADD COLUMN rules_version INTEGER;
UPDATE score SET rules_version = catalogue_version;
ALTER TABLE score ALTER COLUMN rules_version SET NOT NULL;
