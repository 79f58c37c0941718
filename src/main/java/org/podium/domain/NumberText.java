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
        boolean ascii = true;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        String s = ascii ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
        return s.strip().replace(',', '.');
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
