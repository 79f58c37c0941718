package org.podium.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.podium.contestfile.ContestFileException;
import org.podium.contestfile.ContestFolder;
import org.podium.contestfile.ContestYaml;
import org.podium.contestfile.Limits;
import org.podium.contestfile.TextFiles;

/**
 * A new contest folder (issue 14, "Starting points"): an empty contest, or one made from a template (each sample is
 * one). Only the scheme is taken from a template: its contest.yaml (under the contest name the organiser gives, and
 * without the {@code sample} mark, so it is a real contest) and its certificate templates. Never its people: no
 * roster, no theory marks, no database (so none of its officials with the sample PIN), no backups, no scores. The
 * folder is made in a temporary folder beside the target and moved into place, so a failure leaves no half-made
 * contest.
 */
public final class NewContest {
    /** What is copied from a template folder (when present): the scheme only, never its people or marks. */
    static final List<String> COPIED = List.of(ContestFolder.CONTEST_FILE, "templates");

    private NewContest() {
    }

    /**
     * A new contest in {@code target} made from {@code template}'s scheme, named {@code name}.
     *
     * @throws SetupRefused     when the name is blank, the template is not a contest folder or the target exists already
     * @throws IOException when the target cannot be written (nothing is left behind)
     */
    public static Path fromTemplate(Path template, Path target, String name) throws SetupRefused, IOException {
        String contestName = checkedName(name);
        if (!Files.isRegularFile(template.resolve(ContestFolder.CONTEST_FILE))) {
            throw new SetupRefused("newContest.error.notTemplate", template + " is not a contest folder (it has no "
                    + ContestFolder.CONTEST_FILE + ")", template);
        }
        return make(target, tmp -> {
            for (String entry : COPIED) {
                Path from = template.resolve(entry);
                if (Files.exists(from)) {
                    copyTree(from, tmp.resolve(entry));
                }
            }
            rewrite(tmp.resolve(ContestFolder.CONTEST_FILE), contestName);
        });
    }

    /**
     * An empty contest in {@code target}: a contest.yaml with the contest's name and no event yet (the setup screen
     * adds them; until then the contest is not ready and says why).
     */
    public static Path empty(Path target, String name) throws SetupRefused, IOException {
        String contestName = checkedName(name);
        return make(target, tmp -> Files.writeString(tmp.resolve(ContestFolder.CONTEST_FILE),
                "contest:\n  name: " + quoted(contestName) + "\ndecimals: 2\nevents: []\n", StandardCharsets.UTF_8));
    }

    private interface Filling {
        void fill(Path tmp) throws IOException;
    }

