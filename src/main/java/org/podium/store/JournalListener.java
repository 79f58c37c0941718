package org.podium.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Live results from the venue server (issue 13): a connection of its own that {@code LISTEN}s on
 * {@link PostgresContestStore#CHANNEL}, which the server's store notifies at every committed write. {@code changed}
 * runs on the listener's thread at each notification, after every (re)connection (what was appended while the link was
 * down is read again), and every {@code safety} without one (a slow safety poll); the reader then asks the journal's
 * last row id, so a call too many costs one indexed query. A broken connection is made again after a wait that
 * doubles up to 5 s.
 */
public final class JournalListener implements AutoCloseable {
    private final String url;
    private final Properties login;
    private final Duration safety;
    private final Runnable changed;
    private final Thread thread;
    private final AtomicInteger notifications = new AtomicInteger();
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean closed;
    private volatile Connection conn;

    public JournalListener(String url, Properties login, Duration safety, Runnable changed) {
        this.url = url;
        this.login = login;
        this.safety = safety;
        this.changed = changed;
        this.thread = new Thread(this::run, "podium-journal-listener");
        thread.setDaemon(true);
        thread.start();
    }

    /** How many notifications arrived (for tests and the status line). */
    public int notifications() {
        return notifications.get();
    }

    /** How many times the listening connection was made. */
    public int connections() {
        return connections.get();
    }

    private void run() {
        long wait = 50;
        while (!closed) {
            try (Connection c = DriverManager.getConnection(url, login)) {
                conn = c;
                try (Statement st = c.createStatement()) {
                    st.execute("LISTEN " + PostgresContestStore.CHANNEL);
                }
                connections.incrementAndGet();
                wait = 50;
                changed.run(); // read again: facts may have been appended while this station was not listening
                PGConnection pg = c.unwrap(PGConnection.class);
                while (!closed) {
                    PGNotification[] got = pg.getNotifications((int) Math.max(1, safety.toMillis()));
                    if (got != null && got.length > 0) {
                        notifications.addAndGet(got.length);
                    }
                    changed.run(); // a notification, or the safety poll
                }
            } catch (SQLException | RuntimeException e) {
                if (closed) {
                    return;
                }
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException stop) {
                    Thread.currentThread().interrupt();
                    return;
                }
                wait = Math.min(5000, wait * 2);
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        Connection c = conn;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing
            }
        }
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
