package org.podium.contestfile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.podium.domain.FactTable;

/**
 * The reading alone, timed (issue 17): {@code java -Xmx2g -cp target/podium.jar:target/test-classes:target/lib/*
 * org.podium.contestfile.ScoresReadTiming CONTEST_DIR SCORES.csv... [runs]}: the contest folder's load, the score files
 * streamed into a fact table, and the heap the table holds once collected. Not a test: figures for README.md.
 */
public final class ScoresReadTiming {
    private ScoresReadTiming() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        List<Path> files = new ArrayList<>();
        int runs = 1;
        for (int i = 1; i < args.length; i++) {
            if (args[i].matches("[0-9]+")) {
                runs = Integer.parseInt(args[i]);
            } else {
                files.add(Path.of(args[i]));
            }
        }
        for (int run = 1; run <= runs; run++) {
            java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
            long t0 = System.nanoTime();
            long c0 = cpu.getCurrentThreadCpuTime();
            ContestFolder folder = ContestFolder.load(dir);
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            FactTable facts = folder.readScores(files);
            long t2 = System.nanoTime();
            long c2 = cpu.getCurrentThreadCpuTime();
            Runtime rt = Runtime.getRuntime();
            System.gc();
            long used = rt.totalMemory() - rt.freeMemory();
            System.out.printf("run %d: folder %d ms (cpu %d), scores %d ms (cpu %d; %,d facts), heap after GC %d MB (max %d MB)%n",
                    run, (t1 - t0) / 1_000_000, (c1 - c0) / 1_000_000, (t2 - t1) / 1_000_000, (c2 - c1) / 1_000_000, facts.size(),
                    used >> 20, rt.maxMemory() >> 20);
        }
    }
}
