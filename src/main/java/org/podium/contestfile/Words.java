package org.podium.contestfile;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Locale;
import org.podium.domain.Shown;

/** Small text helpers shared by the readers: suggestions by edit distance, and number parsing. */
final class Words {

    private Words() {
    }

    /**
     * The closest of {@code allowed} to {@code given} by edit distance (case-insensitive), or null when
     * none is close enough to be a likely typo.
     */
    static String closest(String given, Collection<String> allowed) {
        if (given.isBlank()) {
            return null;
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String g = given.toLowerCase(Locale.ROOT);
        for (String a : allowed) {
            int limit = Math.max(1, Math.max(a.length(), given.length()) / 3);
            if (Math.abs(a.length() - given.length()) > limit) {
                continue; // the distance is at least the difference in length: no typo, and a huge value costs nothing
            }
            int d = distance(g, a.toLowerCase(Locale.ROOT));
            if (d <= limit && d < bestDistance) {
                best = a;
                bestDistance = d;
            }
        }
        return best;
    }

    /** " (did you mean 'x'? allowed: a, b)" or " (allowed: a, b)"; {@code what} names the list, e.g. "allowed". */
    static String hint(String given, Collection<String> allowed, String what) {
        String close = closest(given, allowed);
        String list = allowed.isEmpty() ? what + ": none" : what + ": " + String.join(", ", allowed);
        return close == null ? " (" + list + ")" : " (did you mean " + q(close) + "? " + list + ")";
    }

    /** Edit distance counting an insertion, a deletion, a change or a swap of two neighbours as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }

    /** Full-width forms to ASCII (NFKC), surrounding white space removed, a decimal comma to a point (as RaceTime does). */
    static String normaliseNumber(String text) {
        return org.podium.domain.NumberText.normalise(text);
    }

    /** The exact decimal written in {@code text} (after {@link #normaliseNumber}), or null when it is not a plain decimal. */
    static BigDecimal decimal(String text) {
        String s = normaliseNumber(text);
        if (!isDecimal(s)) {
            return null;
        }
        return new BigDecimal(s.startsWith("+") ? s.substring(1) : s);
    }

    /** The whole number written in {@code text}, or null when it is not one (or does not fit an int). */
    static Integer whole(String text) {
        String s = normaliseNumber(text);
        if (!isWhole(s)) {
            return null;
        }
        BigInteger v = new BigInteger(s.startsWith("+") ? s.substring(1) : s);
        if (v.bitLength() > 31) {
            return null;
        }
        return v.intValue();
    }

    /** [+-]?digits(.digits)? */
    private static boolean isDecimal(String s) {
        int i = s.startsWith("+") || s.startsWith("-") ? 1 : 0;
        int dot = s.indexOf('.');
        if (dot < 0) {
            return digits(s, i, s.length());
        }
        return digits(s, i, dot) && digits(s, dot + 1, s.length());
    }

    /** [+-]?digits */
    private static boolean isWhole(String s) {
        return digits(s, s.startsWith("+") || s.startsWith("-") ? 1 : 0, s.length());
    }

    private static boolean digits(String s, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code 'text'} for a message; an empty text shows as "nothing". */
    static String quote(String text) {
        return text.isEmpty() ? "nothing" : q(text);
    }

    /** {@code 'text'} for a message, cut to {@link Shown#CHARACTERS} (a value from a file may be any length). */
    static String q(String text) {
        return "'" + Shown.value(text) + "'";
    }

    /** A value from a file, as a message shows it: cut to {@link Shown#CHARACTERS}, on one line. */
    static String shown(String text) {
        return Shown.value(text);
    }
}
