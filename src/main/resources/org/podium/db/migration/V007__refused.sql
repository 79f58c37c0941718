-- Schema 7: the facts the venue server did not accept, as their stations report them (docs/venue-server.md), so the
-- head table lists them. Not part of the journal: no row of it is hashed, the chain is unchanged. A contest.db keeps the
-- table (a snapshot of the server holds the reports). Every column is text, as the station sent it.
CREATE TABLE refused (
    fact_key    TEXT PRIMARY KEY,
    station     TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    action      TEXT NOT NULL,
    kind        TEXT NOT NULL,
    event       TEXT NOT NULL,
    round       TEXT,
    bib         TEXT NOT NULL,
    official    TEXT,
    item        TEXT,
    attempt     TEXT,
    millis      TEXT NOT NULL,
    amount      TEXT,
    status      TEXT,
    reason      TEXT NOT NULL,
    reason_key  TEXT,
    reason_args TEXT,
    saved_at    TEXT NOT NULL,
    refused_at  TEXT NOT NULL
);
