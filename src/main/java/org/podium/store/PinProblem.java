package org.podium.store;

/** Why a PIN may not be set ({@link PinRules}); screens and commands say it in their words. */
public enum PinProblem {
    /** a character that is not a digit */
    NOT_DIGITS("a PIN is made of digits only"),
    /** fewer than 4 digits */
    TOO_SHORT("a PIN has at least " + PinRules.FEWEST + " digits"),
    /** a chief's or organiser's PIN of fewer than 6 digits */
    TOO_SHORT_FOR_HEAD("a chief's or organiser's PIN has at least " + PinRules.FEWEST_HEAD + " digits"),
    /** every digit the same, like 0000 */
    ONE_DIGIT("a PIN of one digit repeated (like 0000) is the first one tried: choose another"),
    /** a run up or down, like 1234 or 9876 */
    RUN("a PIN that runs up or down (like 1234 or 9876) is among the first tried: choose another");

    private final String words;

    PinProblem(String words) {
        this.words = words;
    }

    /** The rule in English (the store's messages); screens and commands use their bundle's words. */
    public String words() {
        return words;
    }
}
