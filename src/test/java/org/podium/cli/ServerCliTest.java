package org.podium.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.podium.contestfile.ContestFolder;
import org.podium.domain.Contest;
import org.podium.domain.Event;
import org.podium.domain.Role;
import org.podium.server.TestFolders;
import org.podium.server.VenueServer;
import org.podium.service.VenueLink;
import org.podium.store.ContestStore;
import org.podium.store.SqliteContestStore;
import org.podium.store.StoreException;
import org.podium.store.Verification;

/**
 * {@code --server HOST:PORT} beside {@code --db} (contest-files.md, "Several stations: the venue server"): against a real
 * {@code podium serve} on 127.0.0.1, the same facts give byte-identical rank, teams, verify, audit and exports through
 * the server as through the contest.db it was moved from (same rows, same hashes, so the same seals); export facts from
 * one imports into the other; nothing is written to the server by a reading command; bad input is one line.
 */
class ServerCliTest {
    /** One instant for every run, so that files dated by the clock are dated alike. */
    private static final Clock CLOCK = Clock.fixed(Instant.now(), ZoneOffset.UTC);

    @TempDir
    Path tmp;

    /** Runs the command line with {@code password} as standard input's first line (no terminal in a test). */
    private static CliRunner run(String password, String... args) {
        InputStream was = System.in;
        System.setIn(new ByteArrayInputStream((password + "\n").getBytes(StandardCharsets.UTF_8)));
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Podium.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8), CLOCK);
            return new CliRunner(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setIn(was);
        }
    }

    private static CliRunner ok(CliRunner r) {
        assertThat(r.err()).isEmpty();
        assertThat(r.code()).isZero();
        return r;
    }

    private static String[] with(String[] args, String... more) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(more));
        return all.toArray(String[]::new);
    }

    /**
     * The sample's facts imported into its contest.db, its first round locked and published (so the exports carry a
     * seal), then moved into a new venue server: the contest.db stays beside it as contest-before-server.db.
     */
    private static VenueServer served(Path dir, Contest contest) {
        ok(run("", "import", dir.toString(), "--scores", dir.resolve("scores/sample.csv").toString()));
        Event first = contest.events().get(0);
        String round = first.rounds().get(0).id();
        try (SqliteContestStore store = new SqliteContestStore(dir.resolve("contest.db"), contest, CLOCK)) {
            if (store.official("C").isEmpty()) {
                store.addOfficial("C", "Chief", Role.CHIEF, "482915".toCharArray());
            }
            store.lockRound("C", "head", first.id(), round, null);
            store.publishRound("C", "head", first.id(), round);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        try {
            return VenueServer.start(dir, contest, new VenueServer.Options(TestFolders.freePort(), "127.0.0.1", null), CLOCK);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"monitor-stand", "fire-safety", "sanitation"})
    void theSameFactsGiveByteIdenticalOutputThroughTheServerAsThroughTheContestDb(String slug) throws Exception {
        Path dir = TestFolders.sample(tmp, slug);
        Contest contest = ContestFolder.load(dir).contest();
        try (VenueServer server = served(dir, contest)) {
            Path file = dir.resolve(VenueServer.BEFORE_SERVER);
            assertThat(file).exists();
            assertThat(dir.resolve("contest.db")).doesNotExist();
            String[] db = {"--db", file.toString()};
            String[] at = {"--server", "127.0.0.1:" + server.port()};
            String password = server.password();
            Verification before = server.store().verify();

            List<List<String>> printing = new ArrayList<>(List.of(
                    List.of("rank", dir.toString()), List.of("rank", dir.toString(), "--format", "table"),
                    List.of("rank", dir.toString(), "--format", "json"), List.of("verify", dir.toString()),
                    List.of("audit", dir.toString())));
            if (contest.teams() != null) {
                printing.add(List.of("teams", dir.toString()));
                printing.add(List.of("teams", dir.toString(), "--format", "json"));
            }
            for (List<String> command : printing) {
                String[] args = command.toArray(String[]::new);
                String fromFile = ok(run("", with(args, db))).out();
                assertThat(ok(run(password, with(args, at))).out()).as(String.join(" ", command)).isEqualTo(fromFile);
            }
            assertThat(run(password, with(new String[] {"rank", dir.toString()}, at)).out())
                    .isEqualTo(Files.readString(Path.of("src/test/resources/golden", slug, "rank.csv")));
            assertThat(ok(run(password, with(new String[] {"verify", dir.toString()}, at))).out())
                    .isEqualTo("ok: " + before.rows() + " rows, seal " + before.seal() + "\n");

            // every export: the same files, byte for byte (the clock is fixed: POI's and the PDF's dates are alike)
            for (String what : List.of("results", "awards", "certificates", "facts")) {
                Path viaFile = tmp.resolve("file-" + what);
                Path viaServer = tmp.resolve("server-" + what);
                ok(run("", with(new String[] {"export", what, dir.toString(), "--out", viaFile.toString()}, db)));
                ok(run(password, with(new String[] {"export", what, dir.toString(), "--out", viaServer.toString()}, at)));
                assertSameFiles(viaFile, viaServer);
            }

            // export facts from the server imports into a new contest.db, whose own export is the same file again
            Path fresh = TestFolders.sample(tmp.resolve("fresh"), slug);
            Path facts = tmp.resolve("server-facts/facts.csv");
            ok(run("", "import", fresh.toString(), "--scores", facts.toString()));
            Path again = tmp.resolve("again");
            ok(run("", "export", "facts", fresh.toString(), "--out", again.toString()));
            assertThat(again.resolve("facts.csv")).hasSameBinaryContentAs(facts);
            assertThat(ok(run("", "rank", fresh.toString(), "--db", fresh.resolve("contest.db").toString())).out())
                    .isEqualTo(ok(run(password, with(new String[] {"rank", dir.toString()}, at))).out());

            // nothing was written to the server by any of it
            Verification after = server.store().verify();
            assertThat(after.rows()).isEqualTo(before.rows());
            assertThat(after.seal()).isEqualTo(before.seal());
        }
    }

    /** Both folders hold the same file names with the same bytes (and at least one file). */
    private static void assertSameFiles(Path a, Path b) throws IOException {
        List<String> names;
        try (Stream<Path> files = Files.list(a)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        try (Stream<Path> files = Files.list(b)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).isEqualTo(names);
        }
        assertThat(names).isNotEmpty();
        for (String name : names) {
            if (name.endsWith(".xlsx")) {
                assertThat(xlsxParts(b.resolve(name))).as(name).isEqualTo(xlsxParts(a.resolve(name)));
            } else if (name.endsWith(".pdf")) {
                assertThat(pdfBytes(b.resolve(name))).as(name).isEqualTo(pdfBytes(a.resolve(name)));
            } else {
                assertThat(b.resolve(name)).as(name).hasSameBinaryContentAs(a.resolve(name));
            }
        }
    }

    /**
     * A PDF's bytes (as ISO-8859-1 text, one char per byte) but for what OpenPDF makes new at every writing: the font
     * subset's random six-letter tag, the file's /ID (a hash of the time of writing) and its dates.
     */
    private static String pdfBytes(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
        String normal = text.replaceAll("/([A-Z]{6})\\+", "/SUBSET+")
                .replaceAll("/ID ?\\[<[0-9a-fA-F]+> ?<[0-9a-fA-F]+>\\]", "/ID[]")
                .replaceAll("/(CreationDate|ModDate) ?\\(D:[^)]*\\)", "/$1()");
        assertThat(normal).startsWith("%PDF-");
        return normal;
    }

    /**
     * An .xlsx file's parts by name, as text: POI stamps the zip entries and docProps/core.xml's {@code dcterms:created}
     * with the time of writing (not Podium's clock), so those are left out; every sheet, the shared strings and the
     * styles are compared whole.
     */
    private static java.util.Map<String, String> xlsxParts(Path file) throws IOException {
        java.util.Map<String, String> parts = new java.util.TreeMap<>();
        try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
            for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
                String text = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
                if (e.getName().equals("docProps/core.xml")) {
                    text = text.replaceAll("<dcterms:created[^>]*>[^<]*</dcterms:created>", "");
                }
                parts.put(e.getName(), text);
            }
        }
        assertThat(parts).containsKey("xl/worksheets/sheet1.xml");
        return parts;
    }
}
