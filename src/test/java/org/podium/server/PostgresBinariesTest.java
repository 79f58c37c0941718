package org.podium.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.File;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.podium.store.StoreException;

/**
 * The Windows package's PostgreSQL finds the Visual C++ runtime beside {@code postgres.exe} (docs/venue-server.md,
 * "Binaries"): checked here against the starter itself, which unpacks this machine's real .txz, with the copy switched on
 * as on Windows and stand-in DLL files; and the line said when PostgreSQL still cannot start for a missing DLL.
 */
class PostgresBinariesTest {
    @TempDir
    Path tmp;

    /** The folder the runtime is copied to is the very folder the starter unpacks postgres into. */
    @Test
    void theRuntimeLandsBesideTheStartersPostgresBeforeItUnpacks() throws Exception {
        Path javaBin = runtime("java-bin", "from this Java");
        Path working = tmp.resolve("embedded-pg");
        PostgresBinaries binaries = new PostgresBinaries(DefaultPostgresBinaryResolver.INSTANCE, working, javaBin, true,
                tmp.resolve("System32"));

        File unpacked = startersUnpack(binaries, working);

        Path bin = unpacked.toPath().resolve("bin");
        assertThat(bin.resolve("postgres")).as("the starter unpacked its .txz here").isRegularFile();
        assertThat(bin.resolve("pg_ctl")).isRegularFile();
        for (String dll : PostgresBinaries.VC_RUNTIME) {
            assertThat(bin.resolve(dll)).hasContent(dll + " from this Java");
        }
        assertThat(bin.resolve("vcruntime140.dll.part")).doesNotExist();
        assertThat(unpacked.toPath().resolve(".exists")).as("the starter finished unpacking").isRegularFile();

        // a later start (another JVM: a new resolver) leaves the finished folder as it is, with another Java's runtime
        FileTime done = Files.getLastModifiedTime(unpacked.toPath().resolve(".exists"));
        PostgresBinaries later = new PostgresBinaries(DefaultPostgresBinaryResolver.INSTANCE, working,
                runtime("other-java-bin", "from another Java"), true, tmp.resolve("System32"));
        assertThat(startersUnpack(later, working)).isEqualTo(unpacked);
        assertThat(bin.resolve("vcruntime140.dll")).hasContent("vcruntime140.dll from this Java");
        assertThat(Files.getLastModifiedTime(unpacked.toPath().resolve(".exists"))).isEqualTo(done);
        try (Stream<Path> folders = Files.list(working)) {
            assertThat(folders.filter(Files::isDirectory)).containsExactly(unpacked.toPath());
        }
    }

    /** Off Windows the starter's .txz passes through untouched and nothing is written. */
    @Test
    void elsewhereNothingIsCopied() throws Exception {
        Path working = tmp.resolve("embedded-pg");
        PostgresBinaries binaries = new PostgresBinaries(DefaultPostgresBinaryResolver.INSTANCE, working,
                runtime("java-bin", "from this Java"), false, tmp.resolve("System32"));
        try (InputStream txz = binaries.getPgBinary("Linux", "x86_64");
             InputStream starters = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64")) {
            assertThat(txz.readAllBytes()).isEqualTo(starters.readAllBytes());
        }
        assertThat(working).doesNotExist();
        assertThat(binaries.runtimeMissing()).isFalse();
    }

    /** A runtime that cannot be copied (here: the working folder is a file) still lets the starter try: no error of its own. */
    @Test
    void aRuntimeThatCannotBeCopiedStillHandsTheStarterItsArchive() throws Exception {
        Path working = Files.writeString(tmp.resolve("a-file"), "not a folder");
        PostgresBinaries binaries = new PostgresBinaries(DefaultPostgresBinaryResolver.INSTANCE, working,
                runtime("java-bin", "from this Java"), true, tmp.resolve("System32"));
        try (InputStream txz = binaries.getPgBinary("Linux", "x86_64");
             InputStream starters = DefaultPostgresBinaryResolver.INSTANCE.getPgBinary("Linux", "x86_64")) {
            assertThat(txz.readAllBytes()).isEqualTo(starters.readAllBytes());
        }
        assertThat(working).hasContent("not a folder");
    }

