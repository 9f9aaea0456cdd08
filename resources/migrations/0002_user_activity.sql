-- 0002 user activity roll-up: which UTC days each user had any event, one row per user and month.
-- Distinct active users over a day range then read one small row per user instead of every event:
-- the dashboard's active-user and conversion tiles on 20M events drop from a distinct over
-- millions of events to counting rows of one month.
--
-- days holds two months of bits: bit d-1 is day d of `month`, bit 32+d-1 is day d of the month
-- before. A row exists when the user was active in either, so any window that starts no earlier
-- than the first day of the previous month (every window of up to 28 days, most of 30) is
-- answered by the rows of its last month alone, with no de-duplication.
-- Derived data, rebuilt by crm.refresh_events_daily for the months a load touched.

CREATE TABLE crm.user_activity_monthly (
    month    date NOT NULL CHECK (extract(day FROM month) = 1),
    user_id  bigint NOT NULL,
    days     bigint NOT NULL CHECK (days <> 0),
    PRIMARY KEY (month, user_id)
);

-- The bits of p_month's days that fall inside [p_from, p_to]; 0 when they do not meet. A single
-- expression, so the planner inlines it instead of calling a function per row.
CREATE FUNCTION crm.activity_mask(p_month date, p_from date, p_to date) RETURNS bigint
IMMUTABLE PARALLEL SAFE LANGUAGE sql AS $$
    SELECT CASE
        WHEN LEAST(p_to, (p_month + interval '1 month')::date - 1) < GREATEST(p_from, p_month) THEN 0::bigint
        ELSE (1::bigint << (LEAST(p_to, (p_month + interval '1 month')::date - 1) - p_month + 1))
              - (1::bigint << (GREATEST(p_from, p_month) - p_month))
    END
$$;

-- Distinct users with any event in the closed UTC day range [p_from, p_to].
CREATE FUNCTION crm.active_users(p_from date, p_to date) RETURNS bigint
STABLE PARALLEL SAFE LANGUAGE plpgsql AS $$
DECLARE
    last_month  date := date_trunc('month', p_to)::date;
    prev_month  date := (date_trunc('month', p_to) - interval '1 month')::date;
    n           bigint;
BEGIN
    IF p_from > p_to THEN
        RETURN 0;
    END IF;
    IF p_from >= prev_month THEN
        SELECT count(*) INTO n
          FROM crm.user_activity_monthly
         WHERE month = last_month
           AND days & (crm.activity_mask(last_month, p_from, p_to)
                       | (crm.activity_mask(prev_month, p_from, p_to) << 32)) <> 0;
    ELSE
        -- Longer windows: each month's own bits, de-duplicated across months.
        SELECT count(*) INTO n FROM (
            SELECT user_id
              FROM crm.user_activity_monthly
             WHERE month >= date_trunc('month', p_from)::date AND month <= p_to
               AND days & crm.activity_mask(month, p_from, p_to) <> 0
             GROUP BY user_id) AS active;
    END IF;
    RETURN n;
END $$;

CREATE FUNCTION crm.refresh_user_activity(p_from date, p_to date) RETURNS void
LANGUAGE sql AS $$
    -- Rows of month m carry m-1's days too, so the month after p_to is rebuilt as well.
    DELETE FROM crm.user_activity_monthly
     WHERE month >= date_trunc('month', p_from)::date
       AND month <= (date_trunc('month', p_to) + interval '1 month')::date;
    WITH own AS (
        SELECT date_trunc('month', occurred_at AT TIME ZONE 'UTC')::date AS month,
               user_id,
               bit_or(1::bigint << (extract(day FROM occurred_at AT TIME ZONE 'UTC')::integer - 1)) AS days
          FROM crm.events
         WHERE occurred_at >= ((date_trunc('month', p_from) - interval '1 month')::timestamp AT TIME ZONE 'UTC')
           AND occurred_at < ((date_trunc('month', p_to) + interval '2 month')::timestamp AT TIME ZONE 'UTC')
         GROUP BY 1, 2)
    INSERT INTO crm.user_activity_monthly (month, user_id, days)
    SELECT month, user_id, bit_or(days)
      FROM (SELECT month, user_id, days FROM own
            UNION ALL
            SELECT (month + interval '1 month')::date, user_id, days << 32 FROM own) AS both_months
     WHERE month >= date_trunc('month', p_from)::date
       AND month <= (date_trunc('month', p_to) + interval '1 month')::date
     GROUP BY 1, 2;
$$;

-- Loads keep calling refresh_events_daily; it now refreshes the activity roll-up as well.
CREATE OR REPLACE FUNCTION crm.refresh_events_daily(p_from date, p_to date) RETURNS void
LANGUAGE sql AS $$
    DELETE FROM crm.events_daily WHERE day BETWEEN p_from AND p_to;
    INSERT INTO crm.events_daily (day, event_type, events, users)
    SELECT (occurred_at AT TIME ZONE 'UTC')::date, event_type, count(*), count(DISTINCT user_id)
      FROM crm.events
     WHERE occurred_at >= (p_from::timestamp AT TIME ZONE 'UTC')
       AND occurred_at < ((p_to + 1)::timestamp AT TIME ZONE 'UTC')
     GROUP BY 1, 2;
    SELECT crm.refresh_user_activity(p_from, p_to);
$$;

-- Existing data (databases migrated from 0001) gets its roll-up now.
SELECT crm.refresh_user_activity(min(occurred_at AT TIME ZONE 'UTC')::date, max(occurred_at AT TIME ZONE 'UTC')::date)
  FROM crm.events
HAVING count(*) > 0;
ANALYZE crm.user_activity_monthly;
