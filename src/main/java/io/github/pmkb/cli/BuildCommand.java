package io.github.pmkb.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import io.github.pmkb.build.BuildOptions;
import io.github.pmkb.build.BuildResult;
import io.github.pmkb.build.SiteBuilder;
import io.github.pmkb.build.StageTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pmkb build}: builds the site once. */
@Command(name = "build", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Builds the knowledge base into a static site (default: target/site).")
final class BuildCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--source", paramLabel = "DIR", description = "Knowledge base root, holding site.properties and content/ (default: current folder).")
  Path source = Path.of(".");

  @Option(names = "--output", paramLabel = "DIR", description = "Where to write the site (default: target/site under the source).")
  Path output;

  @Option(names = "--base-url", paramLabel = "URL", description = "Where the site is served: a path such as /repo-name/, or a full URL such as https://org.github.io/repo-name/ (overrides site.baseurl and site.host).")
  String baseUrl;

  @Option(names = "--drafts", description = "Also publish postmortems whose status is draft.")
  boolean drafts;

  @Option(names = "--strict", description = "Exit 1 on warnings too.")
  boolean strict;

  @Option(names = "--no-cache", description = "Parse every file, neither reading nor writing the build cache (target/pmkb-cache).")
  boolean noCache;

  @Option(names = "--timings", description = "Print the wall and CPU time each stage took.")
  boolean timings;

  @Option(names = {"-q", "--quiet"}, description = "Print only errors and warnings.")
  boolean quiet;

  @Option(names = "--verbose", description = "Show library logs and stack traces.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (timings) StageTime.splitCompilerAndCollector();
    StageTime beforeBuild = timings ? StageTime.sinceJvmStart() : StageTime.ZERO;
    SiteBuilder.Progress progress = ProgressLine.forTerminal(err, quiet);
    BuildResult r = SiteBuilder.build(new BuildOptions(source, Optional.ofNullable(output), Optional.ofNullable(baseUrl),
        drafts, !noCache), progress);
    if (progress instanceof ProgressLine line) line.clear();
    DiagnosticPrinter.forEnvironment(err).print(r.diagnostics());
    if (timings) printTimings(out, beforeBuild, r.stages());
    if (!quiet || r.errors() > 0) out.println(summary(r));
    out.flush();
    if (r.errors() > 0 || (strict && r.warnings() > 0)) return ExitCodes.CONTENT_ERRORS;
    return ExitCodes.OK;
  }

  static String summary(BuildResult r) {
    String counts = r.errors() + " " + (r.errors() == 1 ? "error" : "errors") + ", " + r.warnings() + " "
        + (r.warnings() == 1 ? "warning" : "warnings");
    String time = seconds(r.elapsed());
    if (!r.written()) return "pmkb: site not written: " + counts + " in " + time;
    String drafts = r.drafts() == 0 ? ""
        : "; " + r.drafts() + (r.drafts() == 1 ? " draft" : " drafts") + " not published (--drafts shows them)";
    return String.format(Locale.ROOT, "pmkb: %d pages (%d %s), %s in %s -> %s%s", r.pages(), r.incidents(),
        r.incidents() == 1 ? "incident" : "incidents", counts, time, r.output(), drafts);
  }

  /**
   * One line per stage: wall time, then the CPU time all threads spent meanwhile, of which the
   * JIT compiler's threads and the garbage collector's; first what the JVM spent before the build
   * began, last the sum.
   */
  static void printTimings(PrintWriter out, StageTime beforeBuild, Map<String, StageTime> stages) {
    out.println(String.format(Locale.ROOT, "  %-14s %9s %9s %9s %9s", "stage (ms)", "wall", "cpu", "jit", "gc"));
    StageTime total = beforeBuild;
    out.println(timingLine("jvm start", beforeBuild));
    for (Map.Entry<String, StageTime> e : stages.entrySet()) {
      out.println(timingLine(e.getKey(), e.getValue()));
      total = total.plus(e.getValue());
    }
    out.println(timingLine("total", total));
  }

  private static String timingLine(String stage, StageTime t) {
    return String.format(Locale.ROOT, "  %-14s %9.1f %9.1f %9.1f %9.1f", stage, t.wall().toNanos() / 1e6,
        t.cpu().toNanos() / 1e6, t.jit().toNanos() / 1e6, t.gc().toNanos() / 1e6);
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.2f s", d.toNanos() / 1e9);
  }
}
