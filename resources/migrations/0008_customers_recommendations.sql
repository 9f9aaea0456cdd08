-- 0008 the Customers page and user card (search by name, e-mail or Telegram id), hybrid product
-- recommendations, price elasticity and anomalies of the daily business metrics.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- ---------------------------------------------------------------- crm
-- A customer's Telegram user id, when they have talked to the shop's bot (searchable on the Customers page).
ALTER TABLE crm.users ADD COLUMN telegram_id bigint UNIQUE CHECK (telegram_id > 0);
COMMENT ON COLUMN crm.users.telegram_id IS 'the Telegram user id of the customer, when known';

-- Free product attributes for content-based recommendations ("waterproof", "kids", …), lower case.
ALTER TABLE crm.products ADD COLUMN tags text[] NOT NULL DEFAULT '{}'
    CHECK (array_position(tags, NULL) IS NULL);
COMMENT ON COLUMN crm.products.tags IS 'product attributes for recommendations, lower-case words';

-- The loads' undo copies (0003, ops.track_loads) keep every column an import may overwrite.
ALTER TABLE ops.undo_crm_users ADD COLUMN telegram_id bigint;
ALTER TABLE ops.undo_crm_products ADD COLUMN tags text[];

-- ---------------------------------------------------------------- ml: recommendations
-- The top recommendations of a recommender run for every user, best first (rank 1). Each row says
-- which part of the hybrid put it there and why, in words the user card turns into a sentence:
--   reason_kind 'bought_together'     "bought together with <reason_product_id>"
--               'viewed_together'     "viewed together with <reason_product_id>"
--               'similar_to'          "similar to <reason_product_id>" (content: category, brand, price band, tags)
--               'popular_in_category' "popular in <reason_category>"
--               'popular'             "popular now"
-- One partition per run (ml.recommendations_run_<run_id>), written with COPY and attached when
-- complete, so a run never leaves half its rows behind and dropping an old run is instant. No
-- foreign keys: 10 million rows per run, checked once by the writer, not per row.
CREATE TABLE ml.recommendations (
    run_id             bigint NOT NULL CHECK (run_id > 0),
    user_id            bigint NOT NULL,
    rank               smallint NOT NULL CHECK (rank BETWEEN 1 AND 100),
    product_id         bigint NOT NULL,
    score              real NOT NULL,
    source             text NOT NULL CHECK (source IN ('item_cf', 'content', 'popular')),
    reason_kind        text NOT NULL CHECK (reason_kind IN
                         ('bought_together', 'viewed_together', 'similar_to', 'popular_in_category', 'popular')),
    reason_product_id  bigint,
    reason_category    text,
    CHECK ((reason_kind IN ('bought_together', 'viewed_together', 'similar_to')) = (reason_product_id IS NOT NULL)),
    CHECK ((reason_kind = 'popular_in_category') = (reason_category IS NOT NULL))
) PARTITION BY LIST (run_id);
COMMENT ON TABLE ml.recommendations IS
    'Top-N product recommendations per user and recommender run (one partition per run), with the reason for each.';

-- ---------------------------------------------------------------- ml: price elasticity
-- One row per category, and per product with enough data, of a price-elasticity run: the slope of
-- log(quantity) on log(price) with seasonal controls, its 95 % interval and fit quality. reliable is
-- false when the estimate should not be used, and flag says why. points holds the chart: an array of
-- {"period": "YYYY-MM-DD" (week start), "price": average paid price, "quantity": units sold}.
CREATE TABLE ml.price_elasticity (
    run_id        bigint NOT NULL REFERENCES ml.model_runs (run_id) ON DELETE CASCADE,
    level         text NOT NULL CHECK (level IN ('category', 'product')),
    category      text NOT NULL,
    product_id    bigint,
    elasticity    double precision,
    std_error     double precision CHECK (std_error >= 0),
    ci_low        double precision,
    ci_high       double precision,
    r_squared     double precision CHECK (r_squared BETWEEN 0 AND 1),
    observations  integer NOT NULL CHECK (observations >= 0),
    price_points  integer NOT NULL CHECK (price_points >= 0),
    reliable      boolean NOT NULL,
    flag          text CHECK (flag IN ('few_observations', 'little_price_variation', 'wide_interval',
                                       'positive_slope', 'poor_fit')),
    points        jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(points) = 'array'),
    CHECK ((level = 'product') = (product_id IS NOT NULL)),
    CHECK (reliable = (flag IS NULL)),
    CHECK (ci_low IS NULL OR ci_high IS NULL OR ci_low <= ci_high)
);
CREATE UNIQUE INDEX price_elasticity_key_idx ON ml.price_elasticity (run_id, level, category, (coalesce(product_id, 0)));

-- ---------------------------------------------------------------- ml: anomalies
-- Days on which a daily business metric left its seasonal baseline. metric is one of revenue,
-- orders, new_users, conversion (share of sessions with a purchase) and events (then event_type
-- names which; '' for the others). score is the robust deviation ((value - baseline) / (1.4826 MAD)).
-- A later detection of the same metric and day updates the numbers but keeps the review: an
-- analyst's accept or dismiss is never lost to a re-run.
CREATE TABLE ml.anomalies (
    anomaly_id    bigserial PRIMARY KEY,
    run_id        bigint REFERENCES ml.model_runs (run_id) ON DELETE SET NULL,
    metric        text NOT NULL CHECK (metric IN ('revenue', 'orders', 'new_users', 'conversion', 'events')),
    event_type    text NOT NULL DEFAULT '' CHECK ((metric = 'events') = (event_type <> '')),
    day           date NOT NULL,
    value         double precision NOT NULL,
    baseline      double precision NOT NULL,
    lower_bound   double precision NOT NULL,
    upper_bound   double precision NOT NULL,
    score         double precision NOT NULL,
    direction     text NOT NULL CHECK (direction IN ('spike', 'drop')),
    severity      text NOT NULL CHECK (severity IN ('low', 'medium', 'high')),
    status        text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'accepted', 'dismissed')),
    reviewed_by   text,
    reviewed_at   timestamptz,
    note          text,
    detected_at   timestamptz NOT NULL DEFAULT now(),
    CHECK (lower_bound <= upper_bound),
    CHECK ((status = 'new') = (reviewed_at IS NULL)),
    CONSTRAINT anomalies_metric_day_unique UNIQUE (metric, event_type, day)
);
CREATE INDEX anomalies_day_idx ON ml.anomalies (day);
