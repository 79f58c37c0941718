package org.podium.store;

import org.podium.domain.Role;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.podium.domain.Fact;
import org.podium.domain.FactTable;

/**
 * The venue database of one contest (docs/store.md): officials, and a journal of every recorded fact and lock
 * event, appended and never changed. Every write is one transaction, durable when the call returns. The store
 * computes no score: {@link #currentFacts()} goes to the scoring engine.
 */
public interface ContestStore extends AutoCloseable {

    /** The official id facts imported from files are recorded by (and their station). */
    String IMPORT = "import";

    /**
     * The official id of changes made with nobody logged in (docs/store.md): officials added by {@code podium officials
     * --add} before the day, the sample officials, and officials moved into the journal by schema 5.
     */
    String SETUP = "setup";

    /** The journal kind of a chief's acknowledgement of a flag ({@link #acknowledge}). */
    String ACK = "ack";

    /**
     * Adds an official with a PIN (kept only as a salted slow hash): a journal row of kind {@code official} recorded by
     * {@link #SETUP}, and the official table's row, in one transaction.
     *
     * @throws WeakPin                  when the PIN breaks {@link PinRules} (a sample contest asks only 4 digits)
     * @throws IllegalArgumentException for a reserved id or one that exists
     */
    void addOfficial(String id, String name, Role role, char[] pin);

    /**
     * Every official of the database, chiefs and organisers included, in the order they were added.
     *
     * @throws StoreException naming an official whose table row disagrees with the journal
     */
    List<OfficialAccount> officials();

    /**
     * The official of {@code id} as the journal's latest official row holds them (docs/store.md), once the official
     * table agrees with it.
     *
     * @throws StoreException naming the official when the table disagrees with the journal: nobody acts as them
     */
    Optional<OfficialAccount> official(String id);

    /**
     * Checks a PIN typed for an official id (an unknown id is a wrong PIN), with the wait after wrong PINs: after 5 in a
     * row the id waits 30 s before its next try, doubling with each further miss ({@link PinCheck}); a right PIN starts
     * the count again. The count is kept in the database, so a restart does not reset it.
     */
    PinCheck checkPin(String id, char[] pin);

    /**
     * A station of the venue server: the token of its last right PIN ({@code station_session}, schema 8), which binds
     * its connections to that official; null on one laptop, for the server's own store, or before a log-in.
     */
    default String sessionToken() {
        return null;
    }

    /**
     * A station of the venue server: binds this connection to the official of {@code token} (a reconnection, the
     * uplink's connection for a fact of that official); nothing elsewhere. An unknown token, or null, binds nobody.
     */
    default void bind(String token) {
    }

    /**
     * A station of the venue server: the official logs out, so the session of this connection's token ends on the
     * server and the connection binds nobody; the keys of the outbox entries saved under the token that still wait
     * ({@code waiting}) may still be sent with it, each once. Nothing elsewhere.
     */
    default void logOut(java.util.Collection<java.util.UUID> waiting) {
    }

    /**
     * Changes an official's PIN, asked by {@code by} with {@code byPin}: the official themself with the old PIN, or a
     * chief with the chief's PIN (checked as {@link #checkPin} does, wait included). A journal row of kind
     * {@code official}, item {@code pin}, recorded by {@code by}; the official's count of wrong PINs starts again.
     *
     * @return the check of {@code byPin}: unless {@link PinCheck#ok()}, nothing was changed
     * @throws WeakPin                  when the new PIN breaks {@link PinRules}
     * @throws IllegalArgumentException for an unknown official, or {@code by} neither the official nor a chief
     */
    PinCheck changePin(String id, char[] newPin, String by, char[] byPin, String station);

    /**
     * A chief changes an official's name and/or role (null or blank: unchanged): a journal row for each, recorded by the
     * chief. On a real contest an official does not become a chief or organiser this way (their PIN may be shorter
     * than such a role needs): add a new official.
     *
     * @return the check of the chief's PIN: unless {@link PinCheck#ok()}, nothing was changed
     */
    PinCheck changeOfficial(String id, String name, Role role, String chief, char[] chiefPin, String station);

    /**
     * Records one fact in the name of an official at a station, after the role and lock rules.
     *
     * @param reason required (non-blank) on a round that has been locked, and for a mark on a submitted sheet
     * @return the fact's id
     */
    long record(String officialId, String station, Fact fact, String reason) throws RecordingRefused;

    /**
     * Records a fact sent by a station with its own UUID (the venue server's journal): the first time as {@link #record}
     * does, every later time nothing, answering the id of the row the first one made; a fact the rules refuse is refused
     * each time it is sent. A contest.db keeps no such key: only the server's store takes it.
     */
    default long recordOnce(UUID key, String officialId, String station, Fact fact, String reason) throws RecordingRefused {
        throw new UnsupportedOperationException(StoreText.get("store.outbox.serverOnly"));
    }

