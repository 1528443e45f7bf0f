-- Action plans and recommendations (issue 9): the sources (a monitoring body's evaluation, a
-- national action plan, the coalition's strategy), the recommendations or plan actions they hold,
-- each one's dated history of status changes with evidence, and the evidence documents.
--
-- They describe what governments committed to, not people: every member of the network reads
-- every member's records; the owning organisation changes them, and so may network
-- administrators (any organisation's). A document's bytes are sealed with the owning
-- organisation's key all the same, bound to the document's row.

CREATE TABLE advocacy_sources (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations(id),
  kind text NOT NULL CHECK (kind IN ('greta-evaluation', 'un-treaty-body', 'upr', 'osce', 'national-action-plan', 'coalition-strategy', 'other')),
  name text NOT NULL,
  country char(3),
  date date,
  link text,
  -- A national action plan's period and adopting authority.
  period_start date,
  period_end date,
  adopted_by text,
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start),
  CHECK (kind = 'national-action-plan' OR (period_start IS NULL AND period_end IS NULL AND adopted_by IS NULL))
);
CREATE INDEX advocacy_sources_org ON advocacy_sources (org_id, created_at);

CREATE TABLE recommendations (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations(id),
  source_id uuid NOT NULL REFERENCES advocacy_sources(id),
  text text NOT NULL,
  reference text NOT NULL DEFAULT '',
  country char(3) NOT NULL,
  themes text[] NOT NULL CHECK (cardinality(themes) > 0),
  responsible_authority text NOT NULL DEFAULT '',
  deadline date,
  issued_on date NOT NULL,
  -- The last change's status and date (kept with each change, for lists and filters).
  status text NOT NULL DEFAULT 'not-started'
    CHECK (status IN ('not-started', 'in-progress', 'partially-implemented', 'implemented', 'regressed')),
  status_since date NOT NULL,
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, org_id)
);
CREATE INDEX recommendations_org ON recommendations (org_id, created_at);
CREATE INDEX recommendations_country ON recommendations (country, status);
CREATE INDEX recommendations_source ON recommendations (source_id);
CREATE INDEX recommendations_themes ON recommendations USING gin (themes);

CREATE TABLE recommendation_status_changes (
  id uuid PRIMARY KEY,
  recommendation_id uuid NOT NULL,
  org_id uuid NOT NULL REFERENCES organisations(id),
  FOREIGN KEY (recommendation_id, org_id) REFERENCES recommendations (id, org_id) ON DELETE CASCADE,
  -- Recorded in order: seq orders changes of the same date.
  seq bigint GENERATED ALWAYS AS IDENTITY,
  status text NOT NULL CHECK (status IN ('not-started', 'in-progress', 'partially-implemented', 'implemented', 'regressed')),
  previous text NOT NULL CHECK (previous IN ('not-started', 'in-progress', 'partially-implemented', 'implemented', 'regressed')),
  -- When the change happened, not when it was typed.
  date date NOT NULL,
  evidence text NOT NULL DEFAULT '',
  recorded_by uuid REFERENCES users(id) ON DELETE SET NULL,
  -- The recorder's name as it was (a network administrator of another organisation may record it).
  recorded_by_name text NOT NULL DEFAULT '',
  recorded_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, recommendation_id, org_id)
);
CREATE INDEX recommendation_status_changes_rec ON recommendation_status_changes (recommendation_id, date, seq);

CREATE TABLE recommendation_documents (
  id uuid PRIMARY KEY,
  change_id uuid NOT NULL,
  recommendation_id uuid NOT NULL,
  org_id uuid NOT NULL REFERENCES organisations(id),
  FOREIGN KEY (change_id, recommendation_id, org_id) REFERENCES recommendation_status_changes (id, recommendation_id, org_id) ON DELETE CASCADE,
  name text NOT NULL,
  media_type text NOT NULL CHECK (media_type IN ('application/pdf', 'image/jpeg', 'image/png', 'image/webp')),
  size integer NOT NULL CHECK (size > 0),
  -- HMAC-SHA-256 of the plain content under the organisation key, checked on every download.
  sha256 bytea NOT NULL,
  -- The content, sealed with the organisation key (bound to recommendation_documents.content:<id>).
  content bytea NOT NULL,
  uploaded_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX recommendation_documents_change ON recommendation_documents (change_id, created_at);

-- Every member reads; the owning organisation changes, and network administrators.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['advocacy_sources', 'recommendations', 'recommendation_status_changes', 'recommendation_documents'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY read_members ON %I FOR SELECT USING (app_org_id() IS NOT NULL)', t);
    EXECUTE format('CREATE POLICY insert_own ON %I FOR INSERT WITH CHECK (org_id = app_org_id() OR app_network_admin())', t);
    EXECUTE format('CREATE POLICY update_own ON %I FOR UPDATE USING (org_id = app_org_id() OR app_network_admin()) WITH CHECK (org_id = app_org_id() OR app_network_admin())', t);
    EXECUTE format('CREATE POLICY delete_own ON %I FOR DELETE USING (org_id = app_org_id() OR app_network_admin())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO haven_app_role', t);
  END LOOP;
END $$;
