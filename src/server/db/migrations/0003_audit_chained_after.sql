-- The audit trail is chained just after the fact instead of at append time.
--
-- Until now audit_append took one lock for the whole network and kept it until the appending
-- transaction committed (including its round trips and its disk flush), so every audited request
-- ran one at a time: with every read of a person or case audited, that lock was the case page's
-- bottleneck (bench/cases.ts: 13 of 15 busy sessions waiting on it). Now an entry is inserted in
-- the same transaction as the read or change it records (atomically, as before) without any lock,
-- and audit_chain() gives committed entries their sequence number and hash a moment later, one
-- chainer at a time. The chain is as strong as before once chained; an entry waits unchained for
-- well under a second (the platform chains every 200 ms; listing and verifying chain first).

ALTER TABLE audit_log DROP CONSTRAINT audit_log_pkey;
ALTER TABLE audit_log ADD COLUMN id bigint GENERATED ALWAYS AS IDENTITY;
ALTER TABLE audit_log ADD PRIMARY KEY (id);
ALTER TABLE audit_log ALTER COLUMN seq DROP NOT NULL, ALTER COLUMN prev_hash DROP NOT NULL, ALTER COLUMN hash DROP NOT NULL;
CREATE UNIQUE INDEX audit_log_seq ON audit_log (seq);
CREATE INDEX audit_log_unchained ON audit_log (id) WHERE seq IS NULL;
ALTER TABLE audit_log ADD CONSTRAINT audit_log_chained_whole CHECK ((seq IS NULL) = (hash IS NULL) AND (seq IS NULL) = (prev_hash IS NULL));

-- Still append-only: the one change allowed is chaining an unchained entry, nothing else of it.
CREATE OR REPLACE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' THEN
    IF OLD.seq IS NULL AND NEW.seq IS NOT NULL
       AND (NEW.id, NEW.at, NEW.org_id, NEW.actor_id, NEW.actor_email, NEW.action, NEW.record_type, NEW.record_id, NEW.ip, NEW.outcome, NEW.payload)
           IS NOT DISTINCT FROM
           (OLD.id, OLD.at, OLD.org_id, OLD.actor_id, OLD.actor_email, OLD.action, OLD.record_type, OLD.record_id, OLD.ip, OLD.outcome, OLD.payload)
    THEN
      RETURN NEW;
    END IF;
  END IF;
  RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;

-- Appends one entry, unchained, without a lock. Returns its id.
CREATE OR REPLACE FUNCTION audit_append(p_at timestamptz, p_org uuid, p_actor uuid, p_actor_email text, p_action text,
  p_record_type text, p_record_id text, p_ip text, p_outcome text, p_payload text)
RETURNS bigint LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  INSERT INTO audit_log (at, org_id, actor_id, actor_email, action, record_type, record_id, ip, outcome, payload)
  VALUES (p_at, p_org, p_actor, p_actor_email, p_action, p_record_type, p_record_id, p_ip, p_outcome, p_payload)
  RETURNING id
$$;

-- Chains committed unchained entries in the order they were appended, at most p_limit of them:
--   hash = sha256(prev_hash || utf8(seq || "\n" || payload)).
-- One chainer at a time (the lock is held until the caller's transaction ends); appenders never wait.
CREATE FUNCTION audit_chain(p_limit integer DEFAULT 10000) RETURNS integer
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_prev bytea;
  v_seq bigint;
  v_hash bytea;
  v_n integer := 0;
  r record;
BEGIN
  IF NOT EXISTS (SELECT 1 FROM audit_log WHERE seq IS NULL) THEN
    RETURN 0;
  END IF;
  PERFORM pg_advisory_xact_lock(7305, 1);
  SELECT seq, hash INTO v_seq, v_prev FROM audit_log WHERE seq IS NOT NULL ORDER BY seq DESC LIMIT 1;
  v_seq := coalesce(v_seq, 0);
  v_prev := coalesce(v_prev, '\x'::bytea);
  FOR r IN SELECT id, payload FROM audit_log WHERE seq IS NULL ORDER BY id LIMIT p_limit LOOP
    v_seq := v_seq + 1;
    v_hash := sha256(v_prev || convert_to(v_seq::text || E'\n' || r.payload, 'UTF8'));
    UPDATE audit_log SET seq = v_seq, prev_hash = v_prev, hash = v_hash WHERE id = r.id;
    v_prev := v_hash;
    v_n := v_n + 1;
  END LOOP;
  RETURN v_n;
END $$;

GRANT EXECUTE ON FUNCTION audit_chain(integer) TO haven_app_role;
