package org.podium.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.podium.domain.Contest;
import org.podium.domain.Fact;
import org.podium.store.ContestStore;
import org.podium.store.Outbox;

/**
 * A station joined to the venue server (contest-files.md, "Several stations"): every fact is saved first in the
 * station's {@link Outbox} ("saved" = durable on the station, whatever the network), then one uploader thread sends the
 * saved facts in order through {@link Recording#recordOnce} to the server's journal, each with its own UUID, so a
 * resend after a lost reply doubles nothing. A broken connection is dropped and made again after a wait that doubles up
 * to {@code maxWait}; a fact the server refuses (the round was locked meanwhile) is kept in the outbox as NOT ACCEPTED
 * with the server's reason, and the next one is sent: nothing is retried forever, nothing is lost.
 */
public final class StationUplink implements AutoCloseable {
    /** The first wait after a failed upload, doubled at each failure up to {@link #LONGEST_WAIT}. */
    public static final java.time.Duration FIRST_WAIT = java.time.Duration.ofMillis(200);
    /**
     * The longest wait between tries: a link that returns is found within it, so a 100-fact backlog is cleared within
     * the 5 s (2 s of waiting at most, then about 0.3 s of sending; docs/venue-server.md).
     */
    public static final java.time.Duration LONGEST_WAIT = java.time.Duration.ofSeconds(2);

    /** Opens a connection to the server's journal (a new one after every break). */
    @FunctionalInterface
    public interface Server {
        ContestStore connect();

        /** The server as its officials name it (HOST:PORT). */
        default String where() {
            return "";
        }

        /** How far this laptop's clock is off the server's, measured at the last connection (zero when unknown). */
        default java.time.Duration clockOff() {
            return java.time.Duration.ZERO;
        }
    }

    /**
     * What the station shows: connected or not, how many facts wait, when the last was uploaded, how many the server did
     * not accept, and the last connection problem (null while connected).
     */
    public record Status(boolean connected, int waiting, int notAccepted, Instant lastUpload, String problem,
                         Duration clockOff, int unacknowledged, String where, Instant downSince, VenueTrouble trouble) {
        /** Whether this laptop's clock is off the server's by more than a minute (its rows dated by the server's). */
        public boolean clockWrong() {
            return clockOff.abs().compareTo(VenueLink.CLOCK_TOLERANCE) > 0;
        }
    }

    private static final int BATCH = 50;

    private final Contest contest;
    private final Outbox outbox;
    private final Server server;
    private final Duration firstWait;
    private final Duration maxWait;
    private final List<Consumer<Status>> listeners = new CopyOnWriteArrayList<>();
    private final Object wake = new Object();
    private final Thread thread;
    private volatile boolean closed;
    private volatile boolean connected;
    private volatile String problem;
    /** Since when the server cannot be reached (null while connected), and why in a chief judge's words. */
    private volatile Instant downSince = Instant.now();
    private volatile VenueTrouble trouble;
    private String logged;
    private ContestStore store;
    private Recording recording;
    /** The session token of the official logged in at this station now (schema 8), saved with each entry. */
    private volatile java.util.function.Supplier<String> sessions = () -> null;

    public StationUplink(Contest contest, Outbox outbox, Server server, Duration firstWait, Duration maxWait) {
        this.contest = Objects.requireNonNull(contest);
        this.outbox = Objects.requireNonNull(outbox);
        this.server = Objects.requireNonNull(server);
        this.firstWait = firstWait;
        this.maxWait = maxWait;
        this.thread = new Thread(this::run, "podium-uplink-" + outbox.file().getFileName());
        thread.setDaemon(true);
    }

    /** Starts sending. */
    public StationUplink start() {
        thread.start();
        return this;
    }

    /**
     * Where the session token of the official logged in at this station is read (the station's store): each entry is
     * saved with it and sent on a connection bound to it, so the server records it in that official's name only.
     */
    public void sessions(java.util.function.Supplier<String> tokens) {
        this.sessions = Objects.requireNonNull(tokens);
    }

    /** The keys of this station's entries saved under session token {@code token} that still wait to be sent. */
    public List<java.util.UUID> waitingWith(String token) {
        return outbox.waitingWith(token);
    }

    /** Saves a fact in the outbox (durable when this returns) and wakes the uploader; nothing of the network is awaited. */
    public Outbox.Entry save(String officialId, String station, Fact fact, String reason) {
        outbox.session(sessions.get());
        Outbox.Entry saved = outbox.save(officialId, station, fact, reason);
        synchronized (wake) {
            wake.notifyAll();
        }
        tell();
        return saved;
    }

    /** Saves a withdrawal, a sheet's submit or reopen in the outbox, in order with the facts, and wakes the uploader. */
    public Outbox.Entry save(Outbox.Action action, String officialId, String station, Fact fact, String reason) {
        outbox.session(sessions.get());
        Outbox.Entry saved = outbox.save(action, officialId, station, fact, reason);
        synchronized (wake) {
            wake.notifyAll();
        }
        tell();
        return saved;
    }

    /** Saves several facts in the outbox in one transaction (the laps of one entry): all of them or none. */
    public List<Outbox.Entry> saveAll(String officialId, String station, List<Fact> facts, String reason) {
        outbox.session(sessions.get());
        List<Outbox.Entry> saved = outbox.saveAll(officialId, station, facts, reason);
        synchronized (wake) {
            wake.notifyAll();
        }
        tell();
        return saved;
    }

    public Outbox outbox() {
        return outbox;
    }

    /** Called with the status after every change (on the uploader's thread, or the saving one). */
    public void onStatus(Consumer<Status> listener) {
        listeners.add(listener);
    }

    /** The server as its officials name it (HOST:PORT). */
    public String where() {
        return server.where();
    }

