package io.github.pmkb.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import io.github.pmkb.config.ConfigLoader;
import io.github.pmkb.config.ConfigResult;
import io.github.pmkb.config.SiteConfig;
import io.github.pmkb.diag.PmkbException;
import io.github.pmkb.scaffold.NewPostmortem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pmkb new "Title"}: starts a postmortem from the site's archetype. */
@Command(name = "new", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Creates content/<year>/<date>-<slug>.md from the archetype; never overwrites a file.")
final class NewCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "TITLE", description = "Title of the incident, e.g. \"Database failover stalled writes\".")
  String title;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Incident date (default: today, UTC; or SOURCE_DATE_EPOCH).")
  String date;

  @Option(names = "--severity", paramLabel = "SEV", description = "Severity to pre-fill, e.g. SEV2 (default: none; the file says where it goes).")
  String severity = "";

  @Option(names = "--source", paramLabel = "DIR", description = "Knowledge base root (default: current folder).")
  Path source = Path.of(".");

  @Option(names = "--verbose", description = "Show stack traces.")
  boolean verbose;

  @Override
  public Integer call() {
    ConfigResult cr = ConfigLoader.load(source);
    if (cr.config().isEmpty()) {
      DiagnosticPrinter.forEnvironment(spec.commandLine().getErr()).print(cr.diagnostics());
      return ExitCodes.CONTENT_ERRORS;
    }
    SiteConfig config = cr.config().get();
    ConfigLoader.requireContent(config);
    Path file = NewPostmortem.create(config,
        new NewPostmortem.Request(title, parseDate(), severity.toUpperCase(Locale.ROOT)));
    spec.commandLine().getOut().println("created " + config.root().relativize(file).toString().replace('\\', '/'));
    return ExitCodes.OK;
  }

  private LocalDate parseDate() {
    if (date == null) return Clock.today();
    try {
      return LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new PmkbException(ExitCodes.USAGE, "--date must be YYYY-MM-DD, got '" + date + "'");
    }
  }
}
