-- 0001 foundation: the schemas of the blueprint, the customer tables, model bookkeeping and ops.
-- Applied in one transaction by the migrator; recorded in ops.schema_migrations.

CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE SCHEMA IF NOT EXISTS crm;
CREATE SCHEMA IF NOT EXISTS ml;
CREATE SCHEMA IF NOT EXISTS aff;
CREATE SCHEMA IF NOT EXISTS fin;
CREATE SCHEMA IF NOT EXISTS conv;
CREATE SCHEMA IF NOT EXISTS ops;
CREATE SCHEMA IF NOT EXISTS api;

-- ---------------------------------------------------------------- crm
CREATE TABLE crm.users (
    user_id             bigint PRIMARY KEY CHECK (user_id > 0),
    email               text NOT NULL UNIQUE CHECK (position('@' IN email) > 1),
    full_name           text NOT NULL CHECK (length(full_name) > 0),
    country             char(2) NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
    city                text,
    acquisition_channel text NOT NULL CHECK (acquisition_channel IN
                          ('organic', 'paid_search', 'social', 'affiliate', 'email', 'referral', 'telegram')),
    device              text NOT NULL CHECK (device IN ('desktop', 'mobile', 'tablet')),
    birth_year          smallint CHECK (birth_year BETWEEN 1900 AND 2100),
    created_at          timestamptz NOT NULL
);
CREATE INDEX users_created_at_idx ON crm.users (created_at);

CREATE TABLE crm.products (
    product_id  bigint PRIMARY KEY CHECK (product_id > 0),
    sku         text NOT NULL UNIQUE,
    name        text NOT NULL CHECK (length(name) > 0),
    category    text NOT NULL,
    brand       text,
    base_price  numeric(12, 2) NOT NULL CHECK (base_price > 0),
    unit_cost   numeric(12, 2) CHECK (unit_cost >= 0),
    is_active   boolean NOT NULL DEFAULT true,
    created_at  timestamptz NOT NULL
);
CREATE INDEX products_category_idx ON crm.products (category);

-- Price history: one row per price period; periods of a product never overlap.
CREATE TABLE crm.product_prices (
    product_id  bigint NOT NULL REFERENCES crm.products (product_id) ON DELETE CASCADE,
    valid_from  timestamptz NOT NULL,
    valid_to    timestamptz,
    price       numeric(12, 2) NOT NULL CHECK (price > 0),
    PRIMARY KEY (product_id, valid_from),
    CHECK (valid_to IS NULL OR valid_to > valid_from),
    EXCLUDE USING gist (product_id WITH =, tstzrange(valid_from, valid_to, '[)') WITH &&)
);

CREATE TABLE crm.orders (
    order_id      bigint PRIMARY KEY CHECK (order_id > 0),
    user_id       bigint NOT NULL REFERENCES crm.users (user_id),
    created_at    timestamptz NOT NULL,
    status        text NOT NULL CHECK (status IN ('created', 'paid', 'shipped', 'delivered', 'cancelled', 'refunded')),
    total_amount  numeric(14, 2) NOT NULL CHECK (total_amount >= 0),
    currency      char(3) NOT NULL DEFAULT 'USD' CHECK (currency ~ '^[A-Z]{3}$'),
    channel       text NOT NULL DEFAULT 'web' CHECK (channel IN ('web', 'app', 'telegram', 'phone'))
);
-- Dashboard: orders and revenue per period without touching the heap.
CREATE INDEX orders_created_at_idx ON crm.orders (created_at) INCLUDE (status, total_amount, user_id);
CREATE INDEX orders_user_id_idx ON crm.orders (user_id, created_at);

CREATE TABLE crm.order_items (
    order_id    bigint NOT NULL REFERENCES crm.orders (order_id) ON DELETE CASCADE,
    line_no     smallint NOT NULL CHECK (line_no > 0),
    product_id  bigint NOT NULL REFERENCES crm.products (product_id),
    quantity    integer NOT NULL CHECK (quantity > 0),
    unit_price  numeric(12, 2) NOT NULL CHECK (unit_price >= 0),
    PRIMARY KEY (order_id, line_no)
);
CREATE INDEX order_items_product_id_idx ON crm.order_items (product_id);

