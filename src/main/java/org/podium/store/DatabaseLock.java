package org.podium.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

/**
 * Who has a contest database open, kept in the file {@code contest.db.lock} beside it (docs/store.md, "Who has the
 * database open"). The operating system's file locks say it between processes, and the system releases them when a
 * process ends however it ends (a crash, a kill), so a dead station never blocks a restore. Java holds file locks
 * for the whole JVM, so within one JVM the same file is locked once and counted here.
 *
 * <ul>
 * <li>Byte 0, <i>open</i>: every store holds it shared while it is open; a restore takes it exclusive. So a restore is
 * refused while the database is open anywhere, and nothing opens it while a restore runs.</li>
 * <li>Byte 1, <i>writing</i>: a read-write store holds it shared; a read-only store that reads the file as it lies
 * (SQLite's {@code immutable=1}, which makes no -wal or -shm file) holds it exclusive while it reads, so that no
 * writer starts and moves pages under it.</li>
 * </ul>
 * The lock file is empty and never deleted. A folder where it cannot be made (a CD, a locked share) is read-only, so
 * nobody writes the database there: a read-only store then reads without a lock.
 */
final class DatabaseLock implements AutoCloseable {
    /** How long an opening waits for a restore or a read-only command to finish. */
    static final long WAIT_MILLIS = 10_000;
    static final String SUFFIX = ".lock";

    private static final Object MONITOR = new Object();
    private static final Map<Path, Shared> OPEN = new HashMap<>();

    private enum Kind { WRITE, READ, RESTORE }

    /** One lock file in this JVM: its channel, the OS locks held on it, and how many stores use each. */
    private static final class Shared {
        final FileChannel channel;
        final boolean writable;
        FileLock open;
        FileLock writing;
        FileLock restore;
        int opens;
        int writers;
        int snapshots;

        Shared(FileChannel channel, boolean writable) {
            this.channel = channel;
            this.writable = writable;
        }

        boolean unused() {
            return opens == 0 && restore == null;
        }
    }

    private final Path key;
    private final Kind kind;
    private final boolean snapshot;
    private boolean closed;

    private DatabaseLock(Path key, Kind kind, boolean snapshot) {
        this.key = key;
        this.kind = kind;
        this.snapshot = snapshot;
    }

    /** The lock file of a database: {@code contest.db.lock} beside {@code contest.db}. */
    static Path file(Path db) {
        return db.resolveSibling(db.getFileName() + SUFFIX);
    }

    /**
     * For a read-write store: waits (up to {@link #WAIT_MILLIS}) while a restore runs or a read-only command reads the
     * file as it lies.
     *
     * @throws StoreException when the lock file cannot be made (a read-only folder) or the wait is over
     */
    static DatabaseLock forWriting(Path db) {
        Path key = key(db);
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        synchronized (MONITOR) {
            Shared s = writable(key, db);
            while (true) {
                if (s.restore == null && s.snapshots == 0 && take(s, true)) {
                    s.opens++;
                    s.writers++;
                    return new DatabaseLock(key, Kind.WRITE, false);
                }
                if (!waitUntil(deadline)) {
                    forget(key, s);
                    throw StoreException.bundled(StoreFault.BUSY, null, "store.lock.busy", db);
                }
            }
        }
    }

    /**
     * For a read-only store. Never fails for want of a lock file; waits (up to {@link #WAIT_MILLIS}) while a restore
     * runs. {@link #snapshot()} then says whether the file may be read as it lies (no writer can start meanwhile).
     */
    static DatabaseLock forReading(Path db) {
        Path key = key(db);
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        synchronized (MONITOR) {
            Shared s = shared(key, false);
            if (s == null) {
                return new DatabaseLock(null, Kind.READ, true); // a read-only folder: nobody writes there
            }
            while (s.restore != null || !take(s, false)) {
                if (!waitUntil(deadline)) {
                    forget(key, s);
                    throw StoreException.bundled(StoreFault.BUSY, null, "store.lock.busy", db);
                }
            }
            boolean snapshot;
            if (!s.writable) {
                snapshot = true; // the lock file is read-only, and so is the folder: nobody writes there
            } else if (s.writers > 0) {
                snapshot = false;
            } else if (s.snapshots > 0) {
                snapshot = true;
            } else {
                s.writing = tryLock(s, 1, false);
                snapshot = s.writing != null;
            }
            s.opens++;
            if (snapshot && s.writable) {
                s.snapshots++;
            }
            return new DatabaseLock(key, Kind.READ, snapshot);
        }
    }

    /**
     * For a restore: the database must not be open in this JVM nor in any other process.
     *
     * @throws StoreException naming why the restore is refused
     */
    static DatabaseLock forRestore(Path db) {
        Path key = key(db);
        synchronized (MONITOR) {
            Shared s = writable(key, db);
            if (s.opens > 0 || s.restore != null) {
                throw StoreException.bundled(StoreFault.BUSY, null, "store.restore.open", db);
            }
            s.restore = tryLock(s, 0, false, 2);
            if (s.restore == null) {
                forget(key, s);
                throw StoreException.bundled(StoreFault.BUSY, null, "store.restore.open", db);
            }
            return new DatabaseLock(key, Kind.RESTORE, false);
        }
    }

