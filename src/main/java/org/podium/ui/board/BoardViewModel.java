package org.podium.ui.board;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.podium.domain.Status;
import org.podium.ui.common.I18n;

/**
 * The projector board: a contest's name, a round's title, its ranking a page at a time in large type, the latest
 * finishers, and a marker saying whether the results are live or published (provisional or official).
 *
 * <p>The caller (the head table) passes what to show ({@link #show}); the board computes nothing. The chief's choice
 * ({@link #modeProperty()}) is the board's own safeguard: in {@link BoardMode#PUBLISHED_ONLY} a live ranking is
 * refused, and switching to it takes a live ranking off the board at once, so unpublished results never reach the
 * hall by mistake.
 *
 * <p>Paging: the view says how many lines fit ({@link #rowsPerPageProperty()}) and turns the pages
 * ({@link #nextPage()}, on a timer); new results keep the page shown when it still exists.
 */
public final class BoardViewModel {
    /** Latest finishers shown, unless changed. */
    public static final int LATEST = 5;

    private final I18n i18n;
    private final ObjectProperty<BoardMode> mode = new SimpleObjectProperty<>(this, "mode", BoardMode.LIVE);
    private final IntegerProperty rowsPerPage = new SimpleIntegerProperty(this, "rowsPerPage", 10);
    private final IntegerProperty latestCount = new SimpleIntegerProperty(this, "latestCount", LATEST);
    private final ReadOnlyStringWrapper contestName = new ReadOnlyStringWrapper(this, "contestName", "");
    private final ReadOnlyStringWrapper roundTitle = new ReadOnlyStringWrapper(this, "roundTitle", "");
    private final ReadOnlyObjectWrapper<BoardStanding> standing = new ReadOnlyObjectWrapper<>(this, "standing");
    private final ReadOnlyStringWrapper marker = new ReadOnlyStringWrapper(this, "marker", "");
    private final ReadOnlyStringWrapper waiting = new ReadOnlyStringWrapper(this, "waiting", "");
    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(this, "page", 0);
    private final ReadOnlyIntegerWrapper pageCount = new ReadOnlyIntegerWrapper(this, "pageCount", 0);
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper(this, "pageText", "");
    private final ObservableList<BoardRow> pageRows = FXCollections.observableArrayList();
    /** One read-only view, held here: a view made on each call would be collected with the listeners on it. */
    private final ObservableList<BoardRow> pageRowsView = FXCollections.unmodifiableObservableList(pageRows);
    private final ObservableList<BoardRow> latest = FXCollections.observableArrayList();
    private final ObservableList<BoardRow> latestView = FXCollections.unmodifiableObservableList(latest);
    private List<BoardRow> rows = List.of();
    private List<BoardRow> allLatest = List.of();
    private boolean blind;

    public BoardViewModel(I18n i18n) {
        this.i18n = i18n;
        mode.addListener((o, was, now) -> {
            if (now == BoardMode.PUBLISHED_ONLY && standing.get() == BoardStanding.LIVE) {
                String name = contestName.get();
                clear();
                contestName.set(name);
            }
            updateWaiting();
        });
        rowsPerPage.addListener((o, was, now) -> paginate(page.get()));
        latestCount.addListener((o, was, now) -> trimLatest());
        updateWaiting();
    }

    /**
     * Puts what {@link BoardRows#content} allows of a round on the board (call on the FX thread): the one way in for the
     * head table. A blind round not yet published shows no ranking, only its latest finishers, and says why.
     *
     * @return false, and nothing changes, when the chief chose {@link BoardMode#PUBLISHED_ONLY} and the content is live
     */
    public boolean show(String contestName, BoardContent content) {
        return show(contestName, content.roundTitle(), content.rows(), content.latest(), content.standing(),
                content.blind());
    }

    /** Puts a ranking on the board as given (this package's tests; a caller outside goes through {@link BoardContent}). */
    boolean show(String contestName, String roundTitle, List<BoardRow> rows, List<BoardRow> latest,
                 BoardStanding what) {
        return show(contestName, roundTitle, rows, latest, what, false);
    }

    /**
     * Puts a ranking on the board (call on the FX thread).
     *
     * @param contestName the contest's name
     * @param roundTitle  the event and round, e.g. {@link BoardRows#title}
     * @param rows        the lines in ranking order ({@link BoardRows#of})
     * @param latest      the latest finishers, newest first ({@link BoardRows#latest}); only the first
     *                    {@link #latestCountProperty()} are shown
     * @param what        what the ranking is: live, or published provisional or official
     * @param blindRound  a blind-judged round not yet published (no rows): the waiting line says so
     * @return false, and nothing changes, when the chief chose {@link BoardMode#PUBLISHED_ONLY} and the ranking is live
     */
    private boolean show(String contestName, String roundTitle, List<BoardRow> rows, List<BoardRow> latest,
                         BoardStanding what, boolean blindRound) {
        Objects.requireNonNull(what, "what");
        if (mode.get() == BoardMode.PUBLISHED_ONLY && !what.published()) {
            return false;
        }
        boolean sameRound = Objects.equals(roundTitle, this.roundTitle.get());
        this.contestName.set(contestName == null ? "" : contestName);
        this.roundTitle.set(roundTitle == null ? "" : roundTitle);
        this.rows = List.copyOf(rows);
        this.allLatest = List.copyOf(latest);
        this.blind = blindRound;
        standing.set(what);
        marker.set(i18n.get("board.marker." + what.name()));
        paginate(sameRound ? page.get() : 0);
        trimLatest();
        updateWaiting();
        return true;
    }

