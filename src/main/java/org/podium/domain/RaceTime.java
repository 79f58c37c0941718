package org.podium.domain;

/**
 * A time in whole milliseconds, with the text form of scoring.md section 1.
 * Accepts {@code 83.42}, {@code 83}, {@code 1:23.42}, {@code 1:02:03.4}, full-width digits and
 * punctuation, and a decimal comma. After a colon, seconds (and minutes when hours are given) are
 * below 60. More than 3 decimals is an error, never a truncation.
 */
public record RaceTime(long millis) implements Comparable<RaceTime> {

    public RaceTime {
        if (millis < 0) {
            throw new IllegalArgumentException("a time cannot be negative: " + millis + " ms");
        }
    }

    /** Thrown for text that is not a time; the message names the text and what is accepted. */
    public static final class FormatException extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String text;
        private final Problem problem;

        public FormatException(String text, Problem problem) {
            super("'" + Shown.value(text) + "' is not a time: " + problem.english
                    + " (write seconds like 83.42, or m:ss.xx like 1:23.42, or h:mm:ss.x)");
            this.text = text;
            this.problem = problem;
        }

        /** The text that was refused. */
        public String text() {
            return text;
        }

        /** What is wrong with it (screens show it in their language). */
        public Problem problem() {
            return problem;
        }
    }

    /** Why a text is not a time. */
    public enum Problem {
        EMPTY("it is empty"),
        COLONS("more than two colons"),
        NO_DECIMALS("no digits after the decimal point"),
        TOO_PRECISE("more than 3 decimals (times are kept to the millisecond)"),
        CHARACTERS("only digits, ':' and one decimal point are allowed"),
        SECONDS("seconds after a colon must be below 60"),
        MINUTES("minutes after hours must be below 60"),
        TOO_LARGE("the number is too large");

        private final String english;

        Problem(String english) {
            this.english = english;
        }
    }

    public static RaceTime ofMillis(long millis) {
        return new RaceTime(millis);
    }

    /** Parses a time as scoring.md section 1 describes. */
    public static RaceTime parse(String text) {
        if (text == null) {
            throw new FormatException("", Problem.EMPTY);
        }
        String s = normalise(text);
        if (s.isEmpty()) {
            throw new FormatException(text, Problem.EMPTY);
        }
        String[] parts = s.split(":", -1);
        if (parts.length > 3) {
            throw new FormatException(text, Problem.COLONS);
        }
        String last = parts[parts.length - 1];
        int dot = last.indexOf('.');
        String whole = dot < 0 ? last : last.substring(0, dot);
        String fraction = dot < 0 ? "" : last.substring(dot + 1);
        if (dot >= 0 && fraction.isEmpty()) {
            throw new FormatException(text, Problem.NO_DECIMALS);
        }
        if (fraction.length() > 3) {
            throw new FormatException(text, Problem.TOO_PRECISE);
        }
        if (!NumberText.isDigits(whole) || !NumberText.isDigits(fraction) && !fraction.isEmpty()) {
            throw new FormatException(text, Problem.CHARACTERS);
        }
        for (int i = 0; i < parts.length - 1; i++) {
            if (!NumberText.isDigits(parts[i])) {
                throw new FormatException(text, Problem.CHARACTERS);
            }
        }
        long fractionMs = fraction.isEmpty() ? 0 : Long.parseLong((fraction + "00").substring(0, 3));
        long seconds = number(text, whole);
        long total;
        if (parts.length == 1) {
            total = seconds * 1000 + fractionMs;
        } else {
            if (seconds >= 60) {
                throw new FormatException(text, Problem.SECONDS);
            }
            long minutes = number(text, parts[parts.length - 2]);
            long hours = 0;
            if (parts.length == 3) {
                if (minutes >= 60) {
                    throw new FormatException(text, Problem.MINUTES);
                }
                hours = number(text, parts[0]);
            }
            total = ((hours * 60 + minutes) * 60 + seconds) * 1000 + fractionMs;
        }
        return new RaceTime(total);
    }

    static String normalise(String text) {
        return NumberText.normalise(text);
    }

    private static long number(String text, String digits) {
        if (digits.length() > 9) {
            throw new FormatException(text, Problem.TOO_LARGE);
        }
        return Long.parseLong(digits);
    }

    /** {@code m:ss.xx} (hundredths), or {@code h:mm:ss.xx} from an hour on; milliseconds kept when not whole hundredths. */
    public String format() {
        long ms = millis;
        long hours = ms / 3_600_000;
        long minutes = ms / 60_000 % 60;
        long seconds = ms / 1000 % 60;
        long rest = ms % 1000;
        String fraction = rest % 10 == 0 ? String.format("%02d", rest / 10) : String.format("%03d", rest);
        if (hours > 0) {
            return String.format("%d:%02d:%02d.%s", hours, minutes, seconds, fraction);
        }
        return String.format("%d:%02d.%s", minutes, seconds, fraction);
    }

    /**
     * As {@link #format()}, at an event's timing resolution ({@code timing.resolution_ms}): as many decimals as the
     * resolution has (10 ms: {@code 1:39.17}, 100 ms: {@code 1:39.1}, 1 ms:
     * {@code 1:39.170}, 1000 ms: {@code 1:39}); a time with digits finer than the resolution (a stopwatch press
     * recorded to the millisecond) keeps every recorded digit, so nothing recorded is hidden.
     */
    public String format(int resolutionMillis) {
        int decimals = resolutionMillis % 1000 == 0 ? 0 : resolutionMillis % 100 == 0 ? 1 : resolutionMillis % 10 == 0 ? 2 : 3;
        long unit = decimals == 0 ? 1000 : decimals == 1 ? 100 : decimals == 2 ? 10 : 1;
        if (millis % unit != 0) {
            decimals = millis % 10 != 0 ? 3 : millis % 100 != 0 ? 2 : 1;
            unit = decimals == 3 ? 1 : decimals == 2 ? 10 : 100;
        }
        long hours = millis / 3_600_000;
        long minutes = millis / 60_000 % 60;
        long seconds = millis / 1000 % 60;
        String fraction = decimals == 0 ? "" : "." + String.format("%0" + decimals + "d", millis % 1000 / unit);
        if (hours > 0) {
            return String.format("%d:%02d:%02d%s", hours, minutes, seconds, fraction);
        }
        return String.format("%d:%02d%s", minutes, seconds, fraction);
    }

    /** Seconds with exactly three decimals, as the ranking CSV prints an official time. */
    public String seconds3() {
        return seconds3(new StringBuilder()).toString();
    }

    /** {@link #seconds3()} appended to {@code sb}, without a Formatter: a result sheet of 200,000 rows prints one a row. */
    public StringBuilder seconds3(StringBuilder sb) {
        long rest = millis % 1000;
        return sb.append(millis / 1000).append(rest < 10 ? ".00" : rest < 100 ? ".0" : ".").append(rest);
    }

    @Override
    public int compareTo(RaceTime o) {
        return Long.compare(millis, o.millis);
    }

    @Override
    public String toString() {
        return format();
    }
}
