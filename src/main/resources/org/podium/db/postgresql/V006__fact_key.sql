-- Schema 6 (SQLite's V006 adds fact.fact_key to contest.db): the server's journal has carried fact_key since its
-- schema 5, so nothing changes here but the version.
COMMENT ON COLUMN fact.fact_key IS 'the fact''s own UUID, sent by its station; not hashed';
