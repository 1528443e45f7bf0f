-- E-learning (issue 9): courses written by an organisation's trainers, their published versions,
-- their images; learners' enrolments, quiz attempts and certificates.
--
-- Course material is not personal data: every signed-in member of the network reads published
-- courses, their versions and images (a never-published draft only its own organisation); only the
-- owning organisation changes them. Images are kept as they are (not sealed), and served only to
-- signed-in members.
--
-- What learners do is theirs: enrolments, attempts and certificates are rows of the learner's own
-- organisation (the application also checks the learner's user id: a colleague sees none of them).
-- The owning organisation of a course sees its learners' progress only as counts, through
-- course_learning_stats / course_quiz_stats; the public checks a certificate through
-- certificate_check, which returns the certificate's public fields and nothing else.

CREATE TABLE courses (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations(id),
  -- draft: never published; published: its latest version is offered; archived: no new enrolments.
  status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published', 'archived')),
  -- The draft the trainers edit (checked against the application's schema on every write).
  content jsonb NOT NULL CHECK (jsonb_typeof(content) = 'object'),
  -- The latest published version's number (null: never published).
  published_version integer CHECK (published_version IS NULL OR published_version >= 1),
  created_by uuid REFERENCES users(id) ON DELETE SET NULL,
  version integer NOT NULL DEFAULT 0,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  CHECK ((status = 'draft') = (published_version IS NULL)),
  UNIQUE (id, org_id)
);
CREATE INDEX courses_org ON courses (org_id, updated_at DESC);
CREATE INDEX courses_status ON courses (status, updated_at DESC);

-- Published versions, frozen: enrolments keep theirs, so that a later edit never changes what a learner passed.
CREATE TABLE course_versions (
  course_id uuid NOT NULL,
  org_id uuid NOT NULL,
  FOREIGN KEY (course_id, org_id) REFERENCES courses (id, org_id) ON DELETE CASCADE,
  number integer NOT NULL CHECK (number >= 1),
  content jsonb NOT NULL CHECK (jsonb_typeof(content) = 'object'),
  published_by uuid REFERENCES users(id) ON DELETE SET NULL,
  published_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (course_id, number)
);

CREATE TABLE course_images (
  id uuid PRIMARY KEY,
  course_id uuid NOT NULL,
  org_id uuid NOT NULL,
  FOREIGN KEY (course_id, org_id) REFERENCES courses (id, org_id) ON DELETE CASCADE,
  media_type text NOT NULL CHECK (media_type IN ('image/png', 'image/jpeg', 'image/webp')),
  size integer NOT NULL CHECK (size > 0),
  content bytea NOT NULL,
  uploaded_by uuid REFERENCES users(id) ON DELETE SET NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX course_images_course ON course_images (course_id);

CREATE TABLE enrolments (
  id uuid PRIMARY KEY,
  -- The learner's organisation.
  org_id uuid NOT NULL REFERENCES organisations(id),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  course_id uuid NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
  course_version integer NOT NULL,
  FOREIGN KEY (course_id, course_version) REFERENCES course_versions (course_id, number),
  language text NOT NULL,
  completed_lessons text[] NOT NULL DEFAULT '{}',
  last_lesson_id text,
  status text NOT NULL DEFAULT 'in-progress' CHECK (status IN ('in-progress', 'completed')),
  started_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now(),
  completed_at timestamptz,
  CHECK ((status = 'completed') = (completed_at IS NOT NULL)),
  UNIQUE (user_id, course_id),
  UNIQUE (id, org_id)
);
CREATE INDEX enrolments_course ON enrolments (course_id, org_id);

CREATE TABLE quiz_attempts (
  id uuid PRIMARY KEY,
  enrolment_id uuid NOT NULL,
  org_id uuid NOT NULL,
  FOREIGN KEY (enrolment_id, org_id) REFERENCES enrolments (id, org_id) ON DELETE CASCADE,
  lesson_id text NOT NULL,
  answers jsonb NOT NULL CHECK (jsonb_typeof(answers) = 'object'),
  score integer NOT NULL CHECK (score BETWEEN 0 AND 100),
  passed boolean NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX quiz_attempts_enrolment ON quiz_attempts (enrolment_id, lesson_id, created_at);

-- Issued once per enrolment; the names as issued (a later rename of the learner or the course does not change it).
CREATE TABLE certificates (
  code text PRIMARY KEY CHECK (code ~ '^HVN-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$'),
  enrolment_id uuid NOT NULL UNIQUE,
  org_id uuid NOT NULL,
  FOREIGN KEY (enrolment_id, org_id) REFERENCES enrolments (id, org_id) ON DELETE CASCADE,
  learner_name text NOT NULL,
  course_title text NOT NULL,
  -- The organisation that gives the course.
  organisation text NOT NULL,
  issued_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE courses ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_members ON courses FOR SELECT USING (app_org_id() IS NOT NULL AND (status <> 'draft' OR org_id = app_org_id()));
CREATE POLICY insert_own ON courses FOR INSERT WITH CHECK (org_id = app_org_id());
CREATE POLICY update_own ON courses FOR UPDATE USING (org_id = app_org_id()) WITH CHECK (org_id = app_org_id());
CREATE POLICY delete_own ON courses FOR DELETE USING (org_id = app_org_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON courses TO haven_app_role;

-- Versions exist only for published courses; images: the application shows them with their course.
DO $$
DECLARE t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['course_versions', 'course_images'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY read_members ON %I FOR SELECT USING (app_org_id() IS NOT NULL AND EXISTS (SELECT 1 FROM courses c WHERE c.id = course_id))', t);
    EXECUTE format('CREATE POLICY insert_own ON %I FOR INSERT WITH CHECK (org_id = app_org_id())', t);
    EXECUTE format('CREATE POLICY update_own ON %I FOR UPDATE USING (org_id = app_org_id()) WITH CHECK (org_id = app_org_id())', t);
    EXECUTE format('CREATE POLICY delete_own ON %I FOR DELETE USING (org_id = app_org_id())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO haven_app_role', t);
  END LOOP;
  FOREACH t IN ARRAY ARRAY['enrolments', 'quiz_attempts', 'certificates'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format('CREATE POLICY tenant ON %I USING (org_id = app_org_id()) WITH CHECK (org_id = app_org_id())', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO haven_app_role', t);
  END LOOP;
END $$;

-- The public check of a certificate: its public fields, for one exact code.
CREATE FUNCTION certificate_check(p_code text)
RETURNS TABLE (code text, learner_name text, course_title text, organisation text, issued_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT code, learner_name, course_title, organisation, issued_at FROM certificates WHERE code = p_code
$$;

-- Completion of a course of the caller's organisation, per learner organisation: counts only.
CREATE FUNCTION course_learning_stats(p_course uuid)
RETURNS TABLE (org_id uuid, org_name text, enrolled integer, completed integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT e.org_id, o.name, count(*)::int, count(*) FILTER (WHERE e.status = 'completed')::int
    FROM enrolments e JOIN courses c ON c.id = e.course_id JOIN organisations o ON o.id = e.org_id
   WHERE e.course_id = p_course AND c.org_id = app_org_id()
   GROUP BY e.org_id, o.name
$$;

-- Per learner organisation and quiz lesson: attempts, the mean of each learner's best score, learners who passed.
CREATE FUNCTION course_quiz_stats(p_course uuid)
RETURNS TABLE (org_id uuid, lesson_id text, attempts integer, mean_best_score double precision, passed integer)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH best AS (
    SELECT e.org_id, a.lesson_id, a.enrolment_id, count(*)::int AS attempts, max(a.score) AS best, bool_or(a.passed) AS passed
      FROM quiz_attempts a JOIN enrolments e ON e.id = a.enrolment_id JOIN courses c ON c.id = e.course_id
     WHERE e.course_id = p_course AND c.org_id = app_org_id()
     GROUP BY e.org_id, a.lesson_id, a.enrolment_id
  )
  SELECT org_id, lesson_id, sum(attempts)::int, avg(best)::double precision, count(*) FILTER (WHERE passed)::int
    FROM best GROUP BY org_id, lesson_id
$$;

GRANT EXECUTE ON FUNCTION certificate_check(text), course_learning_stats(uuid), course_quiz_stats(uuid) TO haven_app_role;
