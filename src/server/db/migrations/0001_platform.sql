-- Haven platform: network, organisations, users, sessions, tokens, audit trail.
-- Released migrations are never edited: add a new numbered file instead.

-- The group role that request handling runs as. It is neither superuser nor
-- able to bypass row-level security; the login role Haven connects with is a
-- member of it (created at start-up, see src/server/db/roles.ts).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'haven_app_role') THEN
    CREATE ROLE haven_app_role NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- created meanwhile by a migration of another database in the same cluster
END
$$;

-- The tenant context of the current transaction (set with set_config(..., true)).
CREATE FUNCTION app_org_id() RETURNS uuid LANGUAGE sql STABLE AS
$$ SELECT nullif(current_setting('app.org_id', true), '')::uuid $$;
CREATE FUNCTION app_network_admin() RETURNS boolean LANGUAGE sql STABLE AS
$$ SELECT coalesce(current_setting('app.network_admin', true), '') = 'on' $$;

CREATE TABLE network (
  id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  name text NOT NULL,
  languages text[] NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE organisations (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  country char(3) NOT NULL,
  type text NOT NULL,
  wrapped_key bytea NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX organisations_name ON organisations (lower(name));

CREATE TABLE users (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations(id),
  email text NOT NULL,
  name text NOT NULL,
  roles text[] NOT NULL,
  language text NOT NULL DEFAULT 'en',
  password_hash text,
  status text NOT NULL CHECK (status IN ('active', 'invited', 'disabled')),
  totp_secret bytea,
  totp_pending bytea,
  totp_enabled_at timestamptz,
  totp_last_step bigint NOT NULL DEFAULT 0,
  failed_signins integer NOT NULL DEFAULT 0,
  last_failed_at timestamptz,
  locked_at timestamptz,
  last_sign_in_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email ON users (lower(email));
CREATE INDEX users_org ON users (org_id);

CREATE TABLE recovery_codes (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations(id),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  code_hash bytea NOT NULL,
  used_at timestamptz
);
CREATE INDEX recovery_codes_user ON recovery_codes (user_id);

CREATE TABLE invitations (
  token_hash bytea PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations(id),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  created_by uuid REFERENCES users(id),
  expires_at timestamptz NOT NULL,
  accepted_at timestamptz
);

CREATE TABLE sessions (
  token_hash bytea PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations(id),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token text NOT NULL,
  second_factor boolean NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_seen_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE api_tokens (
  id uuid PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations(id),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  name text NOT NULL,
  token_hash bytea NOT NULL UNIQUE,
  created_at timestamptz NOT NULL DEFAULT now(),
  last_used_at timestamptz,
  revoked_at timestamptz
);
CREATE INDEX api_tokens_user ON api_tokens (user_id);

-- Failed sign-ins by source address (not tenant data: the address is not yet anyone's).
CREATE TABLE signin_addresses (
  ip text PRIMARY KEY,
  failures integer NOT NULL DEFAULT 0,
  window_start timestamptz NOT NULL DEFAULT now(),
  locked_at timestamptz
);

-- The audit trail: append-only and hash-chained. seq has no gaps; each entry's
-- hash covers the previous entry's hash and this entry's canonical payload.
CREATE TABLE audit_log (
  seq bigint PRIMARY KEY,
  at timestamptz NOT NULL,
  org_id uuid,
  actor_id uuid,
  actor_email text,
  action text NOT NULL,
  record_type text,
  record_id text,
  ip text,
  outcome text NOT NULL CHECK (outcome IN ('success', 'failure', 'denied')),
  payload text NOT NULL,
  prev_hash bytea NOT NULL,
  hash bytea NOT NULL
);
CREATE INDEX audit_log_org_seq ON audit_log (org_id, seq DESC);

CREATE FUNCTION audit_log_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'the audit trail is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_is_append_only();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_is_append_only();

-- Appends one entry under a lock, so the chain is one line even under
-- concurrent requests. Runs as the owner: the app role cannot read other
-- organisations' entries, yet must chain onto them.
CREATE FUNCTION audit_append(p_at timestamptz, p_org uuid, p_actor uuid, p_actor_email text, p_action text,
  p_record_type text, p_record_id text, p_ip text, p_outcome text, p_payload text)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_prev bytea;
  v_seq bigint;
BEGIN
  PERFORM pg_advisory_xact_lock(7305, 1);
  SELECT seq, hash INTO v_seq, v_prev FROM audit_log ORDER BY seq DESC LIMIT 1;
  v_seq := coalesce(v_seq, 0) + 1;
  v_prev := coalesce(v_prev, '\x'::bytea);
  INSERT INTO audit_log (seq, at, org_id, actor_id, actor_email, action, record_type, record_id, ip, outcome, payload, prev_hash, hash)
  VALUES (v_seq, p_at, p_org, p_actor, p_actor_email, p_action, p_record_type, p_record_id, p_ip, p_outcome, p_payload, v_prev,
          sha256(v_prev || convert_to(v_seq::text || E'\n' || p_payload, 'UTF8')));
  RETURN v_seq;
END $$;

-- Look-ups made before the organisation is known (sign-in, session and token
-- checks, invitations). They return only what authentication needs.
CREATE FUNCTION auth_user_by_email(p_email text)
RETURNS TABLE (id uuid, org_id uuid, password_hash text, status text, roles text[], totp_secret bytea,
  failed_signins integer, last_failed_at timestamptz, locked_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT id, org_id, password_hash, status, roles, totp_secret, failed_signins, last_failed_at, locked_at
  FROM users WHERE lower(email) = lower(p_email)
$$;

CREATE FUNCTION auth_session(p_hash bytea)
RETURNS TABLE (user_id uuid, org_id uuid, csrf_token text, second_factor boolean, created_at timestamptz,
  last_seen_at timestamptz, expires_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT user_id, org_id, csrf_token, second_factor, created_at, last_seen_at, expires_at FROM sessions WHERE token_hash = p_hash
$$;

CREATE FUNCTION auth_api_token(p_hash bytea)
RETURNS TABLE (id uuid, user_id uuid, org_id uuid)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT id, user_id, org_id FROM api_tokens WHERE token_hash = p_hash AND revoked_at IS NULL
$$;

CREATE FUNCTION auth_invitation(p_hash bytea)
RETURNS TABLE (user_id uuid, org_id uuid, expires_at timestamptz, accepted_at timestamptz)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT user_id, org_id, expires_at, accepted_at FROM invitations WHERE token_hash = p_hash
$$;

-- The wrapped data key of the organisation of the current transaction, and of no other.
CREATE FUNCTION org_data_key(p_org uuid) RETURNS bytea
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT wrapped_key FROM organisations WHERE id = p_org AND p_org = app_org_id()
$$;

CREATE FUNCTION setup_needed() RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT NOT EXISTS (SELECT 1 FROM users)
$$;

-- Row-level security: every tenant table is visible only inside its organisation's context.
ALTER TABLE users ENABLE ROW LEVEL SECURITY;
ALTER TABLE recovery_codes ENABLE ROW LEVEL SECURITY;
ALTER TABLE invitations ENABLE ROW LEVEL SECURITY;
ALTER TABLE sessions ENABLE ROW LEVEL SECURITY;
ALTER TABLE api_tokens ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
ALTER TABLE organisations ENABLE ROW LEVEL SECURITY;
ALTER TABLE network ENABLE ROW LEVEL SECURITY;

CREATE POLICY tenant ON users USING (org_id = app_org_id());
CREATE POLICY tenant ON recovery_codes USING (org_id = app_org_id());
CREATE POLICY tenant ON invitations USING (org_id = app_org_id());
CREATE POLICY tenant ON sessions USING (org_id = app_org_id());
CREATE POLICY tenant ON api_tokens USING (org_id = app_org_id());
CREATE POLICY tenant_read ON audit_log FOR SELECT USING (org_id = app_org_id() OR (org_id IS NULL AND app_network_admin()));
-- Organisations are the network's shared list; only network administrators change other members.
CREATE POLICY read_all ON organisations FOR SELECT USING (true);
CREATE POLICY change_own ON organisations FOR UPDATE USING (id = app_org_id() OR app_network_admin());
CREATE POLICY create_network_admin ON organisations FOR INSERT WITH CHECK (app_network_admin());
CREATE POLICY read_all ON network FOR SELECT USING (true);
CREATE POLICY change ON network FOR UPDATE USING (app_network_admin());

GRANT USAGE ON SCHEMA public TO haven_app_role;
GRANT SELECT, INSERT, UPDATE, DELETE ON users, recovery_codes, invitations, sessions, api_tokens TO haven_app_role;
-- Not wrapped_key: an organisation's data key is read only through org_data_key(), for its own organisation.
GRANT SELECT (id, name, country, type, created_at), INSERT, UPDATE (name, country, type) ON organisations TO haven_app_role;
GRANT SELECT, UPDATE ON network TO haven_app_role;
GRANT SELECT ON audit_log TO haven_app_role;
GRANT SELECT, INSERT, UPDATE, DELETE ON signin_addresses TO haven_app_role;
GRANT EXECUTE ON FUNCTION audit_append(timestamptz, uuid, uuid, text, text, text, text, text, text, text) TO haven_app_role;
GRANT EXECUTE ON FUNCTION auth_user_by_email(text), auth_session(bytea), auth_api_token(bytea), auth_invitation(bytea), setup_needed(), org_data_key(uuid) TO haven_app_role;
