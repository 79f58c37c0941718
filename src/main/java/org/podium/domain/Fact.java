package org.podium.domain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One recorded fact, as a scores CSV line or a station records it (contest-files.md).
 *
 * @param kind     what was recorded
 * @param event    event id
 * @param round    round id; null for theory, which belongs to the event
 * @param bib      contestant bib
 * @param official recording official id, or null
 * @param item     criterion id (mark), lap number (lap), penalty code (penalty), else null
 * @param attempt  attempt number 1..N, or null when not given (attempt 1; for status, the whole entry)
 * @param millis   the time (time, lap), else 0
 * @param amount   the mark (mark), raw theory mark (theory), count (penalty), else null
 * @param status   the recorded status (status), else null
 * @param origin   where it was recorded
 */
public record Fact(FactKind kind, String event, String round, String bib, String official, String item,
                   Integer attempt, long millis, BigDecimal amount, Status status, Origin origin) {

    public Fact {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(bib, "bib");
        origin = origin == null ? Origin.NONE : origin;
        if (attempt != null && attempt < 1) {
            throw new IllegalArgumentException("attempt must be 1 or more: " + attempt);
        }
        switch (kind) {
            case TIME, LAP -> {
                if (millis <= 0) {
                    throw new IllegalArgumentException("a time must be above 0");
                }
            }
            case MARK, THEORY, PENALTY -> Objects.requireNonNull(amount, "amount");
            case STATUS -> {
                if (status == null || !status.recordable()) {
                    throw new IllegalArgumentException("a recorded status is DNS, DNF or DSQ");
                }
            }
        }
    }

    /** The attempt this fact counts for: its number, or 1 when none is given. */
    public int attemptOrFirst() {
        return attempt == null ? 1 : attempt;
    }

    /**
     * The key under which a later fact replaces an earlier one:
     * (event, round, bib, kind, official, item, attempt).
     */
    public String key() {
        return event + '\u0000' + round + '\u0000' + bib + '\u0000' + kind + '\u0000' + official + '\u0000' + item
                + '\u0000' + (kind == FactKind.STATUS ? attempt : Integer.valueOf(attemptOrFirst()));
    }

    public static Fact time(String event, String round, String bib, String official, long millis, Integer attempt, Origin origin) {
        return new Fact(FactKind.TIME, event, round, bib, official, null, attempt, millis, null, null, origin);
    }

    public static Fact lap(String event, String round, String bib, String official, int lap, long millis, Integer attempt, Origin origin) {
        return new Fact(FactKind.LAP, event, round, bib, official, Integer.toString(lap), attempt, millis, null, null, origin);
    }

    public static Fact mark(String event, String round, String bib, String judge, String criterion, BigDecimal mark, Integer attempt, Origin origin) {
        return new Fact(FactKind.MARK, event, round, bib, judge, criterion, attempt, 0, mark, null, origin);
    }

    public static Fact penalty(String event, String round, String bib, String official, String code, int count, Integer attempt, Origin origin) {
        return new Fact(FactKind.PENALTY, event, round, bib, official, code, attempt, 0, BigDecimal.valueOf(count), null, origin);
    }

    public static Fact status(String event, String round, String bib, String official, Status status, Integer attempt, Origin origin) {
        return new Fact(FactKind.STATUS, event, round, bib, official, null, attempt, 0, null, status, origin);
    }

    public static Fact theory(String event, String bib, BigDecimal raw, Origin origin) {
        return new Fact(FactKind.THEORY, event, null, bib, null, null, null, 0, raw, null, origin);
    }
}
