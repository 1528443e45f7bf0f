-- Awareness campaigns (issue 8): a campaign, its activities (a seminar, a school lesson, a
-- broadcast...) with the people each reached, and the activities' photos and files.
--
-- Campaigns describe work, not people: every member of the network reads every member's campaigns
-- and activities (like the service directory); only the owning organisation changes them. A file's
-- bytes are sealed with the owning organisation's key all the same (a photo may show faces), bound
-- to the file's row; the server opens them for any member's download.

CREATE TABLE campaigns (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations(id),
  name text NOT NULL,
  goal text NOT NULL DEFAULT '',
  message text NOT NULL DEFAULT '',
  starts_on date NOT NULL,
  ends_on date,
  -- Other member organisations running the campaign together.
  organisation_ids uuid[] NOT NULL DEFAULT '{}',
  -- Partners outside the network.
  partners text[] NOT NULL DEFAULT '{}',
  audiences text[] NOT NULL DEFAULT '{}',
  -- [{ name, country, latitude?, longitude? }]
  cities jsonb NOT NULL DEFAULT '[]',
  budget bigint CHECK (budget IS NULL OR budget >= 0),
  currency char(3),
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (ends_on IS NULL OR ends_on >= starts_on),
  CHECK (budget IS NULL OR currency IS NOT NULL),
  CHECK (jsonb_typeof(cities) = 'array'),
  -- Activities and files name their campaign together with its organisation.
  UNIQUE (id, org_id)
);
CREATE INDEX campaigns_org ON campaigns (org_id, starts_on DESC, created_at DESC);
CREATE INDEX campaigns_starts ON campaigns (starts_on DESC, created_at DESC);
CREATE INDEX campaigns_audiences ON campaigns USING gin (audiences);
CREATE INDEX campaigns_cities ON campaigns USING gin (cities jsonb_path_ops);

CREATE TABLE campaign_activities (
  id uuid PRIMARY KEY,
  campaign_id uuid NOT NULL,
  org_id uuid NOT NULL REFERENCES organisations(id),
  FOREIGN KEY (campaign_id, org_id) REFERENCES campaigns (id, org_id) ON DELETE CASCADE,
  type text NOT NULL CHECK (type IN ('seminar', 'school-lesson', 'lecture', 'round-table', 'working-meeting', 'debate', 'conference',
    'contest', 'broadcast', 'article', 'social-media', 'street-action', 'leaflets')),
  date date NOT NULL,
  -- One of the campaign's cities (as the campaign spells it), or none (a country-wide broadcast).
  city text,
  country char(3) NOT NULL,
  audience text NOT NULL,
  reached integer NOT NULL CHECK (reached >= 0),
  reach_kind text NOT NULL CHECK (reach_kind IN ('counted', 'estimated')),
  title text NOT NULL DEFAULT '',
  description text NOT NULL DEFAULT '',
  materials text NOT NULL DEFAULT '',
  partners text[] NOT NULL DEFAULT '{}',
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (id, campaign_id, org_id)
);
CREATE INDEX campaign_activities_campaign ON campaign_activities (campaign_id, date, created_at);
-- The reach dashboard: by period, for one organisation or the whole network.
CREATE INDEX campaign_activities_org_date ON campaign_activities (org_id, date);
CREATE INDEX campaign_activities_date ON campaign_activities (date);

CREATE TABLE campaign_activity_files (
  id uuid PRIMARY KEY,
  activity_id uuid NOT NULL,
  campaign_id uuid NOT NULL,
  org_id uuid NOT NULL REFERENCES organisations(id),
  FOREIGN KEY (activity_id, campaign_id, org_id) REFERENCES campaign_activities (id, campaign_id, org_id) ON DELETE CASCADE,
  name text NOT NULL,
  media_type text NOT NULL CHECK (media_type IN ('image/jpeg', 'image/png', 'image/webp', 'application/pdf')),
  size integer NOT NULL CHECK (size > 0),
  -- HMAC-SHA-256 of the plain content under the organisation key, checked on every download.
  sha256 bytea NOT NULL,
  -- The content, sealed with the organisation key (bound to campaign_activity_files.content:<id>).
  content bytea NOT NULL,
  uploaded_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX campaign_activity_files_activity ON campaign_activity_files (activity_id, created_at);

-- Every member reads; the owning organisation changes.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['campaigns', 'campaign_activities', 'campaign_activity_files'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY read_members ON %I FOR SELECT USING (app_org_id() IS NOT NULL)', t);
    EXECUTE format('CREATE POLICY insert_own ON %I FOR INSERT WITH CHECK (org_id = app_org_id())', t);
    EXECUTE format('CREATE POLICY update_own ON %I FOR UPDATE USING (org_id = app_org_id()) WITH CHECK (org_id = app_org_id())', t);
    EXECUTE format('CREATE POLICY delete_own ON %I FOR DELETE USING (org_id = app_org_id())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO haven_app_role', t);
  END LOOP;
END $$;
