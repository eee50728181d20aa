package io.github.pmkb.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import io.github.pmkb.scaffold.KnowledgeBaseInit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code pmkb init DIR}: a new knowledge base, ready to build and to publish on GitHub Pages. */
@Command(name = "init", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Creates a new knowledge base (site.properties, one example, a GitHub Pages workflow) in an empty folder; the theme is built in.")
final class InitCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "DIR", description = "Folder to create; must be new or empty.")
  Path dir;

  @Option(names = "--title", description = "Site title (default: Postmortems).")
  String title = "Postmortems";

  @Option(names = "--verbose", description = "Show stack traces.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    for (String f : KnowledgeBaseInit.create(dir, title)) out.println("created " + f);
    out.println(nextSteps(dir, Path.of("")));
    return ExitCodes.OK;
  }

  /** What to type next; "cd ." would read as a step to take, so a knowledge base made in {@code cwd} gets none. */
  static String nextSteps(Path dir, Path cwd) {
    boolean here = dir.toAbsolutePath().normalize().equals(cwd.toAbsolutePath().normalize());
    return "next: " + (here ? "" : "cd " + dir + " && ") + "pmkb new \"What happened\" && pmkb build";
  }
}
