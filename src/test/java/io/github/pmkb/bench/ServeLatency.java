package io.github.pmkb.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;
import io.github.pmkb.build.BuildOptions;
import io.github.pmkb.build.BuildResult;
import io.github.pmkb.build.Rebuild;
import io.github.pmkb.build.SiteBuilder;
import io.github.pmkb.serve.DevServer;

/**
 * Measures what an author waits for under {@code pmkb serve}: from saving one postmortem to its
 * rebuilt page being served. Not a test (run by {@code bench/serve.sh}).
 *
 * <p>Method: start the dev server on the site; pick {@code edits} postmortems spread evenly over
 * the corpus; for each, append a unique line to the file and poll its page over HTTP every 2 ms
 * until the line is served. Then, in mode {@code settle} (the default), wait until the update is
 * complete (the preview and the rest of the site) before the next edit, so edits do not overlap;
 * in mode {@code busy}, wait only for the preview's event and edit the next file at once, so the
 * index is being rebuilt in the background during the following edits (an author saving often;
 * the rest then completes once, after the last edit). Two extra edits first warm up the JIT and
 * are not counted. Mode {@code same} is {@code settle} with every edit in one postmortem (the
 * middle one picked), as an author saves the file being written again and again.
 */
public final class ServeLatency {
  private static final int WARMUP = 2;
  private static final long POLL_NANOS = 2_000_000L;

  private ServeLatency() {}

  public static void main(String[] args) throws Exception {
    Path site = Path.of(args[0]).toAbsolutePath().normalize();
    int edits = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    String mode = args.length < 3 ? "settle" : args[2];
    boolean settle = !mode.equals("busy");
    boolean same = mode.equals("same");
    BlockingQueue<Rebuild> rebuilds = new LinkedBlockingQueue<>();
    Path out = Files.createTempDirectory("pmkb-bench-serve").resolve("site");
    BuildOptions build = new BuildOptions(site, Optional.of(out), Optional.of("/"), false);
    long startBuild = System.nanoTime();
    try (DevServer server = DevServer.start(new DevServer.Options(build, "127.0.0.1", 0), new DevServer.Listener() {
      @Override
      public void rebuilt(List<Path> changed, Rebuild r) {
        rebuilds.add(r);
      }

      @Override
      public void failed(RuntimeException e) {
        e.printStackTrace();
      }
    }, SiteBuilder.Progress.NONE)) {
      BuildResult first = server.firstBuild();
      System.out.printf(Locale.ROOT, "first build: %d pages, %d incidents in %.1f s; stages %s%n", first.pages(),
          first.incidents(), (System.nanoTime() - startBuild) / 1e9, first.stages());
      List<Path> files = pick(site.resolve("content"), out, WARMUP + edits);
      // An author saving one postmortem again and again: the middle one, every time.
      if (same) files = java.util.Collections.nCopies(files.size(), files.get(files.size() / 2));
      HttpClient http = HttpClient.newHttpClient();
      List<Double> latencies = new ArrayList<>();
      List<Double> rebuildMs = new ArrayList<>();
      List<Integer> rendered = new ArrayList<>();
      List<Double> cpu = new ArrayList<>();
      List<Double> restMs = new ArrayList<>();
      for (int i = 0; i < files.size(); i++) {
        Path f = files.get(i);
        String slug = f.getFileName().toString().replaceFirst("\\.md$", "");
        String marker = "bench-edit-" + i + "-" + System.nanoTime();
        URI page = server.url().resolve("/incidents/" + slug + ".html");
        long cpu0 = rebuildCpuNanos();
        long t0 = System.nanoTime();
        Files.writeString(f, Files.readString(f) + "\n\n" + marker + "\n");
        while (!fetch(http, page).contains(marker)) LockSupport.parkNanos(POLL_NANOS);
        double ms = (System.nanoTime() - t0) / 1e6;
        Rebuild r = next(rebuilds, f);
        while (!r.preview() && r.phase() == Rebuild.Phase.REST) r = next(rebuilds, f); // an earlier edit's rest
        Rebuild rest = null;
        if (settle && r.preview()) {
          rest = next(rebuilds, f);
          while (rest.preview()) rest = next(rebuilds, f);
        }
        double cpuMs = (rebuildCpuNanos() - cpu0) / 1e6;
        String tag = i < WARMUP ? "warm-up" : "edit " + (i - WARMUP + 1);
        System.out.printf(Locale.ROOT, "%-8s %7.1f ms to served; %s %5d ms, %d pages, %d parsed (%s) %s; rebuild"
            + " thread %.0f ms CPU%s%n", tag, ms, r.phase(), r.elapsed().toMillis(), r.rendered().size(), r.reparsed(),
            slug, millis(r.stages()), cpuMs, rest == null ? "" : String.format(Locale.ROOT, "; then REST %d ms, %d"
                + " pages (ms wall/cpu) %s", rest.elapsed().toMillis(), rest.rendered().size(), millis(rest.stages())));
        if (i >= WARMUP) {
          latencies.add(ms);
          rebuildMs.add((double) r.elapsed().toMillis());
          cpu.add(cpuMs);
          rendered.add(r.rendered().size());
          if (rest != null) restMs.add((double) rest.elapsed().toMillis());
        }
      }
      if (!settle) {
        long t0 = System.nanoTime();
        Rebuild rest;
        do {
          rest = next(rebuilds, site);
        } while (rest.phase() != Rebuild.Phase.REST);
        System.out.printf(Locale.ROOT, "rest after the last edit: %.0f ms later, %d pages re-rendered %s%n",
            (System.nanoTime() - t0) / 1e6, rest.rendered().size(), millis(rest.stages()));
      }
      System.out.printf(Locale.ROOT, "mode %s; save-to-served over %d edits: median %.1f ms, p90 %.1f ms, min %.1f ms,"
          + " max %.1f ms%n", mode, latencies.size(), percentile(latencies, 50),
          percentile(latencies, 90), percentile(latencies, 0), percentile(latencies, 100));
      System.out.printf(Locale.ROOT, "preview alone: median %.1f ms wall, pages re-rendered: median %.0f;"
          + " rebuild-thread CPU per edit: median %.1f ms%n", percentile(rebuildMs, 50),
          percentile(rendered.stream().map(Integer::doubleValue).toList(), 50), percentile(cpu, 50));
      if (!restMs.isEmpty()) {
        System.out.printf(Locale.ROOT, "rest of the site: median %.1f ms wall (index on its own thread, then plan,"
            + " render, write)%n", percentile(restMs, 50));
      }
    }
  }

