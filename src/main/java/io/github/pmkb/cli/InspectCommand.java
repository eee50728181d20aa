package io.github.pmkb.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import io.github.pmkb.build.PostmortemReader;
import io.github.pmkb.check.IncidentReport;
import io.github.pmkb.escape.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pmkb inspect}: shows what pmkb read from each postmortem, and where. */
@Command(name = "inspect", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Prints the facts extracted from postmortems (a folder is searched for *.md files).")
final class InspectCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Postmortem files or folders.")
  List<Path> paths = new ArrayList<>();

  @Option(names = "--json", description = "One JSON object per file and line.")
  boolean json;

  @Option(names = "--summary", description = "Print how many files yielded each field.")
  boolean summary;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<Map<String, Object>> reports = new ArrayList<>();
    for (PostmortemReader.Read r : PostmortemReader.readPaths(Path.of("."), paths)) {
      reports.add(IncidentReport.of(r.file(), r.postmortem(), r.diagnostics()));
    }
    if (summary) {
      printSummary(out, reports);
    } else {
      for (Map<String, Object> r : reports) {
        if (json) out.println(Json.write(r));
        else printText(out, r);
      }
    }
    out.flush();
    return ExitCodes.OK;
  }

  private static void printText(PrintWriter out, Map<String, Object> r) {
    out.println("== " + r.get("file"));
    for (Map.Entry<String, Object> e : r.entrySet()) {
      if (e.getKey().equals("file")) continue;
      Object v = e.getValue();
      if (v instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map<?, ?>) {
        out.println(String.format(Locale.ROOT, "  %-17s", e.getKey() + ":"));
        for (Object item : l) out.println("    " + ((Map<?, ?>) item).values());
      } else {
        out.println(String.format(Locale.ROOT, "  %-17s %s", e.getKey() + ":", v == null ? "-" : v));
      }
    }
  }

  private static void printSummary(PrintWriter out, List<Map<String, Object>> reports) {
    int n = reports.size();
    out.println(String.format(Locale.ROOT, "%-17s %6s %6s", "field", "files", "share"));
    for (String f : IncidentReport.COVERAGE_FIELDS) {
      long c = reports.stream().filter(r -> IncidentReport.has(r, f)).count();
      out.println(String.format(Locale.ROOT, "%-17s %6d %5.0f%%", f, c, n == 0 ? 0.0 : 100.0 * c / n));
    }
    long crashed = reports.stream().filter(r -> r.get("title") == null).count();
    out.println(String.format(Locale.ROOT, "%-17s %6d", "files", n));
    out.println(String.format(Locale.ROOT, "%-17s %6d", "unreadable", crashed));
  }
}
