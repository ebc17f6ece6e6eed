-- Each supplier's current standing (现行等级): the headline of its newest score, and when its tier last changed.
-- Dashboards and the supplier list filter on it for the whole supplier base at once; without it every such question
-- is a DISTINCT ON over all scores. It is derived data kept by the database itself: the trigger below runs for every
-- score row whoever writes it (scoring, rescoring, imports, tests), inside the same transaction, so it can never be
-- stale or half-written.

CREATE TABLE supplier_standing (
    supplier_id      BIGINT PRIMARY KEY REFERENCES supplier (id) ON DELETE CASCADE,
    score_id         BIGINT        NOT NULL REFERENCES score (id) ON DELETE CASCADE,
    total            NUMERIC(5, 2) NOT NULL,
    tier             CHAR(1)       NOT NULL,
    sourcing_status  VARCHAR(12)   NOT NULL,
    computed_at      TIMESTAMPTZ   NOT NULL,
    -- The tier before the last change of tier (NULL until the tier first changes) and when that change happened.
    previous_tier    CHAR(1),
    tier_changed_at  TIMESTAMPTZ
);
CREATE INDEX supplier_standing_tier_idx ON supplier_standing (tier);
CREATE INDEX supplier_standing_changed_idx ON supplier_standing (tier_changed_at) WHERE tier_changed_at IS NOT NULL;

CREATE FUNCTION score_updates_standing() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO supplier_standing AS s (supplier_id, score_id, total, tier, sourcing_status, computed_at)
    VALUES (NEW.supplier_id, NEW.id, NEW.total, NEW.tier, NEW.sourcing_status, NEW.computed_at)
    ON CONFLICT (supplier_id) DO UPDATE SET
        score_id = EXCLUDED.score_id,
        total = EXCLUDED.total,
        tier = EXCLUDED.tier,
        sourcing_status = EXCLUDED.sourcing_status,
        computed_at = EXCLUDED.computed_at,
        previous_tier = CASE WHEN s.tier <> EXCLUDED.tier THEN s.tier ELSE s.previous_tier END,
        tier_changed_at = CASE WHEN s.tier <> EXCLUDED.tier THEN EXCLUDED.computed_at ELSE s.tier_changed_at END
    -- The newest score wins, as everywhere else (computed_at, then id); an older row written late changes nothing.
    WHERE (s.computed_at, s.score_id) < (EXCLUDED.computed_at, EXCLUDED.score_id);
    RETURN NULL;
END;
$$;
CREATE TRIGGER score_updates_standing AFTER INSERT ON score FOR EACH ROW EXECUTE FUNCTION score_updates_standing();

-- Scores written before this version: replay them in order, so that the last change of tier is known too.
DO $$
DECLARE
    r score%ROWTYPE;
BEGIN
    FOR r IN SELECT * FROM score ORDER BY supplier_id, computed_at, id LOOP
        INSERT INTO supplier_standing AS s (supplier_id, score_id, total, tier, sourcing_status, computed_at)
        VALUES (r.supplier_id, r.id, r.total, r.tier, r.sourcing_status, r.computed_at)
        ON CONFLICT (supplier_id) DO UPDATE SET
            score_id = EXCLUDED.score_id, total = EXCLUDED.total, tier = EXCLUDED.tier,
            sourcing_status = EXCLUDED.sourcing_status, computed_at = EXCLUDED.computed_at,
            previous_tier = CASE WHEN s.tier <> EXCLUDED.tier THEN s.tier ELSE s.previous_tier END,
            tier_changed_at = CASE WHEN s.tier <> EXCLUDED.tier THEN EXCLUDED.computed_at ELSE s.tier_changed_at END;
    END LOOP;
END;
$$;
