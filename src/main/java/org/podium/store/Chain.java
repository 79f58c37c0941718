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
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(previousHash.getBytes(StandardCharsets.UTF_8));
            sha.update((byte) '\n');
            sha.update(row.canonical().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JDK has no SHA-256", e);
        }
    }

    /** Recomputes the chain over rows in id order; names the first row whose hash does not match. */
    static Verification verify(List<JournalRow> rows) {
        String previous = START;
        long expectedId = 1;
        for (JournalRow row : rows) {
            if (row.id() != expectedId) {
                return altered(rows, row.id(), StoreText.get("store.chain.missing", Long.toString(row.id()),
                        Long.toString(expectedId - 1), Long.toString(expectedId), Long.toString(row.id() - 1)));
            }
            if (!hash(previous, row).equals(row.hash())) {
                return altered(rows, row.id(), StoreText.get("store.chain.changed", Long.toString(row.id()),
                        Audit.describe(row), String.valueOf(row.recordedAt()), String.valueOf(row.recordedBy())));
            }
            previous = row.hash();
            expectedId++;
        }
        return new Verification(rows.size(), null, List.of(), last(rows));
    }

    private static Verification altered(List<JournalRow> rows, long id, String problem) {
        return new Verification(rows.size(), id, List.of(problem), last(rows));
    }

    /** The seal of the last row, or null for an empty journal. */
    private static Seal last(List<JournalRow> rows) {
        return rows.isEmpty() ? null : Seal.of(rows.get(rows.size() - 1));
    }
}
