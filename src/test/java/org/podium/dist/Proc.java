package org.podium.dist;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A finished process of the package tests: its exit code and what it printed. */
record Proc(int code, String out, String err) {

    /**
     * Runs {@code command} in {@code dir} with exactly the environment {@code env} (nothing inherited), waiting at most
     * {@code seconds}; a process still running then is killed with its children and reported as exit -1.
     */
    static Proc run(Path dir, Map<String, String> env, long seconds, String... command) throws IOException, InterruptedException {
        return runWithInput(dir, env, seconds, "", command);
    }

    /** As {@link #run(Path, Map, long, String...)}, with {@code input} on the command's standard input. */
    static Proc runWithInput(Path dir, Map<String, String> env, long seconds, String input, String... command)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("podium-proc", ".out");
        Path err = Files.createTempFile("podium-proc", ".err");
        try {
            ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
            pb.environment().clear();
            pb.environment().putAll(env);
            Process p = pb.start();
            p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            p.getOutputStream().close();
            int code;
            if (p.waitFor(seconds, TimeUnit.SECONDS)) {
                code = p.exitValue();
            } else {
                kill(p);
                code = -1;
            }
            return new Proc(code, Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    /** Runs a tool of this machine with the test's own environment. */
    static Proc tool(long seconds, String... command) throws IOException, InterruptedException {
        return run(Path.of("."), System.getenv(), seconds, command);
    }

    /** Ends {@code p} and every process it started, waiting for them to go. */
    static void kill(Process p) throws InterruptedException {
        List<ProcessHandle> children = p.descendants().toList();
        children.forEach(ProcessHandle::destroy);
        p.destroy();
        if (!p.waitFor(10, TimeUnit.SECONDS)) {
            children.forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The file {@code name} in a folder of this machine's PATH, or null. */
    static Path onPath(String name) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
