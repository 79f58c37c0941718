-- Schema 8: on the venue server, the stations' sessions and the functions that bind a connection to its official
-- (db/postgresql/V008__stations.sql). contest.db has one user and nothing to bind: only the version changes.
CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);