    /** Takes the ranking off the board (the contest's name goes too). */
    public void clear() {
        contestName.set("");
        roundTitle.set("");
        rows = List.of();
        allLatest = List.of();
        blind = false;
        standing.set(null);
        marker.set("");
        paginate(0);
        trimLatest();
        updateWaiting();
    }

    /** The next page, after the last the first again. */
    public void nextPage() {
        int count = pageCount.get();
        paginate(count == 0 ? 0 : (page.get() + 1) % count);
    }

    private void paginate(int wanted) {
        int per = Math.max(1, rowsPerPage.get());
        int count = (rows.size() + per - 1) / per;
        int at = wanted >= 0 && wanted < count ? wanted : 0;
        pageCount.set(count);
        page.set(at);
        pageRows.setAll(rows.subList(Math.min(rows.size(), at * per), Math.min(rows.size(), (at + 1) * per)));
        pageText.set(count > 1 ? i18n.get("board.page", at + 1, count) : "");
    }

    private void trimLatest() {
        latest.setAll(allLatest.subList(0, Math.min(allLatest.size(), Math.max(0, latestCount.get()))));
    }

    private void updateWaiting() {
        if (!rows.isEmpty()) {
            waiting.set("");
        } else if (standing.get() == null && mode.get() == BoardMode.PUBLISHED_ONLY) {
            waiting.set(i18n.get("board.waiting.published"));
        } else if (standing.get() == null) {
            waiting.set(i18n.get("board.waiting.live"));
        } else if (blind) {
            waiting.set(i18n.get("board.waiting.blind"));
        } else {
            waiting.set(i18n.get("board.waiting.empty"));
        }
    }

    /** The rank of a line, or its status (DNF, DSQ…) in the board's language when it is unranked. */
    public String rankText(BoardRow row) {
        return row.rank() != null ? row.rank().toString() : i18n.get("board.status." + row.status().name());
    }

    /**
     * What the band of latest finishers says under a name: "#3 · 91.20" for a ranked line, "finished" for a line with
     * no rank and no status to show (a blind round's finisher), else its status (DNF, DSQ…).
     */
    public String latestText(BoardRow row) {
        if (row.rank() != null) {
            return i18n.get("board.latest.ranked", row.rank(), totalText(row));
        }
        return row.status() == Status.OK ? i18n.get("board.latest.finished") : rankText(row);
    }

    /** The total of a line as the ranking prints it, or empty when it has none. */
    public static String totalText(BoardRow row) {
        return row.total() == null ? "" : row.total().toPlainString();
    }

    /** The chief's choice: live results, or published ones only. */
    public ObjectProperty<BoardMode> modeProperty() {
        return mode;
    }

    /** How many lines fit on a page (set by the view from its height; at least 1 is used). */
    public IntegerProperty rowsPerPageProperty() {
        return rowsPerPage;
    }

    /** How many latest finishers are shown. */
    public IntegerProperty latestCountProperty() {
        return latestCount;
    }

    public ReadOnlyStringProperty contestNameProperty() {
        return contestName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty roundTitleProperty() {
        return roundTitle.getReadOnlyProperty();
    }

    /** What the ranking shown is; null when none is shown. */
    public ReadOnlyObjectProperty<BoardStanding> standingProperty() {
        return standing.getReadOnlyProperty();
    }

    /** LIVE, PUBLISHED · PROVISIONAL or PUBLISHED · OFFICIAL in the board's language; empty when nothing is shown. */
    public ReadOnlyStringProperty markerProperty() {
        return marker.getReadOnlyProperty();
    }

    /** Said in place of the ranking when there is none to show (e.g. "results appear here once published"). */
    public ReadOnlyStringProperty waitingProperty() {
        return waiting.getReadOnlyProperty();
    }

    /** The page shown, from 0. */
    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty pageCountProperty() {
        return pageCount.getReadOnlyProperty();
    }

    /** "2 / 4" when there are several pages, else empty. */
    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }

    /** The lines of the page shown. */
    public ObservableList<BoardRow> pageRows() {
        return pageRowsView;
    }

    /** The latest finishers shown, newest first. */
    public ObservableList<BoardRow> latest() {
        return latestView;
    }
}