    /**
     * Keeps a station's report of a fact the server did not accept, for the head table's list (not part of the journal:
     * nothing hashed); reported again, it is kept once.
     */
    default void reportNotAccepted(org.podium.domain.NotAccepted refused) {
        throw new UnsupportedOperationException(StoreText.get("store.outbox.serverOnly"));
    }

    /** The facts the stations reported NOT ACCEPTED, the latest first (none on one laptop). */
    default List<org.podium.domain.NotAccepted> notAccepted() {
        return List.of();
    }

    /**
     * {@link #withdraw}, {@link #submitSheet} and {@link #reopenSheet} sent by a station with their own UUID (saved in
     * its outbox while offline): the first time as those do, with the same rules, every later time nothing, answering
     * the id of the row the first one made.
     */
    default long withdrawOnce(UUID once, String officialId, String station, Fact key, String reason) throws RecordingRefused {
        throw new UnsupportedOperationException(StoreText.get("store.outbox.serverOnly"));
    }

    /** See {@link #withdrawOnce}. */
    default long submitSheetOnce(UUID once, String officialId, String station, String event, String round, String bib,
                                 String judge, Integer attempt) throws RecordingRefused {
        throw new UnsupportedOperationException(StoreText.get("store.outbox.serverOnly"));
    }

    /** See {@link #withdrawOnce}. */
    default long reopenSheetOnce(UUID once, String officialId, String station, String event, String round, String bib,
                                 String judge, Integer attempt, String reason) throws RecordingRefused {
        throw new UnsupportedOperationException(StoreText.get("store.outbox.serverOnly"));
    }

    /**
     * The journal's rows after row {@code id}, in id order: what a reader holding the rows up to {@code id} lacks (the
     * head table at each notification reads only these).
     */
    default List<JournalRow> journalAfter(long id) {
        return journal().stream().filter(r -> r.id() > id).toList();
    }

    /**
     * The fact a journal row records, checked against contest.yaml as {@link #currentFacts} checks every current fact
     * (a row changed outside Podium is an error naming the row); null for a row that records no fact (a lock, a
     * withdrawal, a submit...).
     */
    default Fact factOf(JournalRow row) {
        throw new UnsupportedOperationException("factOf");
    }

    /**
     * Sends the requests of these outbox entries (facts recorded or withdrawn, in the station's order) to the venue
     * server's sequencer at once, without waiting for their verdicts: each is then answered by {@link #recordOnce} or
     * {@link #withdrawOnce} with the same key, which sends nothing new (the key is the request's) and finds its verdict
     * made in the sequencer's batch. {@code tokens} gives each entry's session token: it is sent in that official's
     * name. Nothing for a store that is not a station's on the venue server.
     */
    default void sendAhead(List<Outbox.Entry> entries, java.util.function.Function<UUID, String> tokens) {
    }

    /** Which of {@code keys} (the facts' own UUIDs) the journal holds: none for a store that keeps no keys. */
    default Set<UUID> keysHeld(java.util.Collection<UUID> keys) {
        return Set.of();
    }

    /** Records several facts of one official in one transaction: all of them or none (the laps of one entry). */
    List<Long> recordAll(String officialId, String station, List<Fact> facts, String reason) throws RecordingRefused;

    /**
     * Withdraws the official's own current fact of {@code key}'s key (event, round, bib, kind, official, item,
     * attempt): a stopwatch press made by mistake. The journal keeps both rows; afterwards the key has no current
     * fact. Refused when there is none, and under the same role and lock rules as recording.
     *
     * @param key    names the key; its value is ignored
     * @param reason required on a round that has been locked
     * @return the withdrawal's row id
     */
    long withdraw(String officialId, String station, Fact key, String reason) throws RecordingRefused;

    /** Records facts read from files, by {@link #IMPORT}, in one transaction: all of them or none (lock rules apply). */
    List<Long> importFacts(List<Fact> facts, String reason) throws RecordingRefused;

    /** A judge submits their sheet for one entry and attempt (null: attempt 1). */
    long submitSheet(String officialId, String station, String event, String round, String bib, String judge,
                     Integer attempt) throws RecordingRefused;

    /**
     * Opens a submitted sheet again (its judge or the chief), with a non-blank reason; appended to the journal like a
     * submit. Marks on a reopened sheet need no reason until it is submitted again.
     */
    long reopenSheet(String officialId, String station, String event, String round, String bib, String judge,
                     Integer attempt, String reason) throws RecordingRefused;

    /**
     * The work numbers of blind judging for one round (docs/store.md): bib -> work number, for every entrant of the
     * event in roster order. A bib's number is drawn at random the first time it is asked for and kept, so it never
     * changes and cannot be worked out from the bib; each round has its own numbers.
     *
     * @throws IllegalArgumentException for an event or round that the contest does not have
     */
    Map<String, String> workNumbers(String event, String round);

