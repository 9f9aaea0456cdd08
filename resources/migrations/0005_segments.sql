-- 0005 customer segments: one row per segment of a segmentation run, and which run last wrote each
-- user's RFM and segment columns (ml.user_metrics is shared by several models, so model_run_id alone
-- cannot say).

CREATE TABLE ml.segments (
    run_id         bigint NOT NULL REFERENCES ml.model_runs (run_id) ON DELETE CASCADE,
    segment_id     integer NOT NULL CHECK (segment_id >= 0),
    method         text NOT NULL CHECK (method IN ('kmeans', 'dbscan')),
    size           bigint NOT NULL CHECK (size >= 0),
    revenue_share  double precision NOT NULL CHECK (revenue_share BETWEEN 0 AND 1),
    centroid       jsonb NOT NULL DEFAULT '{}'::jsonb,
    profile        text NOT NULL DEFAULT '',
    PRIMARY KEY (run_id, segment_id)
);

ALTER TABLE ml.user_metrics
    ADD COLUMN rfm_run_id bigint REFERENCES ml.model_runs (run_id) ON DELETE SET NULL,
    ADD COLUMN segment_run_id bigint REFERENCES ml.model_runs (run_id) ON DELETE SET NULL;
