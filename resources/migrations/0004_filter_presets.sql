-- 0004 filter presets: named filter states of a page (quick filter, sort, hidden columns and the
-- page's own filters, as a JSON object). A preset is personal to its owner (the database role that
-- saved it) or shared with everyone; only the owner may change or delete it. The application asks
-- for that in its SQL, and row-level security holds it for any other client too.

CREATE TABLE ops.filter_presets (
    preset_id   bigserial PRIMARY KEY,
    page        text NOT NULL CHECK (page ~ '^[a-z][a-z0-9_.-]{0,63}$'),
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 200 AND name = btrim(name)),
    owner       text NOT NULL DEFAULT current_user CHECK (length(owner) > 0),
    shared      boolean NOT NULL DEFAULT false,
    filters     jsonb NOT NULL DEFAULT '{}'::jsonb CHECK (jsonb_typeof(filters) = 'object'),
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    CONSTRAINT filter_presets_name_unique UNIQUE (page, owner, name),
    CHECK (updated_at >= created_at)
);
CREATE INDEX filter_presets_shared_idx ON ops.filter_presets (page) WHERE shared;

ALTER TABLE ops.filter_presets ENABLE ROW LEVEL SECURITY;
CREATE POLICY filter_presets_read ON ops.filter_presets FOR SELECT
    USING (owner = current_user OR shared);
CREATE POLICY filter_presets_insert ON ops.filter_presets FOR INSERT
    WITH CHECK (owner = current_user);
CREATE POLICY filter_presets_update ON ops.filter_presets FOR UPDATE
    USING (owner = current_user) WITH CHECK (owner = current_user);
CREATE POLICY filter_presets_delete ON ops.filter_presets FOR DELETE
    USING (owner = current_user);
