-- Schema 5: officials in the journal, and the wait after wrong PINs.
--   official: a change to an official is a journal row like a fact, in the hash chain (docs/store.md): official holds
--             the official's id, item what changed (add, role, name, pin), value the official as they are after the
--             change (role, PIN hash, salt and iterations, name; store/OfficialEntry.java), recorded_by who changed it.
--             Such a row belongs to no event, so event may now be null (only on an official row).
--   The official table stays, as a cache of the latest official row of each id that verify checks against the journal.
--   The officials already in the table are appended to the journal as 'add' rows by the migration's Java step
--   (store/Migrations.java), after this script, in the same transaction: SQL cannot compute the chain's hashes.
-- As in schemas 2 and 4, SQLite cannot change a CHECK constraint in place: the journal is copied into a table with the
-- wider check, row for row (ids, supersedes and hashes unchanged), with foreign keys off and checked before commit.
CREATE TABLE fact_v5 (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind IN ('time', 'lap', 'mark', 'penalty', 'status', 'theory',
                                              'submit', 'lock', 'unlock', 'publish', 'withdraw', 'reopen', 'ack',
                                              'official')),
    event       TEXT CHECK (event IS NOT NULL OR kind = 'official'),
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

INSERT INTO fact_v5 (id, kind, event, round, bib, official, item, attempt, value, status, recorded_by, station,
                     recorded_at, reason, supersedes, hash)
    SELECT id, kind, event, round, bib, official, item, attempt, value, status, recorded_by, station,
           recorded_at, reason, supersedes, hash
    FROM fact ORDER BY id;

DROP TRIGGER fact_no_update;
DROP TRIGGER fact_no_delete;
DROP INDEX fact_entry;
DROP INDEX fact_supersedes;
DROP TABLE fact;
ALTER TABLE fact_v5 RENAME TO fact;

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

-- Wrong PINs in a row per official id (any id typed at a login), and when the last one was typed: after 5, the id waits
-- 30 s before its next try, doubling with each further miss (store/PinWait.java). A right PIN deletes the row. Not part
-- of the journal: a count, not a record of the contest, but kept here so that restarting the app does not reset it.
CREATE TABLE pin_wait (
    official  TEXT PRIMARY KEY,
    misses    INTEGER NOT NULL CHECK (misses >= 1),
    last_miss TEXT NOT NULL
);
