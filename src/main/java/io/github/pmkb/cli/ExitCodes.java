package io.github.pmkb.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import io.github.pmkb.diag.PmkbException;
import picocli.CommandLine;

/**
 * pmkb's exit codes, in one place: 0 ok, 1 content or validation errors, 2 usage, 3 I/O or
 * internal error.
 */
public final class ExitCodes {
  public static final int OK = 0;
  public static final int CONTENT_ERRORS = 1;
  public static final int USAGE = 2;
  public static final int INTERNAL = 3;

  private ExitCodes() {}

  /** Prints an unexpected exception as one line (a stack trace only with --verbose). */
  static final class ExceptionHandler implements CommandLine.IExecutionExceptionHandler {
    private final boolean verbose;

    ExceptionHandler(boolean verbose) {
      this.verbose = verbose;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
      PrintWriter err = cmd.getErr();
      int code;
      String message;
      if (ex instanceof PmkbException p) {
        code = p.exitCode();
        message = p.getMessage();
      } else if (ex instanceof UncheckedIOException io) {
        code = INTERNAL;
        message = io.getMessage() + ": " + io.getCause().getMessage();
      } else {
        code = INTERNAL;
        message = "internal error: " + ex + (verbose ? "" : " (run with --verbose for details)");
      }
      err.println("pmkb: " + message);
      if (verbose) ex.printStackTrace(err);
      err.flush();
      return code;
    }
  }
}
