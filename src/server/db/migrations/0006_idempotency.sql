-- Requests that create a record can carry an `Idempotency-Key` header (a device resending a
-- screening or an encounter saved offline). The first request with a key creates the record and
-- keeps the key here with the record's id; a repeat returns that record and creates nothing.
-- Only the key, a digest of the request and the record's id are kept: never the request itself.

CREATE TABLE idempotency_keys (
  org_id uuid NOT NULL REFERENCES organisations(id),
  user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  key text NOT NULL,
  -- What was created: the route's record kind ('screening', ...), and a SHA-256 of the request body.
  scope text NOT NULL,
  request_digest bytea NOT NULL,
  record_id uuid NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, user_id, key)
);
CREATE INDEX idempotency_keys_age ON idempotency_keys (created_at);

ALTER TABLE idempotency_keys ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON idempotency_keys USING (org_id = app_org_id());
GRANT SELECT, INSERT, DELETE ON idempotency_keys TO haven_app_role;
