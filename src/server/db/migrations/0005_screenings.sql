-- Identification (issue 4): screenings with the operational indicators of trafficking.
-- The answers and the explained result are sealed (they say which signs of trafficking a person
-- shows); the instrument, its version and the outcome stay plain, for counting.

CREATE TABLE screenings (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations(id),
  instrument_id text NOT NULL,
  instrument_version integer NOT NULL,
  presumed_victim boolean NOT NULL,
  settled boolean NOT NULL,
  -- Sealed JSON: { answers, result } as computed when the screening was saved.
  sealed bytea NOT NULL,
  person_id uuid REFERENCES persons(id) ON DELETE CASCADE,
  case_id uuid REFERENCES cases(id) ON DELETE CASCADE,
  -- A contact (hotline) or an encounter (outreach): the modules of issue 5 give these ids.
  link_type text CHECK (link_type IN ('contact', 'encounter')),
  link_id uuid,
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((link_type IS NULL) = (link_id IS NULL))
);
CREATE INDEX screenings_org ON screenings (org_id, created_at DESC);
CREATE INDEX screenings_person ON screenings (person_id) WHERE person_id IS NOT NULL;
CREATE INDEX screenings_case ON screenings (case_id) WHERE case_id IS NOT NULL;

ALTER TABLE screenings ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON screenings USING (org_id = app_org_id());
GRANT SELECT, INSERT, DELETE ON screenings TO haven_app_role;
