package org.podium.service;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * What the app remembers on this laptop between runs, in one small properties file ({@code ~/.podium/podium.properties}
 * by default): the recently opened contest folders, newest first, the chosen language and {@code backup_dir}, a second
 * folder (a USB stick) every backup is also copied into (docs/store.md, "Backups"). Blocking I/O: call it on
 * an executor. A missing or unreadable file is an empty memory, never an error; writes replace the file atomically.
 */
public final class Settings {
    /** How many recent folders are kept. */
    public static final int RECENT = 8;
    /** The key of the second backup folder in the settings file. */
    public static final String BACKUP_DIR = "backup_dir";
    private final Path file;
    private final List<Path> recent = new ArrayList<>();
    private String language;
    private Path backupDir;

    private Settings(Path file) {
        this.file = file;
    }

    /** The settings kept in {@code file} (empty when it does not exist or cannot be read). */
    public static Settings load(Path file) {
        Settings s = new Settings(file);
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IOException | IllegalArgumentException e) {
                return s; // a damaged memory of recent folders is not worth stopping the venue for
            }
        }
        for (int i = 0; i < RECENT; i++) {
            String dir = p.getProperty("recent." + i);
            if (dir != null && !dir.isBlank()) {
                s.recent.add(Path.of(dir));
            }
        }
        String lang = p.getProperty("language");
        s.language = lang == null || lang.isBlank() ? null : lang.strip();
        String backups = p.getProperty(BACKUP_DIR);
        try {
            s.backupDir = backups == null || backups.isBlank() ? null : Path.of(backups.strip());
        } catch (java.nio.file.InvalidPathException e) {
            s.backupDir = null; // not a path on this system: no second copy, as when it is not set
        }
        return s;
    }

    /** The recently opened contest folders, newest first. */
    public List<Path> recent() {
        return List.copyOf(recent);
    }

    /** The chosen language tag ({@code zh-CN}, {@code en}), or empty to follow the system. */
    public Optional<String> language() {
        return Optional.ofNullable(language);
    }

    /** The second folder every backup is also copied into ({@code backup_dir}, e.g. a USB stick), or empty. */
    public Optional<Path> backupDir() {
        return Optional.ofNullable(backupDir);
    }

    /** Remembers the second backup folder ({@code null}: none) and saves. */
    public void backupDir(Path dir) throws IOException {
        backupDir = dir;
        save();
    }

    /** Puts {@code dir} first in the recent list (once) and saves. */
    public void opened(Path dir) throws IOException {
        Path p = dir.toAbsolutePath().normalize();
        recent.remove(p);
        recent.add(0, p);
        while (recent.size() > RECENT) {
            recent.remove(recent.size() - 1);
        }
        save();
    }

    /** Remembers the chosen language and saves. */
    public void language(String tag) throws IOException {
        language = tag;
        save();
    }

    private void save() throws IOException {
        Properties p = new Properties();
        for (int i = 0; i < recent.size(); i++) {
            p.setProperty("recent." + i, recent.get(i).toString());
        }
        if (language != null) {
            p.setProperty("language", language);
        }
        if (backupDir != null) {
            p.setProperty(BACKUP_DIR, backupDir.toString());
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, "podium", ".properties.tmp");
        try {
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(out, "Podium: recent contest folders and language");
            }
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
