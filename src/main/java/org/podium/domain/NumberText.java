package org.podium.domain;

import java.text.Normalizer;

/** The one normalisation of typed numbers and times (scoring.md section 1). */
public final class NumberText {
    private NumberText() {
    }

    /**
     * Full-width digits and punctuation to ASCII (NFKC), surrounding white space removed, a decimal comma
     * made a point. Plain ASCII text skips the Unicode normaliser, which is slow to start.
     */
    public static String normalise(String text) {
        return nfkc(text).replace(',', '.');
    }

    /**
     * Full-width digits, letters and punctuation to ASCII (NFKC: {@code １００５} is {@code 1005}), surrounding white
     * space removed (an ideographic space too). Plain ASCII text skips the Unicode normaliser, which is slow to start.
     */
    public static String nfkc(String text) {
        return (isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC)).strip();
    }

    /**
     * A bib or another code as a spreadsheet may keep it (contest-files.md "Numbers as Excel keeps them"):
     * {@link #nfkc}, and a whole number kept with a zero decimal part ({@code 1005.0}, as a numeric cell
     * is often written out) read as the whole number {@code 1005}.
     */
    public static String code(String text) {
        String s = nfkc(text);
        int dot = s.indexOf('.');
        if (dot > 0 && isDigits(s.substring(0, dot))) {
            boolean zeros = dot < s.length() - 1;
            for (int i = dot + 1; i < s.length() && zeros; i++) {
                zeros = s.charAt(i) == '0';
            }
            if (zeros) {
                return s.substring(0, dot);
            }
        }
        return s;
    }

    /** True when every character is ASCII. */
    public static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** One or more ASCII digits and nothing else. */
    public static boolean isDigits(String s) {
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
