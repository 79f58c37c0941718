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

-- ---------------------------------------------------------------------------------------------------------------------
-- Log-in on the server: a station never reads a PIN hash. It asks the salt and iterations of an official (not secret;
-- an id nobody has gets a salt made from the id, so the answer does not tell who exists), hashes the typed PIN as
-- Podium does (PBKDF2, store.Pins) and podium_log_in compares here, with the PIN waits of pin_wait exactly as
-- JournalStore.checkPin (store.PinWait: 5 misses free, then 30 s doubling up to 64 min; a right PIN clears the count).

-- What a table row of the official table and the journal's latest official row of each id say (the journal is the
-- record, the table its cache): a station reads names and roles here, never the PIN columns; pin_agrees says whether
-- the table's PIN columns are the journal's. Read with the owner's rights (a view), so the journal's official rows stay
-- hidden from stations.
CREATE VIEW official_account AS
WITH latest AS (
    SELECT DISTINCT ON (f.official) f.official AS id, f.id AS row,
           regexp_match(f.value, '^role=([^;]*);iterations=([^;]*);salt=([^;]*);hash=([^;]*);name=(.*)$') AS part
    FROM fact f
    WHERE f.kind = 'official' AND f.event IS NULL AND f.round IS NULL AND f.bib IS NULL
    ORDER BY f.official, f.id DESC
), first AS (
    SELECT f.official AS id, MIN(f.id) AS row FROM fact f WHERE f.kind = 'official' GROUP BY f.official
)
SELECT COALESCE(o.id, l.id) AS id, o.name, o.role, o.added, l.row AS journal_row, first.row AS first_row,
       l.part[5] AS journal_name, l.part[1] AS journal_role,
       (l.part IS NOT NULL AND o.id IS NOT NULL AND l.part[2] = o.pin_iterations::text
        AND l.part[3] = encode(o.pin_salt, 'hex') AND l.part[4] = encode(o.pin_hash, 'hex')) AS pin_agrees,
       (l.part IS NOT NULL) AS journal_readable
FROM official o
FULL JOIN latest l ON l.id = o.id
LEFT JOIN first ON first.id = COALESCE(o.id, l.id);