-- Behavioural events, partitioned by month (partitions are made on demand by
-- crm.ensure_event_partitions) so old months can be detached and the table distributed later.
CREATE TABLE crm.events (
    event_id     bigint NOT NULL CHECK (event_id > 0),
    user_id      bigint NOT NULL REFERENCES crm.users (user_id),
    product_id   bigint REFERENCES crm.products (product_id),
    order_id     bigint REFERENCES crm.orders (order_id),
    session_id   bigint NOT NULL,
    event_type   text NOT NULL CHECK (event_type IN ('session_start', 'page_view', 'search', 'product_view',
                   'add_to_cart', 'remove_from_cart', 'checkout_start', 'purchase', 'bot_command')),
    occurred_at  timestamptz NOT NULL,
    properties   jsonb,
    PRIMARY KEY (event_id, occurred_at),
    CHECK (event_type <> 'purchase' OR order_id IS NOT NULL)
) PARTITION BY RANGE (occurred_at);
CREATE INDEX events_occurred_user_idx ON crm.events (occurred_at, user_id);
CREATE INDEX events_user_occurred_idx ON crm.events (user_id, occurred_at);

-- Creates the monthly partitions of crm.events covering [p_from, p_to]; returns how many it made.
CREATE FUNCTION crm.ensure_event_partitions(p_from timestamptz, p_to timestamptz) RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    m     timestamp := date_trunc('month', p_from AT TIME ZONE 'UTC');
    made  integer := 0;
    part  text;
BEGIN
    IF p_to < p_from THEN
        RAISE EXCEPTION 'ensure_event_partitions: p_to (%) is before p_from (%)', p_to, p_from;
    END IF;
    WHILE m <= p_to AT TIME ZONE 'UTC' LOOP
        part := format('events_%s', to_char(m, 'YYYY_MM'));
        IF to_regclass(format('crm.%I', part)) IS NULL THEN
            EXECUTE format('CREATE TABLE crm.%I PARTITION OF crm.events FOR VALUES FROM (%L) TO (%L)',
                           part, (m AT TIME ZONE 'UTC'), ((m + interval '1 month') AT TIME ZONE 'UTC'));
            made := made + 1;
        END IF;
        m := m + interval '1 month';
    END LOOP;
    RETURN made;
END $$;

-- Daily roll-up of events for charts; rebuilt for a day range by crm.refresh_events_daily after loads.
CREATE TABLE crm.events_daily (
    day          date NOT NULL,
    event_type   text NOT NULL,
    events       bigint NOT NULL CHECK (events >= 0),
    users        bigint NOT NULL CHECK (users >= 0),
    PRIMARY KEY (day, event_type)
);

CREATE FUNCTION crm.refresh_events_daily(p_from date, p_to date) RETURNS void
LANGUAGE sql AS $$
    DELETE FROM crm.events_daily WHERE day BETWEEN p_from AND p_to;
    INSERT INTO crm.events_daily (day, event_type, events, users)
    SELECT (occurred_at AT TIME ZONE 'UTC')::date, event_type, count(*), count(DISTINCT user_id)
      FROM crm.events
     WHERE occurred_at >= (p_from::timestamp AT TIME ZONE 'UTC')
       AND occurred_at < ((p_to + 1)::timestamp AT TIME ZONE 'UTC')
     GROUP BY 1, 2;
$$;

-- ---------------------------------------------------------------- ml
CREATE TABLE ml.model_runs (
    run_id        bigserial PRIMARY KEY,
    model         text NOT NULL,
    status        text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'succeeded', 'failed', 'cancelled')),
    params        jsonb NOT NULL DEFAULT '{}'::jsonb,
    metrics       jsonb NOT NULL DEFAULT '{}'::jsonb,
    data_from     timestamptz,
    data_to       timestamptz,
    artifact      bytea,
    started_at    timestamptz NOT NULL DEFAULT now(),
    finished_at   timestamptz,
    duration_ms   bigint CHECK (duration_ms >= 0),
    error         text,
    CHECK (finished_at IS NULL OR finished_at >= started_at),
    CHECK (data_to IS NULL OR data_from IS NULL OR data_to >= data_from)
);
CREATE INDEX model_runs_model_idx ON ml.model_runs (model, started_at DESC);

