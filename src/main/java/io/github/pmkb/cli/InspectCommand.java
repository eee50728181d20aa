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
    String file = String.valueOf(r.get("file"));
    out.println("== " + file);
    for (Map.Entry<String, Object> e : r.entrySet()) {
      if (e.getKey().equals("file")) continue;
      Object v = e.getValue();
      if (v instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof Map<?, ?>) {
        out.println("  " + e.getKey() + ":");
        for (Object item : l) out.println("    " + item(e.getKey(), file, (Map<?, ?>) item));
      } else {
        out.println(String.format(Locale.ROOT, "  %-25s %s", e.getKey() + ":", shown(v)));
      }
    }
  }

  /** One row of a list field, led by its source line so a reader can jump to it. */
  private static String item(String field, String file, Map<?, ?> m) {
    if (field.equals("diagnostics")) {
      return file + ":" + m.get("line") + ":" + m.get("column") + ": " + m.get("level") + "[" + m.get("code") + "]: "
          + m.get("message");
    }
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "line %-4s", m.get("line")));
    for (Map.Entry<?, ?> f : m.entrySet()) {
      Object k = f.getKey();
      if (k.equals("line") || f.getValue() == null) continue;
      b.append(LABELLED.contains(k) ? "  " + k + ": " : "  ").append(f.getValue());
    }
    return b.toString();
  }

  /** Values a reader cannot place without their name; the others (time, text, heading) speak for themselves. */
  private static final List<String> LABELLED = List.of("owner", "status", "due", "ticket", "marker");

  private static String shown(Object v) {
    if (v == null) return "-";
    if (v instanceof List<?> l) return l.isEmpty() ? "-" : String.join(", ", l.stream().map(String::valueOf).toList());
    return String.valueOf(v);
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
