-- Schema 3. Blind judging (contest.yaml blind_judging: true): the work number a judge sees instead of a name, per
-- event, round and bib. Drawn at random by the store the first time a round's numbers are asked for, then kept, so a
-- number never changes and cannot be worked out from the bib. Not part of the fact journal.
CREATE TABLE work_number (
    event  TEXT NOT NULL,
    round  TEXT NOT NULL,
    bib    TEXT NOT NULL,
    number TEXT NOT NULL,
    PRIMARY KEY (event, round, bib),
    UNIQUE (event, round, number)
);
