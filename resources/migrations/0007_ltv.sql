-- 0007 customer lifetime value: acquisition spend per channel and month (the CAC side of LTV:CAC),
-- and the per-user LTV columns of an LTV run next to ltv_3m/6m/12m, ltv_predicted and p_alive (0001).

-- What was spent to acquire customers, per acquisition channel and calendar month, in the currency
-- of crm.orders.total_amount. A month is stored as its first day. A channel without rows has an
-- unknown spend (no CAC), which is not the same as a row with spend 0 (a free channel).
CREATE TABLE crm.channel_spend (
    month    date NOT NULL CHECK (month = date_trunc('month', month::timestamp)::date),
    channel  text NOT NULL CHECK (channel IN
               ('organic', 'paid_search', 'social', 'affiliate', 'email', 'referral', 'telegram')),
    spend    numeric(14, 2) NOT NULL CHECK (spend >= 0),
    PRIMARY KEY (month, channel)
);
COMMENT ON TABLE crm.channel_spend IS
    'Acquisition spend per channel and calendar month, in the currency of crm.orders; CAC = spend / new customers of that channel and month.';
COMMENT ON COLUMN crm.channel_spend.month IS 'the first day of the calendar month (UTC)';
COMMENT ON COLUMN crm.channel_spend.channel IS 'an acquisition channel, as crm.users.acquisition_channel';
COMMENT ON COLUMN crm.channel_spend.spend IS 'money spent on acquisition in that month and channel (>= 0)';

-- Imported like the other customer tables: rows carry their load, and a rollback restores them.
SELECT ops.track_loads('crm.channel_spend');

-- Written by an LTV run: which run, the first purchase the horizons count from, the model's expected
-- purchases over three horizons and its expected order value. ltv_3m/6m/12m hold the historical
-- revenue of the first 3/6/12 months after the first purchase (NULL while a horizon has not
-- elapsed), ltv_predicted the model's value and p_alive the chance the customer is still active.
-- ltv_run_id has no foreign key on purpose: every run rewrites it on every customer's row, and the
-- per-row check of a foreign key cost 6–9 s of a million-row write (the rest of the write: 6.5 s). The
-- service writes only the id of the run it has just inserted in the same transaction; what ON DELETE
-- SET NULL would do is done once per statement by the trigger below.
ALTER TABLE ml.user_metrics
    ADD COLUMN ltv_run_id bigint CHECK (ltv_run_id > 0),
    ADD COLUMN first_purchase_at timestamptz,
    ADD COLUMN expected_purchases_30d double precision CHECK (expected_purchases_30d >= 0),
    ADD COLUMN expected_purchases_90d double precision CHECK (expected_purchases_90d >= 0),
    ADD COLUMN expected_purchases_365d double precision CHECK (expected_purchases_365d >= 0),
    ADD COLUMN expected_aov numeric(14, 2) CHECK (expected_aov >= 0);

CREATE FUNCTION ml.forget_deleted_ltv_runs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE ml.user_metrics m SET ltv_run_id = NULL
      FROM deleted_runs d WHERE m.ltv_run_id = d.run_id;
    RETURN NULL;
END;
$$;
CREATE TRIGGER model_runs_forget_ltv AFTER DELETE ON ml.model_runs
    REFERENCING OLD TABLE AS deleted_runs FOR EACH STATEMENT EXECUTE FUNCTION ml.forget_deleted_ltv_runs();

CREATE INDEX user_metrics_ltv_predicted_idx ON ml.user_metrics (ltv_predicted DESC NULLS LAST);

-- Every model run rewrites columns of most rows. With room left on each page the new row version
-- stays on its page and, when no indexed column changes, no index is touched (a HOT update): the
-- first LTV write of a million customers took 13 s with full pages and 6.5 s with half-full ones.
-- Pages written from now on keep the room; existing ones get it when the table is refilled
-- (kestrel generate --replace) or rewritten (VACUUM FULL).
ALTER TABLE ml.user_metrics SET (fillfactor = 50);

-- Each customer's revenue orders in time order, covering what LTV reads (user, time, amount): the
-- history streams them in (user_id, created_at) order from this index alone, with no sort and no
-- per-user hash aggregate over all orders (on 5.5M orders and 2 cores: about 2 s instead of 7 s for
-- the sorted read, 8 s and more for two hash aggregates).
CREATE INDEX orders_revenue_user_idx ON crm.orders (user_id, created_at) INCLUDE (total_amount)
    WHERE status IN ('paid', 'shipped', 'delivered');
