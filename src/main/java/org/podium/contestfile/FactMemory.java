package org.podium.contestfile;

/**
 * How many facts the memory at hand holds (issue 17; README.md, "Limits"): the score files of one command are read
 * into a {@link org.podium.domain.FactTable}, and their facts may take an eighth of the memory this Java may use: the
 * contest, the engine's work on the facts and the output need the rest. Measured on the 200,000-contestant benchmark
 * (3.6 million facts, the column engine): about 850 MB live at the engine's peak, some 240 bytes a fact in all, so
 * an eighth (5.4 million facts in the launcher's 2 GB) leaves the collector a third of the heap. A file that might not fit (its size divided by the
 * densest line a scores CSV can hold is more facts than fit) has its facts counted while it is read, and is refused in
 * one line as soon as they are too many: never an OutOfMemoryError.
 *
 * @param maxMemory the memory this Java may use, in bytes ({@link Runtime#maxMemory()}; tests give a small one)
 */
public record FactMemory(long maxMemory) {
    /**
     * The memory a fact takes in a {@link org.podium.domain.FactTable}: 41 bytes of columns, and its share of the
     * interned bibs and of the chunks being filled.
     */
    public static final int BYTES_PER_FACT = 48;
    /**
     * The shortest line that is a fact: {@code ,,7,lap,T,1,1} and its line break (one event and one round left empty,
     * one-character bib, official and lap, a time of one digit).
     */
    public static final int DENSEST_LINE = 14;
    /** The facts may take this part of the memory: 1/{@value} (the bundles' contestfile.file.tooManyFacts says so). */
    public static final int SHARE = 8;

    public FactMemory {
        if (maxMemory <= 0) {
            throw new IllegalArgumentException("memory must be above 0: " + maxMemory);
        }
    }

    /** The memory this Java may use. */
    public static FactMemory ofThisJvm() {
        return new FactMemory(Runtime.getRuntime().maxMemory());
    }

    /** The memory the facts may take, in bytes. */
    public long forFacts() {
        return maxMemory / SHARE;
    }

    /** How many facts fit. */
    public long maxFacts() {
        return forFacts() / BYTES_PER_FACT;
    }

    /** Whether a file of {@code bytes} bytes surely fits beside the {@code facts} already read (no count needed). */
    public boolean surelyFits(long facts, long bytes) {
        return facts + bytes / DENSEST_LINE + 1 <= maxFacts();
    }

    /**
     * Whether a file being read is to be refused: the facts read ({@code before} it and {@code facts} of it) are more
     * than fit, or, once a sixteenth of it (at least 1 MB) is read, its facts projected over its {@code size} bytes from
     * the {@code bytesRead} so far are more than fit by a quarter (a scores file's lines are much alike: a file far too
     * big is refused early, one near the limit only when its facts counted are too many).
     */
    boolean tooMany(long before, long facts, long bytesRead, long size) {
        long max = maxFacts();
        if (before + facts > max) {
            return true;
        }
        if (bytesRead < Math.max(size / 16, 1L << 20) || bytesRead <= 0) {
            return false;
        }
        return before + (double) facts * size / bytesRead > max * 1.25;
    }

    /**
     * The one line that refuses a file: its size, about how much memory its facts would take (projected from the
     * {@code factsSoFar} facts found in its first {@code bytesSoFar} bytes, beside the {@code before} facts read before
     * it) and the memory at hand.
     */
    Problem refusal(String file, long size, long before, long factsSoFar, long bytesSoFar) {
        long projected = before + (bytesSoFar <= 0 ? factsSoFar : (long) ((double) factsSoFar * size / bytesSoFar));
        long need = Math.max(projected, before + factsSoFar) * BYTES_PER_FACT;
        return Problem.of(file, FileText.current().get("contestfile.file.tooManyFacts", Limits.megabytes(size), size,
                Limits.megabytes(need), Limits.megabytes(forFacts()), Limits.megabytes(maxMemory)));
    }
}
