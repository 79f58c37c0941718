package org.podium.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.podium.contestfile.ContestFolder;

/**
 * A new contest folder made from a sample: its contest.yaml, roster, theory marks and templates are copied; its
 * database, backups and score files are not, so the new contest starts empty. The copy is made in a temporary
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
            Files.move(tmp, to, StandardCopyOption.ATOMIC_MOVE);
            return to;
        } catch (IOException | RuntimeException e) {
            deleteTree(tmp);
            throw e;
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
