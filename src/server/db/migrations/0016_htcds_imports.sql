-- HTCDS imports (issue 7): every file imported into an organisation, by the SHA-256 of its bytes,
-- with what it created. The same file sent again (a retry after a proxy gave up waiting, a second
-- click) is refused rather than imported twice. The hash and the counts only: never the file.
-- The row is written in the import's own transaction, first: a second import of the same file
-- running at the same time waits on the key, then is refused once the first commits.

CREATE TABLE htcds_imports (
  org_id uuid NOT NULL REFERENCES organisations(id),
  sha256 bytea NOT NULL CHECK (octet_length(sha256) = 32),
  format text NOT NULL CHECK (format IN ('json', 'csv')),
  persons integer NOT NULL CHECK (persons >= 0),
  cases integer NOT NULL CHECK (cases >= 0),
  imported_by uuid REFERENCES users(id) ON DELETE SET NULL,
  imported_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (org_id, sha256)
);

ALTER TABLE htcds_imports ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant ON htcds_imports USING (org_id = app_org_id()) WITH CHECK (org_id = app_org_id());
GRANT SELECT, INSERT ON htcds_imports TO haven_app_role;