    /** The chief locks a round; a backup follows. */
    long lockRound(String officialId, String station, String event, String round, String reason) throws RecordingRefused;

    /** The chief unlocks a locked round, with a non-blank reason. */
    long unlockRound(String officialId, String station, String event, String round, String reason) throws RecordingRefused;

    /** The chief publishes a locked round; a backup follows. */
    long publishRound(String officialId, String station, String event, String round) throws RecordingRefused;

    /**
     * The chief acknowledges a flag of an entry, with a note (scoring.md: a round is published only once its flags are
     * acknowledged; the check is the service's, since the store computes no flag). Appends a row of kind {@link #ACK}
     * naming the entry ({@code event}, {@code round}, {@code bib}), the flag in {@code item}, the flag as it stood in
     * {@code value} (the records it was raised on, so that a flag raised again on other records needs a new
     * acknowledgement) and the note in {@code reason}. It changes no result, so it is taken on a locked round too.
     *
     * @param flag       the flag's name, e.g. TIME_SPREAD
     * @param asItStands the flag as it stands now, in the service's words (not blank)
     * @param note       why the chief lets it stand (not blank)
     */
    long acknowledge(String officialId, String station, String event, String round, String bib, String flag,
                     String asItStands, String note) throws RecordingRefused;

    /**
     * The id of the journal's last row, 0 while it is empty: one indexed query, for screens that poll for change. A
     * new value means a row was appended, through this store or any other connection to the same file.
     */
    long lastRowId();

    /** Every row of the journal, facts and lock events, in recording order. */
    List<JournalRow> journal();

    /**
     * The current facts for the engine: the latest fact of every key (event, round, bib, kind, official, item,
     * attempt), in recording order. Each fact's origin is the database file with the fact id as its line.
     */
    List<Fact> currentFacts();

    /**
     * What one official may see of one round while it is not yet published (contest-files.md "Several stations": a
     * judge's station receives only that judge's own marks until the round is published): the round's lock events
     * (lock, unlock, publish) and the rows naming {@code official} (their marks, penalty counts, submits, reopens and
     * withdrawals, whoever typed them), in recording order. Filtered by the database (one query with the official in
     * its WHERE), so another official's rows are never read, never sent over the venue network.
     */
    List<JournalRow> journalOf(String official, String event, String round);

    /** The current facts of {@link #journalOf}: {@code official}'s own on the round, read as {@link #currentFacts} reads. */
    List<Fact> currentFactsOf(String official, String event, String round);

    /**
     * The current facts of one round, every official's: only for a round published (a judge's station, once blind
     * judging is over for it) or for the head table. Filtered by the database: no other round's row is read.
     */
    List<Fact> currentFactsOfRound(String event, String round);

    /**
     * Recomputes the hash chain, looks for the guards that keep the journal append-only and holds the official table
     * against the journal's official rows; the result carries the seal of the last row.
     */
    Verification verify();

    /**
     * The current facts ({@link #currentFacts}) appended to {@code into}, after what it holds, and the journal verified
     * ({@link #verify}). A store of the journal does both in one pass as its rows stream past, keeping only the facts'
     * columns and the running hash (issue 17: millions of rows).
     *
     * @throws StoreException as {@link #currentFacts} does, naming a current fact that contest.yaml refuses (what
     *                        {@code into} then holds is not to be scored)
     */
    default Verification currentFactsInto(FactTable into) {
        List<Fact> facts = currentFacts();
        Verification v = verify();
        facts.forEach(into::append);
        return v;
    }

    /**
     * Holds a seal ({@code N:HEX}, printed by {@code verify} or on a result sheet) against the journal: row N is there
     * with that hash, and, for a publish row, its round was not unlocked since.
     */
    default SealCheck checkSeal(Seal seal) {
        return SealCheck.of(journal(), seal);
    }

    /**
     * The seal of the publish row of every round published now, keyed {@code event/round} (a round unlocked since it
     * was published has none): what result sheets, notices and award lists print.
     */
    default Map<String, Seal> publishSeals() {
        return Seal.ofPublishedRounds(journal());
    }

    /** A consistent snapshot of the database into the backups folder; returns its path. */
    Path backup(String label);

    /**
     * Why the last automatic backup (taken at most every {@link SqliteContestStore#BACKUP_EVERY} while facts
     * arrive) could not be written, or empty when it was. A failed backup never undoes a recorded fact.
     */
    Optional<String> backupProblem();

    /**
     * Also copies every backup from now on into {@code folder}, in a subfolder named after the contest folder (a USB
     * stick: {@code backup_dir} in the app's settings). A copy that cannot be written there is reported by
     * {@link #backupProblem()}, never fatal: the backup beside the database is written all the same.
     */
    void alsoBackUpTo(Path folder);

    @Override
    void close();
}
