-- Podium venue database, schema 1. Append-only: a later change is a new file V002__..., never an edit here.

-- Officials of the contest day: who may record what (docs/store.md). The PIN is kept only as a
-- PBKDF2WithHmacSHA256 hash with its own salt and iteration count.
CREATE TABLE official (
    id             TEXT PRIMARY KEY,
    name           TEXT NOT NULL,
    role           TEXT NOT NULL CHECK (role IN ('timekeeper', 'judge', 'chief', 'organiser')),
    pin_hash       BLOB NOT NULL,
    pin_salt       BLOB NOT NULL,
    pin_iterations INTEGER NOT NULL CHECK (pin_iterations >= 100000)
);

-- The journal: every recorded fact and every lock event, in recording order, never updated or deleted.
-- kind: time | lap | mark | penalty | status | theory (facts, as in the scores CSV)
--     | submit | lock | unlock | publish (lock events: a judge's sheet, a chief's round).
-- value is the scores CSV's value text; status the recorded status of a status fact.
-- supersedes: the latest earlier fact with the same (event, round, bib, kind, official, item, attempt).
-- hash: hex SHA-256 of the previous row's hash and this row's canonical text (store/Chain.java).
CREATE TABLE fact (
    id          INTEGER PRIMARY KEY,          -- 1, 2, 3... in recording order, set by the store
    kind        TEXT NOT NULL CHECK (kind IN ('time', 'lap', 'mark', 'penalty', 'status', 'theory',
                                              'submit', 'lock', 'unlock', 'publish')),
    event       TEXT NOT NULL,
    round       TEXT,
    bib         TEXT,
    official    TEXT,
    item        TEXT,
    attempt     INTEGER CHECK (attempt IS NULL OR attempt >= 1),
    value       TEXT,
    status      TEXT CHECK (status IS NULL OR status IN ('DNS', 'DNF', 'DSQ')),
    recorded_by TEXT NOT NULL,
    station     TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    reason      TEXT,
    supersedes  INTEGER REFERENCES fact (id),
    hash        TEXT NOT NULL
);

-- Serves the look-ups of every write: the fact a new one supersedes, a submitted sheet, and (bib IS NULL) a
-- round's lock events.
CREATE INDEX fact_entry ON fact (event, round, bib, kind, official, item);

CREATE TRIGGER fact_no_update BEFORE UPDATE ON fact
BEGIN
    SELECT RAISE(ABORT, 'the fact journal is append-only: record a correction instead of updating a row');
END;

CREATE TRIGGER fact_no_delete BEFORE DELETE ON fact
BEGIN
    SELECT RAISE(ABORT, 'the fact journal is append-only: rows are never deleted');
END;
