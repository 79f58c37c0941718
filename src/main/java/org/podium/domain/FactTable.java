package org.podium.domain;

import java.math.BigDecimal;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;

/**
 * The facts of a contest in a compact form (issue 17): one column per field, the ids (events, rounds, bibs, officials,
 * items, file names) interned once and kept as numbers, times and marks as primitives, so 200,000 contestants' 3.6
 * million facts take about 45 bytes each instead of a {@link Fact} object, its origin and its mark (about 150 bytes)
 * plus the text they were read from.
 *
 * <p>A table is appended to in recording order and never rewritten: a fact can only be withdrawn (then it is no longer
 * current, as a withdrawal or a correction in the journal leaves it). As a {@code List<Fact>} it is the current facts
 * in recording order, each made on demand; the engine reads the columns directly by position
 * ({@link #positions()}, {@link #isCurrent(int)} and the accessors).
 *
 * <p>One thread appends; {@link #freeze()} hands out a read-only copy of the table as it stands that other threads may
 * read while appending goes on (the columns are kept in fixed-size chunks that are never moved, so a frozen copy
 * shares them and only copies the list of chunks and the withdrawals).
 */
public final class FactTable extends AbstractList<Fact> implements RandomAccess {
    private static final int SHIFT = 14;
    private static final int CHUNK = 1 << SHIFT;
    private static final int MASK = CHUNK - 1;
    private static final FactKind[] KINDS = FactKind.values();
    private static final Status[] STATUSES = Status.values();

    /** The columns of {@value #CHUNK} facts. */
    private static final class Chunk {
        final byte[] kind = new byte[CHUNK];
        final int[] event = new int[CHUNK];
        final int[] round = new int[CHUNK];
        final int[] bib = new int[CHUNK];
        final int[] official = new int[CHUNK];
        final int[] item = new int[CHUNK];
        /** The attempt number, 0 when none was given. */
        final short[] attempt = new short[CHUNK];
        /** The time in ms (time, lap), or a mark's unscaled value (mark, theory, penalty). */
        final long[] value = new long[CHUNK];
        /** A mark's scale; {@link #BIG} when the mark is kept whole in {@link #big}. */
        final byte[] scale = new byte[CHUNK];
        final byte[] status = new byte[CHUNK];
        final int[] file = new int[CHUNK];
        final int[] line = new int[CHUNK];
        /** Marks whose digits do not fit a long, or whose scale does not fit a byte; rare. */
        Map<Integer, BigDecimal> big;
    }

    private static final byte BIG = Byte.MIN_VALUE;
    private static final int NONE = -1;

    /**
     * The interned strings, by number; shared by every frozen copy (appended to only). Only the one thread that appends
     * looks strings up (a frozen copy reads the chunks alone). The look-up is a table of its own, open addressing over
     * the strings and their numbers: no entry object and no boxed number per string (a contest of 200,000 bibs interns
     * 200,000 of them while its scores are read).
     */
    private static final class Names {
        private String[][] chunks = new String[16][];
        private int size;
        private String[] keys = new String[64];
        private int[] values = new int[64];

        int id(String s) {
            if (s == null) {
                return NONE;
            }
            int mask = keys.length - 1;
            int h = s.hashCode();
            int i = (h ^ (h >>> 16)) & mask;
            for (String k = keys[i]; k != null; k = keys[i]) {
                if (k == s || k.equals(s)) {
                    return values[i];
                }
                i = (i + 1) & mask;
            }
            int n = size;
            if ((n >> SHIFT) == chunks.length) {
                chunks = Arrays.copyOf(chunks, chunks.length * 2);
            }
            if (chunks[n >> SHIFT] == null) {
                chunks[n >> SHIFT] = new String[CHUNK];
            }
            chunks[n >> SHIFT][n & MASK] = s;
            keys[i] = s;
            values[i] = n;
            size = n + 1;
            if (size * 2 > keys.length) {
                grow();
            }
            return n;
        }

        /** Twice the room, every string placed again (at most half the table is used). */
        private void grow() {
            String[] oldKeys = keys;
            int[] oldValues = values;
            keys = new String[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int j = 0; j < oldKeys.length; j++) {
                String k = oldKeys[j];
                if (k != null) {
                    int h = k.hashCode();
                    int i = (h ^ (h >>> 16)) & mask;
                    while (keys[i] != null) {
                        i = (i + 1) & mask;
                    }
                    keys[i] = k;
                    values[i] = oldValues[j];
                }
            }
        }
    }

