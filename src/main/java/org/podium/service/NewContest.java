package org.podium.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.charset.StandardCharsets;
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
 * A new contest folder made from a sample: its contest.yaml, roster, theory marks and templates are copied; its
 * database (and so its officials with the sample PIN), backups and score files are not, so the new contest starts
 * empty, and it is a real contest: its contest.yaml says {@code sample: false}. The copy is made in a temporary
 * folder beside the target and moved into place, so a failure leaves no half-made contest.
 */
public final class NewContest {
    /** What is copied from the sample folder (when present). */
    static final List<String> COPIED = List.of(ContestFolder.CONTEST_FILE, "roster.csv", "roster.xlsx", "theory.csv", "templates");

    private NewContest() {
    }

    /**
     * Copies {@code sample} to {@code target}.
     *
     * @throws IOException with a message naming the folder when the target exists already or cannot be written
     */
    public static Path fromSample(Path sample, Path target) throws IOException {
        if (!Files.isRegularFile(sample.resolve(ContestFolder.CONTEST_FILE))) {
            throw new IOException(sample + " is not a contest folder (it has no " + ContestFolder.CONTEST_FILE + ")");
        }
        Path to = target.toAbsolutePath().normalize();
        if (Files.exists(to)) {
            throw new IOException(to + " exists already: choose a new folder name");
        }
        Path parent = to.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + to.getFileName() + ".");
        try {
            for (String name : COPIED) {
                Path from = sample.resolve(name);
                if (Files.exists(from)) {
                    copyTree(from, tmp.resolve(name));
                }
            }
            unmarkSample(tmp.resolve(ContestFolder.CONTEST_FILE));
            Files.move(tmp, to, StandardCopyOption.ATOMIC_MOVE);
            return to;
        } catch (IOException | RuntimeException e) {
            deleteTree(tmp);
            throw e;
        }
    }

    /** {@code sample: true} in block style ({@code   sample: true  # ...}) or in a flow map ({@code {..., sample: true}}). */
    private static final Pattern SAMPLE_TRUE = Pattern.compile("(?m)((?:^[ \\t]+|[{,][ \\t]*)sample[ \\t]*:[ \\t]*)true\\b");

    /**
     * A contest made from a sample is a real contest (contest-files.md, "Samples and PINs"): {@code sample: true}
     * becomes {@code sample: false} in its contest.yaml, the rest of the text (comments included) as it was. The file is
     * then read again to be sure; a sample mark written some other way refuses the copy.
     */
    static void unmarkSample(Path yaml) throws IOException {
        String text;
        try {
            text = TextFiles.read(yaml, "the contest scheme", Limits.CONTEST_YAML_BYTES, "contest.yaml");
        } catch (ContestFileException e) {
            throw new IOException(e.getMessage(), e);
        }
        Matcher m = SAMPLE_TRUE.matcher(text);
        if (!m.find()) {
            return;
        }
        Files.delete(yaml); // the copy may carry the sample's read-only mode: a new file is written
        Files.writeString(yaml, m.replaceAll("$1false"), StandardCharsets.UTF_8);
        try {
            if (ContestYaml.read(yaml).sample()) {
                throw new IOException(yaml + ": the new contest is still marked sample: true; write sample: false in it");
            }
        } catch (ContestFileException e) {
            // the sample's own problems: the new contest shows them when it is opened, as the sample would
        }
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
