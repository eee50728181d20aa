package io.github.pmkb.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/** Builds the command line, runs it, and maps every outcome to one of pmkb's exit codes. */
public final class Cli {
  /** Keeps Lucene's JUL loggers quiet (on Java 23+ it warns about the Vector API at every start);
   * held so the level is not garbage-collected away. */
  private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

  /** pmkb's subcommands, in the order help lists them. */
  private static final List<String> SUBCOMMANDS =
      List.of("build", "serve", "new", "init", "inspect", "check", "search");

  private Cli() {}

  private static Object subcommand(String name) {
    return switch (name) {
      case "build" -> new BuildCommand();
      case "serve" -> new ServeCommand();
      case "new" -> new NewCommand();
      case "init" -> new InitCommand();
      case "inspect" -> new InspectCommand();
      case "check" -> new CheckCommand();
      case "search" -> new SearchCommand();
      default -> throw new IllegalArgumentException(name);
    };
  }

  /** Runs pmkb with {@code args} on the process's own streams. */
  public static int run(String[] args) {
    return run(args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
        new PrintWriter(System.err, true, StandardCharsets.UTF_8));
  }

  /** Runs pmkb with the given streams; tests use this to capture output. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    boolean verbose = Arrays.asList(args).contains("--verbose");
    // Libraries log through SLF4J; users see pmkb's own messages, library chatter only with --verbose.
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", verbose ? "info" : "warn");
    System.setProperty("org.slf4j.simpleLogger.logFile", "System.err");
    LUCENE_LOG.setLevel(verbose ? Level.INFO : Level.SEVERE);
    CommandLine cmd = new CommandLine(new PmkbCommand());
    // Picocli reads a command's annotations and builds its model when the command is added: a
    // run that names its subcommand first gets only that one (the other six cost about 90 ms of
    // CPU at start-up); any other command line gets all, so help, suggestions and errors are
    // unchanged. Added before the settings below, which reach only subcommands present then.
    if (args.length > 0 && SUBCOMMANDS.contains(args[0])) cmd.addSubcommand(args[0], subcommand(args[0]));
    else SUBCOMMANDS.forEach(name -> cmd.addSubcommand(name, subcommand(name)));
    cmd.setOut(out);
    cmd.setErr(err);
    cmd.setExecutionExceptionHandler(new ExitCodes.ExceptionHandler(verbose));
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    int code = cmd.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
