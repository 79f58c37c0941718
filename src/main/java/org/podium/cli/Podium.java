package org.podium.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.podium.contestfile.Limits;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The podium command line of contest-files.md: exit 0 on success, 1 on wrong input, 2 on a usage error. */
@Command(name = "podium", mixinStandardHelpOptions = true, scope = CommandLine.ScopeType.INHERIT, version = "Podium 0.1",
        description = "Runs workplace skill contests: ranks, awards and team standings from a contest folder.")
public final class Podium implements Runnable {
    public static final int INPUT_ERROR = 1;
    public static final int USAGE_ERROR = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), CliText.get("cli.podium.nameCommand"));
    }

    /** Runs a command line and returns its exit code; never lets a stack trace reach the user. */
    public static int run(String[] args, PrintStream stdout, PrintStream stderr) {
        return run(args, stdout, stderr, Clock.systemUTC());
    }

    /** As {@link #run(String[], PrintStream, PrintStream)}, with the clock that dates recorded facts and backups. */
    public static int run(String[] args, PrintStream stdout, PrintStream stderr, Clock clock) {
        return run(args, stdout, stderr, clock, false);
    }

    /** As {@link #run(String[], PrintStream, PrintStream, Clock)}; {@code everyCommand} registers them all whatever the run. */
    static int run(String[] args, PrintStream stdout, PrintStream stderr, Clock clock, boolean everyCommand) {
        // a global --lang zh|en before the command: every message of this run in that language (issue 15); without
        // it, the system's language
        String lang = null;
        if (args.length >= 2 && "--lang".equals(args[0])) {
            lang = args[1];
            args = java.util.Arrays.copyOfRange(args, 2, args.length);
        } else if (args.length >= 1 && args[0].startsWith("--lang=")) {
            lang = args[0].substring("--lang=".length());
            args = java.util.Arrays.copyOfRange(args, 1, args.length);
        }
        java.util.Locale before = java.util.Locale.getDefault();
        if (lang != null) {
            if (!lang.equals("zh") && !lang.equals("en")) {
                new Output(stdout, stderr).error(CliText.get("cli.podium.badLang", lang));
                return USAGE_ERROR;
            }
            java.util.Locale.setDefault(lang.equals("zh") ? java.util.Locale.SIMPLIFIED_CHINESE : java.util.Locale.ENGLISH);
        }
        try {
            return runIn(args, stdout, stderr, clock, everyCommand);
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    /**
     * The commands in the order the usage lists them, each made by {@link #command}. A run that names one of them first
     * ({@code podium rank ...}) registers that one alone: picocli builds a command's spec by reflection, and building all
     * of them took a third of a short run's time (README "Performance"). Any other run ({@code podium}, {@code --help},
     * {@code --version}, a misspelt command) registers them all, so the usage lists every command and a misspelling gets
     * its suggestions. {@code PodiumStartTest} checks that both ways print the same, and that these names are the
     * commands' own.
     */
    static final List<String> COMMANDS = List.of("rank", "teams", "validate", "import", "export", "audit", "officials",
            "verify", "restore", "serve", "reconcile");

    /** {@code podium export}'s commands, in the order its usage lists them, registered as {@link #COMMANDS} are. */
    static final List<String> EXPORTS = List.of("results", "awards", "certificates", "sheets", "facts");

    private static int runIn(String[] args, PrintStream stdout, PrintStream stderr, Clock clock, boolean everyCommand) {
        Output out = new Output(stdout, stderr);
        CommandLine cl = new CommandLine(new Podium());
        String named = everyCommand || args.length == 0 || !COMMANDS.contains(args[0]) ? null : args[0];
        for (String name : COMMANDS) {
            if (named == null || named.equals(name)) {
                cl.addSubcommand(name.equals("export") ? export(args, out, clock, everyCommand) : command(name, out, clock));
            }
        }
        serverHelp(cl);
        cl.setOut(new java.io.PrintWriter(stdout, true));
        cl.setErr(new java.io.PrintWriter(stderr, true));
        cl.setParameterExceptionHandler((ex, a) -> {
            out.error("podium: " + usageError(ex));
            CommandLine c = ex.getCommandLine();
            out.error(CliText.get("cli.podium.usage", c.getCommandSpec().qualifiedName()));
            return USAGE_ERROR;
        });
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            if (ex instanceof InputError input) {
                List<String> lines = input.lines();
                for (String line : lines.subList(0, Math.min(lines.size(), Limits.LISTED_PROBLEMS))) {
                    out.error(line);
                }
                long more = Math.max(0, lines.size() - Limits.LISTED_PROBLEMS) + input.omitted();
                if (more > 0) {
                    out.error(CliText.get("problems.more", String.format("%,d", more)));
                }
                return INPUT_ERROR;
            }
            OutOfMemoryError memory = outOfMemory(ex);
            if (memory != null) {
                throw memory;
            }
            if (org.podium.service.StoreTrouble.fromStore(ex)) {
                out.error("podium: " + ex.getMessage());
                return INPUT_ERROR;
            }
            if (ex instanceof java.io.UncheckedIOException || ex instanceof java.io.IOException) {
                out.error(CliText.get("cli.podium.fileError", String.valueOf(ex.getMessage())));
                return INPUT_ERROR;
            }
            out.error(CliText.get("cli.podium.internal", ex.getClass().getSimpleName(), String.valueOf(ex.getMessage())));
            return 3;
        });
        try {
            return cl.execute(args);
        } catch (OutOfMemoryError e) {
            // a last resort: every contest file has a size limit checked before it is read (README.md, Limits)
            out.error(CliText.get("cli.outOfMemory", Long.toString(Runtime.getRuntime().maxMemory() >> 20)));
            return INPUT_ERROR;
        }
    }

    /**
     * picocli's usage error in this run's language: an unknown option, a missing one, a bad value, one given twice. Our
     * own usage errors (no command named...) are said from the bundles already and pass as they are.
     */
    static String usageError(CommandLine.ParameterException ex) {
        if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
            return CliText.get("cli.usage.unknown", String.join(" ", unmatched.getUnmatched()));
        }
        if (ex instanceof CommandLine.MissingParameterException missing) {
            return CliText.get("cli.usage.missing", String.join(", ", missing.getMissing().stream().map(Podium::named).toList()));
        }
        if (ex instanceof CommandLine.OverwrittenOptionException twice) {
            return CliText.get("cli.usage.twice", named(twice.getOverwritten()));
        }
        if (ex.getArgSpec() != null && ex.getValue() != null) {
            Throwable why = ex.getCause();
            return why instanceof CommandLine.TypeConversionException || why == null
                    ? CliText.get("cli.usage.badValue", named(ex.getArgSpec()), ex.getValue())
                    : CliText.get("cli.usage.badValueWhy", named(ex.getArgSpec()), ex.getValue(), String.valueOf(why.getMessage()));
        }
        if (ex.getArgSpec() != null) {
            return CliText.get("cli.usage.needsValue", named(ex.getArgSpec()));
        }
        return ex.getClass() == CommandLine.ParameterException.class ? ex.getMessage()
                : CliText.get("cli.usage.other", ex.getMessage());
    }

    private static String named(CommandLine.Model.ArgSpec arg) {
        return arg instanceof CommandLine.Model.OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /**
     * {@code --server}'s description in {@code --help} in the run's language: each command that has it reads its
     * options' descriptions from the bundles ({@link ServerOption#DESCRIPTION_KEY}; no other option has a key there).
     */
    private static void serverHelp(CommandLine command) {
        CommandLine.Model.OptionSpec server = command.getCommandSpec().findOption("--server");
        if (server != null && ServerOption.DESCRIPTION_KEY.equals(server.descriptionKey())) {
            command.setResourceBundle(CliText.bundle());
        }
        command.getSubcommands().values().forEach(Podium::serverHelp);
    }

    /** The OutOfMemoryError that {@code e} is or wraps (another thread's, for instance), or null. */
    private static OutOfMemoryError outOfMemory(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError memory) {
                return memory;
            }
        }
        return null;
    }

    /** The command named {@code name} of {@link #COMMANDS} (export aside) or of {@link #EXPORTS}. */
    static Object command(String name, Output out, Clock clock) {
        return switch (name) {
            case "rank" -> new RankCommand(out, clock);
            case "teams" -> new TeamsCommand(out, clock);
            case "validate" -> new ValidateCommand(out);
            case "import" -> new ImportCommand(out, clock);
            case "audit" -> new AuditCommand(out, clock);
            case "officials" -> new OfficialsCommand(out, clock, System.in);
            case "verify" -> new VerifyCommand(out, clock);
            case "restore" -> new RestoreCommand(out, clock);
            case "serve" -> new ServeCommand(out, clock);
            case "reconcile" -> new ReconcileCommand(out, clock, System.in);
            case "results" -> new ExportResultsCommand(out, clock);
            case "awards" -> new ExportAwardsCommand(out, clock);
            case "certificates" -> new ExportCertificatesCommand(out, clock);
            case "sheets" -> new ExportSheetsCommand(out, clock);
            case "facts" -> new ExportFactsCommand(out, clock);
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** {@code podium export} with the one command that {@code args} name after it, or with all of them. */
    private static CommandLine export(String[] args, Output out, Clock clock, boolean everyCommand) {
        CommandLine export = new CommandLine(new Export());
        String named = everyCommand || args.length < 2 || !args[0].equals("export") || !EXPORTS.contains(args[1]) ? null : args[1];
        for (String name : EXPORTS) {
            if (named == null || named.equals(name)) {
                export.addSubcommand(command(name, out, clock));
            }
        }
        return export;
    }

    /** {@code podium export WHAT}: a command of commands (results, awards, certificates, sheets, facts). */
    @Command(name = "export", description = "Write what the contest holds: results and awards (Excel), certificates (PDF,"
            + " with the award list and the results notice), sheets (blank judge and timekeeper sheets, PDF), facts (CSV).")
    static final class Export implements Runnable {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public void run() {
            throw new CommandLine.ParameterException(spec.commandLine(), CliText.get("cli.podium.nameExport"));
        }
    }

    public static void main(String[] args) {
        PrintStream stdout = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream stderr = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
        int code = run(args, stdout, stderr);
        stdout.flush();
        System.exit(code);
    }
}
