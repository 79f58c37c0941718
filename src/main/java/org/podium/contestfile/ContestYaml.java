package org.podium.contestfile;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.podium.domain.Advance;
import org.podium.domain.AwardRules;
import org.podium.domain.Component;
import org.podium.domain.Contest;
import org.podium.domain.Criterion;
import org.podium.domain.Event;
import org.podium.domain.Options;
import org.podium.domain.Penalty;
import org.podium.domain.QualityRules;
import org.podium.domain.RaceTime;
import org.podium.domain.Round;
import org.podium.domain.TeamRules;
import org.podium.domain.Tier;
import org.podium.domain.TimeScoreRules;
import org.podium.domain.TimingRules;
import org.podium.domain.Title;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.resolver.Resolver;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads and validates {@code contest.yaml} (shared/spec/contest-files.md) into a {@link Contest} with every
 * default of scoring.md applied and an empty roster.
 *
 * <p>The file is read as a tree of SnakeYAML nodes, every scalar as the text written (YAML 1.1 would make
 * an unquoted {@code 0:30} the number 30 and {@code 2020-07-20} a date; nothing here lets the resolver
 * decide). Every problem is collected, each with its line and column, and reported at once.
 */
public final class ContestYaml {
    static final List<String> TOP = List.of("contest", "decimals", "events", "teams");
    static final List<String> CONTEST = List.of("name", "date", "venue", "organiser", "sample");
    static final List<String> EVENT = List.of("id", "name", "timekeepers", "judges", "blind_judging", "laps", "attempts",
            "timing", "time_score", "quality", "theory", "penalties", "total", "ranking", "rounds", "awards");
    static final List<String> TIMING = List.of("aggregate", "required", "resolution_ms", "rounding", "tolerance_ms", "limit",
            "over_limit");
    static final List<String> TIME_SCORE = List.of("method", "standard", "points_per_second");
    static final List<String> QUALITY = List.of("aggregate", "trim", "level", "required", "tolerance", "criteria");
    static final List<String> CRITERION = List.of("id", "name", "max", "kind", "step", "scale", "max_spread");
    static final List<String> THEORY = List.of("max");
    static final List<String> PENALTY = List.of("code", "name", "points", "seconds");
    static final List<String> TOTAL = List.of("weights");
    static final List<String> WEIGHTS = List.of("time", "quality", "theory");
    static final List<String> RANKING = List.of("tie_break");
    static final List<String> ROUND = List.of("id", "name", "advance", "awards");
    static final List<String> ADVANCE = List.of("count", "share", "max_per_unit");
    static final List<String> AWARDS = List.of("tiers", "quota_rounding", "ties", "min_total", "titles");
    static final List<String> TIER = List.of("name", "count", "share");
    static final List<String> TITLE = List.of("name", "count", "min_total", "min_quality", "min_time_score", "tier", "where",
            "max_age");
    static final List<String> TEAMS = List.of("score", "k");

    /** Defaults of scoring.md and contest-files.md. */
    public static final int DEFAULT_DECIMALS = 2;
    public static final int DEFAULT_RESOLUTION_MS = 10;
    public static final long DEFAULT_TOLERANCE_MS = 500;
    public static final int DEFAULT_TRIM = 1;
    public static final BigDecimal DEFAULT_STEP = new BigDecimal("0.5");
    public static final int DEFAULT_SCALE = 3;
    public static final int DEFAULT_MAX_SPREAD = 1;
    public static final BigDecimal DEFAULT_THEORY_MAX = new BigDecimal("100");
    /**
     * The round of an event that lists none: id {@code final}, and no name of its own (issue 15: an event of one round
     * is not called 决赛 unless contest.yaml says so).
     */
    public static final Round DEFAULT_ROUND = new Round("final", "", null, false);

    private static final Pattern EVENT_ID = Pattern.compile("[a-z0-9-]+");

    private ContestYaml() {
    }

    /**
     * Reads {@code file} (UTF-8 or GB18030, see {@link TextFiles}).
     *
     * @return the contest with an empty roster
     * @throws ContestFileException with every problem, each naming the file as given, line and column
     */
    public static Contest read(Path file) throws ContestFileException {
        String text = TextFiles.read(file, "contestfile.expect.yaml", Limits.CONTEST_YAML_BYTES,
                "contestfile.what.yaml");
        return parse(text, file.toString());
    }

