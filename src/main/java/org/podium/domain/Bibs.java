package org.podium.domain;

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
            int c = compareNumbers(a, b);
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

    /** Compares two digit strings by numeric value, of any length. */
    private static int compareNumbers(String a, String b) {
        int i = 0;
        while (i < a.length() - 1 && a.charAt(i) == '0') {
            i++;
        }
        int j = 0;
        while (j < b.length() - 1 && b.charAt(j) == '0') {
            j++;
        }
        int lengths = Integer.compare(a.length() - i, b.length() - j);
        if (lengths != 0) {
            return lengths;
        }
        for (; i < a.length(); i++, j++) {
            if (a.charAt(i) != b.charAt(j)) {
                return Character.compare(a.charAt(i), b.charAt(j));
            }
        }
        return 0;
    }

    static boolean isWholeNumber(String s) {
        return NumberText.isDigits(s);
    }
}
