package org.podium.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Consistent snapshots of a contest database ({@code VACUUM INTO}) in the {@code backups} folder beside it, named
 * {@code contest-20200720-101500-lock-stand-final.db} (UTC), and optionally copied to a second folder (docs/store.md,
 * "Backups"). A backup is written under a temporary name and renamed when complete, so a failed one leaves no file
 * and never counts as a backup. After each backup the automatic ones beyond the newest {@link #KEEP_AUTOMATIC} are
 * deleted; every other backup (lock, publish, before a restore, by hand) is kept.
 */
public final class Backups {
    public static final String FOLDER = "backups";
    /** How many automatic backups (every 10 minutes while facts arrive) are kept. */
    public static final int KEEP_AUTOMATIC = 20;
    /** The label of the automatic backups. */
    static final String AUTOMATIC = "auto";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final Pattern AUTOMATIC_NAME = Pattern.compile("contest-\\d{8}-\\d{6}-" + AUTOMATIC + "(-\\d+)?\\.db");
    /** A backup being written: {@code .contest-...db.part}, never listed, removed when the backup fails. */
    private static final String PART = ".part";

    /** Writes a consistent copy of the open database into a new file (a seam for tests: a backup failing half-way). */
    @FunctionalInterface
    interface Copier {
        void copy(Connection conn, Path target) throws SQLException, IOException;
    }

    /** The copier: {@code VACUUM INTO}. */
    static final Copier COPY = Backups::vacuumInto;
    static volatile Copier copier = COPY;

    /**
     * A backup written.
     *
     * @param file          the backup beside the database
     * @param mirrorProblem why it could not also be copied to the second folder, or null
     */
    record Written(Path file, String mirrorProblem) {
    }

    private Backups() {
    }

    /** The backups folder of a database file: {@code backups/} beside it. */
    public static Path folder(Path db) {
        Path parent = db.toAbsolutePath().getParent();
        return parent.resolve(FOLDER);
    }

    /** The backups of a database, oldest first (by name, which starts with the time). */
    public static List<Path> list(Path db) throws IOException {
        return backupsIn(folder(db));
    }

    private static List<Path> backupsIn(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".db") && !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }

    /**
     * When the newest backup of a database was taken, read from its name (the store's clock wrote it), or
     * empty when there is none: a store opened again does not back up before its interval has passed. Only complete
     * backups have such a name.
     */
    static Optional<Instant> newest(Path db) {
        try {
            Instant newest = null;
            for (Path p : list(db)) {
                String name = p.getFileName().toString();
                if (name.length() >= 23 && name.startsWith("contest-")) {
                    try {
                        Instant t = Instant.from(STAMP.parse(name.substring(8, 23)));
                        newest = newest == null || t.isAfter(newest) ? t : newest;
                    } catch (DateTimeException notAStamp) {
                        // a file named by someone else: not a backup of ours
                    }
                }
            }
            return Optional.ofNullable(newest);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /**
     * Writes a snapshot of the open database; {@code label} says why (lock-stand-final). Written under a temporary
     * name, flushed to the disk and renamed: a backup that fails leaves no file. Then copied to {@code mirror} (or
     * null), where a failure is reported in the result, never thrown.
     *
     * @throws StoreException when the backup beside the database cannot be written (nothing is left of it)
     */
    static Written snapshot(Connection conn, Path db, Clock clock, String label, Path mirror) {
        Copier using = copier;
        return snapshot(target -> using.copy(conn, target), db, clock, label, mirror);
    }

    /** Writes a file of the database's content into a new file (the server writes a contest.db of its journal). */
    @FunctionalInterface
    interface Writer {
        void write(Path target) throws SQLException, IOException;
    }

    /** As {@link #snapshot(Connection, Path, Clock, String, Path)}, the file written by {@code writer}. */
    static Written snapshot(Writer writer, Path db, Clock clock, String label, Path mirror) {
        synchronized (SNAPSHOTS) {
            return snapshotAlone(writer, db, clock, label, mirror);
        }
    }

    /**
     * One snapshot at a time in this process: two stores of one server (several connections) backing up in the same
     * second chose the same file names, and one deleted the part file the other's SQLite was writing (a SIGBUS in
     * ServerJournalTest's four appending connections).
     */
    private static final Object SNAPSHOTS = new Object();

    private static Written snapshotAlone(Writer writer, Path db, Clock clock, String label, Path mirror) {
        Path dir = folder(db);
        Path part = null;
        Path target;
        try {
            Files.createDirectories(dir);
            String base = "contest-" + STAMP.format(clock.instant()) + "-" + label.replaceAll("[^A-Za-z0-9_-]", "_");
            target = dir.resolve(base + ".db");
            for (int n = 2; Files.exists(target); n++) {
                target = dir.resolve(base + "-" + n + ".db");
            }
            part = dir.resolve("." + target.getFileName() + PART);
            Files.deleteIfExists(part);
            writer.write(part);
            flush(part);
            move(part, target);
        } catch (IOException | SQLException | RuntimeException e) {
            deleteQuietly(part);
            String why = e instanceof SQLException q ? StoreException.fault(db, q).map(StoreException::getMessage)
                    .orElse(q.getMessage()) : String.valueOf(e.getMessage());
            throw StoreException.bundled(e instanceof SQLException q ? StoreFault.of(q).orElse(null) : null, e,
                    "store.backup.failed", dir, why);
        }
        prune(dir);
        return new Written(target, mirror == null ? null : copyTo(target, mirror.resolve(contestFolderName(db))));
    }

    private static void vacuumInto(Connection conn, Path target) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement("VACUUM INTO ?")) {
            ps.setString(1, target.toString());
            ps.executeUpdate();
        }
    }

    /** Copies a finished backup into the second folder (temporary name, flush, rename); why it failed, or null. */
    private static String copyTo(Path backup, Path dir) {
        Path part = dir.resolve("." + backup.getFileName() + PART);
        try {
            Files.createDirectories(dir);
            Files.copy(backup, part, StandardCopyOption.REPLACE_EXISTING);
            flush(part);
            move(part, dir.resolve(backup.getFileName().toString()));
            prune(dir);
            return null;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(part);
            return StoreText.get("store.backup.mirrorFailed", backup.getFileName(), dir, String.valueOf(e.getMessage()));
        }
    }

    /** The name of the folder holding the database (the contest folder): backups of two contests never mix. */
    private static String contestFolderName(Path db) {
        Path parent = db.toAbsolutePath().normalize().getParent();
        return parent == null || parent.getFileName() == null ? "contest" : parent.getFileName().toString();
    }

    /** Deletes the automatic backups beyond the newest {@link #KEEP_AUTOMATIC}; keeps every other. Best effort. */
    static void prune(Path dir) {
        try {
            List<Path> automatic = new ArrayList<>();
            for (Path p : backupsIn(dir)) {
                if (AUTOMATIC_NAME.matcher(p.getFileName().toString()).matches()) {
                    automatic.add(p);
                }
            }
            automatic.sort(null); // by name: by time, then -2, -3 within a second
            for (Path old : automatic.subList(0, Math.max(0, automatic.size() - KEEP_AUTOMATIC))) {
                Files.deleteIfExists(old);
                Files.deleteIfExists(DatabaseLock.file(old)); // left when the backup was read (verify --db, a restore's check)
            }
        } catch (IOException e) {
            // an old backup left in place costs only space; the next backup tries again
        }
    }

    /** Forces a file's bytes to the disk, so that the rename publishes a complete file. */
    static void flush(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    /** Renames in one step (the file appears complete or not at all). */
    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a .part file is never listed as a backup; the next backup replaces it
            }
        }
    }
}
