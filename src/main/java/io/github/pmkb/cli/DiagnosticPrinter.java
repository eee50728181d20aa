package io.github.pmkb.cli;

import java.io.PrintWriter;
import java.util.List;
import io.github.pmkb.diag.Diagnostic;

/**
 * Prints diagnostics the way compilers do, one per line, with the hint indented below; with
 * {@code GITHUB_ACTIONS=true} also as workflow annotations so they show on the pull request.
 */
final class DiagnosticPrinter {
  private final PrintWriter err;
  private final boolean github;

  DiagnosticPrinter(PrintWriter err, boolean github) {
    this.err = err;
    this.github = github;
  }

  static DiagnosticPrinter forEnvironment(PrintWriter err) {
    return new DiagnosticPrinter(err, "true".equals(System.getenv("GITHUB_ACTIONS")));
  }

  void print(List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      err.println(d.format());
      d.hint().ifPresent(h -> err.println("  hint: " + h));
      if (github) {
        err.println("::" + (d.isError() ? "error" : "warning") + " file=" + d.at().file() + ",line=" + d.at().line()
            + ",col=" + d.at().column() + ",title=" + d.code() + "::" + d.message().replace("\n", " "));
      }
    }
    err.flush();
  }
}