    /**
     * After a failed start on Windows: the runtime neither beside postgres.exe nor in System32 is missing, said without
     * running anything; found in either, it is not (postgres.exe is asked then: here a stand-in that cannot run).
     */
    @Test
    void theRuntimeIsMissingWhenNeitherBesidePostgresNorInSystem32() throws Exception {
        Path system32 = Files.createDirectories(tmp.resolve("System32"));
        PostgresBinaries binaries = new PostgresBinaries(DefaultPostgresBinaryResolver.INSTANCE, tmp.resolve("embedded-pg"),
                tmp.resolve("no-java-bin"), true, system32);
        assertThat(binaries.runtimeMissing()).as("nothing unpacked yet").isFalse();
        Path bin = Files.createDirectories(binaries.unpackedInto(new byte[] {1, 2, 3}).resolve("bin"));
        assertThat(binaries.runtimeMissing()).as("no postgres.exe").isFalse();
        Files.writeString(bin.resolve("postgres.exe"), "a stand-in");

        assertThat(binaries.runtimeMissing()).isTrue();
        Files.writeString(bin.resolve("vcruntime140.dll"), "beside postgres.exe");
        assertThat(binaries.runtimeMissing()).as("msvcp140.dll still missing").isTrue();
        Files.writeString(system32.resolve("msvcp140.dll"), "installed by the Redistributable");
        assertThat(binaries.runtimeMissing()).isFalse();
        Files.delete(bin.resolve("vcruntime140.dll"));
        assertThat(binaries.runtimeMissing()).isTrue();
        Files.writeString(system32.resolve("vcruntime140.dll"), "installed by the Redistributable");
        assertThat(binaries.runtimeMissing()).isFalse();
    }

    /** podium serve's binaries go where the starter puts them when it is given no folder. */
    @Test
    void theWorkingFolderIsTheStartersOwn() throws Exception {
        Method own = EmbeddedPostgres.class.getDeclaredMethod("getWorkingDirectory");
        own.setAccessible(true);
        assertThat(PostgresBinaries.startersWorkingFolder()).isEqualTo(((File) own.invoke(null)).toPath());
    }

    /** Windows ends a program whose DLL is missing with 0xC0000135; only that code says "install the runtime". */
    @Test
    void aMissingDllIsWindowsOwnExitCodeAndSaidInOneLineInBothLanguages() {
        assertThat(PostgresBinaries.missingDll(-1073741515)).isTrue();
        assertThat(PostgresBinaries.missingDll((int) 3221225781L)).isTrue();
        assertThat(PostgresBinaries.missingDll(1)).isFalse();
        assertThat(PostgresBinaries.missingDll(0xC0000005)).as("an access violation is another fault").isFalse();

        StoreException line = StoreException.bundledLine("server.vcRuntime", Path.of("contest", "server"));
        assertThat(line.getMessage()).doesNotContain("\n").contains("Visual C++ 2015-2022", "vc_redist.x64.exe",
                Path.of("contest", "server").toString());
        for (Locale locale : new Locale[] {Locale.ROOT, Locale.SIMPLIFIED_CHINESE}) {
            assertThat(ResourceBundle.getBundle("org.podium.i18n.messages", locale).getString("server.vcRuntime"))
                    .contains("Visual C++ 2015-2022", "vc_redist.x64.exe", "podium serve");
        }
    }

    private Path runtime(String name, String said) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        for (String dll : PostgresBinaries.VC_RUNTIME) {
            Files.writeString(dir.resolve(dll), dll + " " + said);
        }
        return dir;
    }

    /** The starter's own unpacking (its private prepareBinaries) with {@code resolver}: the folder it unpacked into. */
    private static File startersUnpack(PgBinaryResolver resolver, Path working) throws Exception {
        Method prepare = EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class, File.class);
        prepare.setAccessible(true);
        return (File) prepare.invoke(null, resolver, working.toFile());
    }
}
