-- Schema 10 (SQLite's V010 is only the version): a log-out ends the session on the server (docs/venue-server.md,
-- "Log-out"). podium_log_out() deletes the station_session row of this connection's token and unbinds the connection:
-- the token binds nobody from then on (podium_official() is NULL, the row policy shows no own marks) and a request
-- sent with it is refused, but for the outbox entries the station saved under it before the log-out and had not sent
-- yet: their keys, given to podium_log_out, are kept in ended_session with the session's official, and the sequencer
-- serves a request of an ended token only when its key is one of them (each once: a request is kept once per key).

CREATE TABLE ended_session (
    token    TEXT NOT NULL,
    key      UUID NOT NULL,                  -- an outbox entry's key, saved under the token before the log-out
    official TEXT NOT NULL,
    ended_at TEXT NOT NULL,                  -- the server's clock, ISO-8601 UTC
    PRIMARY KEY (token, key)
);
REVOKE ALL ON ended_session FROM PUBLIC;

CREATE FUNCTION podium_log_out(waiting UUID[]) RETURNS VOID LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
DECLARE
    t TEXT := NULLIF(current_setting('podium.token', true), '');
    who TEXT;
BEGIN
    IF t IS NOT NULL THEN
        DELETE FROM station_session s WHERE s.token = t RETURNING s.official INTO who;
        IF who IS NOT NULL AND waiting IS NOT NULL THEN
            INSERT INTO ended_session (token, key, official, ended_at)
            SELECT t, k, who, to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
            FROM unnest(waiting) AS k WHERE k IS NOT NULL
            ON CONFLICT DO NOTHING;
        END IF;
    END IF;
    PERFORM set_config('podium.token', '', false);
END
$$;
REVOKE ALL ON FUNCTION podium_log_out(UUID[]) FROM PUBLIC;

-- Nothing uses podium_write_official since schema 9 (a station sends officials' changes as requests): no station runs it.
REVOKE ALL ON FUNCTION podium_write_official(TEXT, TEXT, TEXT, BYTEA, BYTEA, INTEGER) FROM PUBLIC;
DO $$ BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'podium_station') THEN
        REVOKE ALL ON FUNCTION podium_write_official(TEXT, TEXT, TEXT, BYTEA, BYTEA, INTEGER) FROM podium_station;
    END IF;
END $$;
