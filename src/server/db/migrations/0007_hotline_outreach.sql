-- Hotline and outreach (issue 5): contacts with their follow-ups, outreach zones, encounters, and
-- the people met on the street with the dates of their funnel stages. What was said is sealed in
-- the application; the facts the supervisor view counts stay plain. Contacts are found by whole
-- words through keyed hashes (`words`), never by reading their text in the database.

CREATE TABLE hotline_settings (
  org_id uuid PRIMARY KEY REFERENCES organisations(id),
  custom_reasons jsonb NOT NULL DEFAULT '[]',
  hidden_reasons text[] NOT NULL DEFAULT '{}',
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE contacts (
  id uuid PRIMARY KEY,
  -- The order contacts were logged in (list pages continue from it); not shown as a number.
  seq bigint GENERATED ALWAYS AS IDENTITY UNIQUE,
  org_id uuid NOT NULL REFERENCES organisations(id),
  channel text NOT NULL CHECK (channel IN ('phone', 'chat', 'email', 'sms', 'messaging', 'walk-in')),
  direction text NOT NULL CHECK (direction IN ('inbound', 'outbound')),
  started_at timestamptz NOT NULL,
  duration_seconds integer CHECK (duration_seconds BETWEEN 0 AND 86400),
  language text,
  caller text NOT NULL CHECK (caller IN ('person-concerned', 'family-or-friend', 'professional', 'public', 'anonymous')),
  reasons text[] NOT NULL DEFAULT '{}',
  danger text NOT NULL CHECK (danger IN ('none', 'at-risk', 'immediate')),
  emergency_steps text[] NOT NULL DEFAULT '{}',
  -- Sealed JSON: { summary, advice, servicesSuggested }.
  sealed bytea NOT NULL,
  words bytea[] NOT NULL DEFAULT '{}',
  -- A contact about a person is erased with them; a purged case leaves the contact.
  person_id uuid REFERENCES persons(id) ON DELETE CASCADE,
  case_id uuid REFERENCES cases(id) ON DELETE SET NULL,
  operator_id uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  version integer NOT NULL DEFAULT 1
);
CREATE INDEX contacts_org_seq ON contacts (org_id, seq DESC);
CREATE INDEX contacts_org_started ON contacts (org_id, started_at);
CREATE INDEX contacts_words ON contacts USING gin (words);
CREATE INDEX contacts_person ON contacts (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX contacts_case ON contacts (case_id) WHERE case_id IS NOT NULL;

CREATE TABLE contact_followups (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations(id),
  contact_id uuid NOT NULL REFERENCES contacts(id) ON DELETE CASCADE,
  due_on date NOT NULL,
  assignee_id uuid REFERENCES users(id) ON DELETE SET NULL,
  sealed_note bytea,
  done_at timestamptz,
  done_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX contact_followups_contact ON contact_followups (contact_id);
CREATE INDEX contact_followups_open ON contact_followups (org_id, due_on) WHERE done_at IS NULL;

CREATE TABLE outreach_zones (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations(id),
  name text NOT NULL,
  archived boolean NOT NULL DEFAULT false,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX outreach_zones_name ON outreach_zones (org_id, lower(name));

CREATE TABLE encounters (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations(id),
  occurred_at timestamptz NOT NULL,
  zone_id uuid REFERENCES outreach_zones(id),
  -- A coarse place (a district, a station) when no zone fits: never an address or coordinates.
  place text,
  team text NOT NULL,
  people_count integer NOT NULL CHECK (people_count >= 0),
  materials jsonb NOT NULL DEFAULT '{}',
  invitations integer NOT NULL DEFAULT 0 CHECK (invitations >= 0),
  sealed_note bytea,
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK (zone_id IS NOT NULL OR place IS NOT NULL)
);
CREATE INDEX encounters_org ON encounters (org_id, occurred_at DESC);

CREATE TABLE outreach_people (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations(id),
  -- Sealed: how the team recognises the person, without a name.
  sealed_pseudonym bytea NOT NULL,
  zone_id uuid REFERENCES outreach_zones(id),
  place text,
  team text NOT NULL,
  identified_on date NOT NULL,
  engaged_on date,
  visited_on date,
  case_opened_on date,
  case_id uuid REFERENCES cases(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX outreach_people_org ON outreach_people (org_id, identified_on);

CREATE TABLE encounter_people (
  encounter_id uuid NOT NULL REFERENCES encounters(id) ON DELETE CASCADE,
  outreach_person_id uuid NOT NULL REFERENCES outreach_people(id) ON DELETE CASCADE,
  org_id uuid NOT NULL REFERENCES organisations(id),
  position integer NOT NULL,
  -- Sealed JSON: { pseudonym, description } as recorded at this encounter.
  sealed bytea NOT NULL,
  indicators text[] NOT NULL DEFAULT '{}',
  engaged boolean NOT NULL DEFAULT false,
  invited boolean NOT NULL DEFAULT false,
  PRIMARY KEY (encounter_id, outreach_person_id)
);
CREATE INDEX encounter_people_person ON encounter_people (outreach_person_id);

DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['hotline_settings', 'contacts', 'contact_followups', 'outreach_zones', 'encounters', 'outreach_people', 'encounter_people'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant ON %I USING (org_id = app_org_id())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO haven_app_role', t);
  END LOOP;
END $$;
