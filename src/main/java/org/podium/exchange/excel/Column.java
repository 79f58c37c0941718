package org.podium.exchange.excel;

import java.util.function.Function;

/**
 * One column of a printed table: its header and what each row puts in its cell. The value is a {@link String}
 * (TEXT, CODE), an {@link Integer} (INTEGER), a {@link java.math.BigDecimal} (SCORE, MARK) or a {@link Long} of
 * milliseconds (TIME), or null for an empty cell. Values are read from the engine's results, never worked out here.
 *
 * @param <R> the row type
 */
record Column<R>(String header, Kind kind, Function<R, ?> value) {
    /** What a cell holds and how it is formatted. */
    enum Kind {
        /** Text. */
        TEXT,
        /** A short text, centred: a bib, a status, an award, an official's id. */
        CODE,
        /** A whole number (rank, attempt). */
        INTEGER,
        /** A score with the contest's decimals. */
        SCORE,
        /** A time, stored as a fraction of a day with a minutes:seconds format. */
        TIME,
        /** A judge's mark exactly as recorded. */
        MARK
    }

    static <R> Column<R> text(String header, Function<R, String> value) {
        return new Column<>(header, Kind.TEXT, value);
    }

    static <R> Column<R> code(String header, Function<R, String> value) {
        return new Column<>(header, Kind.CODE, value);
    }

    static <R> Column<R> integer(String header, Function<R, Integer> value) {
        return new Column<>(header, Kind.INTEGER, value);
    }

    static <R> Column<R> score(String header, Function<R, java.math.BigDecimal> value) {
        return new Column<>(header, Kind.SCORE, value);
    }

    static <R> Column<R> time(String header, Function<R, Long> value) {
        return new Column<>(header, Kind.TIME, value);
    }

    static <R> Column<R> mark(String header, Function<R, java.math.BigDecimal> value) {
        return new Column<>(header, Kind.MARK, value);
    }
}
