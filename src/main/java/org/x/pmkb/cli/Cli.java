package org.x.pmkb.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/** Builds the command line, runs it, and maps every outcome to one of pmkb's exit codes. */
public final class Cli {
  /** Keeps Lucene's JUL loggers quiet; held so the level is not garbage-collected away. */
  private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

  private Cli() {}

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
    LUCENE_LOG.setLevel(verbose ? Level.INFO : Level.WARNING);
    CommandLine cmd = new CommandLine(new PmkbCommand());
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
