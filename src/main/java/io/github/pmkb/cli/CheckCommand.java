package io.github.pmkb.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import io.github.pmkb.build.PostmortemReader;
import io.github.pmkb.check.ContentLint;
import io.github.pmkb.escape.Json;
import io.github.pmkb.config.ConfigLoader;
import io.github.pmkb.config.ConfigResult;
import io.github.pmkb.diag.Diagnostic;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.model.Postmortem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pmkb check}: lints the postmortems of a knowledge base without building it. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Checks the postmortems under content/: parse errors, missing root cause, timeline order, "
        + "end before start, unknown severity, duplicate slugs, broken links between postmortems.")
final class CheckCommand implements Callable<Integer> {
  enum Format { text, github, json }

  @Spec CommandSpec spec;

  @Option(names = "--source", paramLabel = "DIR", description = "Knowledge base root, holding content/ (default: current folder).")
  Path source = Path.of(".");

  @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), github (workflow annotations) or json (one object per line).")
  Format format = Format.text;

  @Option(names = "--strict", description = "Exit 1 on warnings too.")
  boolean strict;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    Path root = source.toAbsolutePath().normalize();
    // What a build reads, read the same way: every problem a build reports, then the lints.
    ConfigResult config = ConfigLoader.load(root);
    Diagnostics all = new Diagnostics();
    all.addAll(config.diagnostics());
    List<Postmortem> postmortems = List.of();
    if (config.config().isPresent()) {
      ConfigLoader.requireContent(config.config().get());
      PostmortemReader.SiteRead site = PostmortemReader.readSite(config.config().get());
      all.addAll(site.diagnostics());
      postmortems = site.corpus().postmortems();
      ContentLint.lint(postmortems, all);
    }
    List<Diagnostic> list = all.list();
    for (Diagnostic d : list) out.println(format(d));
    long errors = list.stream().filter(Diagnostic::isError).count();
    long warnings = list.size() - errors;
    if (format == Format.text) {
      out.println("pmkb check: " + postmortems.size() + " postmortems, " + errors + (errors == 1 ? " error, " : " errors, ")
          + warnings + (warnings == 1 ? " warning" : " warnings"));
    }
    out.flush();
    return errors > 0 || (strict && warnings > 0) ? ExitCodes.CONTENT_ERRORS : ExitCodes.OK;
  }

  private String format(Diagnostic d) {
    return switch (format) {
      case text -> d.format() + d.hint().map(h -> "\n  hint: " + h).orElse("");
      case github -> "::" + (d.isError() ? "error" : "warning") + " file=" + d.at().file() + ",line=" + d.at().line()
          + ",col=" + d.at().column() + ",title=" + d.code() + "::" + d.message().replace("\n", " ");
      case json -> {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", d.at().file());
        m.put("line", d.at().line());
        m.put("column", d.at().column());
        m.put("level", d.level().word());
        m.put("code", d.code());
        m.put("message", d.message());
        m.put("hint", d.hint().orElse(null));
        yield Json.write(m);
      }
    };
  }
}