-- Whether the official table and the journal agree on this official (both say the same name, role and PIN).
CREATE FUNCTION podium_agrees(who TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT COALESCE((SELECT a.name = a.journal_name AND a.role = a.journal_role AND a.pin_agrees
                     FROM official_account a WHERE a.id = who), false)
$$;

CREATE FUNCTION podium_pin_salt(who TEXT) RETURNS TABLE (salt BYTEA, iterations INTEGER) LANGUAGE sql STABLE
SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT COALESCE((SELECT o.pin_salt FROM official o WHERE o.id = who),
                    substring(sha256(convert_to('podium nobody ' || who, 'UTF8')) FROM 1 FOR 16)),
           COALESCE((SELECT o.pin_iterations FROM official o WHERE o.id = who), 120000)
$$;

-- store.PinWait.after: the wait, in ms, that this many wrong PINs in a row impose.
CREATE FUNCTION podium_pin_wait_ms(misses INTEGER) RETURNS BIGINT LANGUAGE sql IMMUTABLE
SET search_path = public, pg_temp AS $$
    SELECT CASE WHEN misses < 5 THEN 0::bigint
                ELSE LEAST(30000::bigint * power(2, LEAST(misses - 5, 20))::bigint, 3840000::bigint) END
$$;

-- The log-in: WAITING (wait_ms left) while the id waits after wrong PINs; WRONG (a miss counted, wait_ms the wait it now
-- imposes); DISAGREES when the official table and the journal disagree on the official (nobody acts as them until
-- podium verify's finding is resolved; no miss counted); RIGHT with a new token of station_session, this connection
-- bound to it.
CREATE FUNCTION podium_log_in(who TEXT, given BYTEA) RETURNS TABLE (outcome TEXT, wait_ms BIGINT, token TEXT)
LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    w pin_wait%ROWTYPE;
    left_ms BIGINT;
    stored BYTEA;
    t TEXT;
    now_text TEXT := to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"');
BEGIN
    SELECT * INTO w FROM pin_wait p WHERE p.official = who;
    IF FOUND THEN
        left_ms := ceil(extract(epoch FROM (w.last_miss::timestamptz - clock_timestamp())) * 1000)::bigint
                   + podium_pin_wait_ms(w.misses);
        IF left_ms > 0 THEN
            RETURN QUERY SELECT 'WAITING'::text, left_ms, NULL::text;
            RETURN;
        END IF;
    END IF;
    SELECT o.pin_hash INTO stored FROM official o WHERE o.id = who;
    IF FOUND AND NOT podium_agrees(who) THEN
        RETURN QUERY SELECT 'DISAGREES'::text, 0::bigint, NULL::text;
        RETURN;
    END IF;
    IF stored IS NOT NULL AND stored = given THEN
        DELETE FROM pin_wait p WHERE p.official = who;
        t := gen_random_uuid()::text;
        INSERT INTO station_session (token, official, made_at) VALUES (t, who, now_text);
        PERFORM set_config('podium.token', t, false);
        RETURN QUERY SELECT 'RIGHT'::text, 0::bigint, t;
        RETURN;
    END IF;
    INSERT INTO pin_wait AS p (official, misses, last_miss) VALUES (who, 1, now_text)
        ON CONFLICT (official) DO UPDATE SET misses = p.misses + 1, last_miss = excluded.last_miss;
    RETURN QUERY SELECT 'WRONG'::text, podium_pin_wait_ms((SELECT p.misses FROM pin_wait p WHERE p.official = who)), NULL::text;
END
$$;

-- The journal's last row (id and hash): what a station's appender chains on, though the policy below hides rows.
CREATE FUNCTION podium_last_row() RETURNS TABLE (id BIGINT, hash TEXT) LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT f.id, f.hash FROM fact f ORDER BY f.id DESC LIMIT 1
$$;

-- The rows holding these facts' own UUIDs (a station's resend, the uplink's check after a reconnection): ids only.
CREATE FUNCTION podium_keys_held(keys UUID[]) RETURNS TABLE (fact_key UUID, id BIGINT) LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT f.fact_key, f.id FROM fact f WHERE f.fact_key = ANY (keys)
$$;

-- The rounds ever published (a round unlocked after its publish for a correction stays public: blind judging's reading).
CREATE FUNCTION podium_published_rounds() RETURNS TABLE (event TEXT, round TEXT) LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT DISTINCT f.event, f.round FROM fact f WHERE f.kind = 'publish' AND f.bib IS NULL
$$;

-- Setting officials up at a station: open while the official table has no chief judge or organiser (the first
-- officials of a new server, a sample's officials at the first join), then only for a head official bound.
CREATE FUNCTION podium_may_set_up() RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER
SET search_path = public, pg_temp AS $$
    SELECT podium_head() OR NOT EXISTS (SELECT 1 FROM official o WHERE o.role IN ('chief', 'organiser'))
$$;

-- An official's PIN columns (for a head official bound: the journal row of a change of name or role carries them).
CREATE FUNCTION podium_official_pin(who TEXT) RETURNS TABLE (pin_hash BYTEA, pin_salt BYTEA, pin_iterations INTEGER)
LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT o.pin_hash, o.pin_salt, o.pin_iterations FROM official o WHERE o.id = who AND podium_head()
$$;

-- The official table written by a station: a new official while podium_may_set_up(); a change by a head official, or
-- one's own new PIN (name and role as they are). A new PIN clears the id's PIN waits. Refused otherwise (42501).
CREATE FUNCTION podium_write_official(who TEXT, new_name TEXT, new_role TEXT, hash BYTEA, salt BYTEA, iterations INTEGER)
RETURNS VOID LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    o official%ROWTYPE;
BEGIN
    SELECT * INTO o FROM official WHERE id = who;
    IF NOT FOUND THEN
        IF NOT podium_may_set_up() THEN
            RAISE EXCEPTION 'only a chief judge or organiser logged in adds officials' USING ERRCODE = '42501';
        END IF;
        INSERT INTO official (id, name, role, pin_hash, pin_salt, pin_iterations)
            VALUES (who, new_name, new_role, hash, salt, iterations);
        RETURN;
    END IF;
    IF NOT (podium_head() OR (podium_official() = who AND o.name = new_name AND o.role = new_role)) THEN
        RAISE EXCEPTION 'only a chief judge changes another official, and only their own PIN' USING ERRCODE = '42501';
    END IF;
    UPDATE official SET name = new_name, role = new_role, pin_hash = hash, pin_salt = salt, pin_iterations = iterations
        WHERE id = who;
    IF o.pin_hash IS DISTINCT FROM hash THEN
        DELETE FROM pin_wait WHERE official = who;
    END IF;
END
$$;

-- ---------------------------------------------------------------------------------------------------------------------
-- Row-level security on the journal (ENABLE, not FORCE: the owner's own store, podium serve's, sees every row). For
-- every other role (podium_station): a head official bound reads every row; anyone else the rows that are not a
-- judge's (marks, penalties, submits, reopens, their withdrawals), their own, and every row of a round ever
-- published; the journal's official rows (they hold PIN hashes) only the head. Each function runs once per query
-- (an InitPlan), not once per row.
ALTER TABLE fact ENABLE ROW LEVEL SECURITY;

CREATE POLICY station_reads ON fact FOR SELECT USING (
    (SELECT podium_head())
    OR (kind <> 'official' AND (
        NOT (kind IN ('mark', 'penalty', 'submit', 'reopen') OR (kind = 'withdraw' AND value IN ('mark', 'penalty')))
        OR official = (SELECT podium_official())
        OR (event, round) IN (SELECT p.event, p.round FROM podium_published_rounds() p))));

-- A row is recorded in the name of the official bound; as import or setup (podium import, the officials) by a head
-- official bound, or by anyone while the server has no chief judge or organiser yet (its set-up: the first officials,
-- a contest's facts moved in with podium import --server).
CREATE POLICY station_appends ON fact FOR INSERT WITH CHECK (
    recorded_by = (SELECT podium_official())
    OR (recorded_by IN ('import', 'setup') AND (SELECT podium_may_set_up())));

REVOKE ALL ON official_account FROM PUBLIC;
REVOKE ALL ON FUNCTION podium_agrees(TEXT), podium_pin_salt(TEXT), podium_pin_wait_ms(INTEGER), podium_log_in(TEXT, BYTEA),
    podium_last_row(), podium_keys_held(UUID[]), podium_published_rounds(), podium_may_set_up(), podium_official_pin(TEXT),
    podium_write_official(TEXT, TEXT, TEXT, BYTEA, BYTEA, INTEGER) FROM PUBLIC;
