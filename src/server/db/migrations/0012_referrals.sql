-- Referrals (issue 6): the network's service directory in the structure of Open Referral HSDS 3.0,
-- referrals between organisations with a snapshot of only the shared fields, their history and
-- message thread, in-app notifications, and the network's referral pathways.
--
-- The directory describes services, not people: every member reads all of it; an organisation
-- changes its own entries and network administrators curate every entry.
--
-- A referral is visible to both of its organisations (org_id sends, to_org_id receives). What it
-- carries about the person is sealed with a key of its own (wrapped by the master key, bound to the
-- referral), so that either side's server transaction can open it and neither side's organisation
-- key is ever handed to the other. Erasing the sealed snapshot erases the sharing.

CREATE TABLE directory_organizations (
  id uuid PRIMARY KEY,
  -- The Haven organisation that maintains the entry.
  org_id uuid NOT NULL REFERENCES organisations(id),
  -- The Haven member organisation this entry stands for (referrals to its services go there); null: not on Haven.
  member_org_id uuid REFERENCES organisations(id),
  name text NOT NULL,
  alternate_name text,
  description text NOT NULL DEFAULT '',
  email text,
  website text,
  version integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX directory_organizations_org ON directory_organizations (org_id);
CREATE INDEX directory_organizations_member ON directory_organizations (member_org_id) WHERE member_org_id IS NOT NULL;

CREATE TABLE directory_services (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations(id),
  organization_id uuid NOT NULL REFERENCES directory_organizations(id) ON DELETE CASCADE,
  name text NOT NULL,
  alternate_name text,
  description text NOT NULL DEFAULT '',
  url text,
  email text,
  status text NOT NULL CHECK (status IN ('active', 'inactive', 'defunct', 'temporarily closed')),
  types text[] NOT NULL,
  languages text[] NOT NULL DEFAULT '{}',
  minimum_age smallint,
  maximum_age smallint,
  genders text[] NOT NULL DEFAULT '{}',
  eligibility_description text,
  fees_description text,
  free boolean NOT NULL DEFAULT true,
  application_process text,
  -- [{ id, name, address: { address1, city, region, postalCode, country } }]
  locations jsonb NOT NULL DEFAULT '[]',
  -- [{ id, number, description }]
  phones jsonb NOT NULL DEFAULT '[]',
  -- [{ id, byday, opensAt, closesAt, description }]
  schedules jsonb NOT NULL DEFAULT '[]',
  always_open boolean NOT NULL DEFAULT false,
  time_zone text NOT NULL DEFAULT 'UTC',
  -- From the locations, for search: alpha-3 countries and lower-case cities.
  countries text[] NOT NULL DEFAULT '{}',
  cities text[] NOT NULL DEFAULT '{}',
  version integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (minimum_age IS NULL OR maximum_age IS NULL OR minimum_age <= maximum_age)
);
CREATE INDEX directory_services_organization ON directory_services (organization_id);
CREATE INDEX directory_services_org ON directory_services (org_id);
CREATE INDEX directory_services_types ON directory_services USING gin (types);
CREATE INDEX directory_services_languages ON directory_services USING gin (languages);
CREATE INDEX directory_services_countries ON directory_services USING gin (countries);
CREATE INDEX directory_services_cities ON directory_services USING gin (cities);

CREATE TABLE referral_pathways (
  id uuid PRIMARY KEY,
  -- The organisation of the network administrator who defined it.
  org_id uuid NOT NULL REFERENCES organisations(id),
  name text NOT NULL,
  description text NOT NULL DEFAULT '',
  age_group text NOT NULL CHECK (age_group IN ('adult', 'child', 'any')),
  exploitation_forms text[] NOT NULL DEFAULT '{}',
  steps jsonb NOT NULL,
  archived boolean NOT NULL DEFAULT false,
  version integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE cases ADD COLUMN pathway_id uuid REFERENCES referral_pathways(id) ON DELETE SET NULL;

CREATE TABLE referrals (
  id uuid PRIMARY KEY,
  -- The sending organisation.
  org_id uuid NOT NULL REFERENCES organisations(id),
  to_org_id uuid NOT NULL REFERENCES organisations(id),
  -- The sender's case (only the sender can read it) and the case the receiver opened from the referral.
  case_id uuid REFERENCES cases(id) ON DELETE SET NULL,
  receiver_case_id uuid REFERENCES cases(id) ON DELETE SET NULL,
  service_id uuid REFERENCES directory_services(id) ON DELETE SET NULL,
  service_name text NOT NULL,
  service_types text[] NOT NULL DEFAULT '{}',
  status text NOT NULL CHECK (status IN ('sent', 'accepted', 'declined', 'in-progress', 'completed', 'withdrawn')),
  phase text CHECK (phase IN ('identification', 'first-assistance', 'long-term-assistance', 'return', 'proceedings')),
  from_country char(3) NOT NULL,
  to_country char(3) NOT NULL,
  from_language text NOT NULL,
  to_language text NOT NULL,
  -- Staff of each side, not the person: { name, email, phone }.
  from_liaison jsonb,
  to_liaison jsonb,
  shared_fields text[] NOT NULL,
  -- The referral's own data key, wrapped by the master key (aad referral:<id>).
  wrapped_key bytea NOT NULL,
  -- The shared snapshot (JSON), sealed with the referral's key; null once consent was withdrawn or the person erased.
  sealed_shared bytea,
  basis text NOT NULL CHECK (basis IN ('consent', 'override')),
  consent_id uuid,
  -- The emergency override's reason, sealed with the sender's organisation key: only the sender reads it.
  sealed_override bytea,
  consent_withdrawn_at timestamptz,
  -- The person was erased at the sender (or the case purged): what the referral carried about them is gone.
  erased_at timestamptz,
  sent_by uuid REFERENCES users(id) ON DELETE SET NULL,
  sent_at timestamptz NOT NULL DEFAULT now(),
  accepted_by uuid REFERENCES users(id) ON DELETE SET NULL,
  accepted_at timestamptz,
  declined_at timestamptz,
  closed_at timestamptz,
  version integer NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (org_id <> to_org_id),
  CHECK (basis = 'override' OR sealed_override IS NULL),
  CHECK (basis = 'consent' OR sealed_override IS NOT NULL OR erased_at IS NOT NULL),
  -- The history and the thread name both sides; they must be the referral's.
  UNIQUE (id, org_id, to_org_id)
);
CREATE INDEX referrals_from ON referrals (org_id, sent_at DESC);
CREATE INDEX referrals_to ON referrals (to_org_id, sent_at DESC);
CREATE INDEX referrals_case ON referrals (case_id) WHERE case_id IS NOT NULL;
CREATE INDEX referrals_consent ON referrals (consent_id) WHERE consent_id IS NOT NULL;

-- History of a referral: each change of state, by whom, with its note (sealed with the referral's key).
CREATE TABLE referral_events (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  referral_id uuid NOT NULL,
  org_id uuid NOT NULL REFERENCES organisations(id),
  to_org_id uuid NOT NULL REFERENCES organisations(id),
  FOREIGN KEY (referral_id, org_id, to_org_id) REFERENCES referrals (id, org_id, to_org_id) ON DELETE CASCADE,
  status text NOT NULL,
  side text NOT NULL CHECK (side IN ('sender', 'receiver')),
  actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
  actor_name text NOT NULL,
  sealed_note bytea,
  at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX referral_events_referral ON referral_events (referral_id, id);

CREATE TABLE referral_messages (
  id uuid PRIMARY KEY,
  referral_id uuid NOT NULL,
  org_id uuid NOT NULL REFERENCES organisations(id),
  to_org_id uuid NOT NULL REFERENCES organisations(id),
  FOREIGN KEY (referral_id, org_id, to_org_id) REFERENCES referrals (id, org_id, to_org_id) ON DELETE CASCADE,
  side text NOT NULL CHECK (side IN ('sender', 'receiver')),
  author_id uuid REFERENCES users(id) ON DELETE SET NULL,
  author_name text NOT NULL,
  sealed_body bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX referral_messages_referral ON referral_messages (referral_id, created_at);

-- In-app notifications: for one user of one organisation, about one record.
CREATE TABLE notifications (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations(id),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  kind text NOT NULL,
  referral_id uuid REFERENCES referrals(id) ON DELETE CASCADE,
  created_at timestamptz NOT NULL DEFAULT now(),
  read_at timestamptz
);
CREATE INDEX notifications_user ON notifications (user_id, created_at DESC);
CREATE INDEX notifications_unread ON notifications (user_id) WHERE read_at IS NULL;

-- The directory and the pathways: everyone reads; the maintaining organisation or a network administrator changes.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['directory_organizations', 'directory_services', 'referral_pathways'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY read_all ON %I FOR SELECT USING (true)', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO haven_app_role', t);
  END LOOP;
END $$;
CREATE POLICY change_own ON directory_organizations FOR ALL USING (org_id = app_org_id() OR app_network_admin()) WITH CHECK (org_id = app_org_id() OR app_network_admin());
CREATE POLICY change_own ON directory_services FOR ALL USING (org_id = app_org_id() OR app_network_admin()) WITH CHECK (org_id = app_org_id() OR app_network_admin());
CREATE POLICY change_network ON referral_pathways FOR ALL USING (app_network_admin()) WITH CHECK (app_network_admin());

-- A referral, its history and its thread: both of its organisations read them. Only the sender
-- creates a referral; either side records its own changes; nothing is deleted, except the thread's
-- messages by the sender when the person is erased (see referrals_forget_case below).
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['referrals', 'referral_events', 'referral_messages'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY read_both_sides ON %I FOR SELECT USING (org_id = app_org_id() OR to_org_id = app_org_id())', t);
  END LOOP;
END $$;
CREATE POLICY sender_creates ON referrals FOR INSERT WITH CHECK (org_id = app_org_id());
CREATE POLICY both_sides_change ON referrals FOR UPDATE USING (org_id = app_org_id() OR to_org_id = app_org_id())
  WITH CHECK (org_id = app_org_id() OR to_org_id = app_org_id());
CREATE POLICY both_sides_record ON referral_events FOR INSERT WITH CHECK (org_id = app_org_id() OR to_org_id = app_org_id());
CREATE POLICY sender_erases ON referral_events FOR UPDATE USING (org_id = app_org_id()) WITH CHECK (org_id = app_org_id());
CREATE POLICY both_sides_write ON referral_messages FOR INSERT WITH CHECK (org_id = app_org_id() OR to_org_id = app_org_id());
CREATE POLICY sender_erases ON referral_messages FOR DELETE USING (org_id = app_org_id());
GRANT SELECT, INSERT, UPDATE ON referrals TO haven_app_role;
GRANT SELECT, INSERT, UPDATE ON referral_events TO haven_app_role;
GRANT SELECT, INSERT, DELETE ON referral_messages TO haven_app_role;

ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON notifications USING (org_id = app_org_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON notifications TO haven_app_role;

-- Notifying the other side of a referral: its users are not readable from this organisation's
-- transaction, so this function does it for a referral the caller's organisation is part of. It
-- notifies `p_user` when that user belongs to the other side, else the other side's active
-- administrators and supervisors, and answers whom it notified (for e-mail).
CREATE FUNCTION notify_referral_side(p_referral uuid, p_kind text, p_user uuid)
RETURNS TABLE (user_id uuid, email text, language text)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  r referrals%ROWTYPE;
  target uuid;
BEGIN
  SELECT * INTO r FROM referrals WHERE id = p_referral;
  IF NOT FOUND OR app_org_id() IS NULL OR app_org_id() NOT IN (r.org_id, r.to_org_id) THEN
    RETURN;
  END IF;
  target := CASE WHEN app_org_id() = r.org_id THEN r.to_org_id ELSE r.org_id END;
  RETURN QUERY
    WITH chosen AS (
      SELECT u.id, u.email, u.language FROM users u
      WHERE u.org_id = target AND u.status = 'active'
        AND ((p_user IS NOT NULL AND u.id = p_user)
          OR (NOT EXISTS (SELECT 1 FROM users x WHERE x.id = p_user AND x.org_id = target AND x.status = 'active')
              AND u.roles && ARRAY['org-admin', 'supervisor']))
    ), added AS (
      INSERT INTO notifications (id, org_id, user_id, kind, referral_id)
      SELECT gen_random_uuid(), target, chosen.id, p_kind, p_referral FROM chosen
      RETURNING notifications.user_id
    )
    SELECT chosen.id, chosen.email, chosen.language FROM chosen;
END
$$;
GRANT EXECUTE ON FUNCTION notify_referral_side(uuid, text, uuid) TO haven_app_role;

-- Erasing a person (or purging a case) erases what the sender's referrals hold about them: the
-- shared snapshot, the override's reason, the notes of the history and the thread. A referral not
-- yet answered is withdrawn; the receiver is told in the app.
CREATE FUNCTION referrals_forget_case() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE r record;
BEGIN
  FOR r IN SELECT id, status FROM referrals WHERE case_id = OLD.id AND erased_at IS NULL LOOP
    DELETE FROM referral_messages WHERE referral_id = r.id;
    UPDATE referral_events SET sealed_note = NULL WHERE referral_id = r.id;
    UPDATE referrals SET sealed_shared = NULL, sealed_override = NULL, erased_at = now(), version = version + 1, updated_at = now(),
      status = CASE WHEN status = 'sent' THEN 'withdrawn' ELSE status END,
      closed_at = CASE WHEN status = 'sent' THEN now() ELSE closed_at END
    WHERE id = r.id;
    PERFORM 1 FROM notify_referral_side(r.id, 'referral.erased', NULL);
  END LOOP;
  RETURN OLD;
END
$$;
CREATE TRIGGER referrals_forget_case BEFORE DELETE ON cases FOR EACH ROW EXECUTE FUNCTION referrals_forget_case();
