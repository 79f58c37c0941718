-- Schema 9 (SQLite's V009 is only the version: contest.db has one writer): the venue server's own sequencer appends
-- every station write (docs/venue-server.md, "One sequencer"). A station no longer writes the journal: it sends each
-- write as a request (podium_send), which podium serve's sequencer takes in seq order, re-checks with Podium's own
-- rules (the same Java as a contest.db's) in the name of the official the station's token is bound to, appends, and
-- answers (podium_verdict). podium_station may neither read nor write the table: only these two functions, SECURITY
-- DEFINER, owned by the tables' owner, search_path pinned, EXECUTE granted by the owner's store at every start.

CREATE TABLE request (
    seq     BIGSERIAL PRIMARY KEY,
    key     UUID NOT NULL UNIQUE,           -- the station's own UUID for the write (a fact's: its outbox key)
    token   TEXT,                           -- podium.token of the sending connection, or NULL (unbound)
    method  TEXT NOT NULL,                  -- the ContestStore method asked (record, lockRound, ...)
    args    TEXT NOT NULL,                  -- its arguments as JSON (RequestText); a PIN is blanked once answered
    made_at TEXT NOT NULL,                  -- the server's clock, ISO-8601 UTC
    state   TEXT NOT NULL DEFAULT 'waiting' CHECK (state IN ('waiting', 'done', 'refused')),
    row_id  BIGINT,                         -- the journal row the request made (or found under its key)
    answer  TEXT,                           -- what the method answered beyond row_id, as JSON (ids, work numbers, PIN check)
    said    TEXT                            -- a refusal as JSON: its kind, bundle key and arguments (domain.Said)
);
CREATE INDEX request_waiting ON request (seq) WHERE state = 'waiting';
REVOKE ALL ON request FROM PUBLIC;

-- Sends a write: kept once per key (a resend after a lost reply is the same request), told to the sequencer.
CREATE FUNCTION podium_send(request_key UUID, request_method TEXT, request_args TEXT) RETURNS VOID
LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    INSERT INTO request (key, token, method, args, made_at)
    VALUES (request_key, NULLIF(current_setting('podium.token', true), ''), request_method, request_args,
            to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'))
    ON CONFLICT (key) DO NOTHING;
    SELECT pg_notify('podium_request', request_key::text);
$$;

-- The verdict of a request: waiting, done (row_id, answer) or refused (said); no row for a key never sent.
CREATE FUNCTION podium_verdict(request_key UUID) RETURNS TABLE (state TEXT, row_id BIGINT, answer TEXT, said TEXT)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT r.state, r.row_id, r.answer, r.said FROM request r WHERE r.key = request_key
$$;

REVOKE ALL ON FUNCTION podium_send(UUID, TEXT, TEXT) FROM PUBLIC;
REVOKE ALL ON FUNCTION podium_verdict(UUID) FROM PUBLIC;
