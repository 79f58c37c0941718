package org.podium.store;

import java.util.Arrays;

/**
 * Where each fact row of a journal went in a {@link org.podium.domain.FactTable}: its position by its row id, so that a
 * correction or a withdrawal (which names the row it takes back) withdraws that fact from the table. The rows are
 * added in id order, so a look-up is a binary search over two arrays: 12 bytes a fact, where a map of boxed ids took
 * some 60 (issue 17: millions of rows).
 */
public final class RowIndex {
    private long[] ids = new long[1024];
    private int[] positions = new int[1024];
    private int count;

    /**
     * The fact of row {@code rowId} is at {@code position}.
     *
     * @throws IllegalArgumentException when {@code rowId} does not come after the last row added (rows come in id order)
     */
    public void add(long rowId, int position) {
        if (count > 0 && rowId <= ids[count - 1]) {
            throw new IllegalArgumentException(rowId + " <= " + ids[count - 1]); // a caller's mistake: rows come in id order
        }
        if (count == ids.length) {
            int more = count + (count >> 1);
            ids = Arrays.copyOf(ids, more);
            positions = Arrays.copyOf(positions, more);
        }
        ids[count] = rowId;
        positions[count] = position;
        count++;
    }

    /** The position of row {@code rowId}'s fact, or -1 when no fact row of that id was added. */
    public int positionOf(long rowId) {
        int i = Arrays.binarySearch(ids, 0, count, rowId);
        return i < 0 ? -1 : positions[i];
    }
}
