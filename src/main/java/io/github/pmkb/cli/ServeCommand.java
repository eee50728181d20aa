package io.github.pmkb.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import io.github.pmkb.build.BuildOptions;
import io.github.pmkb.build.BuildResult;
import io.github.pmkb.build.Rebuild;
import io.github.pmkb.diag.Diagnostic;
import io.github.pmkb.serve.BrowserOpener;
import io.github.pmkb.serve.DevServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code pmkb serve}: a live preview that rebuilds what changed and reloads open pages. */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Builds the site, serves it locally and rebuilds it as you edit; open pages reload by themselves.",
        "The preview is written to target/pmkb-serve (not your build output); the live-reload script is added only"
            + " to pages as they are served."})
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--source", paramLabel = "DIR", description = "Knowledge base root, holding site.properties and content/ (default: current folder).")
  Path source = Path.of(".");

  @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  int port = 8080;

  @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
  String bind = "127.0.0.1";

  @Option(names = "--drafts", description = "Also show postmortems whose status is draft.")
  boolean drafts;

  @Option(names = "--open", description = "Open the site in a browser once it is built.")
  boolean open;

  @Option(names = "--verbose", description = "Show library logs and stack traces.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path root = source.toAbsolutePath().normalize();
    // Served from the root of a local address whatever the published base path, so links resolve.
    BuildOptions build = new BuildOptions(root, Optional.of(root.resolve("target").resolve("pmkb-serve")),
        Optional.of("/"), drafts);
    RebuildReport report = new RebuildReport(root, out, err, verbose);
    try (DevServer server = DevServer.start(new DevServer.Options(build, bind, port), report,
        ProgressLine.forTerminal(err, false))) {
      report.first(server.firstBuild());
      out.println("pmkb: serving " + server.url() + " (Ctrl-C to stop)");
      out.flush();
      if (open && !BrowserOpener.open(server.url())) err.println("pmkb: could not open a browser; open the address yourself");
      CountDownLatch stop = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown, "pmkb-stop"));
      stop.await();
    } catch (java.net.BindException e) {
      err.println("pmkb: cannot listen on " + bind + ":" + port + ": " + e.getMessage() + "; try --port 0 or another port");
      err.flush();
      return ExitCodes.INTERNAL;
    }
    return ExitCodes.OK;
  }

  /** Prints one line per rebuild, and only the problems that are new since the previous one. */
  static final class RebuildReport implements DevServer.Listener {
    private final Path root;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean verbose;
    private Set<Diagnostic> shown = new HashSet<>();

    RebuildReport(Path root, PrintWriter out, PrintWriter err, boolean verbose) {
      this.root = root;
      this.out = out;
      this.err = err;
      this.verbose = verbose;
    }

    void first(BuildResult r) {
      DiagnosticPrinter.forEnvironment(err).print(r.diagnostics());
      shown = new HashSet<>(r.diagnostics());
      out.println(BuildCommand.summary(r));
      out.flush();
    }

    @Override
    public synchronized void rebuilt(List<Path> changed, Rebuild r) {
      DiagnosticPrinter.forEnvironment(err).print(r.diagnostics().stream().filter(d -> !shown.contains(d)).toList());
      shown = new HashSet<>(r.diagnostics());
      out.println(line(describe(root, changed), r));
      out.flush();
    }

    @Override
    public synchronized void failed(RuntimeException e) {
      err.println("pmkb: rebuild failed: " + e.getMessage() + (verbose ? "" : " (run with --verbose for details)"));
      if (verbose) e.printStackTrace(err);
      err.flush();
    }

    /**
     * Names the changed paths that still exist or were postmortems: an editor's or sed's temporary
     * file, renamed over the real one, is gone by now and would only confuse.
     */
    static String describe(Path root, List<Path> changed) {
      List<Path> named = changed.stream().filter(RebuildReport::worthNaming).toList();
      if (named.isEmpty()) named = changed;
      if (named.isEmpty()) return "sources";
      String name = root.relativize(named.get(0).toAbsolutePath().normalize()).toString().replace('\\', '/');
      return named.size() == 1 ? name : name + " and " + (named.size() - 1) + " more";
    }

    private static boolean worthNaming(Path p) {
      String name = p.getFileName() == null ? "" : p.getFileName().toString();
      return java.nio.file.Files.exists(p) || name.endsWith(".md") || name.endsWith(".markdown");
    }

    /**
     * An edit of postmortems prints two lines: the preview of their pages, then the rest of the
     * site ("rest updated for ..."), which may cover several previews.
     */
    static String line(String what, Rebuild r) {
      StringBuilder b = new StringBuilder("pmkb: ");
      if (r.phase() == Rebuild.Phase.REST) b.append("rest of the site updated for ").append(what).append(": ");
      else b.append(what).append(" changed: ");
      if (r.full()) b.append("full rebuild, ");
      b.append(r.rendered().size()).append(r.rendered().size() == 1 ? " page" : " pages").append(" re-rendered");
      if (!r.deleted().isEmpty()) b.append(", ").append(r.deleted().size()).append(" deleted");
      b.append(String.format(Locale.ROOT, " in %d ms", r.elapsed().toMillis()));
      long errors = r.errors();
      if (errors > 0) b.append(" (").append(errors).append(errors == 1 ? " error" : " errors").append(")");
      if (!r.written()) b.append("; pages kept from before");
      else if (r.preview()) b.append("; updating the rest of the site");
      return b.toString();
    }
  }
}
