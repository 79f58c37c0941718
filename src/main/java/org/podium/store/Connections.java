package org.podium.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/** The two ways Podium connects to a contest database: to record (WAL, synchronous=FULL) and to read only. */
final class Connections {
    /**
     * Fault injection for tests: when above 0, every read-write connection made from now on may hold at most this many
     * pages ({@code PRAGMA max_page_count}), as on a full disk. SQLite keeps the limit at least the file's size.
     */
    static volatile int pageLimitForTests;

    private Connections() {
    }

    /** A connection with Podium's settings: WAL, synchronous=FULL, foreign keys, a busy timeout. */
    static Connection readWrite(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        if (pageLimitForTests > 0) {
            config.setMaxPageCount(pageLimitForTests);
        }
        return config.createConnection("jdbc:sqlite:" + file);
    }

    /**
     * A read-only connection: no journal mode is set, nothing is migrated, nothing is written. With {@code asItLies}
     * (no writer can start meanwhile, or the folder is read-only) and no -wal or -journal file beside it, the file
     * is read as it lies ({@code immutable=1}: no -wal or -shm file is made, which a CD or a locked share could not
     * hold anyway); otherwise {@code mode=ro}, which reads the write-ahead log of a database in use.
     */
    static Connection readOnly(Path file, boolean asItLies) throws SQLException {
        boolean log = Files.exists(sibling(file, "-wal")) || Files.exists(sibling(file, "-journal"));
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(10_000);
        return config.createConnection("jdbc:sqlite:" + uri(file) + (asItLies && !log ? "?immutable=1" : "?mode=ro"));
    }

    /** {@code contest.db-wal}, {@code contest.db-shm}, {@code contest.db-journal}. */
    static Path sibling(Path file, String suffix) {
        return file.resolveSibling(file.getFileName() + suffix);
    }

    /** An SQLite URI naming the file ({@code file:/...}), its %, ? and # escaped. */
    static String uri(Path file) {
        String path = file.toAbsolutePath().toString().replace('\\', '/');
        StringBuilder sb = new StringBuilder("file:");
        if (!path.startsWith("/")) {
            sb.append("///"); // a Windows drive letter
        }
        for (char c : path.toCharArray()) {
            switch (c) {
                case '%' -> sb.append("%25");
                case '?' -> sb.append("%3f");
                case '#' -> sb.append("%23");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
