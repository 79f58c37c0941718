package org.podium.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Work numbers of an event with {@code blind_judging: true}: what a judge sees instead of a name, unit or bib
 * (contest-files.md). The spec does not say how they are made; Podium's reading (docs/spec-readings.md):
 *
 * <ul>
 *   <li>each entrant of the event (roster) gets a number of 4 digits, 1000 to 9999 (5 digits when the event has more
 *       than 4,500 entrants, and so on, so that at most half of the numbers are used);</li>
 *   <li>the number is taken from SHA-256 of the contest name, the event id and the bib, so it does not follow the bib
 *       or roster order; entrants are numbered in by-bib order and one whose number is taken gets the next free
 *       one;</li>
 *   <li>the same contest folder always gives the same numbers, in every round, on every machine; adding an entrant
 *       changes no other entrant's number unless their numbers collide (rare).</li>
 * </ul>
 *
 * <p>Numbers hide who made a work from a judge holding a sheet, not from someone holding the roster and Podium.
 */
public final class WorkNumbers {
    private WorkNumbers() {
    }

    /** Bib to work number for every entrant of the event, in by-bib order. */
    public static Map<String, String> of(Contest contest, Event event) {
        List<String> bibs = new ArrayList<>();
        for (Contestant c : contest.entrants(event.id())) {
            bibs.add(c.bib());
        }
        bibs.sort(Bibs.ORDER);
        long low = 1000;
        while (9 * low < 2L * bibs.size()) {
            low *= 10;
        }
        long range = 9 * low;
        Set<Long> taken = new HashSet<>();
        Map<String, String> out = new LinkedHashMap<>();
        for (String bib : bibs) {
            long n = Math.floorMod(hash(contest.name() + '\u0000' + event.id() + '\u0000' + bib), range);
            while (!taken.add(n)) {
                n = (n + 1) % range;
            }
            out.put(bib, String.valueOf(low + n));
        }
        return out;
    }

    private static long hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (d[i] & 0xff);
            }
            return v;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
