-- Schema 8 (SQLite's V008 is only the version: contest.db has one user): the official binds a station's connection
-- (docs/venue-server.md, "Design: the server enforces it"). A station logs in on the server (podium_log_in, below) and
-- gets a token, a row of station_session; it binds each of its connections with
--   SELECT set_config('podium.token', TOKEN, false)
-- and podium_official() / podium_head() then say whose connection it is. podium_station never reads station_session.
-- Every function here is SECURITY DEFINER, owned by the tables' owner, its search_path pinned; EXECUTE only for
-- podium_station (granted by the owner's store at every start, PostgresContestStore.grantStations).

CREATE TABLE station_session (
    token   TEXT PRIMARY KEY,
    official TEXT NOT NULL,
    made_at TEXT NOT NULL
);

-- The official of this connection's token; NULL when unbound (no token, an unknown one, an official no longer in the
-- official table).
CREATE FUNCTION podium_official() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT s.official FROM station_session s JOIN official o ON o.id = s.official
    WHERE s.token = NULLIF(current_setting('podium.token', true), '')
$$;

-- Whether this connection is bound to a chief judge or an organiser (the head table).
CREATE FUNCTION podium_head() RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT COALESCE((SELECT o.role IN ('chief', 'organiser') FROM official o WHERE o.id = podium_official()), false)
$$;

REVOKE ALL ON station_session FROM PUBLIC;
REVOKE ALL ON FUNCTION podium_official() FROM PUBLIC;
REVOKE ALL ON FUNCTION podium_head() FROM PUBLIC;
