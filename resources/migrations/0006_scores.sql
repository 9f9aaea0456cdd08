-- 0006 purchase-propensity and churn scores, their reasons and per-run history; DBSCAN noise.

-- DBSCAN labels users it cannot place as noise: segment -1.
ALTER TABLE ml.segments DROP CONSTRAINT segments_segment_id_check;
ALTER TABLE ml.segments ADD CONSTRAINT segments_segment_id_check CHECK (segment_id >= -1);

-- Which run last wrote each score, and the score's top reasons: a JSON array of
-- {"feature": name, "value": number or null, "contribution": log-odds} (at most three, the
-- features that pushed the score up most, largest first).
ALTER TABLE ml.user_metrics
    ADD COLUMN purchase_run_id bigint REFERENCES ml.model_runs (run_id) ON DELETE SET NULL,
    ADD COLUMN purchase_reasons jsonb,
    ADD COLUMN churn_run_id bigint REFERENCES ml.model_runs (run_id) ON DELETE SET NULL,
    ADD COLUMN churn_reasons jsonb;

-- Every score a run gave, so runs can be compared (distribution shift, users changing band) after
-- ml.user_metrics has moved on. Deleting a run deletes its scores.
CREATE TABLE ml.scores (
    run_id   bigint NOT NULL REFERENCES ml.model_runs (run_id) ON DELETE CASCADE,
    user_id  bigint NOT NULL,
    score    real NOT NULL CHECK (score BETWEEN 0 AND 1),
    PRIMARY KEY (run_id, user_id)
);

CREATE INDEX user_metrics_churn_idx ON ml.user_metrics (churn_probability DESC NULLS LAST);
CREATE INDEX user_metrics_purchase_idx ON ml.user_metrics (purchase_probability_30d DESC NULLS LAST);
