-- Background exports (issue 7): a user asks for a list, the HTCDS case file or the anonymised CTDC
-- file; a job writes it in the background as that user (row-level security applies) and keeps the
-- file sealed under the organisation's key until it expires (24 hours after it was asked for).

CREATE TABLE exports (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations(id),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  kind text NOT NULL,
  format text NOT NULL,
  options jsonb NOT NULL DEFAULT '{}',
  status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'failed')),
  done_count integer NOT NULL DEFAULT 0,
  total_count integer,
  -- A stable code only (common:errors.<code>), never a message.
  error_code text,
  -- What the job reports when done (no personal data), e.g. the CTDC export's suppressions.
  report jsonb,
  file_name text,
  content_type text,
  -- The file, sealed with the organisation's key (place exports.file:<id>).
  file bytea,
  file_size integer,
  created_at timestamptz NOT NULL DEFAULT now(),
  started_at timestamptz,
  -- The lease of a running job: its runner writes this every ~10 s and with its progress; a job
  -- whose heartbeat is older than 2 minutes is taken for the job of a process that died.
  heartbeat_at timestamptz,
  -- How many times the job was claimed: a job that keeps killing its process fails after 3.
  attempts integer NOT NULL DEFAULT 0,
  finished_at timestamptz,
  expires_at timestamptz NOT NULL DEFAULT now() + interval '24 hours',
  CHECK (status = 'done' OR file IS NULL)
);
CREATE INDEX exports_user ON exports (user_id, created_at DESC);
CREATE INDEX exports_queue ON exports (created_at) WHERE status = 'queued';
CREATE INDEX exports_expiry ON exports (expires_at);
CREATE INDEX exports_running ON exports (heartbeat_at) WHERE status = 'running';

ALTER TABLE exports ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON exports USING (org_id = app_org_id()) WITH CHECK (org_id = app_org_id());
GRANT SELECT, INSERT, UPDATE, DELETE ON exports TO haven_app_role;

-- The runner works for every organisation: these functions are its only way across them. They
-- answer ids only; the job itself then runs in its organisation's transaction.

-- Claims the oldest queued job (running from now on, its lease fresh, one more attempt) and
-- answers who it is for and which attempt this is (the runner's later writes name it, so that a
-- runner whose job was taken over writes nothing more).
CREATE FUNCTION exports_claim() RETURNS TABLE (id uuid, org_id uuid, user_id uuid, attempts integer)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  RETURN QUERY
    UPDATE exports e SET status = 'running', started_at = now(), heartbeat_at = now(), done_count = 0, attempts = e.attempts + 1
     WHERE e.id = (SELECT q.id FROM exports q WHERE q.status = 'queued' AND q.expires_at > now()
                    ORDER BY q.created_at, q.id LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING e.id, e.org_id, e.user_id, e.attempts;
END
$$;
GRANT EXECUTE ON FUNCTION exports_claim() TO haven_app_role;

-- Every minute and at start: running jobs whose lease lapsed (no heartbeat for p_stale_seconds:
-- their process died) are queued again, or failed with `internal` once they were claimed
-- p_max_attempts times. Jobs with a live heartbeat (another process runs them) are left alone.
CREATE FUNCTION exports_requeue(p_stale_seconds integer, p_max_attempts integer) RETURNS TABLE (requeued integer, failed integer)
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH lapsed AS (
    SELECT id FROM exports
     WHERE status = 'running'
       AND coalesce(heartbeat_at, started_at, created_at) < now() - make_interval(secs => p_stale_seconds)
     FOR UPDATE SKIP LOCKED
  ), changed AS (
    UPDATE exports e
       SET status = CASE WHEN e.attempts >= p_max_attempts THEN 'failed' ELSE 'queued' END,
           error_code = CASE WHEN e.attempts >= p_max_attempts THEN 'internal' ELSE NULL END,
           finished_at = CASE WHEN e.attempts >= p_max_attempts THEN now() ELSE NULL END,
           started_at = CASE WHEN e.attempts >= p_max_attempts THEN e.started_at ELSE NULL END,
           heartbeat_at = NULL,
           done_count = CASE WHEN e.attempts >= p_max_attempts THEN e.done_count ELSE 0 END
      FROM lapsed WHERE e.id = lapsed.id
    RETURNING e.status
  )
  SELECT count(*) FILTER (WHERE status = 'queued')::int, count(*) FILTER (WHERE status = 'failed')::int FROM changed
$$;
GRANT EXECUTE ON FUNCTION exports_requeue(integer, integer) TO haven_app_role;

-- Deletes expired jobs and their files. Answers how many.
CREATE FUNCTION exports_expire() RETURNS integer
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  WITH gone AS (DELETE FROM exports WHERE expires_at <= now() RETURNING 1)
  SELECT count(*)::int FROM gone
$$;
GRANT EXECUTE ON FUNCTION exports_expire() TO haven_app_role;