    private final Names names;
    /*
     * What append last interned in each column, by identity (a reader's lines in a row share their event, round, bib,
     * official, item and file instances), and the unscaled values of the amounts last appended (a contest's marks are
     * few, each one BigDecimal instance in a reader): one look-up in the names, one BigInteger, saved for most facts.
     */
    private static final int EVENT = 0;
    private static final int ROUND = 1;
    private static final int BIB = 2;
    private static final int OFFICIAL = 3;
    private static final int ITEM = 4;
    private static final int FILE = 5;
    private static final int AMOUNTS = 64;
    private final String[] lastNames = new String[6];
    private final int[] lastIds = new int[6];
    private final BigDecimal[] amountKeys = new BigDecimal[AMOUNTS];
    private final long[] amountValues = new long[AMOUNTS];
    private final boolean frozen;
    private Chunk[] chunks;
    private String[][] nameChunks; // a frozen copy's own list of the names' chunks
    private int size;
    private long[] withdrawn; // bit p set: fact p is no longer current; null when none is
    private int withdrawnCount;
    // the current facts' positions, when some are withdrawn, as of positionsOf facts (made when first read as a list)
    private volatile int[] currentPositions;
    private volatile int positionsOf;
    private int[] withdrawals = new int[0]; // the positions withdrawn, in the order they were (each once)
    private final Object lineage; // shared by a table and its frozen copies

    public FactTable() {
        this(new Names(), new Chunk[16], 0, null, 0, false, new Object());
    }

    private FactTable(Names names, Chunk[] chunks, int size, long[] withdrawn, int withdrawnCount, boolean frozen,
                      Object lineage) {
        this.lineage = lineage;
        this.names = names;
        this.chunks = chunks;
        this.size = size;
        this.withdrawn = withdrawn;
        this.withdrawnCount = withdrawnCount;
        this.frozen = frozen;
        if (frozen) {
            this.nameChunks = names.chunks.clone();
        }
    }

    /** A table of these facts, in this order (each current). */
    public static FactTable of(List<Fact> facts) {
        if (facts instanceof FactTable t) {
            return t;
        }
        FactTable t = new FactTable();
        for (Fact f : facts) {
            t.append(f);
        }
        return t;
    }

    /** A read-only copy of the table as it stands now; appending and withdrawing here go on without touching it. */
    public FactTable freeze() {
        if (frozen) {
            return this;
        }
        long[] w = withdrawn == null ? null : withdrawn.clone();
        FactTable copy = new FactTable(names, chunks.clone(), size, w, withdrawnCount, true, lineage);
        copy.withdrawals = withdrawals;
        return copy;
    }

    /** Appends one fact (already checked, as {@link Fact}'s constructor does); returns its position. */
    public int append(Fact f) {
        Origin o = f.origin();
        BigDecimal amount = f.amount();
        return append(f.kind(), f.event(), f.round(), f.bib(), f.official(), f.item(), f.attempt() == null ? 0 : f.attempt(),
                f.kind() == FactKind.TIME || f.kind() == FactKind.LAP ? f.millis() : 0, amount, f.status(), o.file(), o.line());
    }

