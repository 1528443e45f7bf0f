-- Counting people once across the network (issue 7). Each organisation uploads one linkage key per
-- person assisted: a keyed Bloom-filter encoding of the person's name, birth date and sex, computed
-- in the browser (or with `haven link --encode`) under a secret the organisations share and the
-- server never receives. The network's count matches the keys across organisations and keeps only
-- counts (linkage_counts); no name, birth date or document number is ever stored here.

CREATE TABLE linkage_keys (
  org_id uuid NOT NULL REFERENCES organisations(id),
  -- Erasing the person erases the key.
  person_id uuid NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
  key bytea NOT NULL,
  PRIMARY KEY (org_id, person_id)
);
CREATE INDEX linkage_keys_person ON linkage_keys (person_id);

-- The organisation's last upload: which scheme, and a fingerprint of the secret (an HMAC of a fixed
-- message under it), so that a network can see that two organisations used different secrets
-- (their keys would never match) without anyone learning the secret.
CREATE TABLE linkage_uploads (
  org_id uuid PRIMARY KEY REFERENCES organisations(id),
  scheme text NOT NULL,
  fingerprint text NOT NULL,
  keys integer NOT NULL,
  uploaded_by uuid REFERENCES users(id) ON DELETE SET NULL,
  uploaded_at timestamptz NOT NULL DEFAULT now()
);

-- The network's count, recomputed after every upload: counts only.
CREATE TABLE linkage_counts (
  id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  raw integer NOT NULL,
  deduplicated integer NOT NULL,
  organisations_with_keys integer NOT NULL,
  -- { "GRC": { "raw": n, "deduplicated": n, "owners": n }, ... } by the organisations' country.
  by_country jsonb NOT NULL,
  -- Organisations whose secret fingerprint differs from the one most organisations used.
  other_secret integer NOT NULL DEFAULT 0,
  computed_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE linkage_keys ENABLE ROW LEVEL SECURITY;
ALTER TABLE linkage_uploads ENABLE ROW LEVEL SECURITY;
ALTER TABLE linkage_counts ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON linkage_keys USING (org_id = app_org_id());
CREATE POLICY tenant ON linkage_uploads USING (org_id = app_org_id());
-- Counts are the network's: every member reads them; only the platform process (the owner) writes them.
CREATE POLICY read_all ON linkage_counts FOR SELECT USING (true);
GRANT SELECT, INSERT, UPDATE, DELETE ON linkage_keys TO haven_app_role;
GRANT SELECT, INSERT, UPDATE, DELETE ON linkage_uploads TO haven_app_role;
GRANT SELECT ON linkage_counts TO haven_app_role;
