-- Peer-to-peer exchange and the coalition strategy (issue 9): capacity self-assessments (kept,
-- every submission dated), what each member offers, the exchanges between two members with their
-- follow-up notes, and the coalition's goals, activities and members' commitments.
--
-- None of it is personal data: every member reads every member's records. Each organisation
-- writes its own assessments, offers and commitments; an exchange is changed by either of its two
-- parties; goals and activities by network administrators only.

CREATE TABLE capacity_assessments (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations(id),
  -- [{ area, rating (1-4), note }]
  ratings jsonb NOT NULL,
  priorities text[] NOT NULL DEFAULT '{}',
  languages text[] NOT NULL DEFAULT '{}',
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (jsonb_typeof(ratings) = 'array')
);
CREATE INDEX capacity_assessments_org ON capacity_assessments (org_id, created_at DESC);

CREATE TABLE capacity_offers (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations(id),
  area text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('study-visit', 'training', 'mentoring', 'materials', 'secondment')),
  description text NOT NULL,
  languages text[] NOT NULL DEFAULT '{}',
  capacity_per_year integer CHECK (capacity_per_year IS NULL OR capacity_per_year > 0),
  status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'closed')),
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX capacity_offers_org ON capacity_offers (org_id, created_at);
CREATE INDEX capacity_offers_area ON capacity_offers (area, status);

CREATE TABLE capacity_exchanges (
  id uuid PRIMARY KEY,
  -- The offer it came from (an offer with exchanges is closed, not deleted).
  offer_id uuid REFERENCES capacity_offers(id),
  provider_org_id uuid NOT NULL REFERENCES organisations(id),
  receiver_org_id uuid NOT NULL REFERENCES organisations(id),
  -- The organisation that proposed it: one of the two.
  org_id uuid NOT NULL REFERENCES organisations(id),
  area text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('study-visit', 'training', 'mentoring', 'materials', 'secondment')),
  description text NOT NULL DEFAULT '',
  status text NOT NULL DEFAULT 'proposed' CHECK (status IN ('proposed', 'agreed', 'in-progress', 'done', 'cancelled')),
  starts_on date,
  ends_on date,
  participants integer CHECK (participants IS NULL OR participants > 0),
  outcome_rating smallint CHECK (outcome_rating BETWEEN 1 AND 5),
  rating_before smallint CHECK (rating_before BETWEEN 1 AND 4),
  rating_after smallint CHECK (rating_after BETWEEN 1 AND 4),
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (provider_org_id <> receiver_org_id),
  CHECK (org_id IN (provider_org_id, receiver_org_id)),
  CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
);
CREATE INDEX capacity_exchanges_provider ON capacity_exchanges (provider_org_id, created_at DESC);
CREATE INDEX capacity_exchanges_receiver ON capacity_exchanges (receiver_org_id, created_at DESC);
CREATE INDEX capacity_exchanges_offer ON capacity_exchanges (offer_id);

