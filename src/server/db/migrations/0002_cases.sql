-- Cases (issue 3): persons, their names and search keys, cases, the work on a case, documents,
-- the case timeline, and each organisation's case settings (reflection period, retention).
-- Sealed columns (bytea) hold AES-256-GCM ciphertext under the organisation's data key, bound to
-- their place (src/server/crypto/org-keys.ts); the database never sees their plain text.

-- Trusted extension: the database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- Who supervises whom: a supervisor sees the cases of the users they supervise.
ALTER TABLE users ADD COLUMN supervisor_id uuid REFERENCES users(id) ON DELETE SET NULL;
CREATE INDEX users_supervisor ON users (supervisor_id) WHERE supervisor_id IS NOT NULL;

CREATE TABLE case_settings (
  org_id uuid PRIMARY KEY REFERENCES organisations(id),
  reflection_days integer NOT NULL DEFAULT 30 CHECK (reflection_days BETWEEN 1 AND 365),
  reminder_days_before integer NOT NULL DEFAULT 7 CHECK (reminder_days_before BETWEEN 0 AND 60),
  -- Closed cases are purged this many months after closure; null: kept until erased.
  retention_months integer CHECK (retention_months BETWEEN 1 AND 1200),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE persons (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations(id),
  version integer NOT NULL DEFAULT 0,
  birth_date date,
  estimated_age smallint,
  estimated_on date,
  gender text,
  citizenships text[] NOT NULL DEFAULT '{}',
  languages text[] NOT NULL DEFAULT '{}',
  vulnerabilities text[] NOT NULL DEFAULT '{}',
  -- Sealed JSON: contact details, identity documents (with their numbers), the guardian.
  contact bytea,
  documents bytea,
  guardian bytea,
  -- Plain facts about the sealed documents that statistics and the UI need without opening them.
  document_held_by_other boolean NOT NULL DEFAULT false,
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK (birth_date IS NULL OR estimated_age IS NULL),
  CHECK ((estimated_age IS NULL) = (estimated_on IS NULL))
);
CREATE INDEX persons_org_birth ON persons (org_id, birth_date);
CREATE INDEX persons_citizenships ON persons USING gin (citizenships);

CREATE TABLE person_names (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations(id),
  person_id uuid NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
  ord smallint NOT NULL,
  given text NOT NULL,
  family text NOT NULL,
  kind text NOT NULL,
  script text
);
CREATE INDEX person_names_person ON person_names (person_id);

-- One row per token of a name: normalised Latin, phonetic skeleton, consonants (src/core/persons).
CREATE TABLE person_name_tokens (
  org_id uuid NOT NULL,
  name_id bigint NOT NULL REFERENCES person_names(id) ON DELETE CASCADE,
  person_id uuid NOT NULL,
  ord smallint NOT NULL,
  norm text NOT NULL,
  skel text NOT NULL,
  coarse text NOT NULL
);
CREATE INDEX person_name_tokens_skel ON person_name_tokens (org_id, skel) INCLUDE (name_id);
CREATE INDEX person_name_tokens_name ON person_name_tokens (name_id) INCLUDE (person_id, ord, norm, skel, coarse);

-- The organisation's vocabulary of skeletons, kept by triggers: search expands a query token into
-- the skeletons it may stand for (same skeleton, same consonants, nearest by trigrams).
CREATE TABLE token_vocab (
  org_id uuid NOT NULL,
  skel text NOT NULL,
  coarse text NOT NULL,
  n integer NOT NULL,
  PRIMARY KEY (org_id, skel)
);
CREATE INDEX token_vocab_coarse ON token_vocab (org_id, coarse);
CREATE INDEX token_vocab_trgm ON token_vocab USING gin (skel gin_trgm_ops);

CREATE FUNCTION token_vocab_count() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    INSERT INTO token_vocab AS v (org_id, skel, coarse, n)
      SELECT org_id, skel, min(coarse), count(*) FROM new_rows GROUP BY org_id, skel
      ON CONFLICT (org_id, skel) DO UPDATE SET n = v.n + EXCLUDED.n;
  ELSE
    UPDATE token_vocab v SET n = v.n - d.k
      FROM (SELECT org_id, skel, count(*) AS k FROM old_rows GROUP BY org_id, skel) d
     WHERE v.org_id = d.org_id AND v.skel = d.skel;
    DELETE FROM token_vocab v USING (SELECT DISTINCT org_id, skel FROM old_rows) d
     WHERE v.org_id = d.org_id AND v.skel = d.skel AND v.n <= 0;
  END IF;
  RETURN NULL;
END
$$;
CREATE TRIGGER token_vocab_insert AFTER INSERT ON person_name_tokens
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION token_vocab_count();
CREATE TRIGGER token_vocab_delete AFTER DELETE ON person_name_tokens
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION token_vocab_count();

CREATE TABLE cases (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations(id),
  person_id uuid NOT NULL REFERENCES persons(id) ON DELETE CASCADE,
  -- Per organisation: 1, 2, 3... shown as the case number.
  number integer NOT NULL,
  version integer NOT NULL DEFAULT 0,
  status text NOT NULL DEFAULT 'active',
  opened_on date NOT NULL,
  closed_at timestamptz,
  closure jsonb,
  closure_note bytea,
  trafficking_status text,
  decided_by text,
  decided_on date,
  exploitation_forms text[] NOT NULL DEFAULT '{}',
  labour_sectors text[] NOT NULL DEFAULT '{}',
  sexual_exploitation_types text[] NOT NULL DEFAULT '{}',
  control_methods text[] NOT NULL DEFAULT '{}',
  recruitment_methods text[] NOT NULL DEFAULT '{}',
  relationship_to_trafficker text,
  events jsonb NOT NULL DEFAULT '[]',
  reflection_starts date,
  reflection_ends date,
  caseworker_id uuid REFERENCES users(id) ON DELETE SET NULL,
  team_ids uuid[] NOT NULL DEFAULT '{}',
  restricted_to uuid[],
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (org_id, number)
);
CREATE INDEX cases_person ON cases (person_id);
CREATE INDEX cases_org_status ON cases (org_id, status);
CREATE INDEX cases_caseworker ON cases (org_id, caseworker_id);
CREATE INDEX cases_team ON cases USING gin (team_ids);
CREATE INDEX cases_closed ON cases (org_id, closed_at) WHERE closed_at IS NOT NULL;

-- The work on a case, one row per entry: consents, assessments, plan objectives, tasks, services,
-- notes, legal proceedings. `data` holds the entry's plain fields (validated by the schemas of
-- src/core/cases); `sealed` its free text (notes, descriptions), sealed JSON.
CREATE TABLE case_entries (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations(id),
  case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  kind text NOT NULL,
  version integer NOT NULL DEFAULT 0,
  data jsonb NOT NULL,
  sealed bytea,
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX case_entries_case ON case_entries (case_id, kind, created_at);
-- "My tasks": open tasks by assignee.
CREATE INDEX case_entries_tasks ON case_entries (org_id, (data->>'assigneeId'), (data->>'due'))
  WHERE kind = 'task' AND (data->>'done') = 'false';

-- Uploaded files: the name and the content are sealed.
CREATE TABLE case_documents (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations(id),
  case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  category text NOT NULL,
  media_type text NOT NULL,
  size integer NOT NULL,
  sha256 bytea NOT NULL,
  name bytea NOT NULL,
  content bytea NOT NULL,
  uploaded_by uuid REFERENCES users(id) ON DELETE SET NULL,
  uploaded_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE case_documents ALTER COLUMN content SET STORAGE EXTERNAL; -- sealed bytes do not compress
CREATE INDEX case_documents_case ON case_documents (case_id, uploaded_at);

-- What happened on a case, in order. Facts only (kinds, ids, codes): no personal data in clear.
CREATE TABLE case_timeline (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations(id),
  case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  at timestamptz NOT NULL DEFAULT now(),
  actor_id uuid REFERENCES users(id) ON DELETE SET NULL,
  event text NOT NULL,
  entry_kind text,
  entry_id uuid,
  detail jsonb NOT NULL DEFAULT '{}'
);
CREATE INDEX case_timeline_case ON case_timeline (case_id, at);

ALTER TABLE case_settings ENABLE ROW LEVEL SECURITY;
ALTER TABLE persons ENABLE ROW LEVEL SECURITY;
ALTER TABLE person_names ENABLE ROW LEVEL SECURITY;
ALTER TABLE person_name_tokens ENABLE ROW LEVEL SECURITY;
ALTER TABLE token_vocab ENABLE ROW LEVEL SECURITY;
ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_entries ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_documents ENABLE ROW LEVEL SECURITY;
ALTER TABLE case_timeline ENABLE ROW LEVEL SECURITY;

CREATE POLICY tenant ON case_settings USING (org_id = app_org_id());
CREATE POLICY tenant ON persons USING (org_id = app_org_id());
CREATE POLICY tenant ON person_names USING (org_id = app_org_id());
CREATE POLICY tenant ON person_name_tokens USING (org_id = app_org_id());
CREATE POLICY tenant ON token_vocab USING (org_id = app_org_id());
CREATE POLICY tenant ON cases USING (org_id = app_org_id());
CREATE POLICY tenant ON case_entries USING (org_id = app_org_id());
CREATE POLICY tenant ON case_documents USING (org_id = app_org_id());
CREATE POLICY tenant ON case_timeline USING (org_id = app_org_id());

-- Name search candidates. The trigram operator is not leakproof, so under row-level security the
-- planner could not use the trigram index; this narrow function runs as the owner and filters by
-- the organisation of the current transaction itself. It returns token keys of the best-scoring
-- names of the caller's organisation, for the re-ranking in src/core/persons/name-match.ts.
CREATE FUNCTION person_name_candidates(p_i int[], p_skel text[], p_coarse text[], p_coarse_cap int, p_vocab_cap int, p_name_cap int)
RETURNS TABLE (name_id bigint, person_id uuid, norm text, skel text, coarse text)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH org AS (SELECT app_org_id() AS id),
  q AS (SELECT * FROM unnest(p_i, p_skel, p_coarse) AS q(i, skel, coarse)),
  e AS (
    SELECT q.i, x.skel, max(x.w) AS w
    FROM q CROSS JOIN LATERAL (
      SELECT v.skel, 1.0::real AS w FROM token_vocab v, org WHERE v.org_id = org.id AND v.skel = q.skel
      UNION ALL
      (SELECT v.skel, 0.9::real FROM token_vocab v, org
        WHERE length(q.coarse) >= 4 AND v.org_id = org.id AND v.coarse = q.coarse ORDER BY v.n DESC LIMIT p_coarse_cap)
      UNION ALL
      (SELECT v.skel, similarity(v.skel, q.skel) FROM token_vocab v, org
        WHERE v.skel % q.skel AND v.org_id = org.id ORDER BY similarity(v.skel, q.skel) DESC, v.n DESC LIMIT p_vocab_cap)
    ) x
    GROUP BY q.i, x.skel
  ),
  h AS (
    SELECT m.name_id, sum(m.best) AS s FROM (
      SELECT p.name_id, e.i, max(e.w) AS best
      FROM e CROSS JOIN LATERAL (SELECT t.name_id FROM person_name_tokens t, org WHERE t.org_id = org.id AND t.skel = e.skel) p
      GROUP BY p.name_id, e.i
    ) m
    GROUP BY m.name_id
    ORDER BY s DESC
    LIMIT p_name_cap
  )
  SELECT t.name_id, t.person_id, t.norm, t.skel, t.coarse
  FROM h JOIN person_name_tokens t ON t.name_id = h.name_id
  WHERE (SELECT id FROM org) IS NOT NULL
  ORDER BY t.name_id, t.ord
$$;

GRANT SELECT, INSERT, UPDATE, DELETE ON case_settings, persons, person_names, person_name_tokens, cases, case_entries, case_documents TO haven_app_role;
GRANT SELECT, INSERT, UPDATE, DELETE ON token_vocab TO haven_app_role;
GRANT SELECT, INSERT, DELETE ON case_timeline TO haven_app_role;
GRANT EXECUTE ON FUNCTION person_name_candidates(int[], text[], text[], int, int, int) TO haven_app_role;
