-- Schema 2: two more journal row kinds.
--   withdraw: an official takes back their own earlier fact (a stopwatch press made by mistake); the row names the
--             withdrawn fact in supersedes, value holds the withdrawn fact's kind, and the key has no current fact.
--   reopen:   a judge's submitted sheet is opened again, with a reason; later marks need none until it is submitted.
-- SQLite cannot change a CHECK constraint in place, so the journal is copied into a table with the wider check,
-- row for row (ids and hashes unchanged), in the migration's one transaction.
-- Migrations run with foreign keys off and checked before commit (SQLite's procedure for changing a table).
CREATE TABLE fact_v2 (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('time', 'lap', 'mark', 'penalty', 'status', 'theory',
                                              'submit', 'lock', 'unlock', 'publish', 'withdraw', 'reopen')),
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

INSERT INTO fact_v2 (id, kind, event, round, bib, official, item, attempt, value, status, recorded_by, station,
                     recorded_at, reason, supersedes, hash)
    SELECT id, kind, event, round, bib, official, item, attempt, value, status, recorded_by, station,
           recorded_at, reason, supersedes, hash
    FROM fact ORDER BY id;

DROP TRIGGER fact_no_update;
DROP TRIGGER fact_no_delete;
DROP INDEX fact_entry;
DROP TABLE fact;
ALTER TABLE fact_v2 RENAME TO fact;

CREATE INDEX fact_entry ON fact (event, round, bib, kind, official, item);
CREATE INDEX fact_supersedes ON fact (supersedes);

CREATE TRIGGER fact_no_update BEFORE UPDATE ON fact
BEGIN
    SELECT RAISE(ABORT, 'the fact journal is append-only: record a correction instead of updating a row');
END;

CREATE TRIGGER fact_no_delete BEFORE DELETE ON fact
BEGIN
    SELECT RAISE(ABORT, 'the fact journal is append-only: rows are never deleted');
END;
