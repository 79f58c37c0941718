-- Schema 10: on the venue server, a log-out ends the station's session (db/postgresql/V010__log_out.sql).
-- contest.db has no sessions: only the version changes.
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);
