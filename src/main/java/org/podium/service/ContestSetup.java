package org.podium.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.podium.contestfile.ContestDraft;
import org.podium.contestfile.ContestFileException;
import org.podium.contestfile.ContestFolder;
import org.podium.contestfile.ContestYaml;
import org.podium.contestfile.ContestYamlWriter;
import org.podium.contestfile.FileText;
import org.podium.contestfile.Limits;
import org.podium.contestfile.Problem;
import org.podium.contestfile.TextFiles;
import org.podium.domain.Contest;

/**
 * The setup screen's way to contest.yaml: a draft is checked exactly as {@code podium validate} checks the file (the
 * draft is written as the file would be and read by {@link ContestYaml}, so the problems are the same, said in the
 * screen's language), each problem tied to the field it is about; a draft without problems is saved atomically (a
 * temporary file beside contest.yaml moved over it), so that a failure never leaves half a file.
 */
public final class ContestSetup {
    private ContestSetup() {
    }

    /**
     * What is wrong with a draft.
     *
     * @param problems every problem, in file order, in the screen's language
     * @param byField  the messages of each field path ({@code events.0.quality.criteria.1.step}), in order
     * @param contest  the contest the draft makes, or null when anything is wrong
     */
    public record Check(List<Problem> problems, Map<String, List<String>> byField, Contest contest) {
        public Check {
            problems = List.copyOf(problems);
            Map<String, List<String>> copy = new LinkedHashMap<>();
            byField.forEach((k, v) -> copy.put(k, List.copyOf(v)));
            byField = java.util.Collections.unmodifiableMap(copy);
        }

        public boolean ok() {
            return problems.isEmpty();
        }

        /** The messages of a field, or of every field under it ({@code events.0.weights}). */
        public List<String> of(String field) {
            List<String> out = new ArrayList<>();
            byField.forEach((k, v) -> {
                if (k.equals(field) || k.startsWith(field + ".")) {
                    out.addAll(v);
                }
            });
            return out;
        }
    }

    /** Checks {@code draft} as contest.yaml, messages in {@code locale}'s language (Chinese for zh, else English). */
    public static Check check(ContestDraft draft, Locale locale) {
        return check(ContestYamlWriter.write(draft), locale);
    }

    /** Checks a draft already written ({@link ContestYamlWriter#write}): a screen writes it on its own thread. */
    public static Check check(ContestYamlWriter.Written w, Locale locale) {
        try {
            Contest c = ContestYaml.parse(w.text(), ContestFolder.CONTEST_FILE, FileText.forLocale(locale), true);
            return new Check(List.of(), Map.of(), c);
        } catch (ContestFileException e) {
            Map<String, List<String>> byField = new LinkedHashMap<>();
            for (Problem p : e.problems()) {
                String field = w.field(p.line());
                byField.computeIfAbsent(field == null ? "" : field, k -> new ArrayList<>()).add(p.message());
            }
            return new Check(e.problems(), byField, null);
        }
    }

    /**
     * The draft of the contest in {@code dir}: its contest.yaml read (and its leading comment block kept), or an
     * empty draft when the folder has none yet.
     *
     * @throws ContestFileException when contest.yaml cannot be read: the screen edits only a file that validates
     *                              (the problems say what to fix first)
     */
    public static ContestDraft open(Path dir) throws ContestFileException {
        Path yaml = dir.resolve(ContestFolder.CONTEST_FILE);
        if (!Files.exists(yaml)) {
            return new ContestDraft();
        }
        String text = TextFiles.read(yaml, "the contest scheme", Limits.CONTEST_YAML_BYTES, ContestFolder.CONTEST_FILE);
        ContestDraft d = ContestDraft.of(ContestYaml.parse(text, yaml.toString()));
        d.leadingComment = ContestYamlWriter.leadingComment(text);
        return d;
    }

    /**
     * The draft of a contest just made ({@link NewContest}): as {@link #open}; a contest.yaml that does not read yet
     * (an empty contest has no event, its only problem until the screen adds one) gives an empty draft named {@code name}.
     */
    public static ContestDraft openNew(Path dir, String name) {
        try {
            return open(dir);
        } catch (ContestFileException e) {
            ContestDraft d = new ContestDraft();
            d.name = name.strip();
            return d;
        }
    }

    /**
     * Writes the draft as {@code dir/contest.yaml} (UTF-8), creating the folder when needed, once it has no problem.
     *
     * @return the check: when it is not {@link Check#ok()} nothing was written
     * @throws IOException when the file cannot be written (the old file, if any, is then as it was)
     */
    public static Check save(Path dir, ContestDraft draft, Locale locale) throws IOException {
        return save(dir, ContestYamlWriter.write(draft), locale);
    }

    /** As {@link #save(Path, ContestDraft, Locale)}, for a draft already written (a screen saves away from its thread). */
    public static Check save(Path dir, ContestYamlWriter.Written draft, Locale locale) throws IOException {
        Check check = check(draft, locale);
        if (!check.ok()) {
            return check;
        }
        Files.createDirectories(dir);
        Path yaml = dir.resolve(ContestFolder.CONTEST_FILE);
        Path tmp = Files.createTempFile(dir, ".contest.yaml.", ".tmp");
        try {
            Files.writeString(tmp, draft.text(), StandardCharsets.UTF_8);
            try {
                Files.move(tmp, yaml, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, yaml, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        return check;
    }
}