    /** No lock: for a file nobody records into (a backup being checked), read as it lies. */
    static DatabaseLock none() {
        return new DatabaseLock(null, Kind.READ, true);
    }

    /** Whether a read-only store may read the file as it lies (SQLite's immutable=1): no writer can start meanwhile. */
    boolean snapshot() {
        return snapshot;
    }

    @Override
    public void close() {
        synchronized (MONITOR) {
            if (closed || key == null) {
                closed = true;
                return;
            }
            closed = true;
            Shared s = OPEN.get(key);
            if (s == null) {
                return;
            }
            switch (kind) {
                case RESTORE -> s.restore = release(s.restore);
                case WRITE -> {
                    s.opens--;
                    if (--s.writers == 0) {
                        s.writing = release(s.writing);
                    }
                }
                case READ -> {
                    s.opens--;
                    if (snapshot && s.writable && --s.snapshots == 0) {
                        s.writing = release(s.writing);
                    }
                }
            }
            if (s.opens == 0) {
                s.open = release(s.open);
            }
            forget(key, s);
            MONITOR.notifyAll();
        }
    }

    // --- below: called holding MONITOR

    /** Takes byte 0 shared when this JVM does not hold it yet, and byte 1 shared for a first writer. */
    private static boolean take(Shared s, boolean writer) {
        boolean tookOpen = false;
        if (s.opens == 0) {
            s.open = tryLock(s, 0, true);
            if (s.open == null) {
                return false;
            }
            tookOpen = true;
        }
        if (writer && s.writers == 0) {
            s.writing = tryLock(s, 1, true);
            if (s.writing == null) {
                if (tookOpen) {
                    s.open = release(s.open);
                }
                return false;
            }
        }
        return true;
    }

    private static FileLock tryLock(Shared s, long position, boolean shared) {
        return tryLock(s, position, shared, 1);
    }

    /**
     * An OS lock on {@code size} bytes from {@code position}, or null when another process holds a conflicting one. On
     * a file system without locks (the call fails) the lock is taken as had: nothing better can be known there.
     */
    private static FileLock tryLock(Shared s, long position, boolean shared, long size) {
        try {
            return s.channel.tryLock(position, size, shared);
        } catch (OverlappingFileLockException | NonWritableChannelException e) {
            return null; // the same file under another name in this JVM, or a read-only lock file: treat as held
        } catch (IOException e) {
            return new NoOsLock(s.channel, position, size, shared);
        }
    }

    /** A lock the file system could not give: counted in this JVM only. */
    private static final class NoOsLock extends FileLock {
        NoOsLock(FileChannel channel, long position, long size, boolean shared) {
            super(channel, position, size, shared);
        }

        @Override
        public boolean isValid() {
            return true;
        }

        @Override
        public void release() {
            // nothing is held
        }
    }

    private static FileLock release(FileLock lock) {
        if (lock != null) {
            try {
                lock.release();
            } catch (IOException | RuntimeException ignored) {
                // the channel is closed with it below; the OS drops the lock then
            }
        }
        return null;
    }

    /** Waits for a change here (or 50 ms, for another process); false once the deadline has passed. */
    private static boolean waitUntil(long deadline) {
        long left = deadline - System.currentTimeMillis();
        if (left <= 0) {
            return false;
        }
        try {
            MONITOR.wait(Math.min(left, 50));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return true;
    }

    /** The lock file's channel in this JVM; {@code mustWrite}: opened for writing (made when missing), else as it can be. */
    private static Shared shared(Path key, boolean mustWrite) {
        Shared s = OPEN.get(key);
        if (s != null) {
            return s;
        }
        FileChannel channel;
        boolean writable = true;
        try {
            channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException | UnsupportedOperationException e) {
            if (mustWrite || !Files.isRegularFile(key)) {
                return null;
            }
            try {
                channel = FileChannel.open(key, StandardOpenOption.READ);
                writable = false;
            } catch (IOException again) {
                return null;
            }
        }
        s = new Shared(channel, writable);
        OPEN.put(key, s);
        return s;
    }

    /** The lock file opened for writing, or the refusal: where it cannot be written, neither can the database. */
    private static Shared writable(Path key, Path db) {
        Shared s = shared(key, true);
        if (s == null || !s.writable) {
            forget(key, s);
            throw StoreException.bundled(StoreFault.READ_ONLY, null, StoreFault.READ_ONLY.key(), db,
                    "cannot write " + file(db).getFileName());
        }
        return s;
    }

    /** Closes the channel of a lock file no store uses any more. */
    private static void forget(Path key, Shared s) {
        if (s != null && s.unused() && s.open == null && s.writing == null) {
            OPEN.remove(key);
            try {
                s.channel.close();
            } catch (IOException ignored) {
                // nothing is locked any more
            }
        }
    }

    /** The lock file's path, the same for every way of naming the database (relative, through a link). */
    private static Path key(Path db) {
        Path abs = db.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        try {
            if (parent != null && Files.isDirectory(parent)) {
                abs = parent.toRealPath().resolve(abs.getFileName());
            }
        } catch (IOException e) {
            // keep the absolute path
        }
        return file(abs);
    }
}
