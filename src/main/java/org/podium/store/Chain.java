package org.podium.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The tamper-evident chain of the journal: each row's hash covers the previous row's hash and its own content. Nothing
 * here is SQLite's: any store computes and checks its rows' hashes with it.
 */
final class Chain {
    /** The "previous hash" of the first row. */
    static final String START = "";

    private Chain() {
    }

    static String hash(String previousHash, JournalRow row) {
        return hash(sha256(), previousHash, row);
    }

    /** The hash with {@code sha} (reset by it: a check of millions of rows makes one). */
    private static String hash(MessageDigest sha, String previousHash, JournalRow row) {
        sha.update(previousHash.getBytes(StandardCharsets.UTF_8));
        sha.update((byte) '\n');
        sha.update(row.canonical().getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(sha.digest());
    }

    private static final HexFormat HEX = HexFormat.of();

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }

    /** Recomputes the chain over rows in id order; names the first row whose hash does not match. */
    static Verification verify(List<JournalRow> rows) {
        Check check = new Check();
        rows.forEach(check::accept);
        return check.result();
    }

    /**
     * The chain checked as the rows stream past in id order (issue 17: a journal of millions of rows is never held):
     * only the running hash, the count, the first problem and the last row are kept.
     */
    static final class Check {
        private final MessageDigest sha = sha256();
        private String previous = START;
        private long expectedId = 1;
        private int rows;
        private Long altered;
        private String problem;
        private JournalRow last;

        /** The next row of the journal, in id order. */
        void accept(JournalRow row) {
            rows++;
            last = row;
            if (problem != null) {
                return; // the first row that does not match is the one named; the rest are only counted
            }
            if (row.id() != expectedId) {
                altered(row.id(), StoreText.get("store.chain.missing", Long.toString(row.id()),
                        Long.toString(expectedId - 1), Long.toString(expectedId), Long.toString(row.id() - 1)));
                return;
            }
            if (!hash(sha, previous, row).equals(row.hash())) {
                altered(row.id(), StoreText.get("store.chain.changed", Long.toString(row.id()),
                        Audit.describe(row), String.valueOf(row.recordedAt()), String.valueOf(row.recordedBy())));
                return;
            }
            previous = row.hash();
            expectedId++;
        }

        private void altered(long id, String why) {
            altered = id;
            problem = why;
        }

        /** The verdict on the rows so far, with the seal of the last row (null for an empty journal). */
        Verification result() {
            return new Verification(rows, altered, problem == null ? List.of() : List.of(problem),
                    last == null ? null : Seal.of(last));
        }
    }
}
