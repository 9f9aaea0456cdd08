-- 0003 loads: ops.loads becomes the import history; business tables carry the load that wrote each
-- row, and an undo table per tracked table keeps the versions a load replaced, so a rollback
-- restores exactly the state before the load.

ALTER TABLE ops.loads
    ADD COLUMN entity          text,
    ADD COLUMN file_name       text,
    ADD COLUMN file_size       bigint CHECK (file_size >= 0),
    ADD COLUMN file_sha256     text CHECK (file_sha256 ~ '^[0-9a-f]{64}$'),
    ADD COLUMN mode            text CHECK (mode IN ('append', 'upsert', 'replace', 'rollback', 'generate')),
    ADD COLUMN rows_unchanged  bigint NOT NULL DEFAULT 0 CHECK (rows_unchanged >= 0),
    ADD COLUMN rows_deleted    bigint NOT NULL DEFAULT 0 CHECK (rows_deleted >= 0),
    ADD COLUMN error_log_path  text,
    ADD COLUMN rollback_of     bigint REFERENCES ops.loads (load_id),
    ADD COLUMN rolled_back_by  bigint REFERENCES ops.loads (load_id);

ALTER TABLE ops.loads DROP CONSTRAINT loads_format_check;
ALTER TABLE ops.loads ADD CONSTRAINT loads_format_check CHECK (format IN ('csv', 'json', 'synthetic', 'rollback'));
ALTER TABLE ops.loads ADD CONSTRAINT loads_rollback_mode_check CHECK ((mode = 'rollback') = (rollback_of IS NOT NULL));
UPDATE ops.loads SET mode = 'generate' WHERE format = 'synthetic' AND mode IS NULL;

-- "Was this file loaded already?" is asked for every import.
CREATE INDEX loads_sha_idx ON ops.loads (entity, file_sha256) WHERE status = 'succeeded';
CREATE INDEX loads_entity_idx ON ops.loads (entity, load_id DESC);

-- Makes a table load-tracked: a load_id column on the table and ops.undo_<schema>_<table> holding
-- (undo_load_id, undo_action, the table's columns) for rows a load updated or deleted.
-- Later migrations call it for the tables their importers fill.
CREATE FUNCTION ops.track_loads(p_table regclass) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
    undo text;
BEGIN
    -- Named from the schema-qualified table, whatever the search_path prints it as.
    SELECT 'undo_' || n.nspname || '_' || c.relname INTO undo
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.oid = p_table;
    -- Added without a default (no table rewrite, instant even on big tables), then given one for new
    -- rows: bulk writers that cannot name the column (the generator's COPY) set kestrel.load_id.
    EXECUTE format('ALTER TABLE %s ADD COLUMN IF NOT EXISTS load_id bigint', p_table);
    EXECUTE format('ALTER TABLE %s ALTER COLUMN load_id '
                   'SET DEFAULT nullif(current_setting(''kestrel.load_id'', true), '''')::bigint', p_table);
    EXECUTE format('CREATE TABLE IF NOT EXISTS ops.%I ('
                   '  undo_load_id bigint NOT NULL REFERENCES ops.loads (load_id),'
                   '  undo_action text NOT NULL CHECK (undo_action IN (''updated'', ''deleted'')),'
                   '  LIKE %s)', undo, p_table);
    EXECUTE format('CREATE INDEX IF NOT EXISTS %I ON ops.%I (undo_load_id)', undo || '_load_idx', undo);
END $$;

SELECT ops.track_loads('crm.users');
SELECT ops.track_loads('crm.products');
SELECT ops.track_loads('crm.product_prices');
SELECT ops.track_loads('crm.orders');
SELECT ops.track_loads('crm.order_items');
SELECT ops.track_loads('crm.events');

-- A load whose program or connection died leaves a 'running' row behind: its data transaction
-- rolled back, so nothing was stored. A running load holds advisory lock (7411, load_id) for its
-- whole data transaction; a row whose lock is free is stale and is marked failed here.
CREATE FUNCTION ops.mark_interrupted_loads() RETURNS integer
LANGUAGE plpgsql AS $$
DECLARE
    n integer;
BEGIN
    UPDATE ops.loads
       SET status = 'failed', finished_at = now(),
           error = 'interrupted: the program or its connection stopped during the load; nothing was stored'
     WHERE status = 'running'
       AND mode IN ('append', 'upsert', 'replace', 'rollback')
       AND started_at < now() - interval '5 seconds'
       AND pg_try_advisory_xact_lock(7411, load_id::integer);
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END $$;
