-- Schema 4: one more journal row kind.
--   ack: the chief acknowledges a flag of an entry (scoring.md: flags must be acknowledged before a round is
--        published). item holds the flag (TIME_SPREAD, JUDGE_SPREAD, INCOMPLETE, MISSING_SHEET), value the flag as it
--        stood when acknowledged (the records it was raised on, docs/store.md), reason the chief's note. An ack
--        changes no result; it is a recorded fact of the journal like a lock, in the audit chain.
-- As in schema 2, SQLite cannot change a CHECK constraint in place: the journal is copied into a table with the wider
-- check, row for row (ids, supersedes and hashes unchanged), in the migration's one transaction, with foreign keys off
-- and checked before commit.
CREATE TABLE fact_v4 (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('time', 'lap', 'mark', 'penalty', 'status', 'theory',
                                              'submit', 'lock', 'unlock', 'publish', 'withdraw', 'reopen', 'ack')),
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

INSERT INTO fact_v4 (id, kind, event, round, bib, official, item, attempt, value, status, recorded_by, station,
                     recorded_at, reason, supersedes, hash)
    SELECT id, kind, event, round, bib, official, item, attempt, value, status, recorded_by, station,
           recorded_at, reason, supersedes, hash
    FROM fact ORDER BY id;

DROP TRIGGER fact_no_update;
DROP TRIGGER fact_no_delete;
DROP INDEX fact_entry;
DROP INDEX fact_supersedes;
DROP TABLE fact;
ALTER TABLE fact_v4 RENAME TO fact;

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
