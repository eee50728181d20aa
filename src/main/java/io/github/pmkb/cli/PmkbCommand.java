package io.github.pmkb.cli;

import io.github.pmkb.build.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top-level {@code pmkb} command; the work is in its subcommands. */
@Command(
    name = "pmkb",
    mixinStandardHelpOptions = true,
    versionProvider = PmkbCommand.Version.class,
    description = "Builds a static knowledge base from incident postmortems written in Markdown.",
    // Subcommands are added by Cli, only the one that runs when it is named first.
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:ok", "1:content or validation errors", "2:usage error", "3:I/O or internal error"})
public final class PmkbCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads the version from the jar manifest. */
  static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"pmkb " + SiteBuilder.version()};
    }
  }
}
