-- Schema 9: on the venue server, the stations' requests that its one sequencer appends (db/postgresql/V009__requests.sql).
-- contest.db has one writer and no requests: only the version changes.
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);
