-- 0009 the Customers page and the user card (issue 6): indexes for its search and for keyset pages
-- in every sort order.
--
-- Keyset pages. The page reads "ORDER BY col, user_id" in parts that are each one range scan of a
-- (col, user_id) index: the rows tying with the last value (col = v AND user_id > id), the rows
-- beyond it (col > v), then the NULL rows by user id (col IS NULL, at the end of the same index).
-- A plain (col, user_id) index serves both directions (a backward scan gives DESC NULLS FIRST; the
-- page asks for NULLs in their own part). Ties are the rule, not the exception (1,000,000 users
-- share 3,600 generated names, 11 RFM segments, a few hundred order counts), so the user id must be
-- in the index: with col alone every page re-sorts its whole tie group.
--
-- crm.users is written by imports only: an index more costs little there.
CREATE INDEX users_full_name_id_idx ON crm.users (full_name, user_id);
CREATE INDEX users_country_id_idx ON crm.users (country, user_id);
CREATE INDEX users_channel_id_idx ON crm.users (acquisition_channel, user_id);
-- (created_at, user_id) answers everything (created_at) did (the dashboard's new users per day).
CREATE INDEX users_created_id_idx ON crm.users (created_at, user_id);
DROP INDEX crm.users_created_at_idx;
-- e-mail is UNIQUE already: its index has no ties to break.

-- Search. Lower case by Unicode rules: the embedded cluster's collation is C, whose lower() leaves
-- Cyrillic alone ("Иван" would never match "иван"); ICU's root locale lowers every script. A server
-- built without ICU falls back to the database's lower(). The expressions below are what the app
-- queries (ui/models/customer_list_query.cpp), so the planner matches them to these indexes.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_collation WHERE collname = 'und-x-icu') THEN
        CREATE FUNCTION crm.search_text(t text) RETURNS text IMMUTABLE STRICT PARALLEL SAFE LANGUAGE sql
            AS $f$ SELECT lower(t COLLATE "und-x-icu") $f$;
    ELSE
        CREATE FUNCTION crm.search_text(t text) RETURNS text IMMUTABLE STRICT PARALLEL SAFE LANGUAGE sql
            AS $f$ SELECT lower(t) $f$;
    END IF;
END $$;
-- One or two characters have no trigram: they look up a prefix of the lower-case name or e-mail in
-- a btree (text_pattern_ops: byte order whatever the collation, which LIKE 'ab%' needs). Three and
-- more find a substring of name and e-mail together, kept lower-cased in search_key (a stored
-- generated column: the page also filters rows by it while walking an index in its sort order,
-- and lowering by ICU on every row read cost three times as much as comparing a stored text),
-- through pg_trgm (0008). Digits look up user_id (primary key) or telegram_id (UNIQUE, 0008).
-- Adding search_key rewrites crm.users once (about 10 s per million users).
ALTER TABLE crm.users
    ADD COLUMN search_key text GENERATED ALWAYS AS (crm.search_text(full_name || ' ' || email)) STORED;
COMMENT ON COLUMN crm.users.search_key IS 'lower-case "full_name email" for the Customers search (generated)';
CREATE INDEX users_name_prefix_idx ON crm.users (crm.search_text(full_name) text_pattern_ops);
CREATE INDEX users_email_prefix_idx ON crm.users (crm.search_text(email) text_pattern_ops);
CREATE INDEX users_search_trgm_idx ON crm.users USING gin (search_key gin_trgm_ops);

-- RFM segments sort in their order of value (Champions first, Lost last, as core/analytics/rfm_segment.h
-- numbers them), not alphabetically in English. Unknown names sort after the known ones.
CREATE FUNCTION ml.rfm_segment_rank(segment text) RETURNS integer
IMMUTABLE PARALLEL SAFE LANGUAGE sql AS $$
    SELECT CASE segment
        WHEN 'Champions' THEN 0 WHEN 'Loyal' THEN 1 WHEN 'Potential loyalists' THEN 2
        WHEN 'New customers' THEN 3 WHEN 'Promising' THEN 4 WHEN 'Need attention' THEN 5
        WHEN 'About to sleep' THEN 6 WHEN 'At risk' THEN 7 WHEN 'Cannot lose them' THEN 8
        WHEN 'Hibernating' THEN 9 WHEN 'Lost' THEN 10
        ELSE CASE WHEN segment IS NULL THEN NULL ELSE 99 END
    END
$$;

-- ml.user_metrics: every model run rewrites its columns, and an update that changes an indexed
-- column is not HOT: it adds an entry to every index of the table whose predicate the new row
-- meets. So each sortable metric gets a *partial* (col, user_id) index over the rows that have a
-- value: the keyset parts ask for col IS NOT NULL / col = v / col > v, which imply it, and the NULL
-- part reads users by id. Rows without a value (users without orders have no RFM, P(alive) or LTV;
-- churn scores only recently active users) cost a rewrite nothing in these indexes. The four
-- full single-column indexes of 0001/0006/0007 are replaced by partial (col, user_id) ones.
-- Measured on 1,000,000 users (bench/README.md, "Customers page and user card"): a page in any
-- order 2-80 ms instead of ~0.4 s for a sort without an index; rewriting all 1M rows' purchase score
-- 24-27 s (35 s with four full (col, user_id) indexes, 42 s with ten); the RFM run's rewrite of its
-- customers is no longer HOT: analyze rfm about +10 s and analyze ltv about +4 s at that size.
DROP INDEX ml.user_metrics_segment_idx;
DROP INDEX ml.user_metrics_churn_idx;
DROP INDEX ml.user_metrics_purchase_idx;
DROP INDEX ml.user_metrics_ltv_predicted_idx;
CREATE INDEX user_metrics_segment_id_idx ON ml.user_metrics (segment_id, user_id) WHERE segment_id IS NOT NULL;
CREATE INDEX user_metrics_rfm_rank_id_idx ON ml.user_metrics (ml.rfm_segment_rank(rfm_segment), user_id)
    WHERE ml.rfm_segment_rank(rfm_segment) IS NOT NULL;
CREATE INDEX user_metrics_frequency_id_idx ON ml.user_metrics (rfm_frequency, user_id) WHERE rfm_frequency IS NOT NULL;
CREATE INDEX user_metrics_monetary_id_idx ON ml.user_metrics (rfm_monetary, user_id) WHERE rfm_monetary IS NOT NULL;
CREATE INDEX user_metrics_recency_id_idx ON ml.user_metrics (rfm_recency_days, user_id)
    WHERE rfm_recency_days IS NOT NULL;
CREATE INDEX user_metrics_purchase_id_idx ON ml.user_metrics (purchase_probability_30d, user_id)
    WHERE purchase_probability_30d IS NOT NULL;
CREATE INDEX user_metrics_churn_id_idx ON ml.user_metrics (churn_probability, user_id)
    WHERE churn_probability IS NOT NULL;
CREATE INDEX user_metrics_p_alive_id_idx ON ml.user_metrics (p_alive, user_id) WHERE p_alive IS NOT NULL;
CREATE INDEX user_metrics_ltv_12m_id_idx ON ml.user_metrics (ltv_12m, user_id) WHERE ltv_12m IS NOT NULL;
CREATE INDEX user_metrics_ltv_predicted_id_idx ON ml.user_metrics (ltv_predicted, user_id)
    WHERE ltv_predicted IS NOT NULL;