    private static Path make(Path target, Filling filling) throws SetupRefused, IOException {
        Path to = target.toAbsolutePath().normalize();
        if (Files.exists(to)) {
            throw new SetupRefused("newContest.error.exists", to + " exists already: choose a new folder name", to);
        }
        Path parent = to.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + to.getFileName() + ".");
        try {
            filling.fill(tmp);
            Files.move(tmp, to, StandardCopyOption.ATOMIC_MOVE);
            return to;
        } catch (IOException | RuntimeException e) {
            deleteTree(tmp);
            throw e;
        }
    }

    private static String checkedName(String name) throws SetupRefused {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty()) {
            throw new SetupRefused("newContest.error.noName", "give the new contest its name (shown on sheets and certificates)");
        }
        if (n.length() > 200 || n.chars().anyMatch(c -> c < 0x20)) {
            throw new SetupRefused("newContest.error.badName", "the contest's name is one line of at most 200 characters");
        }
        return n;
    }

    /** {@code sample: true|false} in block style, the whole line with its comment. */
    private static final Pattern SAMPLE_LINE = Pattern.compile("(?m)^[ \\t]+sample[ \\t]*:[^\\n]*\\n?");
    /** {@code sample: ...} inside a flow map: {@code , sample: true} or {@code {sample: true, }. */
    private static final Pattern SAMPLE_IN_FLOW = Pattern.compile("(,[ \\t]*sample[ \\t]*:[ \\t]*(?:true|false)\\b)"
            + "|((?<=\\{)[ \\t]*sample[ \\t]*:[ \\t]*(?:true|false)[ \\t]*,?[ \\t]*)");
    /** The contest's name in block style ({@code   name: X  # ...}) under {@code contest:}. */
    private static final Pattern NAME_LINE = Pattern.compile("(?m)^([ \\t]+name[ \\t]*:[ \\t]*)([^\\n#]*?)([ \\t]*(?:#[^\\n]*)?)$");
    /** The contest's name in a flow map ({@code contest: {name: X, ...}}). */
    private static final Pattern NAME_IN_FLOW = Pattern.compile("(contest[ \\t]*:[ \\t]*\\{[ \\t]*name[ \\t]*:[ \\t]*)([^,}\\n]*)");

    /**
     * The template's contest.yaml made the new contest's (contest-files.md, "Samples and PINs"): the {@code sample}
     * mark dropped and the contest's name replaced, the rest of the text (comments included) as it was. The file is
     * read again to be sure; a name or mark written some other way refuses the copy.
     */
    static void rewrite(Path yaml, String name) throws IOException {
        String text;
        try {
            text = TextFiles.read(yaml, "the contest scheme", Limits.CONTEST_YAML_BYTES, "contest.yaml");
        } catch (ContestFileException e) {
            throw new IOException(e.getMessage(), e);
        }
        String out = SAMPLE_IN_FLOW.matcher(text).replaceAll("");
        int contest = indexOfContestBlock(out);
        if (contest >= 0) {
            int end = endOfBlock(out, contest);
            String block = out.substring(contest, end);
            block = SAMPLE_LINE.matcher(block).replaceAll("");
            Matcher m = NAME_LINE.matcher(block);
            if (m.find()) {
                block = block.substring(0, m.start(2)) + quoted(name) + block.substring(m.end(2));
            }
            out = out.substring(0, contest) + block + out.substring(end);
        } else {
            Matcher f = NAME_IN_FLOW.matcher(out);
            if (f.find()) {
                out = out.substring(0, f.start(2)) + quoted(name) + out.substring(f.end(2));
            }
        }
        Files.delete(yaml); // the copy may carry the template's read-only mode: a new file is written
        Files.writeString(yaml, out, StandardCharsets.UTF_8);
        try {
            var read = ContestYaml.read(yaml);
            if (read.sample() || !name.equals(read.name())) {
                throw new IOException(yaml + ": the new contest's name or sample mark could not be written;"
                        + " write name: and drop sample: in its contest: section");
            }
        } catch (ContestFileException e) {
            // the template's own problems: the new contest shows them when it is opened, as the template would
        }
    }

    /** Where the block-style {@code contest:} section starts (its first line after {@code contest:}), or -1. */
    private static int indexOfContestBlock(String text) {
        Matcher m = Pattern.compile("(?m)^contest[ \\t]*:[ \\t]*(?:#[^\\n]*)?\\n").matcher(text);
        return m.find() ? m.end() : -1;
    }

    /** The end of the indented lines from {@code start}. */
    private static int endOfBlock(String text, int start) {
        int i = start;
        while (i < text.length()) {
            int nl = text.indexOf('\n', i);
            String line = text.substring(i, nl < 0 ? text.length() : nl);
            if (!line.isBlank() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#")) {
                return i;
            }
            i = nl < 0 ? text.length() : nl + 1;
        }
        return i;
    }

    /** A YAML double-quoted scalar. */
    static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static void copyTree(Path from, Path to) throws IOException {
        if (Files.isDirectory(from)) {
            Files.createDirectories(to);
            try (Stream<Path> s = Files.list(from)) {
                for (Path p : s.toList()) {
                    copyTree(p, to.resolve(p.getFileName().toString()));
                }
            }
        } else {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        if (Files.isDirectory(p)) {
            try (Stream<Path> s = Files.list(p)) {
                for (Path c : s.toList()) {
                    deleteTree(c);
                }
            }
        }
        Files.delete(p);
    }
}
