package org.podium.service;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.podium.contestfile.ContestFileException;
import org.podium.contestfile.ContestFolder;
import org.podium.contestfile.Limits;
import org.podium.contestfile.TextFiles;
import org.podium.contestfile.Problem;
import org.podium.domain.Component;
import org.podium.domain.Contest;
import org.podium.domain.Contestant;
import org.podium.domain.Event;
import org.podium.domain.Fact;
import org.podium.domain.FactKind;
import org.podium.domain.Role;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Ready for the day (issue 14): what is still missing before a contest can be run, each a {@link Missing} a screen says
 * in its own language ({@code people.ready.<KIND>} keys). Nothing missing: the contest is ready. The readings of
 * "a heat without contestants" and the rest are in docs/spec-readings.md ("Ready for the day").
 */
public final class Readiness {
    /** What may be missing. */
    public enum Kind {
        /** a problem of the contest files as {@code podium validate} says it: {file:line: message} */
        FILE_PROBLEM,
        /** how many more problems the files have than are listed: {count} */
        MORE_FILE_PROBLEMS,
        /** an event's weights that do not add up to 1: {event, sum, remainder} */
        WEIGHTS,
        /** no chief with an account (nobody can lock, publish or reset a PIN) */
        NO_CHIEF,
        /** an official named in contest.yaml with no account, so no PIN: {id, role} */
        OFFICIAL_WITHOUT_PIN,
        /** an event scoring quality with no judge: {event} */
        EVENT_WITHOUT_JUDGES,
        /** an event scoring time with no timekeeper: {event} */
        EVENT_WITHOUT_TIMEKEEPERS,
        /** an event nobody on the roster is entered in: {event} */
        EVENT_WITHOUT_CONTESTANTS,
        /** a heat numbered between others with nobody in it: {event, heat} */
        HEAT_WITHOUT_CONTESTANTS,
        /** contestants of an event with heats who are in none: {event, count, the first bibs} */
        CONTESTANTS_WITHOUT_HEAT,
        /** an event counting theory with no theory result at all: {event} */
        NO_THEORY,
        /** an event counting theory where some contestants have no result: {event, count, the first bibs} */
        THEORY_MISSING,
        /** a real contest whose date is already past (often a template's, kept by mistake): {date} */
        DATE_PAST
    }

    /** One thing missing, with the values its message names. */
    public record Missing(Kind kind, List<String> args) {
        public Missing {
            args = List.copyOf(args);
        }

        static Missing of(Kind kind, Object... args) {
            List<String> texts = new ArrayList<>();
            for (Object a : args) {
                texts.add(String.valueOf(a));
            }
            return new Missing(kind, texts);
        }

        /** The bundle key saying it. */
        public String key() {
            return "people.ready." + kind.name();
        }
    }

    /** How many bibs a message lists (it gives the count of all). */
    static final int BIBS_SHOWN = 5;
    private static final Pattern WEIGHTS_PROBLEM = Pattern.compile(
            "(?:events\\[(\\d+)\\][^:]*): weights add up to ([-0-9.]+), they must add up to exactly 1");

    private Readiness() {
    }

    /**
     * What a contest folder still lacks: the problems of its files (as {@code podium validate} finds them) and, once
     * they read, what the contest, its roster, its theory results and {@code officials} (from {@link OfficialsDesk})
     * still lack. Blocking I/O: call it on an executor.
     */
    public static List<Missing> check(Path dir, List<OfficialsDesk.Official> officials, java.time.LocalDate today) {
        List<Missing> out = new ArrayList<>(check(dir, officials));
        Contest yaml = OfficialsDesk.setupContest(dir);
        if (yaml != null && !yaml.sample() && yaml.date() != null && yaml.date().isBefore(today)) {
            // certificates and sheets print the date: a date kept from the template is a slip, not a choice
            out.add(0, Missing.of(Kind.DATE_PAST, yaml.date().toString()));
        }
        return out;
    }

    /** As {@link #check(Path, List, java.time.LocalDate)}, the contest's date not looked at. */
    public static List<Missing> check(Path dir, List<OfficialsDesk.Official> officials) {
        ContestFolder.Checked checked = ContestFolder.check(dir);
        if (checked.folder() == null) {
            List<Missing> out = new ArrayList<>();
            Contest yaml = OfficialsDesk.setupContest(dir);
            for (Problem p : checked.problems()) {
                Matcher m = WEIGHTS_PROBLEM.matcher(p.message());
                if (m.find()) {
                    int index = Integer.parseInt(m.group(1));
                    String event = eventId(dir, index);
                    BigDecimal sum = new BigDecimal(m.group(2));
                    out.add(Missing.of(Kind.WEIGHTS, event, sum.toPlainString(), BigDecimal.ONE.subtract(sum).toPlainString()));
                } else {
                    out.add(Missing.of(Kind.FILE_PROBLEM, p.toString()));
                }
            }
            if (checked.omitted() > 0) {
                out.add(Missing.of(Kind.MORE_FILE_PROBLEMS, checked.omitted()));
            }
            out.addAll(officials(yaml, officials));
            return out;
        }
        return check(checked.folder().contest(), checked.folder().theoryFacts(), officials);
    }