  /** The next rebuild event; long deadline: on a loaded machine a 10k index takes minutes. */
  private static Rebuild next(BlockingQueue<Rebuild> rebuilds, Path f) throws InterruptedException {
    Rebuild r = rebuilds.poll(30, TimeUnit.MINUTES);
    if (r == null) throw new IllegalStateException("no rebuild event for " + f);
    return r;
  }

  /** {@code n} postmortems spread over the corpus whose page exists. */
  private static List<Path> pick(Path content, Path out, int n) throws IOException {
    List<Path> all;
    try (Stream<Path> walk = Files.walk(content)) {
      all = walk.filter(p -> p.toString().endsWith(".md")).sorted().filter(p -> Files.exists(
          out.resolve("incidents/" + p.getFileName().toString().replaceFirst("\\.md$", "") + ".html"))).toList();
    }
    List<Path> picked = new ArrayList<>();
    for (int i = 0; i < n; i++) picked.add(all.get((int) ((long) i * all.size() / n)));
    return picked;
  }

  private static String fetch(HttpClient http, URI page) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(page).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
        .body();
  }

  /**
   * CPU time of the rebuild thread so far: on a shared machine wall time includes waiting for a
   * core, CPU time shows what the rebuild itself costs. Zero before the thread exists.
   */
  private static long rebuildCpuNanos() {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("pmkb-rebuild"))
        .mapToLong(t -> Math.max(0, mx.getThreadCpuTime(t.getId()))).sum();
  }

  private static String millis(java.util.Map<String, io.github.pmkb.build.StageTime> stages) {
    StringBuilder b = new StringBuilder();
    // Wall, and the process's CPU meanwhile: on a busy machine wall includes waiting for a core.
    stages.forEach((k, v) -> b.append(k).append('=').append(v.wall().toMillis()).append('/').append(v.cpu().toMillis())
        .append(' '));
    return b.toString().strip();
  }

  private static double percentile(List<Double> xs, int p) {
    List<Double> s = xs.stream().sorted().toList();
    int i = (int) Math.ceil(p / 100.0 * s.size()) - 1;
    return s.get(Math.max(0, Math.min(s.size() - 1, i)));
  }
}
