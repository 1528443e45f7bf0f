-- Dashboards (issue 7): the network's threshold for small cells, and the counts behind the dashboards.
--
-- `dashboard_counts` counts what the dashboards show, grouped by figure and key (a NULL key is the
-- figure's total): counts and medians only, never a row or an id. It runs as its caller, so under
-- row-level security an organisation's transaction counts its own records only (the organisation's
-- dashboard). `network_dashboard_counts` runs it as the owner over every member organisation: the only
-- way across organisations, and it answers counts only. The server suppresses small cells (see
-- src/core/data/dashboard/suppression.ts) before anything leaves it.

ALTER TABLE network ADD COLUMN stats_threshold integer NOT NULL DEFAULT 10 CHECK (stats_threshold BETWEEN 2 AND 1000);
-- Bumped whenever the threshold changes: the server then forgets the network answers it keeps a while.
ALTER TABLE network ADD COLUMN stats_version integer NOT NULL DEFAULT 0;
CREATE FUNCTION network_stats_version() RETURNS trigger
LANGUAGE plpgsql SET search_path = public, pg_temp AS $$
BEGIN
  IF NEW.stats_threshold IS DISTINCT FROM OLD.stats_threshold THEN NEW.stats_version := OLD.stats_version + 1; END IF;
  RETURN NEW;
END
$$;
CREATE TRIGGER network_stats_version BEFORE UPDATE ON network FOR EACH ROW EXECUTE FUNCTION network_stats_version();

-- Cases opened in a period; services by the day they started.
CREATE INDEX cases_org_opened ON cases (org_id, opened_on);
CREATE INDEX case_entries_services ON case_entries (org_id, (data->>'from')) WHERE kind = 'service';

-- Whole years from one date to another, as src/core/cases/dates.ts wholeYearsBetween (negative backwards).
-- (No SET clause on these two: the planner inlines them into dashboard_counts, which sets the search path.)
CREATE FUNCTION dashboard_whole_years(p_from date, p_on date) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$
  SELECT (extract(year FROM p_on) - extract(year FROM p_from))::integer
       - CASE WHEN extract(month FROM p_on) * 100 + extract(day FROM p_on) < extract(month FROM p_from) * 100 + extract(day FROM p_from) THEN 1 ELSE 0 END
$$;

-- A person's age on a date, as src/core/cases/person.ts ageOn: from the birth date, else from the
-- estimate; NULL when unknown (or before birth).
CREATE FUNCTION dashboard_age_on(p_birth date, p_estimated integer, p_estimated_on date, p_on date) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE
    WHEN p_birth IS NOT NULL THEN CASE WHEN p_on >= p_birth THEN dashboard_whole_years(p_birth, p_on) END
    WHEN p_estimated IS NOT NULL AND p_estimated_on IS NOT NULL THEN
      CASE WHEN p_estimated + dashboard_whole_years(p_estimated_on, p_on) >= 0 THEN p_estimated + dashboard_whole_years(p_estimated_on, p_on) END
  END
$$;

