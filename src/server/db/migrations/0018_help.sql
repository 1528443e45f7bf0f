-- The public safe-migration page (issue 8): the network's help settings, and messages from the page
-- arriving in a hotline's queue as contacts of the channel 'web-form'.
--
-- One row for the whole network: the settings as JSON (checked by the application's schema on every
-- write) with a version for concurrent edits. Everyone reads it (the public page reads it without
-- a session, in an anonymous transaction); only network administrators change it.

CREATE TABLE help_settings (
  id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  settings jsonb NOT NULL,
  version integer NOT NULL DEFAULT 0,
  updated_at timestamptz NOT NULL DEFAULT now()
);

ALTER TABLE help_settings ENABLE ROW LEVEL SECURITY;
CREATE POLICY read_all ON help_settings FOR SELECT USING (true);
CREATE POLICY change_network ON help_settings FOR ALL USING (app_network_admin()) WITH CHECK (app_network_admin());
GRANT SELECT, INSERT, UPDATE ON help_settings TO haven_app_role;

-- Contacts written on the public page arrive through the channel 'web-form'.
ALTER TABLE contacts DROP CONSTRAINT contacts_channel_check;
ALTER TABLE contacts ADD CONSTRAINT contacts_channel_check
  CHECK (channel IN ('phone', 'chat', 'email', 'sms', 'messaging', 'walk-in', 'web-form'));
