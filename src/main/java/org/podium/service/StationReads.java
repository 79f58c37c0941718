package org.podium.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.podium.domain.Fact;
import org.podium.store.ContestStore;
import org.podium.store.JournalRow;
import org.podium.store.Outbox;

/**
 * What a station joined to the venue server reads (docs/venue-server.md, "Stations"): the server's answer with every
 * fact the station saved and the server has not taken yet (waiting in its outbox) laid over it as if recorded, in the
 * station's order, under the journal's current-fact rule (the latest fact of a key wins; a withdrawal removes it; a
 * submit or reopen sets its sheet's state). While the server cannot be reached the last answer it gave to the same read
 * stands in for it, with what was saved since; a read never made before stands on the station's own outbox alone (every
 * fact it saved and the server did not refuse). So a mark typed offline stays on the judge's sheet and a time in its
 * lane, and once uploaded the server's row is shown in its place: the same key, never twice.
 */
final class StationReads {
    private final StationUplink uplink;
    /** The server's last answer to each read, with where the outbox's untaken facts began when it was asked. */
    private final Map<List<Object>, Last> last = new ConcurrentHashMap<>();

    private record Last(Object answer, long firstWaiting) {
    }

    /**
     * One read at the station.
     *
     * @param server  the server's answer (or its last answer while it cannot be reached); null when it never answered
     * @param saved   what the station saved that the server's answer may not hold yet, in the station's order (NOT
     *                ACCEPTED ones aside)
     * @param failure why the server did not answer now, or null
     */
    record Read<T>(T server, List<Outbox.Entry> saved, RuntimeException failure) {
        /** The server's answer, now or the last; the failure when it never answered. */
        T known() {
            if (server == null) {
                throw failure;
            }
            return server;
        }
    }

    StationReads(StationUplink uplink) {
        this.uplink = uplink;
    }

    /**
     * Asks the server (unless the station's uplink found it out of reach), else takes its last answer to
     * {@code what}, and reads the outbox for what to lay over it. A failure other than the server being out of reach
     * is thrown as it is.
     *
     * @param what names the read and its arguments (the key of the last answer)
     */
    @SuppressWarnings("unchecked")
    <T> Read<T> read(List<Object> what, Supplier<T> server) {
        Outbox outbox = uplink.outbox();
        long first = outbox.firstWaiting(); // before the server is asked: a fact sent meanwhile is laid over, not lost
        RuntimeException failure = null;
        if (!uplink.unreachable()) { // else no wait for a connection that cannot be made
            try {
                T answer = server.get();
                last.put(what, new Last(answer, first));
                return new Read<>(answer, outbox.since(first), null);
            } catch (RuntimeException e) {
                if (!outOfReach(e)) {
                    throw e;
                }
                failure = e;
            }
        } else {
            failure = org.podium.store.StoreException.bundledLine("venue.trouble.noServer", uplink.where());
        }
        Last known = last.get(what);
        return known == null ? new Read<>(null, outbox.since(1), failure)
                : new Read<>((T) known.answer(), outbox.since(known.firstWaiting()), failure);
    }

    /** A judge's heat as the server sends it: the judge's current facts of the round and the rows naming them. */
    record Heat(List<Fact> facts, List<JournalRow> rows) {
    }

    /** The heat of {@code official} on a round ({@link ContestStore#currentFactsOf}, {@link ContestStore#journalOf}). */
    Read<Heat> heat(ContestStore store, String official, String eventId, String roundId) {
        return read(List.of("heat", official, eventId, roundId),
                () -> new Heat(store.currentFactsOf(official, eventId, roundId), store.journalOf(official, eventId, roundId)));
    }

    /** The current facts naming {@code official} on a round, what the station saved for them laid over. */
    List<Fact> ownFacts(ContestStore store, String official, String eventId, String roundId) {
        return ownFacts(heat(store, official, eventId, roundId), official, eventId, roundId);
    }

    /** The current facts naming {@code official} on a round in {@code read}, what the station saved for them laid over. */
    static List<Fact> ownFacts(Read<Heat> read, String official, String eventId, String roundId) {
        return current(read.server() == null ? List.of() : read.server().facts(), read.saved(),
                f -> f.event().equals(eventId) && roundId.equals(f.round()) && official.equals(f.official()));
    }

    /** The current facts of one round (every official's, as the server sends them), what the station saved laid over. */
    List<Fact> roundFacts(ContestStore store, String eventId, String roundId) {
        Read<List<Fact>> read = read(List.of("currentFacts"), store::currentFacts);
        return current(read.server() == null ? List.of() : read.server(), read.saved(),
                f -> f.event().equals(eventId) && roundId.equals(f.round()));
    }

    /** The server cannot be reached: no answer, the connection broken, too many stations. */
    private boolean outOfReach(RuntimeException e) {
        String key = VenueTrouble.of(e, "").key();
        return key.equals("venue.trouble.noServer") || key.equals("venue.trouble.tooMany");
    }

    /**
     * The current facts with the station's saved facts laid over them in its order: a fact recorded replaces the
     * current fact of its key, a withdrawal removes it. Only saved facts within {@code scope} are laid over.
     */
    static List<Fact> current(List<Fact> server, List<Outbox.Entry> saved, Predicate<Fact> scope) {
        Map<String, Fact> byKey = new LinkedHashMap<>();
        for (Fact f : server) {
            byKey.put(f.key(), f);
        }
        for (Outbox.Entry e : saved) {
            if (!scope.test(e.fact())) {
                continue;
            }
            if (e.action() == Outbox.Action.RECORD) {
                byKey.remove(e.fact().key()); // the latest of a key comes last, as in the journal
                byKey.put(e.fact().key(), e.fact());
            } else if (e.action() == Outbox.Action.WITHDRAW) {
                byKey.remove(e.fact().key());
            }
        }
        return List.copyOf(byKey.values());
    }

    /**
     * A judge's submitted sheets with the station's saved submits and reopens laid over them in its order (the sheet's
     * latest submit or reopen says its state).
     */
    static Set<String> submitted(Set<String> server, List<Outbox.Entry> saved, String eventId, String roundId, String judge,
                                 int attempt) {
        Set<String> submitted = new java.util.HashSet<>(server);
        for (Outbox.Entry e : saved) {
            Fact f = e.fact();
            if ((e.action() == Outbox.Action.SUBMIT || e.action() == Outbox.Action.REOPEN) && f.event().equals(eventId)
                    && roundId.equals(f.round()) && judge.equals(f.official()) && f.attemptOrFirst() == attempt) {
                if (e.action() == Outbox.Action.SUBMIT) {
                    submitted.add(f.bib());
                } else {
                    submitted.remove(f.bib());
                }
            }
        }
        return submitted;
    }
}