-- The counts of the dashboards for a period (first and last day included), of the organisations of a
-- country (NULL: all) and of one organisation (NULL: every organisation the caller can read). With a
-- viewer (a user id), cases restricted to others than the viewer are left out, with their services
-- and screenings (NULL: every case). A case is closed on its closure's own date (`closedOn`), not on
-- the day it was recorded as closed.
-- Figures (ids of src/core/data/dashboard/dashboard.ts, plus 'ages': cases by age in years at
-- opening, which the server groups into the CTDC bands). Keys of 'unknown': nothing recorded.
CREATE FUNCTION dashboard_counts(p_from date, p_to date, p_country text, p_org uuid, p_viewer uuid DEFAULT NULL)
RETURNS TABLE (figure text, k text, cnt integer, days double precision)
LANGUAGE sql STABLE SET search_path = public, pg_temp AS $$
  WITH orgs AS (
    SELECT o.id, o.country FROM organisations o
     WHERE (p_org IS NULL OR o.id = p_org) AND (p_country IS NULL OR o.country = p_country)
  ),
  -- The months of the period, numbered year * 12 + month - 1.
  months AS (
    SELECT to_char(m, 'YYYY-MM') AS mk, (extract(year FROM m) * 12 + extract(month FROM m) - 1)::integer AS mi
      FROM generate_series(date_trunc('month', p_from::timestamp), p_to::timestamp, interval '1 month') m
  ),
  kases AS (
    SELECT c.id, c.person_id, c.opened_on,
           CASE WHEN c.closed_at IS NOT NULL OR c.closure IS NOT NULL THEN coalesce((c.closure->>'closedOn')::date, (c.closed_at AT TIME ZONE 'UTC')::date) END AS closed_on,
           c.exploitation_forms, c.events, o.country AS org_country
      FROM cases c JOIN orgs o ON o.id = c.org_id
     WHERE c.opened_on <= p_to
       AND (p_viewer IS NULL OR c.restricted_to IS NULL OR p_viewer = ANY(c.restricted_to))
  ),
  -- Cases restricted to others than the viewer: their services and screenings are left out too.
  hidden_cases AS (
    SELECT c.id FROM cases c JOIN orgs o ON o.id = c.org_id
     WHERE p_viewer IS NOT NULL AND c.restricted_to IS NOT NULL AND NOT (p_viewer = ANY(c.restricted_to))
  ),
  -- Cases open at some time in the period: the people assisted, and whom the breakdowns describe.
  active AS (
    SELECT k.*, p.gender, p.citizenships,
           dashboard_age_on(p.birth_date, p.estimated_age, p.estimated_on, k.opened_on) AS age
      FROM kases k JOIN persons p ON p.id = k.person_id
     WHERE k.closed_on IS NULL OR k.closed_on >= p_from
  ),
  -- The months of the period each active case is open in, first to last (numbered as in months).
  spans AS (
    SELECT * FROM (
      SELECT a.person_id,
             greatest(extract(year FROM a.opened_on) * 12 + extract(month FROM a.opened_on) - 1, (SELECT min(mi) FROM months))::integer AS om,
             least(coalesce(extract(year FROM a.closed_on) * 12 + extract(month FROM a.closed_on) - 1, 'infinity'::float8), (SELECT max(mi) FROM months))::integer AS cm
        FROM active a
    ) s WHERE s.om <= s.cm
  ),
  span_starts AS MATERIALIZED (SELECT om AS mi, count(*) AS n FROM spans GROUP BY om),
  span_ends AS MATERIALIZED (SELECT cm AS mi, count(*) AS n FROM spans GROUP BY cm),
  -- A person with two cases open in the same month is one person assisted: the cases beyond the first, by month.
  extra_cases AS MATERIALIZED (
    SELECT x.mi, sum(x.c - 1) AS n FROM (
      SELECT s.person_id, g.mi, count(*) AS c
        FROM spans s JOIN (SELECT person_id FROM spans GROUP BY person_id HAVING count(*) > 1) multi ON multi.person_id = s.person_id,
             generate_series(s.om, s.cm) g(mi)
       GROUP BY s.person_id, g.mi
    ) x GROUP BY x.mi
  ),
  contacts_in AS (
    SELECT c.channel, c.reasons FROM contacts c JOIN orgs o ON o.id = c.org_id
     WHERE c.started_at >= (p_from::timestamp AT TIME ZONE 'UTC') AND c.started_at < ((p_to + 1)::timestamp AT TIME ZONE 'UTC')
  ),
  outreach_in AS (
    SELECT op.engaged_on, op.visited_on, op.case_opened_on FROM outreach_people op JOIN orgs o ON o.id = op.org_id
     WHERE op.identified_on BETWEEN p_from AND p_to
  ),
  screenings_in AS (
    SELECT s.presumed_victim, s.settled FROM screenings s JOIN orgs o ON o.id = s.org_id
     WHERE (s.case_id IS NULL OR s.case_id NOT IN (SELECT id FROM hidden_cases))
       AND s.created_at >= (p_from::timestamp AT TIME ZONE 'UTC') AND s.created_at < ((p_to + 1)::timestamp AT TIME ZONE 'UTC')
  ),
  -- A referral between two organisations is counted once, when either side is counted.
  referrals_in AS (
    SELECT r.status, r.sent_at, r.accepted_at, r.closed_at FROM referrals r
     WHERE (r.org_id IN (SELECT id FROM orgs) OR r.to_org_id IN (SELECT id FROM orgs))
       AND r.sent_at >= (p_from::timestamp AT TIME ZONE 'UTC') AND r.sent_at < ((p_to + 1)::timestamp AT TIME ZONE 'UTC')
  ),
  services_in AS (
    SELECT e.data->>'type' AS type FROM case_entries e JOIN orgs o ON o.id = e.org_id
     WHERE e.kind = 'service' AND e.case_id NOT IN (SELECT id FROM hidden_cases) AND (e.data->>'from') BETWEEN to_char(p_from, 'YYYY-MM-DD') AND to_char(p_to, 'YYYY-MM-DD')
  )
  -- Open in a month: started in it or before, and not ended before it.
  SELECT 'people-assisted', m.mk,
         (coalesce((SELECT sum(n) FROM span_starts s WHERE s.mi <= m.mi), 0) - coalesce((SELECT sum(n) FROM span_ends e WHERE e.mi < m.mi), 0)
          - coalesce((SELECT n FROM extra_cases x WHERE x.mi = m.mi), 0))::integer, NULL::float8
    FROM months m
  UNION ALL SELECT 'people-assisted', NULL, count(DISTINCT person_id)::integer, NULL FROM active
  UNION ALL SELECT 'cases-opened', to_char(opened_on, 'YYYY-MM'), count(*)::integer, NULL FROM kases WHERE opened_on >= p_from GROUP BY 2
  UNION ALL SELECT 'cases-opened', NULL, count(*)::integer, NULL FROM kases WHERE opened_on >= p_from
  UNION ALL SELECT 'cases-closed', to_char(closed_on, 'YYYY-MM'), count(*)::integer, NULL FROM kases WHERE closed_on BETWEEN p_from AND p_to GROUP BY 2
  UNION ALL SELECT 'cases-closed', NULL, count(*)::integer, NULL FROM kases WHERE closed_on BETWEEN p_from AND p_to
  UNION ALL SELECT 'exploitation-forms', f, count(*)::integer, NULL
    FROM active, unnest(CASE WHEN cardinality(exploitation_forms) = 0 THEN ARRAY['unknown'] ELSE exploitation_forms END) f GROUP BY f
  UNION ALL SELECT 'exploitation-forms', NULL, count(*)::integer, NULL FROM active
  UNION ALL SELECT 'ages', coalesce(age::text, 'unknown'), count(*)::integer, NULL FROM active GROUP BY age
  UNION ALL SELECT 'ages', NULL, count(*)::integer, NULL FROM active
  UNION ALL SELECT 'genders', coalesce(gender, 'unknown'), count(*)::integer, NULL FROM active GROUP BY 2
  UNION ALL SELECT 'genders', NULL, count(*)::integer, NULL FROM active
  UNION ALL SELECT 'citizenships', coalesce(citizenships[1], 'unknown'), count(*)::integer, NULL FROM active GROUP BY 2
  UNION ALL SELECT 'citizenships', NULL, count(*)::integer, NULL FROM active
  UNION ALL SELECT 'exploitation-countries', x, count(*)::integer, NULL
    FROM active a, LATERAL (
      SELECT coalesce((SELECT array_agg(DISTINCT e->>'country') FROM jsonb_array_elements(a.events) e WHERE e->>'stage' = 'exploitation' AND e->>'country' IS NOT NULL),
                      ARRAY['unknown']) AS countries
    ) l, unnest(l.countries) x GROUP BY x
  UNION ALL SELECT 'exploitation-countries', NULL, count(*)::integer, NULL FROM active
  UNION ALL SELECT 'cases-by-member-country', org_country, count(*)::integer, NULL FROM active GROUP BY org_country
  UNION ALL SELECT 'cases-by-member-country', NULL, count(*)::integer, NULL FROM active
  UNION ALL SELECT 'contact-channels', channel, count(*)::integer, NULL FROM contacts_in GROUP BY channel
  UNION ALL SELECT 'contact-channels', NULL, count(*)::integer, NULL FROM contacts_in
  UNION ALL SELECT 'contact-reasons', CASE WHEN p_org IS NULL AND r LIKE 'org-%' THEN 'custom' ELSE r END, count(*)::integer, NULL
    FROM contacts_in, unnest(CASE WHEN cardinality(reasons) = 0 THEN ARRAY['unknown'] ELSE reasons END) r GROUP BY 2
  UNION ALL SELECT 'contact-reasons', NULL, count(*)::integer, NULL FROM contacts_in
  UNION ALL SELECT 'outreach-funnel', 'identified', count(*)::integer, NULL FROM outreach_in
  UNION ALL SELECT 'outreach-funnel', 'engaged', count(coalesce(engaged_on, visited_on, case_opened_on))::integer, NULL FROM outreach_in
  UNION ALL SELECT 'outreach-funnel', 'visited', count(coalesce(visited_on, case_opened_on))::integer, NULL FROM outreach_in
  UNION ALL SELECT 'outreach-funnel', 'case-opened', count(case_opened_on)::integer, NULL FROM outreach_in
  UNION ALL SELECT 'outreach-funnel', NULL, count(*)::integer, NULL FROM outreach_in
  UNION ALL SELECT 'screening-results', CASE WHEN presumed_victim THEN 'presumed-victim' WHEN settled THEN 'not-enough' ELSE 'incomplete' END,
         count(*)::integer, NULL FROM screenings_in GROUP BY 2
  UNION ALL SELECT 'screening-results', NULL, count(*)::integer, NULL FROM screenings_in
  UNION ALL SELECT 'referral-statuses', status, count(*)::integer, NULL FROM referrals_in GROUP BY status
  UNION ALL SELECT 'referral-statuses', NULL, count(*)::integer, NULL FROM referrals_in
  UNION ALL SELECT 'referral-days', 'days-to-acceptance', count(*)::integer,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM accepted_at - sent_at) / 86400)
    FROM referrals_in WHERE accepted_at IS NOT NULL
  UNION ALL SELECT 'referral-days', 'days-to-completion', count(*)::integer,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM closed_at - sent_at) / 86400)
    FROM referrals_in WHERE status = 'completed' AND closed_at IS NOT NULL
  UNION ALL SELECT 'referral-days', NULL, count(*)::integer, NULL FROM referrals_in
  UNION ALL SELECT 'services-delivered', type, count(*)::integer, NULL FROM services_in GROUP BY type
  UNION ALL SELECT 'services-delivered', NULL, count(*)::integer, NULL FROM services_in
$$;

-- The network's counts: every member organisation (of a country), as the owner. Only inside a
-- request of a signed-in member (the server checks `stats:network`), for a period of at most ten years.
CREATE FUNCTION network_dashboard_counts(p_from date, p_to date, p_country text)
RETURNS TABLE (figure text, k text, cnt integer, days double precision)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  SELECT d.figure, d.k, d.cnt, d.days FROM dashboard_counts(p_from, p_to, p_country, NULL) d
   WHERE app_org_id() IS NOT NULL AND p_from <= p_to AND p_to < p_from + interval '10 years'
$$;

REVOKE ALL ON FUNCTION network_dashboard_counts(date, date, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION network_dashboard_counts(date, date, text) TO haven_app_role;
GRANT EXECUTE ON FUNCTION dashboard_counts(date, date, text, uuid, uuid), dashboard_age_on(date, integer, date, date), dashboard_whole_years(date, date)
  TO haven_app_role;