    /** What a contest read without problems still lacks (also for a contest being set up in memory). */
    public static List<Missing> check(Contest contest, List<Fact> theory, List<OfficialsDesk.Official> officials) {
        List<Missing> out = new ArrayList<>();
        for (Event e : contest.events()) {
            BigDecimal sum = e.weights().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(BigDecimal.ONE) != 0) {
                out.add(Missing.of(Kind.WEIGHTS, e.id(), sum.toPlainString(), BigDecimal.ONE.subtract(sum).toPlainString()));
            }
        }
        out.addAll(officials(contest, officials));
        for (Event e : contest.events()) {
            if (e.uses(Component.QUALITY) && e.judges().isEmpty()) {
                out.add(Missing.of(Kind.EVENT_WITHOUT_JUDGES, e.id()));
            }
            if (e.uses(Component.TIME) && e.timekeepers().isEmpty()) {
                out.add(Missing.of(Kind.EVENT_WITHOUT_TIMEKEEPERS, e.id()));
            }
            List<Contestant> entrants = contest.entrants(e.id());
            if (entrants.isEmpty()) {
                out.add(Missing.of(Kind.EVENT_WITHOUT_CONTESTANTS, e.id()));
                continue;
            }
            heats(e, entrants, out);
            if (e.uses(Component.THEORY)) {
                theory(e, entrants, theory, out);
            }
        }
        return out;
    }

    /**
     * The id of the {@code index}th event as contest.yaml writes it, when contest.yaml cannot be read as a contest
     * (weights that do not add up): {@code events[index]} when it has none.
     */
    static String eventId(Path dir, int index) {
        try {
            String text = TextFiles.read(dir.resolve(ContestFolder.CONTEST_FILE), "the contest scheme",
                    Limits.CONTEST_YAML_BYTES, ContestFolder.CONTEST_FILE);
            Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            if (doc instanceof Map<?, ?> top && top.get("events") instanceof List<?> events && index < events.size()
                    && events.get(index) instanceof Map<?, ?> event && event.get("id") != null) {
                return String.valueOf(event.get("id"));
            }
        } catch (ContestFileException | RuntimeException e) {
            // unreadable: named by its place
        }
        return "events[" + index + "]";
    }

    /** Officials contest.yaml names without an account, and no chief. */
    private static List<Missing> officials(Contest contest, List<OfficialsDesk.Official> officials) {
        List<Missing> out = new ArrayList<>();
        if (officials.stream().noneMatch(o -> o.account() && o.role() == Role.CHIEF)) {
            out.add(Missing.of(Kind.NO_CHIEF));
        }
        Map<String, Role> named = new LinkedHashMap<>();
        for (Event e : contest.events()) {
            e.timekeepers().forEach(id -> named.putIfAbsent(id, Role.TIMEKEEPER));
            e.judges().forEach(id -> named.putIfAbsent(id, Role.JUDGE));
        }
        Set<String> accounts = new LinkedHashSet<>();
        officials.stream().filter(OfficialsDesk.Official::account).forEach(o -> accounts.add(o.id()));
        named.forEach((id, role) -> {
            if (!accounts.contains(id)) {
                out.add(Missing.of(Kind.OFFICIAL_WITHOUT_PIN, id, role.key()));
            }
        });
        return out;
    }

    /**
     * Heats: when some entrants have a heat, those without one are in none; when the heats are numbers, every number
     * between the lowest and the highest has somebody in it.
     */
    private static void heats(Event e, List<Contestant> entrants, List<Missing> out) {
        List<String> without = new ArrayList<>();
        TreeSet<Integer> numbered = new TreeSet<>();
        boolean allNumbers = true;
        for (Contestant c : entrants) {
            if (c.heat().isBlank()) {
                without.add(c.bib());
            } else if (c.heat().matches("\\d{1,6}")) {
                numbered.add(Integer.parseInt(c.heat()));
            } else {
                allNumbers = false;
            }
        }
        if (!without.isEmpty() && without.size() < entrants.size()) {
            out.add(Missing.of(Kind.CONTESTANTS_WITHOUT_HEAT, e.id(), without.size(), bibs(without)));
        }
        if (allNumbers && !numbered.isEmpty()) {
            for (int h = numbered.first() + 1; h < numbered.last(); h++) {
                if (!numbered.contains(h)) {
                    out.add(Missing.of(Kind.HEAT_WITHOUT_CONTESTANTS, e.id(), h));
                }
            }
        }
    }

    private static void theory(Event e, List<Contestant> entrants, List<Fact> theory, List<Missing> out) {
        Set<String> marked = new LinkedHashSet<>();
        for (Fact f : theory) {
            if (f.kind() == FactKind.THEORY && e.id().equals(f.event())) {
                marked.add(f.bib());
            }
        }
        if (marked.isEmpty()) {
            out.add(Missing.of(Kind.NO_THEORY, e.id()));
            return;
        }
        List<String> without = entrants.stream().map(Contestant::bib).filter(b -> !marked.contains(b)).toList();
        if (!without.isEmpty()) {
            out.add(Missing.of(Kind.THEORY_MISSING, e.id(), without.size(), bibs(without)));
        }
    }

    private static String bibs(List<String> bibs) {
        return String.join(", ", bibs.subList(0, Math.min(BIBS_SHOWN, bibs.size())));
    }
}
