-- A source of recommendations can be corrected (PUT /api/recommendations/sources/:id) and removed
-- while no recommendation uses it (DELETE): its version, for optimistic concurrency like the
-- recommendations', and when it last changed. Row-level security is 0021's: members read, the
-- owner or a network administrator updates and deletes.
ALTER TABLE advocacy_sources
  ADD COLUMN version integer NOT NULL DEFAULT 0,
  ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
