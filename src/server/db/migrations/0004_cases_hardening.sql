-- Cases, after review:
-- * case numbers are never given twice, even after an erasure or a purge removed the latest case;
-- * the places of trafficking events are sealed (they can name a shelter or a flat);
-- * audit_append accepts entries only for the organisation of the transaction (or, for network
--   administrators, any), stamped close to now.

ALTER TABLE case_settings ADD COLUMN last_case_number integer NOT NULL DEFAULT 0;
INSERT INTO case_settings (org_id, last_case_number)
  SELECT org_id, max(number) FROM cases GROUP BY org_id
  ON CONFLICT (org_id) DO UPDATE SET last_case_number = EXCLUDED.last_case_number;

-- Sealed JSON array: the place of each event of cases.events, in the same order.
ALTER TABLE cases ADD COLUMN event_places bytea;

CREATE OR REPLACE FUNCTION audit_append(p_at timestamptz, p_org uuid, p_actor uuid, p_actor_email text, p_action text,
  p_record_type text, p_record_id text, p_ip text, p_outcome text, p_payload text)
RETURNS bigint LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  v_id bigint;
BEGIN
  IF app_org_id() IS NOT NULL AND p_org IS DISTINCT FROM app_org_id() AND NOT app_network_admin() THEN
    RAISE EXCEPTION 'an audit entry of another organisation' USING ERRCODE = 'insufficient_privilege';
  END IF;
  IF p_at < now() - interval '10 minutes' OR p_at > now() + interval '10 minutes' THEN
    RAISE EXCEPTION 'an audit entry must be stamped now' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  INSERT INTO audit_log (at, org_id, actor_id, actor_email, action, record_type, record_id, ip, outcome, payload)
  VALUES (p_at, p_org, p_actor, p_actor_email, p_action, p_record_type, p_record_id, p_ip, p_outcome, p_payload)
  RETURNING id INTO v_id;
  RETURN v_id;
END $$;