    /**
     * Appends one fact from its fields, without making a {@link Fact} (a reader's fast path); the fields must be those
     * of a valid fact. {@code attempt} is 0 when none is given; {@code millis} is the time of a time or lap, else 0.
     */
    public int append(FactKind kind, String event, String round, String bib, String official, String item, int attempt,
                      long millis, BigDecimal amount, Status status, String file, int line) {
        if (frozen) {
            throw new UnsupportedOperationException("a frozen fact table is read only");
        }
        if (attempt < 0 || attempt > Short.MAX_VALUE) {
            throw new IllegalArgumentException("attempt out of range: " + attempt);
        }
        int p = size;
        int c = p >> SHIFT;
        if (c == chunks.length) {
            chunks = Arrays.copyOf(chunks, chunks.length * 2);
        }
        Chunk k = chunks[c];
        if (k == null) {
            k = new Chunk();
            chunks[c] = k;
        }
        int i = p & MASK;
        k.kind[i] = (byte) kind.ordinal();
        k.event[i] = id(EVENT, event);
        k.round[i] = id(ROUND, round);
        k.bib[i] = id(BIB, bib);
        k.official[i] = id(OFFICIAL, official);
        k.item[i] = id(ITEM, item);
        k.attempt[i] = (short) attempt;
        k.status[i] = (byte) (status == null ? NONE : status.ordinal());
        k.file[i] = id(FILE, file == null ? "" : file);
        k.line[i] = line;
        if (amount != null) {
            int scale = amount.scale();
            int slot = System.identityHashCode(amount) & (AMOUNTS - 1);
            if (amountKeys[slot] == amount) {
                k.value[i] = amountValues[slot];
                k.scale[i] = (byte) scale;
            } else if (scale > Byte.MIN_VALUE && scale <= Byte.MAX_VALUE && amount.unscaledValue().bitLength() < 64) {
                long v = amount.unscaledValue().longValue();
                k.value[i] = v;
                k.scale[i] = (byte) scale;
                amountKeys[slot] = amount;
                amountValues[slot] = v;
            } else {
                if (k.big == null) {
                    k.big = new HashMap<>();
                }
                k.big.put(i, amount);
                k.scale[i] = BIG;
            }
        } else {
            k.value[i] = millis;
            k.scale[i] = 0;
        }
        size = p + 1;
        return p;
    }

    /** The id of {@code s} in the names, for {@code column}: the column's last one again when it is that instance. */
    private int id(int column, String s) {
        if (s == lastNames[column] && s != null) {
            return lastIds[column];
        }
        int id = names.id(s);
        lastNames[column] = s;
        lastIds[column] = id;
        return id;
    }

    /**
     * Drops the facts from position {@code positions} on, as if they had never been appended: a reader that gives up on
     * a file, or reads it again from its start in another encoding, keeps nothing of it (issue 17). Only for a table
     * being filled: none of its facts withdrawn, and no frozen copy taken since {@code positions} (a copy shares the
     * columns, and would see the facts appended after this in the place of those dropped).
     */
    public void truncate(int positions) {
        if (frozen) {
            throw new UnsupportedOperationException("a frozen fact table is read only");
        }
        if (positions < 0 || positions > size || withdrawnCount > 0) {
            throw new IllegalArgumentException("cannot drop back to " + positions + " of " + size
                    + (withdrawnCount > 0 ? " facts, some withdrawn" : " facts"));
        }
        for (int p = positions; p < size; p++) {
            Chunk k = chunk(p);
            if (k.big != null) {
                k.big.remove(p & MASK);
            }
        }
        size = positions;
    }

    /** Fact {@code p} is no longer current (withdrawn, or superseded by a correction). */
    public void withdraw(int p) {
        if (frozen) {
            throw new UnsupportedOperationException("a frozen fact table is read only");
        }
        checkPosition(p);
        if (withdrawn == null) {
            withdrawn = new long[Math.max(64, (size >> 6) + 1)];
        }
        if ((p >> 6) >= withdrawn.length) {
            withdrawn = Arrays.copyOf(withdrawn, Math.max(withdrawn.length * 2, (p >> 6) + 1));
        }
        if ((withdrawn[p >> 6] & (1L << p)) == 0) {
            withdrawn[p >> 6] |= 1L << p;
            if (withdrawnCount == withdrawals.length) {
                withdrawals = Arrays.copyOf(withdrawals, Math.max(16, withdrawnCount * 2));
            }
            withdrawals[withdrawnCount] = p;
            withdrawnCount++;
        }
    }

    /** How many facts were withdrawn so far. */
    public int withdrawnCount() {
        return withdrawnCount;
    }

    /** The {@code k}th fact withdrawn (0-based, in the order they were), for a scorer catching up. */
    public int withdrawal(int k) {
        if (k < 0 || k >= withdrawnCount) {
            throw new IndexOutOfBoundsException("withdrawal " + k + " of " + withdrawnCount);
        }
        return withdrawals[k];
    }

    /** Whether {@code other} is this table or a frozen copy of it (or of a table this is a copy of). */
    public boolean sameTable(FactTable other) {
        return other != null && other.lineage == lineage;
    }

    /** How many facts were ever appended (current or not): positions run 0 to this, exclusive. */
    public int positions() {
        return size;
    }

    /** Whether fact {@code p} is current (not withdrawn). */
    public boolean isCurrent(int p) {
        return withdrawn == null || (p >> 6) >= withdrawn.length || (withdrawn[p >> 6] & (1L << p)) == 0;
    }