    /**
     * Reads contest.yaml text.
     *
     * @param file the name used in messages
     */
    public static Contest parse(String text, String file) throws ContestFileException {
        return parse(text, file, FileText.current());
    }

    /**
     * Reads contest.yaml text with the messages in {@code words}' language (a setup screen's own); the command line
     * reads it in English ({@link #parse(String, String)}). The problems are the same in every language.
     */
    public static Contest parse(String text, String file, FileText words) throws ContestFileException {
        return parse(text, file, words, false);
    }

    /**
     * As {@link #parse(String, String, FileText)}; with {@code setup} the stricter checks of the setup screen are made
     * too (a measurement step that does not divide its max: legal in contest.yaml, where marks are multiples of the
     * step up to max, so the command line accepts it, but a slip when typed into the setup screen: spec reading 56).
     */
    public static Contest parse(String text, String file, FileText words, boolean setup) throws ContestFileException {
        YamlMap.Sink sink = new YamlMap.Sink(file, words);
        sink.setup = setup;
        Contest contest = new ContestYaml.Reader(sink).read(text);
        if (!sink.problems.isEmpty() || contest == null) {
            if (sink.problems.isEmpty()) {
                sink.problems.add(Problem.of(file, words.get("contestfile.yaml.nothing")));
            }
            List<Problem> sorted = new ArrayList<>(sink.problems);
            sorted.sort(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column));
            throw new ContestFileException(sorted);
        }
        return contest;
    }

    /** Keeps the node where an id was first used, to name its line when it comes again. */
    private static final class Ids {
        private final Map<String, Node> seen = new LinkedHashMap<>();

        /** False (with a problem) when {@code id} was seen before. */
        boolean add(YamlMap.Sink sink, String id, Node at, String what, String where) {
            Node first = seen.putIfAbsent(id, at);
            if (first != null) {
                sink.at(at, sink.say("twice", sink.say("what." + what), sink.q(id), where, firstAt(sink, first, at)));
                return false;
            }
            return true;
        }
    }

    private static final class Reader {
        private final YamlMap.Sink sink;
        private LocalDate date;
        private boolean dateGiven;
        /** Whether the event being read gives timing.limit (even a bad one, already reported). */
        private boolean limitGiven;
        /** Whether the event being read lists criteria (even bad ones, already reported). */
        private boolean criteriaListed;

        Reader(YamlMap.Sink sink) {
            this.sink = sink;
        }

        /**
         * The node tree, built by SnakeYAML's parser and composer alone: no object construction, and no
         * implicit type resolution (every scalar stays text, so 0:30 is never read as 30). This also keeps
         * the start of every run of podium short. The text is read through {@link YamlText}, in linear time.
         */
        private static Node compose(String text) {
            LoaderOptions options = new LoaderOptions();
            Resolver textOnly = new Resolver() {
                @Override
                protected void addImplicitResolvers() {
                    // none: scalars are read as text
                }
            };
            return new Composer(new ParserImpl(new YamlText(text), options), textOnly, options)
                    .getSingleNode();
        }

        Contest read(String text) {
            Node root;
            try {
                root = compose(text);
            } catch (MarkedYAMLException e) {
                Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
                String what = e.getProblem() == null ? sink.words.get("contestfile.yaml.notYaml") : e.getProblem();
                String hint = sink.words.get(what.contains("\\t") || what.contains("\t") ? "contestfile.yaml.tabs"
                        : "contestfile.yaml.indent");
                String context = e.getContext() == null ? "" : " " + e.getContext();
                sink.problems.add(new Problem(sink.file, m == null ? 0 : m.getLine() + 1, m == null ? 0 : m.getColumn() + 1,
                        sink.words.get("contestfile.yaml.invalid", what + context, hint)));
                return null;
            } catch (ReaderException e) {
                sink.problems.add(Problem.of(sink.file, sink.words.get("contestfile.yaml.control",
                        String.format("%04X", e.getCodePoint()), e.getPosition() + 1)));
                return null;
            } catch (YAMLException e) {
                sink.problems.add(Problem.of(sink.file, sink.words.get("contestfile.yaml.invalid", e.getMessage(), "")));
                return null;
            }
            if (root == null || YamlMap.isNull(root)) {
                sink.problems.add(Problem.of(sink.file, sink.words.get("contestfile.yaml.nothing")));
                return null;
            }
            YamlMap top = YamlMap.of(sink, root, "", TOP);
            if (top == null) {
                return null;
            }
            String name = null;
            String venue = "";
            String organiser = "";
            boolean sample = false;
            if (top.node("contest") == null) {
                top.missing("contest", sink.say("example.contest"));
            } else {
                YamlMap c = top.map("contest", CONTEST);
                if (c != null) {
                    name = c.requiredText("name", sink.say("example.contestName"));
                    dateGiven = c.node("date") != null;
                    date = c.date("date");
                    venue = orElse(c.text("venue"), "");
                    organiser = orElse(c.text("organiser"), "");
                    sample = orElse(c.bool("sample"), false);
                }
            }
            int decimals = orElse(top.whole("decimals", 0, null), DEFAULT_DECIMALS);
            List<Event> events = new ArrayList<>();
            if (top.node("events") == null) {
                top.missing("events", sink.say("example.events"));
            } else {
                SequenceNode list = top.list("events", "'- id: stand' lines");
                if (list != null) {
                    if (list.getValue().isEmpty()) {
                        sink.at(list, sink.say("noEvents"));
                    }
                    Ids ids = new Ids();
                    for (int i = 0; i < list.getValue().size(); i++) {
                        Event e = event(list.getValue().get(i), "events[" + i + "]", ids);
                        if (e != null) {
                            events.add(e);
                        }
                    }
                }
            }
            TeamRules teams = null;
            YamlMap t = top.map("teams", TEAMS);
            if (t != null) {
                Options.TeamScore score = orElse(t.choice("score", Options.TeamScore.class), Options.TeamScore.SUM_BEST);
                Integer k = null;
                if (t.node("k") == null) {
                    t.missing("k", sink.say("example.teamK"));
                } else {
                    k = t.whole("k", 1, null);
                }
                teams = new TeamRules(score, k == null ? 1 : k);
            }
            if (!sink.problems.isEmpty()) {
                return null;
            }
            return new Contest(name, date, venue, organiser, decimals, events, teams, List.of(), sample);
        }

        private Event event(Node node, String path, Ids eventIds) {
            YamlMap m = YamlMap.of(sink, node, path, EVENT);
            if (m == null) {
                return null;
            }
            int before = sink.count();
            String id = m.requiredText("id", sink.say("example.eventId"));
            if (id != null) {
                if (!EVENT_ID.matcher(id).matches()) {
                    sink.at(m.node("id"), sink.say("eventId", m.at("id"), sink.q(id)));
                } else {
                    eventIds.add(sink, id, m.node("id"), "eventId", "");
                }
            }
            String name = m.requiredText("name", sink.say("example.eventName"));
            List<String> timekeepers = officials(m, "timekeepers");
            List<String> judges = officials(m, "judges");
            boolean blind = orElse(m.bool("blind_judging"), false);
            int laps = orElse(m.whole("laps", 1, null), 1);
            int attempts = orElse(m.whole("attempts", 1, null), 1);

            // total.weights first: several checks below depend on the components used
            Map<Component, BigDecimal> weights = new EnumMap<>(Component.class);
            Map<Component, Node> listed = new EnumMap<>(Component.class);
            weights(m, weights, listed);

            TimingRules timing = timing(m, timekeepers.size());
            TimeScoreRules timeScore = timeScore(m, timing);
            QualityRules quality = quality(m, judges.size());

            BigDecimal theoryMax = DEFAULT_THEORY_MAX;
            YamlMap th = m.map("theory", THEORY);
            if (th != null) {
                theoryMax = orElse(th.positive("max"), DEFAULT_THEORY_MAX);
            }
            List<Penalty> penalties = penalties(m);
            List<Options.TieBreak> tieBreak = tieBreak(m);
            List<Round> rounds = rounds(m);
            AwardRules awards = awards(m, listed);

            // components used need their officials
            if (listed.containsKey(Component.TIME) && timekeepers.isEmpty()) {
                sink.at(listed.get(Component.TIME), sink.say("noTimekeepers", path + ".total.weights"));
            }
            if (listed.containsKey(Component.QUALITY)) {
                if (judges.isEmpty()) {
                    sink.at(listed.get(Component.QUALITY), sink.say("noJudges", path + ".total.weights"));
                }
                if (!criteriaListed) {
                    sink.at(listed.get(Component.QUALITY), sink.say("noCriteria", path + ".total.weights"));
                }
            }
            if (sink.count() > before) {
                return null;
            }
            try {
                return new Event(id, name, timekeepers, judges, blind, laps, attempts, timing, timeScore, quality, theoryMax,
                        penalties, weights, tieBreak, rounds, awards);
            } catch (IllegalArgumentException e) {
                sink.at(node, path + ": " + e.getMessage());
                return null;
            }
        }

        private List<String> officials(YamlMap m, String key) {
            List<String> out = new ArrayList<>();
            SequenceNode list = m.list(key, "[" + (key.equals("judges") ? "J1, J2, J3" : "T1, T2, T3") + "]");
            if (list == null) {
                return out;
            }
            Ids ids = new Ids();
            List<Node> items = list.getValue();
            for (int i = 0; i < items.size(); i++) {
                Node n = items.get(i);
                String where = m.at(key) + "[" + i + "]";
                if (!(n instanceof ScalarNode s) || YamlMap.isNull(n)) {
                    sink.at(n, sink.say("expectedFound", where, sink.say("expect.official", key.equals("judges") ? "J1" : "T1"),
                            YamlMap.describe(sink, n)));
                    continue;
                }
                String id = s.getValue().strip();
                if (id.isEmpty()) {
                    sink.at(n, sink.say("emptyOfficial", where));
                    continue;
                }
                if (ids.add(sink, id, n, key.equals("judges") ? "judge" : "timekeeper", sink.say("where.in", m.at(key)))) {
                    out.add(id);
                }
            }
            return out;
        }

        private void weights(YamlMap m, Map<Component, BigDecimal> weights, Map<Component, Node> listed) {
            String example = sink.say("example.weights");
            if (m.node("total") == null) {
                m.missing("total", sink.say("example.total", example));
                return;
            }
            YamlMap total = m.map("total", TOTAL);
            if (total == null) {
                return;
            }
            if (total.node("weights") == null) {
                total.missing("weights", example);
                return;
            }
            YamlMap w = total.map("weights", WEIGHTS);
            if (w == null) {
                return;
            }
            int before = sink.count();
            BigDecimal sum = BigDecimal.ZERO;
            for (Component c : Component.values()) {
                if (w.node(c.key()) == null) {
                    if (w.keyNode(c.key()) != w.node) {
                        sink.at(w.keyNode(c.key()), sink.say("noWeight", w.at(c.key())));
                    }
                    continue;
                }
                listed.put(c, w.keyNode(c.key()));
                BigDecimal v = w.nonNegative(c.key());
                if (v != null) {
                    weights.put(c, v);
                    sum = sum.add(v);
                }
            }
            if (sink.count() == before && sum.compareTo(BigDecimal.ONE) != 0) {
                BigDecimal rest = BigDecimal.ONE.subtract(sum);
                sink.at(w.node, sink.say("weights", w.path, plain(sum))
                        + sink.say(rest.signum() > 0 ? "weights.missing" : "weights.over", plain(rest.abs())));
            }
        }

        private TimingRules timing(YamlMap e, int timekeepers) {
            Options.TimeAggregate aggregate = Options.TimeAggregate.MEDIAN;
            int required = timekeepers;
            int resolution = DEFAULT_RESOLUTION_MS;
            Options.TimeRounding rounding = Options.TimeRounding.HALF_UP;
            long tolerance = DEFAULT_TOLERANCE_MS;
            Long limit = null;
            Options.OverLimit overLimit = Options.OverLimit.DNF;
            YamlMap m = e.map("timing", TIMING);
            limitGiven = m != null && m.node("limit") != null;
            if (m != null) {
                aggregate = orElse(m.choice("aggregate", Options.TimeAggregate.class), aggregate);
                required = requiredCount(m, timekeepers, "timekeepers", required);
                resolution = orElse(m.whole("resolution_ms", 1, null), resolution);
                rounding = orElse(m.choice("rounding", Options.TimeRounding.class), rounding);
                Integer tol = m.whole("tolerance_ms", 0, null);
                tolerance = tol == null ? tolerance : tol;
                limit = m.time("limit");
                overLimit = orElse(m.choice("over_limit", Options.OverLimit.class), overLimit);
            }
            return new TimingRules(aggregate, required, resolution, rounding, tolerance, limit, overLimit);
        }

        /** {@code required}, when given, is 1..officials. */
        private int requiredCount(YamlMap m, int officials, String who, int fallback) {
            Node n = m.node("required");
            if (n == null) {
                return fallback;
            }
            if (officials == 0) {
                Integer v = m.whole("required", 0, null);
                if (v != null) {
                    sink.at(n, sink.say("required.none", m.at("required"), sink.say("who." + who)));
                }
                return fallback;
            }
            ScalarNode s = m.scalar("required", "whole");
            if (s == null) {
                return fallback;
            }
            Integer v = Words.whole(s.getValue());
            if (v == null) {
                sink.at(s, sink.say("whole", m.at("required"), sink.q(s.getValue())));
                return fallback;
            }
            if (v < 1 || v > officials) {
                sink.at(s, sink.say("required.range", m.at("required"), sink.say("who." + who), officials, v));
                return fallback;
            }
            return v;
        }

        private TimeScoreRules timeScore(YamlMap e, TimingRules timing) {
            Options.TimeScoreMethod method = Options.TimeScoreMethod.RATIO_TO_BEST;
            Long standard = null;
            BigDecimal pps = null;
            YamlMap m = e.map("time_score", TIME_SCORE);
            if (m != null) {
                method = orElse(m.choice("method", Options.TimeScoreMethod.class), method);
                standard = m.time("standard");
                pps = m.positive("points_per_second");
                Node at = m.node("method") != null ? m.node("method") : m.node;
                if (method == Options.TimeScoreMethod.LINEAR) {
                    if (!limitGiven) {
                        sink.at(at, sink.say("linear.limit", m.at("method")));
                    }
                    if (m.node("standard") == null) {
                        sink.at(at, sink.say("linear.standard", m.at("method")));
                    }
                    if (standard != null && timing.limitMillis() != null && standard >= timing.limitMillis()) {
                        sink.at(m.node("standard"), sink.say("linear.below", m.at("standard"), RaceTime.ofMillis(standard).format(),
                                RaceTime.ofMillis(timing.limitMillis()).format()));
                    }
                } else if (method == Options.TimeScoreMethod.DEDUCT) {
                    if (m.node("standard") == null) {
                        sink.at(at, sink.say("deduct.standard", m.at("method")));
                    }
                    if (m.node("points_per_second") == null) {
                        sink.at(at, sink.say("deduct.pps", m.at("method")));
                    }
                }
            }
            return new TimeScoreRules(method, standard, pps);
        }

        private QualityRules quality(YamlMap e, int judges) {
            Options.QualityAggregate aggregate = Options.QualityAggregate.TRIMMED_MEAN;
            int trim = DEFAULT_TRIM;
            Options.QualityLevel level = Options.QualityLevel.TOTAL;
            int required = judges;
            BigDecimal tolerance = null;
            List<Criterion> criteria = new ArrayList<>();
            YamlMap m = e.map("quality", QUALITY);
            criteriaListed = m != null && m.node("criteria") instanceof SequenceNode list && !list.getValue().isEmpty();
            if (m != null) {
                aggregate = orElse(m.choice("aggregate", Options.QualityAggregate.class), aggregate);
                trim = orElse(m.whole("trim", 0, null), trim);
                level = orElse(m.choice("level", Options.QualityLevel.class), level);
                required = requiredCount(m, judges, "judges", required);
                tolerance = m.nonNegative("tolerance");
                SequenceNode list = m.list("criteria", "- {id: C1, name: ..., max: 40}");
                if (list != null) {
                    Ids ids = new Ids();
                    for (int i = 0; i < list.getValue().size(); i++) {
                        Criterion c = criterion(list.getValue().get(i), m.at("criteria") + "[" + i + "]", ids);
                        if (c != null) {
                            criteria.add(c);
                        }
                    }
                }
            }
            return new QualityRules(aggregate, trim, level, required, tolerance, criteria);
        }

        private Criterion criterion(Node node, String path, Ids ids) {
            YamlMap m = YamlMap.of(sink, node, path, CRITERION);
            if (m == null) {
                return null;
            }
            int before = sink.count();
            String id = m.requiredText("id", sink.say("example.like", "id: C1"));
            if (id != null) {
                ids.add(sink, id, m.node("id"), "criterionId", sink.say("where.event"));
            }
            String name = orElse(m.text("name"), id);
            BigDecimal max = null;
            if (m.node("max") == null) {
                m.missing("max", sink.say("example.max"));
            } else {
                max = m.positive("max");
            }
            Options.CriterionKind kind = orElse(m.choice("kind", Options.CriterionKind.class), Options.CriterionKind.MEASUREMENT);
            BigDecimal step = orElse(m.positive("step"), DEFAULT_STEP);
            int scale = orElse(m.whole("scale", 1, null), DEFAULT_SCALE);
            int maxSpread = orElse(m.whole("max_spread", 0, null), DEFAULT_MAX_SPREAD);
            if (sink.setup && sink.count() == before && kind == Options.CriterionKind.MEASUREMENT && max.remainder(step).signum() != 0) {
                sink.at(m.node("step") != null ? m.node("step") : m.node("max"), sink.say("step", m.at("step"),
                        step.toPlainString(), max.toPlainString(), dividingStep(max)));
            }
            if (sink.count() > before) {
                return null;
            }
            return new Criterion(id, name, max, kind, step, scale, maxSpread);
        }

        private List<Penalty> penalties(YamlMap e) {
            List<Penalty> out = new ArrayList<>();
            SequenceNode list = e.list("penalties", "- {code: P1, name: ..., points: 5}");
            if (list == null) {
                return out;
            }
            Ids ids = new Ids();
            for (int i = 0; i < list.getValue().size(); i++) {
                String path = e.at("penalties") + "[" + i + "]";
                YamlMap m = YamlMap.of(sink, list.getValue().get(i), path, PENALTY);
                if (m == null) {
                    continue;
                }
                int before = sink.count();
                String code = m.requiredText("code", sink.say("example.like", "code: P1"));
                if (code != null) {
                    ids.add(sink, code, m.node("code"), "penaltyCode", sink.say("where.event"));
                }
                String name = orElse(m.text("name"), code);
                BigDecimal points = m.nonNegative("points");
                Long seconds = null;
                if (m.node("seconds") != null) {
                    ScalarNode s = m.scalar("seconds", "seconds");
                    if (s != null) {
                        try {
                            seconds = RaceTime.parse(s.getValue()).millis();
                        } catch (IllegalArgumentException ex) {
                            sink.at(s, m.at("seconds") + ": " + ex.getMessage());
                        }
                    }
                }
                boolean hasPoints = m.node("points") != null;
                boolean hasSeconds = m.node("seconds") != null;
                if (hasPoints == hasSeconds) {
                    sink.at(m.node, sink.say(hasPoints ? "penaltyBoth" : "penaltyNeither", path));
                }
                if (sink.count() == before) {
                    out.add(new Penalty(code, name, points, seconds));
                }
            }
            return out;
        }

        private List<Options.TieBreak> tieBreak(YamlMap e) {
            List<Options.TieBreak> out = new ArrayList<>();
            YamlMap r = e.map("ranking", RANKING);
            if (r == null) {
                return out;
            }
            SequenceNode list = r.list("tie_break", "[quality, time]");
            if (list == null) {
                return out;
            }
            Map<Options.TieBreak, Node> seen = new EnumMap<>(Options.TieBreak.class);
            for (int i = 0; i < list.getValue().size(); i++) {
                Node n = list.getValue().get(i);
                String where = r.at("tie_break") + "[" + i + "]";
                if (!(n instanceof ScalarNode s) || YamlMap.isNull(n)) {
                    sink.at(n, sink.say("expectedFound", where, sink.say("expect.tieBreak"), YamlMap.describe(sink, n)));
                    continue;
                }
                Options.TieBreak k = YamlMap.choice(sink, s, where, Options.TieBreak.class);
                if (k == null) {
                    continue;
                }
                Node first = seen.putIfAbsent(k, n);
                if (first != null) {
                    sink.at(n, sink.say("tieTwice", where, sink.q(k.key()), firstAt(sink, first, n)));
                    continue;
                }
                out.add(k);
            }
            return out;
        }

        private List<Round> rounds(YamlMap e) {
            if (e.node("rounds") == null) {
                return List.of(DEFAULT_ROUND);
            }
            SequenceNode list = e.list("rounds", "- {id: final, name: 决赛}");
            if (list == null) {
                return List.of(DEFAULT_ROUND);
            }
            if (list.getValue().isEmpty()) {
                sink.at(list, sink.say("noRounds", e.at("rounds")));
                return List.of(DEFAULT_ROUND);
            }
            List<Round> out = new ArrayList<>();
            Ids ids = new Ids();
            Node awardsAt = null;
            int n = list.getValue().size();
            for (int i = 0; i < n; i++) {
                String path = e.at("rounds") + "[" + i + "]";
                YamlMap m = YamlMap.of(sink, list.getValue().get(i), path, ROUND);
                if (m == null) {
                    continue;
                }
                String id = m.requiredText("id", sink.say("example.like", "id: final"));
                if (id != null) {
                    ids.add(sink, id, m.node("id"), "roundId", sink.say("where.event"));
                }
                String name = orElse(m.text("name"), id);
                Advance advance = null;
                YamlMap a = m.map("advance", ADVANCE);
                if (a != null) {
                    if (i == n - 1) {
                        sink.at(m.keyNode("advance"), sink.say("lastAdvance", path + ".advance"));
                    }
                    advance = advance(a);
                }
                boolean awards = orElse(m.bool("awards"), false);
                if (awards) {
                    if (awardsAt != null) {
                        sink.at(m.node("awards"), sink.say("awardsTwice", path + ".awards", firstAt(sink, awardsAt, m.node("awards"))));
                    } else {
                        awardsAt = m.node("awards");
                    }
                }
                out.add(new Round(id == null ? "" : id, name == null ? "" : name, advance, awards));
            }
            return out.isEmpty() ? List.of(DEFAULT_ROUND) : out;
        }

        private Advance advance(YamlMap a) {
            Integer count = a.whole("count", 1, null);
            BigDecimal share = share(a);
            Integer maxPerUnit = a.whole("max_per_unit", 1, null);
            if (!exactlyOne(a, "count", "share", sink.say("rule.advance"))) {
                return null;
            }
            if (count == null && share == null) {
                return null;
            }
            return new Advance(count, share, maxPerUnit);
        }

        /** A share in (0, 1]. */
        private BigDecimal share(YamlMap m) {
            BigDecimal share = m.decimal("share");
            if (share != null && (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0)) {
                sink.at(m.node("share"), sink.say("share", m.at("share"), share.toPlainString()));
                return null;
            }
            return share;
        }

        private boolean exactlyOne(YamlMap m, String a, String b, String rule) {
            boolean hasA = m.node(a) != null;
            boolean hasB = m.node(b) != null;
            if (hasA == hasB) {
                sink.at(m.node, sink.say(hasA ? "both" : "neither", m.path, a, b, rule));
                return false;
            }
            return true;
        }

        private AwardRules awards(YamlMap e, Map<Component, Node> listed) {
            YamlMap m = e.map("awards", AWARDS);
            if (m == null) {
                return AwardRules.none();
            }
            List<Tier> tiers = new ArrayList<>();
            Ids tierIds = new Ids();
            SequenceNode tl = m.list("tiers", "- {name: 一等奖, count: 1}");
            if (tl != null) {
                for (int i = 0; i < tl.getValue().size(); i++) {
                    String path = m.at("tiers") + "[" + i + "]";
                    YamlMap t = YamlMap.of(sink, tl.getValue().get(i), path, TIER);
                    if (t == null) {
                        continue;
                    }
                    String name = t.requiredText("name", sink.say("example.like", "name: 一等奖"));
                    if (name != null) {
                        tierIds.add(sink, name, t.node("name"), "tierName", sink.say("where.event"));
                    }
                    Integer count = t.whole("count", 0, null);
                    BigDecimal share = share(t);
                    boolean one = exactlyOne(t, "count", "share", sink.say("rule.tier"));
                    if (one && (count != null || share != null)) {
                        tiers.add(new Tier(name == null ? "" : name, count, share));
                    }
                }
            }
            Options.QuotaRounding rounding = orElse(m.choice("quota_rounding", Options.QuotaRounding.class),
                    Options.QuotaRounding.ROUND);
            Options.TiePolicy ties = orElse(m.choice("ties", Options.TiePolicy.class), Options.TiePolicy.SHARE);
            BigDecimal minTotal = m.nonNegative("min_total");
            List<Title> titles = new ArrayList<>();
            SequenceNode ttl = m.list("titles", "- {name: 岗位技能标兵, count: 1, tier: 一等奖}");
            if (ttl != null) {
                Ids titleIds = new Ids();
                List<String> tierNames = new ArrayList<>(tierIds.seen.keySet());
                for (int i = 0; i < ttl.getValue().size(); i++) {
                    Title t = title(ttl.getValue().get(i), m.at("titles") + "[" + i + "]", titleIds, tierNames, listed);
                    if (t != null) {
                        titles.add(t);
                    }
                }
            }
            return new AwardRules(tiers, rounding, ties, minTotal, titles);
        }

        private Title title(Node node, String path, Ids ids, List<String> tierNames, Map<Component, Node> listed) {
            YamlMap m = YamlMap.of(sink, node, path, TITLE);
            if (m == null) {
                return null;
            }
            String name = m.requiredText("name", sink.say("example.like", "name: 岗位技能标兵"));
            if (name != null) {
                ids.add(sink, name, m.node("name"), "titleName", sink.say("where.event"));
            }
            String label = name == null ? path : sink.q(name);
            int count = orElse(m.whole("count", 1, null), 1);
            BigDecimal minTotal = m.nonNegative("min_total");
            BigDecimal minQuality = m.nonNegative("min_quality");
            BigDecimal minTimeScore = m.nonNegative("min_time_score");
            if (m.node("min_quality") != null && !listed.containsKey(Component.QUALITY)) {
                sink.at(m.keyNode("min_quality"), sink.say("title.minQuality", m.at("min_quality"), label));
            }
            if (m.node("min_time_score") != null && !listed.containsKey(Component.TIME)) {
                sink.at(m.keyNode("min_time_score"), sink.say("title.minTimeScore", m.at("min_time_score"), label));
            }
            String tier = m.text("tier");
            if (tier != null && !tierNames.contains(tier)) {
                sink.at(m.node("tier"), sink.say("tier", m.at("tier"), name == null ? path : sink.q(name), sink.q(tier))
                        + sink.words.hint(tier, tierNames, "tiers"));
            }
            Map<String, String> where = where(m);
            Integer maxAge = null;
            if (m.node("max_age") != null) {
                maxAge = m.whole("max_age", 1, null);
                if (!dateGiven) {
                    sink.at(m.keyNode("max_age"), sink.say("title.maxAge", m.at("max_age"), label));
                }
            }
            return new Title(name == null ? "" : name, count, minTotal, minQuality, minTimeScore, tier, where, maxAge);
        }

        private Map<String, String> where(YamlMap m) {
            Map<String, String> out = new LinkedHashMap<>();
            Node n = m.node("where");
            if (n == null) {
                return out;
            }
            String path = m.at("where");
            if (!(n instanceof MappingNode map)) {
                sink.at(n, sink.say("expectedFound", path, sink.say("expect.where"), YamlMap.describe(sink, n)));
                return out;
            }
            Map<String, Node> seen = new LinkedHashMap<>();
            for (NodeTuple t : map.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode k) || k.getValue().isBlank()) {
                    sink.at(t.getKeyNode(), sink.say("whereKey", path));
                    continue;
                }
                String column = k.getValue().strip();
                Node first = seen.putIfAbsent(column, k);
                if (first != null) {
                    sink.at(k, sink.say("duplicateKey", sink.q(column), sink.say("under", path), firstAt(sink, first, k)));
                    continue;
                }
                Node v = t.getValueNode();
                if (!(v instanceof ScalarNode s) || YamlMap.isNull(v)) {
                    sink.at(v, sink.say("expectedFound", path + "." + column, sink.say("expect.whereValue"),
                            YamlMap.describe(sink, v)));
                    continue;
                }
                out.put(column, s.getValue().strip());
            }
            return out;
        }
    }

    /** Where a key was first given: "line 12" (or "line 12, column 5" on the same line), in the sink's language. */
    static String firstAt(YamlMap.Sink sink, Node first, Node now) {
        int line = first.getStartMark().getLine();
        return line == now.getStartMark().getLine()
                ? sink.say("lineColumn", line + 1, first.getStartMark().getColumn() + 1) : sink.say("line", line + 1);
    }

    /** A step that divides {@code max}: 0.5, 1, 0.1 or 0.01 (the first that does), else {@code max} itself. */
    static String dividingStep(BigDecimal max) {
        for (String s : List.of("0.5", "1", "0.1", "0.01")) {
            if (max.remainder(new BigDecimal(s)).signum() == 0) {
                return s;
            }
        }
        return plain(max);
    }

    /** "line 7", or "line 7, column 12" when {@code now} is on the same line. */
    private static <T> T orElse(T value, T fallback) {
        return value == null ? fallback : value;
    }

    private static String plain(BigDecimal d) {
        return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
    }
}
