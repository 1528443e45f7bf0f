-- The contact log counts each contact's open and overdue follow-ups: an index that finds them by
-- contact (the organisation-wide index of open follow-ups would be scanned whole for every row).
CREATE INDEX contact_followups_open_by_contact ON contact_followups (contact_id, due_on) WHERE done_at IS NULL;