    private void checkPosition(int p) {
        if (p < 0 || p >= size) {
            throw new IndexOutOfBoundsException("fact " + p + " of " + size);
        }
    }

    private Chunk chunk(int p) {
        return chunks[p >> SHIFT];
    }

    private String name(int id) {
        if (id == NONE) {
            return null;
        }
        String[][] c = frozen ? nameChunks : names.chunks;
        return c[id >> SHIFT][id & MASK];
    }

    public FactKind kind(int p) {
        return KINDS[chunk(p).kind[p & MASK]];
    }

    public String event(int p) {
        return name(chunk(p).event[p & MASK]);
    }

    public int eventId(int p) {
        return chunk(p).event[p & MASK];
    }

    public String round(int p) {
        return name(chunk(p).round[p & MASK]);
    }

    public int roundId(int p) {
        return chunk(p).round[p & MASK];
    }

    public String bib(int p) {
        return name(chunk(p).bib[p & MASK]);
    }

    public int bibId(int p) {
        return chunk(p).bib[p & MASK];
    }

    public String official(int p) {
        return name(chunk(p).official[p & MASK]);
    }

    /** The official's name as a number (one per name in this table and its copies), -1 when none. */
    public int officialId(int p) {
        return chunk(p).official[p & MASK];
    }

    /** The item's name (criterion, penalty code, lap) as a number, as {@link #officialId}; -1 when none. */
    public int itemId(int p) {
        return chunk(p).item[p & MASK];
    }

    public String item(int p) {
        return name(chunk(p).item[p & MASK]);
    }

    /** The attempt as given, or 0 when none was. */
    public int attemptGiven(int p) {
        return chunk(p).attempt[p & MASK];
    }

    /** The attempt this fact counts for: its number, or 1 when none is given. */
    public int attemptOrFirst(int p) {
        int a = attemptGiven(p);
        return a == 0 ? 1 : a;
    }

    /** The time of a time or lap, else 0. */
    public long millis(int p) {
        FactKind k = kind(p);
        return k == FactKind.TIME || k == FactKind.LAP ? chunk(p).value[p & MASK] : 0;
    }

    /** The mark, raw theory mark or penalty count; null for other kinds. */
    public BigDecimal amount(int p) {
        FactKind k = kind(p);
        if (k != FactKind.MARK && k != FactKind.THEORY && k != FactKind.PENALTY) {
            return null;
        }
        Chunk c = chunk(p);
        int i = p & MASK;
        byte scale = c.scale[i];
        if (scale == BIG) {
            return c.big.get(i);
        }
        return Decimals.of(c.value[i], scale); // the marks of a contest are few: millions of sheets share them
    }

    public Status status(int p) {
        byte s = chunk(p).status[p & MASK];
        return s < 0 ? null : STATUSES[s];
    }

    public Origin origin(int p) {
        Chunk c = chunk(p);
        String file = name(c.file[p & MASK]);
        int line = c.line[p & MASK];
        return file.isEmpty() && line == 0 ? Origin.NONE : new Origin(file, line);
    }

    /** Fact {@code p} as a {@link Fact}. */
    public Fact fact(int p) {
        checkPosition(p);
        int a = attemptGiven(p);
        return new Fact(kind(p), event(p), round(p), bib(p), official(p), item(p), a == 0 ? null : a, millis(p), amount(p),
                status(p), origin(p));
    }

    /** The position of the {@code i}th current fact. */
    public int position(int i) {
        return withdrawnCount == 0 ? i : currentPositions()[i];
    }

    /** The positions of the current facts, made again after a change (a frozen copy makes them once). */
    private int[] currentPositions() {
        int[] live = currentPositions;
        if (withdrawnCount == 0 || live != null && live.length == size - withdrawnCount && positionsOf == size) {
            return live;
        }
        live = new int[size - withdrawnCount];
        int n = 0;
        for (int p = 0; p < size; p++) {
            if (isCurrent(p)) {
                live[n++] = p;
            }
        }
        positionsOf = size;
        currentPositions = live; // published whole (volatile): readers of a frozen copy on other threads see it made
        return live;
    }

    @Override
    public Fact get(int i) {
        if (i < 0 || i >= size()) {
            throw new IndexOutOfBoundsException("fact " + i + " of " + size());
        }
        return fact(position(i));
    }

    /** The number of current facts. */
    @Override
    public int size() {
        return size - withdrawnCount;
    }
}
