-- Podium venue database, schema 2 (docs/store.md). Append-only: a later change is a new file V003__..., never an edit.
--
-- 1. A judge's submitted sheet can be reopened with a reason: the journal takes the lock event kind 'reopen'.
--    SQLite cannot change a CHECK constraint in place, so the journal moves to a new table with the wider check:
--    every row is copied as it is (ids, supersedes and hashes unchanged, so the chain still verifies), then the old
--    table goes. DROP TABLE fires no trigger, so the append-only triggers do not stand in the way; they, and the
--    index, are made again on the new table.
ALTER TABLE fact RENAME TO fact_v1;

CREATE TABLE fact (
    id          INTEGER PRIMARY KEY,          -- 1, 2, 3... in recording order, set by the store
    kind        TEXT NOT NULL CHECK (kind IN ('time', 'lap', 'mark', 'penalty', 'status', 'theory',
                                              'submit', 'reopen', 'lock', 'unlock', 'publish')),
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

INSERT INTO fact (id, kind, event, round, bib, official, item, attempt, value, status, recorded_by, station,
                  recorded_at, reason, supersedes, hash)
SELECT id, kind, event, round, bib, official, item, attempt, value, status, recorded_by, station,
       recorded_at, reason, supersedes, hash
FROM fact_v1 ORDER BY id;

DROP TABLE fact_v1;

CREATE INDEX fact_entry ON fact (event, round, bib, kind, official, item);

CREATE TRIGGER fact_no_update BEFORE UPDATE ON fact
BEGIN
    SELECT RAISE(ABORT, 'the fact journal is append-only: record a correction instead of updating a row');
END;

CREATE TRIGGER fact_no_delete BEFORE DELETE ON fact
BEGIN
    SELECT RAISE(ABORT, 'the fact journal is append-only: rows are never deleted');
END;

-- 2. Blind judging (contest.yaml blind_judging: true): the work number a judge sees instead of a name, per
--    event, round and bib. Drawn at random by the store the first time a round's numbers are asked for, then
--    kept, so a number never changes and cannot be worked out from the bib. Not part of the fact journal.
CREATE TABLE work_number (
    event  TEXT NOT NULL,
    round  TEXT NOT NULL,
    bib    TEXT NOT NULL,
    number TEXT NOT NULL,
    PRIMARY KEY (event, round, bib),
    UNIQUE (event, round, number)
);
