-- The word index of contacts: a small pending list, flushed often in small steps, rather than the
-- default 4 MB flushed at once by whichever insert fills it (a latency spike for that operator).
ALTER INDEX contacts_words SET (gin_pending_list_limit = 128);
