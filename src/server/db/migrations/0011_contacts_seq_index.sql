-- contacts.seq is an identity (unique by construction) and is searched with its organisation
-- (contacts_org_seq): its own unique index only cost every insert an index update.
ALTER TABLE contacts DROP CONSTRAINT contacts_seq_key;