    /** Whether the uploader holds a connection to the server now (no query: the outbox is not read). */
    public boolean connected() {
        return connected;
    }

    /**
     * Whether the uploader found the server out of reach: its last try failed and none succeeded since (false while
     * it makes its first connection, which a station's first reads need not wait for).
     */
    boolean unreachable() {
        return !connected && trouble != null;
    }

    public Status status() {
        Outbox.Counts c = outbox.counts();
        return new Status(connected, c.waiting(), c.notAccepted(), c.lastUpload(), problem, server.clockOff(),
                c.unacknowledged(), server.where(), downSince, trouble);
    }

    private void tell() {
        if (listeners.isEmpty()) {
            return;
        }
        Status now = status();
        for (Consumer<Status> l : listeners) {
            l.accept(now);
        }
    }

    private void run() {
        Duration wait = firstWait;
        while (!closed) {
            try {
                if (recording == null) {
                    store = server.connect();
                    recording = new Recording(new ResultsService(contest, List.of(), store));
                    sendAgainWhatTheServerLacks();
                    reportNotAccepted();
                    connected = true;
                    problem = null;
                    trouble = null;
                    downSince = null;
                    logged = null;
                    wait = firstWait;
                    tell();
                }
                List<Outbox.Entry> next = outbox.waiting(BATCH);
                if (next.isEmpty()) {
                    synchronized (wake) {
                        if (outbox.counts().waiting() == 0 && !closed) {
                            wake.wait(1000);
                        }
                    }
                    store.lastRowId(); // idle: one indexed query a second keeps "connected" true, and finds a server gone
                    continue;
                }
                sendAhead(next);
                for (Outbox.Entry e : next) {
                    if (closed) {
                        return;
                    }
                    send(e);
                }
                reportNotAccepted();
                tell();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException broken) { // the connection broke (or could not be made): drop it, wait, connect again
                disconnect();
                problem = String.valueOf(broken.getMessage());
                trouble = VenueTrouble.of(broken, server.where());
                if (downSince == null) {
                    downSince = Instant.now();
                }
                if (!problem.equals(logged)) { // the driver's own words: for the log (standard error), not the screen
                    System.err.println("podium: venue server" + (server.where().isEmpty() ? "" : " " + server.where()) + ": "
                            + problem);
                    logged = problem;
                }
                tell();
                try {
                    Thread.sleep(wait.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                wait = wait.multipliedBy(2).compareTo(maxWait) > 0 ? maxWait : wait.multipliedBy(2);
            }
        }
    }

    /**
     * After each connection: a fact answered by a server that does not hold it now (the server laptop died and a
     * snapshot was restored into a new one) is sent again, in its place in the station's order.
     */
    private void sendAgainWhatTheServerLacks() {
        List<Outbox.Entry> answered = outbox.sent();
        List<java.util.UUID> lacking = new java.util.ArrayList<>();
        for (int from = 0; from < answered.size(); from += 1000) {
            List<Outbox.Entry> chunk = answered.subList(from, Math.min(answered.size(), from + 1000));
            java.util.Set<java.util.UUID> held = store.keysHeld(chunk.stream().map(Outbox.Entry::key).toList());
            chunk.stream().map(Outbox.Entry::key).filter(k -> !held.contains(k)).forEach(lacking::add);
        }
        if (!lacking.isEmpty()) {
            outbox.sendAgain(lacking);
        }
    }

    /**
     * The leading run of recorded and withdrawn facts of the batch sent to the server at once (a submit or reopen, whose
     * completeness the station checks first, ends the run: nothing is sent ahead of it, so the server takes every entry
     * in the station's order); {@link #send} then finds each one's verdict made. Sent again with the same keys, none is
     * recorded twice.
     */
    private void sendAhead(List<Outbox.Entry> next) {
        List<Outbox.Entry> run = new java.util.ArrayList<>();
        for (Outbox.Entry e : next) {
            if (e.action() != Outbox.Action.RECORD && e.action() != Outbox.Action.WITHDRAW) {
                break;
            }
            run.add(e);
        }
        if (run.size() > 1) {
            store.sendAhead(run, outbox::token);
        }
    }

    private void send(Outbox.Entry e) {
        try {
            store.bind(outbox.token(e.key())); // the server records it in the name of the official bound only
            long id = recording.sendOnce(e.action(), e.key(), e.officialId(), e.station(), e.fact(), e.reason());
            outbox.sent(e.key(), id);
        } catch (Refused refused) {
            outbox.notAccepted(e.key(), refused.getMessage(), refused.key().orElse(null), refused.args());
        }
    }

    /**
     * Reports to the server the facts it did not accept (kept there beside the journal, for the head table's list): each
     * once, however often it is reported (a lost reply).
     */
    private void reportNotAccepted() {
        for (Outbox.Entry e : outbox.unreported()) {
            store.reportNotAccepted(e.notAccepted());
            outbox.reported(e.key());
        }
    }

    /** The facts the server did not accept that no one at this station has acknowledged yet, in the station's order. */
    public List<org.podium.domain.NotAccepted> unacknowledged() {
        return outbox.unacknowledged().stream().map(Outbox.Entry::notAccepted).toList();
    }

    /** Someone at the station read that the server did not accept this fact: it is no longer shown. */
    public void acknowledge(java.util.UUID key) {
        outbox.acknowledged(key);
        tell();
    }

    private void disconnect() {
        connected = false;
        recording = null;
        if (store != null) {
            try {
                store.close();
            } catch (RuntimeException ignored) {
                // the connection is broken already
            }
            store = null;
        }
    }

    @Override
    public void close() {
        closed = true;
        synchronized (wake) {
            wake.notifyAll();
        }
        thread.interrupt();
        try {
            thread.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        disconnect();
        outbox.close();
    }
}
