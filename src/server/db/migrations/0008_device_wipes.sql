-- A remote wipe (issue 5): an administrator ends a user's sessions and has every device that still
-- holds one of them erase what Haven keeps there (drafts and records waiting to be sent, and the
-- key that encrypts them). The ended sessions are remembered by their hash until they would have
-- expired (at least 30 days), so that a device coming back online is told to wipe, not just to
-- sign in again.

CREATE TABLE device_wipes (
  token_hash bytea PRIMARY KEY,
  org_id uuid NOT NULL REFERENCES organisations(id),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  wiped_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL
);
CREATE INDEX device_wipes_expiry ON device_wipes (expires_at);

ALTER TABLE device_wipes ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON device_wipes USING (org_id = app_org_id());
GRANT SELECT, INSERT, DELETE ON device_wipes TO haven_app_role;

-- Asked before any organisation is known (the session is gone): only whether this hash was wiped.
CREATE FUNCTION auth_device_wiped(p_hash bytea) RETURNS boolean
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT EXISTS (SELECT 1 FROM device_wipes WHERE token_hash = p_hash AND expires_at > now())
$$;
GRANT EXECUTE ON FUNCTION auth_device_wiped(bytea) TO haven_app_role;
