package org.podium.contestfile;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import org.podium.domain.Component;
import org.podium.domain.Contest;
import org.podium.domain.Contestant;
import org.podium.domain.Criterion;
import org.podium.domain.Event;
import org.podium.domain.FactTable;
import org.podium.domain.NumberText;
import org.podium.domain.FactKind;
import org.podium.domain.Shown;
import org.podium.domain.Penalty;
import org.podium.domain.RaceTime;
import org.podium.domain.Round;
import org.podium.domain.Status;

/**
 * Reads a scores CSV (contest-files.md): one recorded fact per line, columns
 * {@code event,round,bib,kind,official,item,value} and optionally {@code attempt}, in any order when the
 * first line is a header, else in that order. A file is read whole or not at all: any bad line makes
 * {@link #read} throw, listing every bad line.
 *
 * <p>The file is read in one streaming pass (issue 17): its text is decoded as it is read ({@link TextStream}), split
 * into records by FastCSV ({@link CsvStream}), and each record is checked and appended to a {@link FactTable} field by
 * field, so neither the text nor a {@link org.podium.domain.Fact} per line is ever held.
 */
public final class ScoresReader {
    /** The columns in their default order. */
    public static final List<String> COLUMNS = List.of("event", "round", "bib", "kind", "official", "item", "value");
    /** The optional eighth column. */
    public static final String ATTEMPT = "attempt";
    static final String HEADER_EXAMPLE = "contestfile.expect.scores";
    private static final List<String> ALL = List.of("event", "round", "bib", "kind", "official", "item", "value", ATTEMPT);

    private ScoresReader() {
    }

    /**
     * The facts of {@code file}, in line order, each with its origin (the file as given, and its line).
     *
     * @throws ContestFileException with every bad line, when any line is bad (then nothing is read); or when its facts
     *                              would not fit in the memory this Java may use ({@link FactMemory})
     */
    public static FactTable read(Path file, Contest contest) throws ContestFileException {
        FactTable facts = new FactTable();
        read(file, contest, facts, FactMemory.ofThisJvm());
        return facts;
    }

