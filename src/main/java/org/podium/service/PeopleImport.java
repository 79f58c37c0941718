package org.podium.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.podium.contestfile.ContestFileException;
import org.podium.contestfile.ContestFolder;
import org.podium.contestfile.ContestYaml;
import org.podium.contestfile.Preview;
import org.podium.contestfile.RosterReader;
import org.podium.contestfile.Table;
import org.podium.contestfile.TheoryReader;
import org.podium.domain.Contest;
import org.podium.domain.Contestant;
import org.podium.domain.Fact;

/**
 * The roster and the theory results imported into a contest folder from the file HR sends (issue 14, contest-files.md
 * "Rosters as HR sends them"): a preview first, read by the engine's own readers (so every problem is the one
 * {@code podium validate} gives, in the screen's language), and nothing written until the organiser confirms a preview
 * without problems. Then the folder's {@code roster.csv} (or {@code theory.csv}) is written as the preview read it,
 * in UTF-8, atomically (a temporary file beside it, read back and compared, then moved into place); the other form
 * ({@code roster.xlsx}, {@code theory.xlsx}) is removed, since a folder holding both is refused.
 *
 * <p>Blocking I/O: call every method on an executor, never on the FX thread.
 */
public final class PeopleImport {
    /** What is imported. */
    public enum Kind {
        ROSTER(ContestFolder.ROSTER_CSV, ContestFolder.ROSTER_XLSX, RosterReader.COLUMNS),
        THEORY(ContestFolder.THEORY_FILE, ContestFolder.THEORY_XLSX, TheoryReader.COLUMNS);

        private final String csv;
        private final String xlsx;
        private final List<String> columns;

        Kind(String csv, String xlsx, List<String> columns) {
            this.csv = csv;
            this.xlsx = xlsx;
            this.columns = columns;
        }

        /** The file written into the contest folder. */
        public String fileName() {
            return csv;
        }

        /** The columns a hand mapping may name. */
        public List<String> columns() {
            return columns;
        }
    }

    private final Path folder;

    /** @param folder the contest folder imported into */
    public PeopleImport(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    /**
     * Reads {@code file} as the engine would, nothing written: the columns as recognised (with {@code hand} applied),
     * every row, every problem in {@code locale}'s language.
     */
    public Preview<?> preview(Kind kind, Path file, Map<String, String> hand, Locale locale) {
        return switch (kind) {
            case ROSTER -> RosterReader.preview(file, contest(false), hand, locale);
            case THEORY -> TheoryReader.preview(file, contest(true), hand, locale);
        };
    }

    /**
     * The contest the preview checks against: contest.yaml (null while it cannot be read: only what needs no contest is
     * checked), with the folder's roster for theory results (the bibs they name).
     */
    Contest contest(boolean withRoster) {
        Contest c;
        try {
            c = ContestYaml.read(folder.resolve(ContestFolder.CONTEST_FILE));
        } catch (ContestFileException | RuntimeException e) {
            return null;
        }
        if (!withRoster) {
            return c;
        }
        Path csv = folder.resolve(ContestFolder.ROSTER_CSV);
        Path xlsx = folder.resolve(ContestFolder.ROSTER_XLSX);
        try {
            return c.withRoster(RosterReader.read(Files.exists(csv) ? csv : xlsx, c));
        } catch (ContestFileException | RuntimeException e) {
            return c; // no roster yet: every bib is then unknown, which the preview says
        }
    }

    /**
     * Writes what {@code preview} read into the contest folder, atomically.
     *
     * @return the file written
     * @throws SetupRefused when the preview has a problem (nothing is written), or the file written would not read
     *                     back as the preview did
     * @throws IOException when the folder cannot be written (nothing is left half-written)
     */
    public Path confirm(Kind kind, Preview<?> preview) throws SetupRefused, IOException {
        if (!preview.importable()) {
            throw new SetupRefused("people.import.error.problems", "the file has " + preview.problemCount()
                    + " problem(s): correct them in the file (or map a column by hand) and preview it again; nothing was"
                    + " imported", preview.problemCount());
        }
        if (preview.read().isEmpty()) {
            throw new SetupRefused("people.import.error.empty", "the file has no row to import; nothing was imported");
        }
        String text = kind == Kind.ROSTER ? rosterCsv(preview) : theoryCsv(preview);
        Path target = folder.resolve(kind.csv);
        Path tmp = Files.createTempFile(folder, "." + kind.csv + ".", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Preview<?> back = kind == Kind.ROSTER ? RosterReader.preview(tmp, contest(false), Map.of(), Locale.ENGLISH)
                    : TheoryReader.preview(tmp, contest(true), Map.of(), Locale.ENGLISH);
            if (!back.importable() || !comparable(back.read()).equals(comparable(preview.read()))) {
                throw new SetupRefused("people.import.error.readBack", "the file written does not read back as the"
                        + " preview did (" + (back.problems().isEmpty() ? firstDifference(comparable(back.read()), comparable(preview.read())) : back.problems().get(0)) + ");"
                        + " nothing was imported");
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        Files.deleteIfExists(folder.resolve(kind.xlsx));
        return target;
    }

    /**
     * The roster as read, one CSV line per row: each column under its header as written (a Chinese name stays, so a
     * title's condition naming it still holds), a column mapped by hand under the name it was mapped to, columns left
     * out dropped; values as Podium read them (a full-width bib in ASCII, a date as yyyy-MM-dd, a merged unit in each
     * row).
     */
    static String rosterCsv(Preview<?> preview) {
        List<Table.Column> kept = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (Table.Column c : preview.columns()) {
            if (c.name() == null || c.source() == Table.Source.LEFT_OUT) {
                continue;
            }
            kept.add(c);
            header.add(c.source() == Table.Source.BY_HAND ? c.name() : c.header());
        }
        StringBuilder b = new StringBuilder();
        line(b, header);
        for (Table.Row row : preview.rows()) {
            List<String> cells = new ArrayList<>();
            boolean any = false;
            for (Table.Column c : kept) {
                String v = row.values().getOrDefault(c.name(), "");
                any |= !v.isBlank();
                cells.add(v);
            }
            if (any) {
                line(b, cells);
            }
        }
        return b.toString();
    }

    /** The theory results as read: {@code event,bib,value}, one line per result. */
    static String theoryCsv(Preview<?> preview) {
        StringBuilder b = new StringBuilder();
        line(b, TheoryReader.COLUMNS);
        for (Object o : preview.read()) {
            Fact f = (Fact) o;
            line(b, List.of(f.event(), f.bib(), f.amount().toPlainString()));
        }
        return b.toString();
    }

    /** What a row gives, without the place it was read from (a theory result's origin names its file and line). */
    private static List<?> comparable(List<?> read) {
        return read.stream().map(o -> o instanceof Fact f ? List.of(f.kind(), f.event(), f.bib(), f.amount()) : o).toList();
    }

    private static String firstDifference(List<?> back, List<?> read) {
        for (int i = 0; i < Math.min(back.size(), read.size()); i++) {
            if (!back.get(i).equals(read.get(i))) {
                return "row " + (i + 1) + ": " + back.get(i) + " instead of " + read.get(i);
            }
        }
        return back.size() + " rows instead of " + read.size();
    }

    private static void line(StringBuilder b, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            String v = cells.get(i);
            if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r") || !v.equals(v.strip())) {
                b.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                b.append(v);
            }
        }
        b.append('\n');
    }

    /** The people of the contest as it stands, for the screens: the roster read from the folder (empty when none). */
    public List<Contestant> roster() {
        Contest c = contest(true);
        return c == null ? List.of() : c.roster();
    }
}
