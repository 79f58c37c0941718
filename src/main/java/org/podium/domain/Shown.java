package org.podium.domain;

/**
 * A value from a file as a message shows it: at most {@link #CHARACTERS} characters (code points), the rest replaced
 * by an ellipsis, and line breaks and other control characters shown as spaces, so that a 50 MB value never comes back
 * whole in an error and a problem stays on one line (issue 12).
 */
public final class Shown {
    /** The longest value a message shows, the ellipsis included. */
    public static final int CHARACTERS = 80;

    private Shown() {
    }

    /** {@code value} cut to {@link #CHARACTERS}, on one line; "" for null. */
    public static String value(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (v.length() > CHARACTERS && v.codePointCount(0, v.length()) > CHARACTERS) {
            v = v.substring(0, v.offsetByCodePoints(0, CHARACTERS - 1)) + "…";
        }
        StringBuilder b = null;
        for (int i = 0; i < v.length(); i++) {
            if (Character.isISOControl(v.charAt(i))) {
                if (b == null) {
                    b = new StringBuilder(v);
                }
                b.setCharAt(i, ' ');
            }
        }
        return b == null ? v : b.toString();
    }
}