    /**
     * Appends the facts of {@code file} to {@code into}, in line order, each with its origin. On any problem nothing of
     * the file is kept in {@code into}.
     *
     * @param memory how many facts {@code into} may hold, those before this file's counted
     * @throws ContestFileException with every bad line, when any line is bad; or, in one line, when the facts would be
     *                              more than {@code memory} holds
     */
    public static void read(Path file, Contest contest, FactTable into, FactMemory memory) throws ContestFileException {
        int start = into.positions();
        boolean kept = false;
        try {
            long size = size(file);
            TextStream.read(file, "contestfile.what.scores", (text, bytes) -> {
                into.truncate(start); // a second pass (GB18030) starts again
                Reading reading = new Reading(file.toString(), contest, into, memory, size, bytes);
                if (size >= twoStageBytes) {
                    new Pipe(reading).read(text);
                } else {
                    reading.read(text);
                }
            });
            kept = true;
        } finally {
            if (!kept) {
                into.truncate(start);
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException e) {
            return 0; // said when it is read
        }
    }

    /**
     * A file of this many bytes or more is read in two stages ({@link Pipe}); a smaller one on the calling thread alone
     * (a second thread would cost more than it saves). Tests lower it, to read small files in two stages.
     */
    static long twoStageBytes = 4L << 20;

    /** Called with each record's line as it is checked, on the thread that checks it; tests make it throw. */
    static java.util.function.IntConsumer checking;

    /** One pass over a scores file's text: its records checked and their facts appended as they come. */
    private static final class Reading implements CsvStream.Sink {
        private final String file;
        private final FactTable into;
        private final FactMemory memory;
        private final long size;
        private final TextStream.ByteCount bytes;
        private final int start;
        private final boolean counted; // the file might not fit: its facts are counted
        private final Problems csv = new Problems();
        private final Problems problems = new Problems();
        private final Lines lines;
        private long records;
        private boolean hasHeader;
        private boolean headerBad;
        private int headerSize;
        private final int[] index = new int[ALL.size()]; // position of each column of ALL, -1 when absent
        private final String[] v = new String[ALL.size()];
        private final String[] lastRaw = new String[ALL.size()]; // each column's last field as read, and stripped
        private final String[] lastStripped = new String[ALL.size()];

        Reading(String file, Contest contest, FactTable into, FactMemory memory, long size, TextStream.ByteCount bytes) {
            this.file = file;
            this.into = into;
            this.memory = memory;
            this.size = size;
            this.bytes = bytes;
            this.start = into.positions();
            this.counted = !memory.surelyFits(start, size);
            this.lines = new Lines(file, contest, problems);
        }

        void read(Reader text) throws IOException, ContestFileException {
            CsvStream.read(text, file, csv, this);
            end();
        }

        /** After the last record: what was wrong with the text, or with its lines, thrown. */
        void end() throws ContestFileException {
            if (!csv.isEmpty()) {
                throw csv.exception();
            }
            if (records == 0) {
                throw new ContestFileException(Problem.of(file, FileText.current().get("contestfile.file.empty",
                        TextFiles.said(HEADER_EXAMPLE))));
            }
            if (!problems.isEmpty()) {
                throw problems.exception();
            }
        }

        @Override
        public void record(int line, String[] fields, int n) throws ContestFileException {
            check(line, fields, 0, n, textBad(), bytesRead());
        }

        /** Whether the text had a problem as the record just read was split (the records after it are not checked). */
        boolean textBad() {
            return !csv.isEmpty();
        }

        /** How many bytes of the file were read as the record just read was split, when they are counted. */
        long bytesRead() {
            return counted ? bytes.read() : 0;
        }

        /**
         * Checks one record, {@code fields[from]} to {@code fields[from + n - 1]}, and appends its fact.
         *
         * @param textBad   the text had a problem by the time this record was split: it is not checked
         * @param bytesRead the bytes of the file read by then, for {@link FactMemory#tooMany}
         */
        void check(int line, String[] fields, int from, int n, boolean textBad, long bytesRead) throws ContestFileException {
            records++;
            if (checking != null) {
                checking.accept(line);
            }
            if (textBad || headerBad) {
                return; // the file's text is wrong, or its header: that alone is said
            }
            if (records == 1 && isHeader(fields, from, n)) {
                hasHeader = true;
                headerSize = n;
                Csv.Header header = new Csv.Header(new Csv.Record(line, List.of(Arrays.copyOfRange(fields, from, from + n))));
                checkHeader(header, ALL, COLUMNS, file, line, problems);
                headerBad = !problems.isEmpty();
                for (int i = 0; i < ALL.size(); i++) {
                    index[i] = header.index(ALL.get(i));
                }
                return;
            }
            boolean hasAttempt;
            if (hasHeader) {
                if (n != headerSize) {
                    problems.add(Problem.at(file, line, lines.i18n.get("contestfile.scores.fields", n, headerSize)));
                    return;
                }
                for (int i = 0; i < v.length; i++) {
                    v[i] = index[i] < 0 ? "" : strip(i, fields[from + index[i]]);
                }
                hasAttempt = index[v.length - 1] >= 0;
            } else {
                if (n != COLUMNS.size() && n != ALL.size()) {
                    problems.add(Problem.at(file, line, lines.i18n.get("contestfile.scores.fields7", n)));
                    return;
                }
                for (int i = 0; i < v.length; i++) {
                    v[i] = i < n ? strip(i, fields[from + i]) : "";
                }
                hasAttempt = n == ALL.size();
            }
            lines.append(into, line, v[0], v[1], v[2], v[3], v[4], v[5], v[6], hasAttempt ? v[7] : "");
            if (counted && ((records & 4095) == 0 || into.positions() > memory.maxFacts())
                    && memory.tooMany(start, into.positions() - start, bytesRead, size)) {
                throw new ContestFileException(memory.refusal(file, size, start, into.positions() - start, bytesRead));
            }
        }

        /** {@code field} stripped; the column's last one again when it is that same instance (CsvStream makes it so). */
        private String strip(int column, String field) {
            if (field == lastRaw[column]) {
                return lastStripped[column];
            }
            String s = field.strip();
            lastRaw[column] = field;
            lastStripped[column] = s;
            return s;
        }

        /** A first record is a header when one of its fields is a column name. */
        private static boolean isHeader(String[] fields, int from, int n) {
            for (int i = from; i < from + n; i++) {
                if (ALL.contains(fields[i].strip().toLowerCase(Locale.ROOT))) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * A big file read in two stages at once (issue 17): the calling thread decodes the text and splits it into records
     * ({@link CsvStream}), and hands them in batches of fields and physical lines to a thread of its own, which checks
     * them and appends their facts ({@link Reading#check}), each with what the one-thread read would have seen as it
     * was split (a problem of the text so far, the bytes read so far). At most {@value #BATCHES} batches are made, and
     * a full one waits for a free one: what is read ahead is bounded. Every record is checked in order on the one
     * thread, so the facts, the problems and their order are those of the one-thread read.
     *
     * <p>A failure of either stage ends both: what the checking thread throws (a file refused for the memory at hand,
     * an Error such as an OutOfMemoryError) is thrown here, never printed by that thread, and wins over what the
     * splitting meets after it (as on one thread, where the check would have stopped the reading first); what the
     * splitting throws (a byte that is not UTF-8, so that the file is read again as GB18030; a NUL byte) is thrown here
     * once the records split before it are checked. The checking thread has ended whenever {@link #read} returns or
     * throws.
     */
    private static final class Pipe implements CsvStream.Sink {
        /** Records per batch. */
        static final int RECORDS = 1024;
        /** Batches in all: one being filled, one being checked, the rest waiting. */
        static final int BATCHES = 6;
        private static final Batch END = new Batch();

        private final Reading reading;
        private final java.util.concurrent.BlockingQueue<Batch> full = new java.util.concurrent.ArrayBlockingQueue<>(BATCHES + 1);
        private final java.util.concurrent.BlockingQueue<Batch> free = new java.util.concurrent.ArrayBlockingQueue<>(BATCHES);
        private volatile Throwable failed; // what the checking thread threw
        private Batch current;
        private boolean interrupted;

        Pipe(Reading reading) {
            this.reading = reading;
            for (int i = 0; i < BATCHES; i++) {
                free.add(new Batch());
            }
        }

        /** The records of one batch, their fields one after another. */
        private static final class Batch {
            final int[] lines = new int[RECORDS];
            final int[] ends = new int[RECORDS]; // where each record's fields end in fields
            final long[] bytes = new long[RECORDS];
            String[] fields = new String[RECORDS * 8];
            int size;
            int textBadFrom = Integer.MAX_VALUE; // the records from this one on were split after a problem of the text

            boolean add(int line, String[] values, int n, boolean textBad, long bytesRead) {
                int from = size == 0 ? 0 : ends[size - 1];
                if (from + n > fields.length) {
                    fields = Arrays.copyOf(fields, Math.max(fields.length * 2, from + n));
                }
                System.arraycopy(values, 0, fields, from, n);
                if (textBad && textBadFrom > size) {
                    textBadFrom = size;
                }
                lines[size] = line;
                ends[size] = from + n;
                bytes[size] = bytesRead;
                size++;
                return size == RECORDS || from + n >= RECORDS * 8;
            }

            void clear() {
                java.util.Arrays.fill(fields, 0, size == 0 ? 0 : ends[size - 1], null);
                if (fields.length > RECORDS * 64) {
                    fields = new String[RECORDS * 8]; // a record of very many fields: its room not kept
                }
                size = 0;
                textBadFrom = Integer.MAX_VALUE;
            }
        }

        /** Reads {@code text} through both stages, then says what was wrong as {@link Reading#read} does. */
        void read(Reader text) throws IOException, ContestFileException {
            Thread checker = new Thread(this::check, "podium-scores");
            checker.setDaemon(true);
            try {
                checker.start();
            } catch (OutOfMemoryError e) { // no thread to be had: the one-thread read does the same
                reading.read(text);
                return;
            }
            Throwable split = null;
            try {
                CsvStream.read(text, reading.file, reading.csv, this);
            } catch (Stopped e) {
                // the checking thread failed: its failure is thrown below
            } catch (IOException | ContestFileException | RuntimeException | Error e) {
                split = e;
            }
            if (current != null && failed == null) {
                put(full, current);
            }
            current = null;
            put(full, END);
            join(checker);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            Throwable t = failed != null ? failed : split;
            if (t instanceof IOException e) {
                throw e;
            }
            if (t instanceof ContestFileException e) {
                throw e;
            }
            if (t instanceof RuntimeException e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
            }
            reading.end();
        }

        @Override
        public void record(int line, String[] fields, int size) {
            if (current == null) {
                if (failed != null) {
                    throw Stopped.STOPPED;
                }
                current = take(free);
            }
            if (current.add(line, fields, size, reading.textBad(), reading.bytesRead())) {
                put(full, current);
                current = null;
            }
        }

        /** The checking thread: every batch in order, until the end; after a failure the rest only passed back. */
        private void check() {
            while (true) {
                Batch b;
                try {
                    b = full.take();
                } catch (InterruptedException e) {
                    continue; // no one interrupts this thread: it ends at END only
                }
                if (b == END) {
                    return;
                }
                if (failed == null) {
                    try {
                        int from = 0;
                        for (int i = 0; i < b.size; i++) {
                            reading.check(b.lines[i], b.fields, from, b.ends[i] - from, i >= b.textBadFrom, b.bytes[i]);
                            from = b.ends[i];
                        }
                    } catch (Throwable t) { // handed to the reading thread, never printed here
                        failed = t;
                    }
                }
                b.clear();
                free.add(b);
            }
        }

        private Batch take(java.util.concurrent.BlockingQueue<Batch> queue) {
            while (true) {
                try {
                    return queue.take();
                } catch (InterruptedException e) {
                    interrupted = true; // the checking thread is ended first; the interrupt is kept for the caller
                }
            }
        }

        private void put(java.util.concurrent.BlockingQueue<Batch> queue, Batch b) {
            while (true) {
                try {
                    queue.put(b);
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }

        private void join(Thread t) {
            while (true) {
                try {
                    t.join();
                    return;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }

        /** Thrown into the splitting when the checking has failed: the rest of the text is not read. */
        private static final class Stopped extends RuntimeException {
            static final Stopped STOPPED = new Stopped();

            private Stopped() {
                super("the check failed", null, false, false);
            }
        }
    }

    /** Unknown, doubled and missing columns of a header. */
    static void checkHeader(Csv.Header header, List<String> allowed, List<String> required, String file, int line,
                            Problems problems) {
        header.reportDuplicates(file, line, problems);
        for (String n : header.names()) {
            if (!allowed.contains(n) && !problems.keepsMore()) {
                problems.omit(); // a header of a million columns: counted, not spelt out
            } else if (!allowed.contains(n)) {
                problems.add(Problem.at(file, line, FileText.current().get("contestfile.header.unknown", FileText.current().quote(n),
                        FileText.current().hint(n, allowed, "columns"))));
            }
        }
        for (String n : required) {
            if (!header.has(n)) {
                problems.add(Problem.at(file, line, FileText.current().get("contestfile.header.missing",
                        FileText.current().quote(n), String.join(",", required))));
            }
        }
    }

    /** Checks lines against a contest and makes facts; shared by the scores and theory readers. */
    static final class Lines {
        private final String file;
        private final Contest contest;
        private final Problems problems;
        private final FileText i18n;
        private final List<String> eventIds = new ArrayList<>();
        /** event id -> bib -> the roster's own bib string (facts share the roster's instances). */
        private final Map<String, Map<String, String>> bibs = new HashMap<>();
        /** The last bib as written, and as {@link NumberText#code} reads it (a bib's facts are lines in a row). */
        private String lastBibIn;
        private String lastBibOut;
        /**
         * The last bib found in the roster (as {@link NumberText#code} reads it), its event, and the roster's string for
         * it: the lines of a bib in a row look it up once. Compared by identity (the reader's fields repeat instances).
         */
        private String lastRosterBib;
        private Event lastRosterEvent;
        private String lastRosterOwn;
        /** The last kind as written and its kind (null when it is none): lines of one kind in a row read it once. */
        private String lastKindText;
        private FactKind lastKind;
        /** The last event and round found, as written (by identity), and what they are: lines in a row share them. */
        private String lastEventText;
        private Event lastEvent;
        private String lastRoundText;
        private Event lastRoundEvent;
        private String lastRound;
        /** Officials as written (by identity, in slots by their hash) and the event's own strings for them. */
        private final String[] officialIn = new String[16];
        private final Event[] officialEvent = new Event[16];
        private final String[] officialOut = new String[16];
        /** event (by identity: a record's hash would walk all of it) -> official id -> the event's own string for it. */
        private final Map<Event, Map<String, String>> officials = new IdentityHashMap<>();
        /** criterion -> a mark as written -> its value and what is wrong with it: a contest's marks are few. */
        private final Map<Criterion, Map<String, Mark>> marks = new IdentityHashMap<>();

        /** A mark read and checked against its criterion: {@code value} null when it is not a number. */
        private record Mark(BigDecimal value, Criterion.MarkProblem why) {
        }

        Lines(String file, Contest contest, Problems problems) {
            this(file, contest, problems, FileText.current());
        }

        /** With the messages of the event, bib and theory checks in the language of {@code i18n}. */
        Lines(String file, Contest contest, Problems problems, FileText i18n) {
            this.file = file;
            this.contest = contest;
            this.problems = problems;
            this.i18n = i18n;
            for (Event e : contest.events()) {
                eventIds.add(e.id());
            }
            for (Contestant c : contest.roster()) {
                bibs.computeIfAbsent(c.event(), k -> new HashMap<>()).put(c.bib(), c.bib());
            }
        }

        private void problem(int line, String message) {
            problems.add(Problem.at(file, line, message));
        }

        /** The event a line names (or the only one when empty), or null (reported). */
        Event event(int line, String id) {
            if (id.isEmpty()) {
                if (eventIds.size() == 1) {
                    return contest.events().get(0);
                }
                problem(line, i18n.get("contestfile.lines.emptyEvent", String.join(", ", eventIds)));
                return null;
            }
            Event e = contest.event(id);
            if (e == null) {
                problem(line, i18n.get("contestfile.lines.unknownEvent", Shown.value(id), i18n.hint(id, eventIds, "events")));
            }
            return e;
        }

        /** False (reported) when {@code bib} has no roster row in {@code event}. */
        boolean bib(int line, Event event, String bib) {
            if (bib.isEmpty()) {
                problem(line, i18n.get("contestfile.lines.emptyBib"));
                return false;
            }
            if (bibs.getOrDefault(event.id(), Map.of()).containsKey(bib)) {
                return true;
            }
            problem(line, i18n.get("contestfile.lines.unknownBib", Shown.value(bib), event.id()));
            return false;
        }

        /** A theory line's checks: the event uses theory, and the raw mark is 0..theory.max. */
        BigDecimal theory(int line, Event event, String value) {
            if (!event.uses(Component.THEORY)) {
                problem(line, i18n.get("contestfile.lines.noTheory", event.id()));
                return null;
            }
            BigDecimal raw = Words.decimal(value);
            if (raw == null) {
                problem(line, i18n.get("contestfile.lines.theoryNotNumber", i18n.quote(value)));
                return null;
            }
            if (raw.signum() < 0 || raw.compareTo(event.theoryMax()) > 0) {
                problem(line, i18n.get("contestfile.lines.theoryRange", Shown.value(raw.toPlainString()), event.theoryMax().toPlainString()));
                return null;
            }
            return raw;
        }

        /**
         * Checks one line and appends its fact to {@code into}, field by field (no {@link org.podium.domain.Fact} is
         * made); a line with any problem appends nothing.
         */
        void append(FactTable into, int line, String eventId, String roundId, String bib, String kindText, String official,
                    String item, String value, String attemptText) {
            long before = problems.size();
            if (bib != lastBibIn) {
                lastBibIn = bib;
                lastBibOut = NumberText.code(bib); // a full-width bib, or one kept as 1005.0, is the roster's bib
            }
            bib = lastBibOut;
            if (kindText != lastKindText) {
                lastKindText = kindText;
                lastKind = FactKind.fromKey(kindText.toLowerCase(Locale.ROOT));
            }
            FactKind kind = lastKind;
            if (kind == null) {
                List<String> kinds = new ArrayList<>();
                for (FactKind k : FactKind.values()) {
                    kinds.add(k.key());
                }
                problem(line, kindText.isEmpty() ? i18n.get("contestfile.lines.emptyKind", i18n.hint(kindText, kinds, "kinds"))
                        : i18n.get("contestfile.lines.unknownKind", i18n.quote(kindText), i18n.hint(kindText, kinds, "kinds")));
            }
            Event event;
            if (eventId == lastEventText && lastEvent != null) {
                event = lastEvent;
            } else {
                event = event(line, eventId);
                lastEventText = eventId;
                lastEvent = event;
            }
            if (event == null || kind == null) {
                return;
            }
            String round = null;
            if (kind != FactKind.THEORY) {
                if (roundId == lastRoundText && event == lastRoundEvent) {
                    round = lastRound;
                } else {
                    round = round(line, event, roundId);
                    if (round != null) {
                        lastRoundText = roundId;
                        lastRoundEvent = event;
                        lastRound = round;
                    }
                }
            }
            // The contest's own strings stand in for the line's text: every fact of a bib, an official or a
            // criterion then shares one instance, which keeps the engine's look-ups short.
            boolean bibOk;
            if (bib == lastRosterBib && event == lastRosterEvent) {
                bibOk = true;
                bib = lastRosterOwn;
            } else {
                bibOk = bib(line, event, bib);
                if (bibOk) {
                    lastRosterBib = bib;
                    lastRosterEvent = event;
                    bib = bibs.get(event.id()).get(bib);
                    lastRosterOwn = bib;
                }
            }
            official = canonical(event, official);
            Integer attempt = attempt(line, event, kind, attemptText);
            long millis = 0;
            BigDecimal amount = null;
            Status status = null;
            String itemId = null;
            switch (kind) {
                case TIME -> {
                    official(line, event, official, event.timekeepers(), "timekeeper", FactKind.TIME);
                    empty(line, item, "item", FactKind.TIME);
                    millis = time(line, value);
                }
                case LAP -> {
                    official(line, event, official, event.timekeepers(), "timekeeper", FactKind.LAP);
                    Integer lap = Words.whole(item);
                    if (lap == null || lap < 1 || lap > event.laps()) {
                        problem(line, i18n.get("contestfile.lines.lap", i18n.quote(item), event.id(), event.laps()));
                    }
                    millis = time(line, value);
                    itemId = lap == null ? null : Integer.toString(lap);
                }
                case MARK -> {
                    official(line, event, official, event.judges(), "judge", FactKind.MARK);
                    Criterion c = null;
                    if (item.isEmpty()) {
                        problem(line, i18n.get("contestfile.lines.noCriterion", i18n.hint("", criteria(event), "criteria")));
                    } else {
                        c = event.quality().criterion(item);
                        if (c == null) {
                            problem(line, i18n.get("contestfile.lines.unknownCriterion", i18n.quote(item), event.id(),
                                    i18n.hint(item, criteria(event), "criteria")));
                        }
                    }
                    Mark m = mark(c, value);
                    BigDecimal mark = m.value();
                    if (mark == null) {
                        problem(line, i18n.get("contestfile.lines.markNotNumber", i18n.quote(value)));
                    } else if (m.why() != null) {
                        problem(line, i18n.get("store.refused.mark." + m.why().name(), mark.toPlainString(), c.id(), c.limit(m.why())));
                    }
                    amount = mark;
                    itemId = c == null ? null : c.id();
                }
                case PENALTY -> {
                    // Any official may record a penalty: a timekeeper, a judge, or the chief judge (who is not listed in
                    // contest.yaml); empty when the sheet does not say. Counts are kept per official (section 7).
                    Penalty p = null;
                    if (item.isEmpty()) {
                        problem(line, i18n.get("contestfile.lines.noCode", i18n.hint("", codes(event), "codes")));
                    } else {
                        p = event.penalty(item);
                        if (p == null) {
                            problem(line, i18n.get("contestfile.lines.unknownCode", i18n.quote(item), event.id(),
                                    i18n.hint(item, codes(event), "codes")));
                        }
                    }
                    Integer count = value.isEmpty() ? Integer.valueOf(1) : Words.whole(value);
                    if (count == null || count < 0) {
                        problem(line, i18n.get("contestfile.lines.penaltyCount", i18n.quote(value)));
                    }
                    amount = count == null ? null : BigDecimal.valueOf(count);
                    itemId = p == null ? null : p.code();
                    official = nullIfEmpty(official);
                }
                case STATUS -> {
                    empty(line, item, "item", FactKind.STATUS);
                    String s = value.strip().toUpperCase(Locale.ROOT);
                    if (s.equals("DNS") || s.equals("DNF") || s.equals("DSQ")) {
                        status = Status.valueOf(s);
                    } else {
                        problem(line, i18n.get("contestfile.lines.status", i18n.quote(value)));
                    }
                    official = nullIfEmpty(official);
                }
                case THEORY -> {
                    empty(line, official, "official", FactKind.THEORY);
                    empty(line, item, "item", FactKind.THEORY);
                    amount = theory(line, event, value);
                    official = null;
                }
            }
            if (problems.size() > before || !bibOk) {
                return;
            }
            into.append(kind, event.id(), round, bib, official, itemId, attempt == null ? 0 : attempt, millis, amount, status,
                    file, line);
        }

        private String round(int line, Event event, String id) {
            if (!id.isEmpty()) {
                Round r = event.round(id);
                if (r != null) {
                    return r.id();
                }
            } else if (event.rounds().size() == 1) {
                return event.rounds().get(0).id();
            }
            List<String> ids = new ArrayList<>();
            for (Round r : event.rounds()) {
                ids.add(r.id());
            }
            if (id.isEmpty()) {
                if (ids.size() == 1) {
                    return ids.get(0);
                }
                problem(line, i18n.get("contestfile.lines.emptyRound", event.id(), String.join(", ", ids)));
                return null;
            }
            Round r = event.round(id);
            if (r == null) {
                problem(line, i18n.get("contestfile.lines.unknownRound", i18n.quote(id), event.id(), i18n.hint(id, ids, "rounds")));
                return null;
            }
            return r.id();
        }

        private Integer attempt(int line, Event event, FactKind kind, String text) {
            if (text.isEmpty()) {
                return null;
            }
            if (kind == FactKind.THEORY) {
                problem(line, i18n.get("contestfile.lines.theoryAttempt", i18n.quote(text)));
                return null;
            }
            Integer a = Words.whole(text);
            if (event.attempts() == 1) {
                problem(line, i18n.get("contestfile.lines.oneAttempt", event.id(), i18n.quote(text)));
                return null;
            }
            if (a == null || a < 1 || a > event.attempts()) {
                problem(line, i18n.get("contestfile.lines.attempt", i18n.quote(text), event.id(), event.attempts()));
                return null;
            }
            return a;
        }

        private void official(int line, Event event, String official, List<String> allowed, String role, FactKind what) {
            if (official.isEmpty()) {
                problem(line, allowed.isEmpty()
                        ? i18n.get("contestfile.lines.noOfficials." + role, i18n.get("contestfile.kind." + what.key()), event.id())
                        : i18n.get("contestfile.lines.emptyOfficial." + role, i18n.get("contestfile.kind." + what.key()),
                                String.join(", ", allowed)));
            } else if (!allowed.contains(official)) {
                problem(line, i18n.get("contestfile.lines.unknownOfficial." + role, i18n.quote(official), event.id(),
                        i18n.hint(official, allowed, role + "s")));
            }
        }

        private void empty(int line, String text, String column, FactKind what) {
            if (!text.isEmpty()) {
                problem(line, i18n.get("contestfile.lines.mustBeEmpty", column, i18n.get("contestfile.kind." + what.key()),
                        i18n.quote(text)));
            }
        }

        /** The time in ms, or 0 (reported). */
        private long time(int line, String value) {
            try {
                long ms = RaceTime.parse(value).millis();
                if (ms == 0) {
                    problem(line, i18n.get("contestfile.lines.zeroTime"));
                }
                return ms;
            } catch (RaceTime.FormatException e) {
                problem(line, i18n.get("time.problem", Shown.value(e.text()), i18n.get("time.problem." + e.problem().name())));
                return 0;
            } catch (IllegalArgumentException e) {
                problem(line, e.getMessage());
                return 0;
            }
        }

        private static List<String> criteria(Event event) {
            List<String> ids = new ArrayList<>();
            for (Criterion c : event.quality().criteria()) {
                ids.add(c.id());
            }
            return ids;
        }

        private static List<String> codes(Event event) {
            List<String> ids = new ArrayList<>();
            for (Penalty p : event.penalties()) {
                ids.add(p.code());
            }
            return ids;
        }

        /** The event's own string for an official id (its timekeepers', then its judges'), or the text itself. */
        private String canonical(Event event, String official) {
            int slot = official.hashCode() & (officialIn.length - 1);
            if (officialIn[slot] == official && officialEvent[slot] == event) {
                return officialOut[slot];
            }
            String own = ownOfficial(event, official);
            officialIn[slot] = official;
            officialEvent[slot] = event;
            officialOut[slot] = own;
            return own;
        }

        private String ownOfficial(Event event, String official) {
            Map<String, String> ids = officials.get(event);
            if (ids == null) {
                ids = new HashMap<>();
                for (String t : event.timekeepers()) {
                    ids.putIfAbsent(t, t);
                }
                for (String j : event.judges()) {
                    ids.putIfAbsent(j, j);
                }
                officials.put(event, ids);
            }
            return ids.getOrDefault(official, official);
        }

        /** The mark written as {@code value}, checked against {@code c} (when known); remembered for the lines after. */
        private Mark mark(Criterion c, String value) {
            Map<String, Mark> known = c == null ? null : marks.computeIfAbsent(c, k -> new HashMap<>());
            Mark m = known == null ? null : known.get(value);
            if (m == null) {
                BigDecimal mark = Words.decimal(value);
                m = new Mark(mark, mark == null || c == null ? null : c.problem(mark));
                if (known != null && known.size() < 10_000) {
                    known.put(value, m);
                }
            }
            return m;
        }

        private static String nullIfEmpty(String s) {
            return s.isEmpty() ? null : s;
        }
    }
}
