package com.whereai.app;

import java.io.BufferedReader;
import java.io.PrintWriter;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The where-ai command line: {@code ask}, {@code chat}, {@code serve} (the default) and {@code health}. Bad usage exits 2
 * with a one-line message on stderr.
 */
@Command(
        name = "where-ai",
        mixinStandardHelpOptions = true,
        version = "where-ai 0.1.0",
        description = "Where should your AI model run? Answers from the guide \"Var bor din AI?\".",
        subcommands = {AskCommand.class, ChatCommand.class, ServeCommand.class, HealthCommand.class})
public final class WhereAi implements Runnable {

    public static final int USAGE = 2;

    private final Context context;

    WhereAi(Context context) {
        this.context = context;
    }

    public static void main(String[] args) {
        int code = run(Utf8Arguments.recover(args), System.getenv(), Terminal.in(), Terminal.out(), Terminal.err());
        System.exit(code);
    }

    /** Runs one command line; returns the exit code. */
    static int run(String[] args, Map<String, String> env, BufferedReader in, PrintWriter out, PrintWriter err) {
        Context context = new Context(env, in, out, err);
        CommandLine cli = new CommandLine(new WhereAi(context), new ContextFactory(context));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, arguments) -> {
            err.println(
                    "where-ai: " + ex.getMessage().lines().findFirst().orElse("bad usage") + " (see where-ai --help)");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof AppConfig.ConfigException) {
                err.println("where-ai: " + ex.getMessage());
                return USAGE;
            }
            if (ex instanceof com.whereai.app.store.Database.DatabaseException) {
                err.println("where-ai: " + ex.getMessage());
                return 1;
            }
            throw ex;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** With no sub-command, where-ai serves. */
    @Override
    public void run() {
        new ServeCommand(context).run();
    }

    /** What every sub-command gets: the environment and the standard streams. */
    record Context(Map<String, String> env, BufferedReader in, PrintWriter out, PrintWriter err) {
        AppConfig config() {
            return AppConfig.from(env);
        }
    }

    /** Builds sub-commands with the shared context instead of reflection on no-argument constructors. */
    private record ContextFactory(Context context) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == AskCommand.class) {
                return type.cast(new AskCommand(context));
            }
            if (type == ChatCommand.class) {
                return type.cast(new ChatCommand(context));
            }
            if (type == ServeCommand.class) {
                return type.cast(new ServeCommand(context));
            }
            if (type == HealthCommand.class) {
                return type.cast(new HealthCommand(context));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
