package org.podium.domain;

import java.math.BigInteger;
import java.util.Comparator;

/**
 * "By bib" order of scoring.md section 1: bibs that are whole numbers first, in numeric order, then
 * the others in Unicode code-point order ({@code 2, 10, 10A, 1B}).
 */
public final class Bibs {
    private Bibs() {
    }

    public static final Comparator<String> ORDER = Bibs::compare;

    public static int compare(String a, String b) {
        boolean na = isWholeNumber(a);
        boolean nb = isWholeNumber(b);
        if (na && nb) {
            int c = new BigInteger(a).compareTo(new BigInteger(b));
            return c != 0 ? c : codePoints(a, b);
        }
        if (na != nb) {
            return na ? -1 : 1;
        }
        return codePoints(a, b);
    }

    /** Unicode code-point order (String.compareTo compares UTF-16 units, which differs above U+FFFF). */
    public static int codePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    static boolean isWholeNumber(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
