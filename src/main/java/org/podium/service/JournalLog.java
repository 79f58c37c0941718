package org.podium.service;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import org.podium.store.JournalRow;

/**
 * The journal's rows as {@link CurrentResults} read them, appended to only, in fixed-size chunks that never move: a
 * snapshot's list ({@link #upto}) is the rows read so far and shares the chunks, so a new state of the journal adds its
 * few rows instead of copying every row before them (issue 17). One thread appends (under CurrentResults' lock); a list
 * handed out is read-only and safe to read on any thread once published (its rows are never written again).
 */
final class JournalLog {
    private static final int SHIFT = 12;
    private static final int CHUNK = 1 << SHIFT;
    private static final int MASK = CHUNK - 1;

    private JournalRow[][] chunks = new JournalRow[16][];
    private int size;

    void add(JournalRow row) {
        int c = size >> SHIFT;
        if (c == chunks.length) {
            chunks = Arrays.copyOf(chunks, chunks.length * 2);
        }
        if (chunks[c] == null) {
            chunks[c] = new JournalRow[CHUNK];
        }
        chunks[c][size & MASK] = row;
        size++;
    }

    int size() {
        return size;
    }

    /** The rows added so far, read-only; rows added later are not in it. */
    List<JournalRow> upto() {
        return new Upto(chunks.clone(), size);
    }

    /** The first rows of a log, sharing its chunks. */
    static final class Upto extends AbstractList<JournalRow> implements RandomAccess {
        private final JournalRow[][] chunks;
        private final int size;

        private Upto(JournalRow[][] chunks, int size) {
            this.chunks = chunks;
            this.size = size;
        }

        @Override
        public JournalRow get(int i) {
            if (i < 0 || i >= size) {
                throw new IndexOutOfBoundsException("row " + i + " of " + size);
            }
            return chunks[i >> SHIFT][i & MASK];
        }

        @Override
        public int size() {
            return size;
        }
    }
}
