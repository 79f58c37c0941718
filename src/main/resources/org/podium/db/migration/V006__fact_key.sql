-- Schema 6: a fact may carry its own UUID, sent by its station to the venue server (docs/venue-server.md), as the
-- server's journal has since its schema 5. A contest.db snapshot of the server keeps each key, so a server restored
-- from a snapshot still recognises a fact sent again (INSERT ... ON CONFLICT (fact_key) DO NOTHING). Nullable (rows
-- recorded on one laptop have none), unique, and not part of the hashed row: the chain is unchanged.
ALTER TABLE fact ADD COLUMN fact_key TEXT;
CREATE UNIQUE INDEX fact_key ON fact (fact_key);
