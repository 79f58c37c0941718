package org.podium.contestfile;

/**
 * How large the files of a contest folder may be, each checked before a byte is read, so that no input (a 200 MB
 * roster, a 16 MB comment) can exhaust the memory or the patience of a podium command: the file is refused in one
 * line naming its size and the limit (README.md, "Limits"). A scores CSV is streamed and limited by the memory its
 * facts take instead ({@link FactMemory}). Contest-size figures for each limit are in the comments.
 * A value echoed in a message is cut by {@link org.podium.domain.Shown}.
 */
public final class Limits {
    /** contest.yaml: a scheme of many events is tens of kilobytes. */
    public static final long CONTEST_YAML_BYTES = 1L << 20;
    /** roster.csv: 200,000 contestants at about 60 bytes a row is 12 MB. */
    public static final long ROSTER_CSV_BYTES = 16L << 20;
    /** roster.xlsx, compressed, as saved by Excel. */
    public static final long ROSTER_XLSX_BYTES = 16L << 20;
    /** Any part of roster.xlsx or theory.xlsx once inflated (the sheet's XML): an Excel sheet of 200,000 rows is about 60 MB. */
    public static final long XLSX_PART_BYTES = 100L << 20;
    /** theory.csv: one line per contestant. */
    public static final long THEORY_CSV_BYTES = 16L << 20;
    /** theory.xlsx, compressed, as saved by Excel; each part inflated at most {@link #XLSX_PART_BYTES}. */
    public static final long THEORY_XLSX_BYTES = 16L << 20;
    /*
     * A scores CSV has no size limit of its own: it is streamed, and limited by the memory its facts take
     * (FactMemory, issue 17).
     */
    /** Problems kept and listed per command; the rest are counted ("... and N more problems"). */
    public static final int LISTED_PROBLEMS = 100;
    /**
     * Problems kept in a preview of a roster or theory results (a setup screen shows each with its row, in full); the
     * rest are counted ({@link Preview#problemsOmitted()}), so that a file of millions of bad lines still fits in memory.
     */
    public static final int PREVIEW_PROBLEMS = 10_000;

    private Limits() {
    }

    /** {@code 1 MB}, {@code 64 MB} or {@code 200.5 MB}: a size for a message. */
    public static String megabytes(long bytes) {
        long tenths = (bytes * 10 + (1L << 19)) >> 20;
        return (tenths % 10 == 0 ? Long.toString(tenths / 10) : tenths / 10 + "." + tenths % 10) + " MB";
    }
}