CREATE TABLE ml.user_metrics (
    user_id                    bigint PRIMARY KEY REFERENCES crm.users (user_id) ON DELETE CASCADE,
    computed_at                timestamptz NOT NULL DEFAULT now(),
    model_run_id               bigint REFERENCES ml.model_runs (run_id) ON DELETE SET NULL,
    segment_id                 integer,
    rfm_recency_days           integer CHECK (rfm_recency_days >= 0),
    rfm_frequency              integer CHECK (rfm_frequency >= 0),
    rfm_monetary               numeric(14, 2) CHECK (rfm_monetary >= 0),
    rfm_r                      smallint CHECK (rfm_r BETWEEN 1 AND 5),
    rfm_f                      smallint CHECK (rfm_f BETWEEN 1 AND 5),
    rfm_m                      smallint CHECK (rfm_m BETWEEN 1 AND 5),
    rfm_segment                text,
    purchase_probability_30d   double precision CHECK (purchase_probability_30d BETWEEN 0 AND 1),
    churn_probability          double precision CHECK (churn_probability BETWEEN 0 AND 1),
    p_alive                    double precision CHECK (p_alive BETWEEN 0 AND 1),
    ltv_3m                     numeric(14, 2) CHECK (ltv_3m >= 0),
    ltv_6m                     numeric(14, 2) CHECK (ltv_6m >= 0),
    ltv_12m                    numeric(14, 2) CHECK (ltv_12m >= 0),
    ltv_predicted              numeric(14, 2) CHECK (ltv_predicted >= 0)
);
CREATE INDEX user_metrics_segment_idx ON ml.user_metrics (segment_id);

-- ---------------------------------------------------------------- ops
CREATE TABLE ops.loads (
    load_id         bigserial PRIMARY KEY,
    source          text NOT NULL,
    target_table    text NOT NULL,
    format          text NOT NULL CHECK (format IN ('csv', 'json', 'synthetic')),
    status          text NOT NULL DEFAULT 'running'
                      CHECK (status IN ('running', 'succeeded', 'failed', 'cancelled', 'rolled_back')),
    params          jsonb NOT NULL DEFAULT '{}'::jsonb,
    rows_read       bigint NOT NULL DEFAULT 0 CHECK (rows_read >= 0),
    rows_inserted   bigint NOT NULL DEFAULT 0 CHECK (rows_inserted >= 0),
    rows_updated    bigint NOT NULL DEFAULT 0 CHECK (rows_updated >= 0),
    rows_rejected   bigint NOT NULL DEFAULT 0 CHECK (rows_rejected >= 0),
    started_at      timestamptz NOT NULL DEFAULT now(),
    finished_at     timestamptz,
    created_by      text NOT NULL DEFAULT current_user,
    error           text,
    CHECK (finished_at IS NULL OR finished_at >= started_at)
);
CREATE INDEX loads_started_idx ON ops.loads (started_at DESC);

CREATE TABLE ops.audit_log (
    audit_id     bigserial PRIMARY KEY,
    at           timestamptz NOT NULL DEFAULT now(),
    actor        text NOT NULL DEFAULT current_user,
    action       text NOT NULL CHECK (length(action) > 0),
    object_type  text,
    object_id    text,
    details      jsonb NOT NULL DEFAULT '{}'::jsonb
);
CREATE INDEX audit_log_at_idx ON ops.audit_log (at DESC);
CREATE INDEX audit_log_object_idx ON ops.audit_log (object_type, object_id);

CREATE TABLE ops.settings (
    key         text PRIMARY KEY,
    value       jsonb NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now()
);
