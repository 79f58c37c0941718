package org.podium.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Stream;

/**
 * Consistent snapshots of a contest database ({@code VACUUM INTO}) in the {@code backups} folder beside it, named
 * {@code contest-20200720-101500-lock-stand-final.db} (UTC), and restoring one.
 */
public final class Backups {
    public static final String FOLDER = "backups";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private Backups() {
    }

    /** The backups folder of a database file: {@code backups/} beside it. */
    public static Path folder(Path db) {
        Path parent = db.toAbsolutePath().getParent();
        return parent.resolve(FOLDER);
    }

    /** The backups of a database, oldest first (by name, which starts with the time). */
    public static List<Path> list(Path db) throws IOException {
        Path dir = folder(db);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".db")).sorted().toList();
        }
    }

    /**
     * When the newest backup of a database was taken, read from its name (the store's clock wrote it), or
     * empty when there is none: a store opened again does not back up before its interval has passed.
     */
    static java.util.Optional<java.time.Instant> newest(Path db) {
        try {
            List<Path> all = list(db);
            java.time.Instant newest = null;
            for (Path p : all) {
                String name = p.getFileName().toString();
                if (name.length() >= 23 && name.startsWith("contest-")) {
                    try {
                        java.time.Instant t = java.time.Instant.from(STAMP.parse(name.substring(8, 23)));
                        newest = newest == null || t.isAfter(newest) ? t : newest;
                    } catch (java.time.DateTimeException notAStamp) {
                        // a file named by someone else: not a backup of ours
                    }
                }
            }
            return java.util.Optional.ofNullable(newest);
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    /** Writes a snapshot of the open database; {@code label} says why (lock-stand-final). */
    static Path snapshot(Connection conn, Path db, Clock clock, String label) {
        Path dir = folder(db);
        try {
            Files.createDirectories(dir);
            String base = "contest-" + STAMP.format(clock.instant()) + "-" + label.replaceAll("[^A-Za-z0-9_-]", "_");
            Path target = dir.resolve(base + ".db");
            for (int n = 2; Files.exists(target); n++) {
                target = dir.resolve(base + "-" + n + ".db");
            }
            try (PreparedStatement ps = conn.prepareStatement("VACUUM INTO ?")) {
                ps.setString(1, target.toString());
                ps.executeUpdate();
            }
            return target;
        } catch (IOException | SQLException e) {
            throw new StoreException("cannot write a backup of " + db + " into " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Replaces the database with a backup, after a snapshot of the current one ({@code ...-before-restore.db}) when
     * it exists. Returns that snapshot, or null when there was no database. No other program may have it open.
     */
    public static Path restore(Path db, Path backup, Clock clock) {
        if (!Files.isRegularFile(backup)) {
            throw new StoreException(backup + ": no such backup (podium restore without BACKUP lists them)");
        }
        Path aside = null;
        try {
            if (Files.exists(db)) {
                try (Connection conn = SqliteContestStore.connect(db)) {
                    aside = snapshot(conn, db, clock, "before-restore");
                }
            }
            replace(db, backup);
            return aside;
        } catch (IOException | SQLException e) {
            throw new StoreException("cannot restore " + db + " from " + backup + ": " + e.getMessage(), e);
        }
    }

    /** Copies {@code backup} over {@code db}, removing the old write-ahead log; the caller has set the old one aside. */
    static void replace(Path db, Path backup) throws IOException {
        Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-wal"));
        Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-shm"));
        Path tmp = db.resolveSibling(db.getFileName() + ".restoring");
        Files.copy(backup, tmp, StandardCopyOption.REPLACE_EXISTING);
        Files.move(tmp, db, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