CREATE TABLE capacity_exchange_notes (
  id uuid PRIMARY KEY,
  exchange_id uuid NOT NULL REFERENCES capacity_exchanges(id),
  -- The party that wrote it.
  org_id uuid NOT NULL REFERENCES organisations(id),
  noted_on date NOT NULL,
  text text NOT NULL,
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX capacity_exchange_notes_exchange ON capacity_exchange_notes (exchange_id, noted_on, created_at);

CREATE TABLE strategy_goals (
  id uuid PRIMARY KEY,
  title text NOT NULL,
  description text NOT NULL DEFAULT '',
  period_start date NOT NULL,
  period_end date NOT NULL,
  indicators text[] NOT NULL DEFAULT '{}',
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (period_end >= period_start)
);

CREATE TABLE strategy_activities (
  id uuid PRIMARY KEY,
  goal_id uuid NOT NULL REFERENCES strategy_goals(id),
  title text NOT NULL,
  target text NOT NULL DEFAULT '',
  due_on date,
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX strategy_activities_goal ON strategy_activities (goal_id, created_at);

CREATE TABLE strategy_commitments (
  id uuid PRIMARY KEY,
  activity_id uuid NOT NULL REFERENCES strategy_activities(id),
  org_id uuid NOT NULL REFERENCES organisations(id),
  what text NOT NULL,
  by_when date,
  progress smallint NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
  status text NOT NULL DEFAULT 'committed' CHECK (status IN ('committed', 'in-progress', 'done', 'withdrawn')),
  -- [{ on, progress, note, status }], oldest first.
  updates jsonb NOT NULL DEFAULT '[]',
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (jsonb_typeof(updates) = 'array'),
  -- An organisation commits once to an activity (and updates that commitment).
  UNIQUE (activity_id, org_id)
);
CREATE INDEX strategy_commitments_org ON strategy_commitments (org_id);

-- Every member reads; the owning organisation writes.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['capacity_assessments', 'capacity_offers', 'capacity_exchange_notes', 'strategy_commitments'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY read_members ON %I FOR SELECT USING (app_org_id() IS NOT NULL)', t);
    EXECUTE format('CREATE POLICY insert_own ON %I FOR INSERT WITH CHECK (org_id = app_org_id())', t);
    EXECUTE format('CREATE POLICY update_own ON %I FOR UPDATE USING (org_id = app_org_id()) WITH CHECK (org_id = app_org_id())', t);
    EXECUTE format('CREATE POLICY delete_own ON %I FOR DELETE USING (org_id = app_org_id())', t);
  END LOOP;
END $$;
-- Assessments and notes are kept: no change, no removal.
DROP POLICY update_own ON capacity_assessments;
DROP POLICY delete_own ON capacity_assessments;
DROP POLICY update_own ON capacity_exchange_notes;
DROP POLICY delete_own ON capacity_exchange_notes;
-- A note is written by a party of its exchange.
DROP POLICY insert_own ON capacity_exchange_notes;
CREATE POLICY insert_party ON capacity_exchange_notes FOR INSERT WITH CHECK (
  org_id = app_org_id()
  AND EXISTS (SELECT 1 FROM capacity_exchanges x WHERE x.id = exchange_id AND app_org_id() IN (x.provider_org_id, x.receiver_org_id))
);
GRANT SELECT, INSERT ON capacity_assessments, capacity_exchange_notes TO haven_app_role;
GRANT SELECT, INSERT, UPDATE, DELETE ON capacity_offers TO haven_app_role;
-- A commitment changes its content and progress, never its activity or organisation.
GRANT SELECT, INSERT, UPDATE (what, by_when, progress, status, updates, version, updated_at) ON strategy_commitments TO haven_app_role;

-- An exchange: every member reads it; either party changes it; the proposer is one of them.
ALTER TABLE capacity_exchanges ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_members ON capacity_exchanges FOR SELECT USING (app_org_id() IS NOT NULL);
CREATE POLICY insert_party ON capacity_exchanges FOR INSERT
  WITH CHECK (org_id = app_org_id() AND app_org_id() IN (provider_org_id, receiver_org_id));
CREATE POLICY update_party ON capacity_exchanges FOR UPDATE
  USING (app_org_id() IN (provider_org_id, receiver_org_id))
  WITH CHECK (app_org_id() IN (provider_org_id, receiver_org_id));
-- A party changes the state of an exchange, never who the parties are, who proposed it, its offer or area,
-- nor the receiver's rating when it was proposed (the policy alone would let a party swap the other one).
GRANT SELECT, INSERT, UPDATE (status, description, starts_on, ends_on, participants, outcome_rating, rating_after, version, updated_at)
  ON capacity_exchanges TO haven_app_role;

-- Goals and activities: every member reads; network administrators write.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['strategy_goals', 'strategy_activities'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY read_members ON %I FOR SELECT USING (app_org_id() IS NOT NULL)', t);
    EXECUTE format('CREATE POLICY insert_admins ON %I FOR INSERT WITH CHECK (app_network_admin())', t);
    EXECUTE format('CREATE POLICY update_admins ON %I FOR UPDATE USING (app_network_admin()) WITH CHECK (app_network_admin())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE ON %I TO haven_app_role', t);
  END LOOP;
END $$;
