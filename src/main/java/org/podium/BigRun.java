package org.podium;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A command over a very large contest runs in a Java started for it (issue 17). The launchers start Java for the
 * usual run of about a second: the quick compiler only and the serial collector, which take 2,000 contestants from about
 * 1.1 s to 0.7 s. Over a national preliminary's scores (200,000 contestants, 3.6 million facts, a 121 MB file) those
 * settings cost more than half the run: the quick compiler's code reads and scores about 2.5 times slower. So when the
 * scores files given come to {@value #BIG_MB} MB or more and this Java runs with the quick compiler only, the same command
 * is run again in a Java with the same settings but the optimising compiler, the parallel collector on every core (promoting
 * at the first collection what outlives it) and the whole heap taken at once (never a larger heap: {@code -Xmx} stays as the launcher gave it); its output and exit
 * code are this run's. Where that cannot be done (no {@code bin/java} in this Java, as in an app image), the command
 * runs here as it is.
 */
final class BigRun {
    /** From this many megabytes of scores files (about 1.5 million facts) a command runs in a Java started for it. */
    static final long BIG_MB = 48;

    private BigRun() {
    }

    /**
     * A database's bytes per byte of scores CSV for the same facts: a journal row (its columns, hash, index entries)
     * takes about 225 bytes against a CSV line's 33, so {@code --db} counts a seventh of its size (a 330 MB contest.db is
     * 1.5 million facts, like 48 MB of scores). Read from a database, a big run's Java pays for itself sooner: verifying
     * the hash chain is SHA-256, which the quick compiler leaves to plain Java code and the optimising one to the CPU.
     */
    static final int DB_BYTES_PER_SCORES_BYTE = 7;

    /** The exit code of the command run in a Java started for it, or null when it is to run here. */
    static Integer run(String[] args) {
        if (countedBytes(args) < BIG_MB << 20) {
            return null;
        }
        List<String> jvm;
        try {
            jvm = java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments();
        } catch (RuntimeException | LinkageError e) {
            return null; // no management module in this Java: run here
        }
        Path java = Path.of(System.getProperty("java.home"), "bin",
                System.getProperty("os.name", "").startsWith("Windows") ? "java.exe" : "java");
        List<String> cmd = command(jvm, java.toString(), System.getProperty("java.class.path", ""), args);
        if (cmd == null || !Files.isExecutable(java)) {
            return null;
        }
        try {
            Process p = new ProcessBuilder(cmd).inheritIO().start();
            return p.waitFor();
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /**
     * The command line of the Java for a big run, or null when this Java does not run with the quick compiler only (it
     * is the Java for a big run already, or was started by hand).
     */
    static List<String> command(List<String> jvm, String java, String classPath, String[] args) {
        if (!jvm.contains("-XX:TieredStopAtLevel=1")) {
            return null;
        }
        String xmx = null;
        for (String a : jvm) {
            if (a.startsWith("-Xmx")) {
                xmx = a.substring(4);
            }
        }
        List<String> cmd = new ArrayList<>();
        cmd.add(java);
        for (String a : jvm) {
            if (a.equals("-XX:TieredStopAtLevel=1")) {
                continue;
            }
            if (a.equals("-XX:+UseSerialGC")) {
                // every core collects; what outlives one young collection (the facts, the entries) goes to the old
                // generation at once rather than being copied between survivor spaces again (about 10 % of the run)
                cmd.add("-XX:+UseParallelGC");
                cmd.add("-XX:MaxTenuringThreshold=0");
            } else if (a.startsWith("-Xms") && xmx != null) {
                cmd.add("-Xms" + xmx);
            } else {
                cmd.add(a);
            }
        }
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            cmd.add("-jar");
            cmd.add(classPath);
        } else {
            cmd.add("-cp");
            cmd.add(classPath);
            cmd.add(Launcher.class.getName());
        }
        cmd.addAll(List.of(args));
        return cmd;
    }

    /**
     * The bytes of the scores files a command line names ({@code --scores FILE}, {@code --scores=FILE}, and import's
     * {@code --scores FILE FILE...}); 0 for none.
     */
    static long scoresBytes(String[] args) {
        long total = 0;
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--scores=")) {
                total += size(args[i].substring("--scores=".length()));
            } else if (args[i].equals("--scores")) {
                for (int j = i + 1; j < args.length && !args[j].startsWith("-"); j++) {
                    total += size(args[j]);
                }
            }
        }
        return total;
    }

    /** What a command line's inputs weigh, in bytes of scores CSV: its scores files, and a seventh of its database. */
    static long countedBytes(String[] args) {
        return scoresBytes(args) + databaseBytes(args) / DB_BYTES_PER_SCORES_BYTE;
    }

    /** The bytes of the database a command line names with {@code --db FILE} or {@code --db=FILE}; 0 for none. */
    static long databaseBytes(String[] args) {
        long total = 0;
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--db=")) {
                total += size(args[i].substring("--db=".length()));
            } else if (args[i].equals("--db") && i + 1 < args.length) {
                total += size(args[i + 1]);
            }
        }
        return total;
    }

    /** The size of a regular file, else 0 (the command itself says what is wrong with it). */
    private static long size(String file) {
        try {
            Path p = Path.of(file);
            return Files.isRegularFile(p) ? Files.size(p) : 0;
        } catch (IOException | InvalidPathException | SecurityException e) {
            return 0;
        }
    }
}
