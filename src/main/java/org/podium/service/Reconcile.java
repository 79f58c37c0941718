package org.podium.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.podium.domain.Contest;
import org.podium.domain.Fact;
import org.podium.store.ContestStore;
import org.podium.store.Outbox;
import org.podium.store.StoreText;

/**
 * Two independent records of each fact (contest-files.md, {@code podium reconcile}): every fact a station's outbox
 * holds, but those the server did not accept, must be in the server's journal, found by its own UUID.
 */
public final class Reconcile {
    private static final int CHUNK = 1000;

    private Reconcile() {
    }

    /** The facts of {@code outbox} that the journal of {@code server} lacks (NOT ACCEPTED ones aside), in the outbox's order. */
    public static List<Outbox.Entry> missing(ContestStore server, Outbox outbox) {
        List<Outbox.Entry> expected = outbox.all().stream().filter(e -> e.state() != Outbox.State.NOT_ACCEPTED).toList();
        List<Outbox.Entry> missing = new ArrayList<>();
        for (int from = 0; from < expected.size(); from += CHUNK) {
            List<Outbox.Entry> chunk = expected.subList(from, Math.min(expected.size(), from + CHUNK));
            Set<UUID> held = server.keysHeld(chunk.stream().map(Outbox.Entry::key).toList());
            for (Outbox.Entry e : chunk) {
                if (!held.contains(e.key())) {
                    missing.add(e);
                }
            }
        }
        return missing;
    }

    /**
     * What {@code podium reconcile} says: one line per fact missing from the journal, one per fact the server did not
     * accept, and the counts.
     *
     * @param missing     a line per fact of an outbox not in the journal (then the command exits 1)
     * @param notAccepted a line per fact the server refused (kept at the station with the reason)
     * @param facts       how many facts the outboxes hold
     */
    public record Report(List<String> missing, List<String> notAccepted, int facts) {
    }

    /**
     * Holds every outbox against the journal of the venue server at {@code link}.
     *
     * @throws IllegalArgumentException in one line for a path that holds no outbox
     */
    public static Report check(VenueLink link, Contest contest, List<Path> outboxes, Clock clock) {
        for (Path p : outboxes) {
            if (!Files.isRegularFile(p)) {
                throw new IllegalArgumentException(StoreText.get("reconcile.noOutbox", p));
            }
        }
        List<String> missing = new ArrayList<>();
        List<String> refused = new ArrayList<>();
        int facts = 0;
        try (ContestStore server = link.connect(contest, clock)) {
            for (Path p : outboxes) {
                try (Outbox outbox = new Outbox(p, clock)) {
                    for (Outbox.Entry e : missing(server, outbox)) {
                        missing.add(StoreText.get("reconcile.missing", p, e.seq(), said(e), e.savedAt(), e.officialId(),
                                e.station(), e.key()));
                    }
                    for (Outbox.Entry e : outbox.notAccepted()) {
                        refused.add(StoreText.get("reconcile.notAccepted", p, e.seq(), said(e), e.refusal()));
                    }
                    facts += outbox.counts().waiting() + outbox.counts().sent() + outbox.counts().notAccepted();
                }
            }
        }
        return new Report(missing, refused, facts);
    }

    /**
     * What the station asked in a few words: a fact recorded as {@link #said(Fact)}; a withdrawal, a sheet's submit or
     * reopen named as such (the outbox names a sheet by a mark of no criterion): {@code submit of J1's sheet,
     * stand/final 101}, {@code withdrawal of time stand/final 101}.
     */
    static String said(Outbox.Entry e) {
        Fact f = e.fact();
        return switch (e.action()) {
            case RECORD -> said(f);
            case WITHDRAW -> StoreText.get("reconcile.what.withdraw", key(f));
            case SUBMIT, REOPEN -> StoreText.get("reconcile.what." + e.action().key(), f.official(), entry(f));
        };
    }

    /** A fact's key in a few words, its value left out: {@code time stand/final 101}, {@code penalty stand/final 102 P1}. */
    private static String key(Fact f) {
        String entry = f.kind().name().toLowerCase(java.util.Locale.ROOT) + ' ' + entry(f);
        return f.item() == null ? entry : entry + ' ' + f.item();
    }

    /** The entry a fact is of: {@code stand/final 101}, with {@code attempt 2} when it names one. */
    private static String entry(Fact f) {
        return f.event() + (f.round() == null ? "" : "/" + f.round()) + ' ' + f.bib()
                + (f.attempt() == null ? "" : " " + StoreText.get("reconcile.what.attempt", f.attempt()));
    }

    /** A fact in a few words: {@code time stand/final 101 31200 ms}, {@code mark stand/final 101 C1 38.5}. */
    static String said(Fact f) {
        StringBuilder sb = new StringBuilder(f.kind().name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(f.event());
        if (f.round() != null) {
            sb.append('/').append(f.round());
        }
        sb.append(' ').append(f.bib());
        if (f.item() != null) {
            sb.append(' ').append(f.item());
        }
        if (f.amount() != null) {
            sb.append(' ').append(f.amount().toPlainString());
        } else if (f.status() != null) {
            sb.append(' ').append(f.status());
        } else if (f.millis() > 0) {
            sb.append(' ').append(f.millis()).append(" ms");
        }
        return sb.toString();
    }
}
