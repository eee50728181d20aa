package io.github.pmkb.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.build.BuildOptions;
import io.github.pmkb.build.Rebuild;
import io.github.pmkb.build.SiteBuilder;
import io.github.pmkb.testing.RebuildFixture;
import io.github.pmkb.testing.SiteFixture;

/**
 * The dev server end to end: real files edited on disk, the real watcher, HTTP requests. Waits
 * are for rebuild events with a deadline, never fixed sleeps.
 */
class ServeIT {
  /** Generous: a deadline for a slow shared machine, not a performance assertion. */
  private static final Duration DEADLINE = Duration.ofSeconds(60);

  @TempDir Path tmp;
  private Path src;
  private DevServer server;
  private final BlockingQueue<Rebuild> rebuilds = new LinkedBlockingQueue<>();
  private final List<RuntimeException> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
  /** Runs inside the listener, before the next phase can start. */
  private volatile ThrowingConsumer<Rebuild> onRebuild = r -> {};
  private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

  @BeforeEach
  void start() throws IOException {
    src = SiteFixture.write(tmp.resolve("src"), RebuildFixture.SITE);
    BuildOptions build = new BuildOptions(src, Optional.of(tmp.resolve("out")), Optional.of("/"), false);
    server = DevServer.start(new DevServer.Options(build, "127.0.0.1", 0), new DevServer.Listener() {
      @Override
      public void rebuilt(List<Path> changed, Rebuild rebuild) {
        try {
          // On the rebuild thread: nothing else is applied to the site while this runs.
          onRebuild.accept(rebuild);
        } catch (Exception | AssertionError e) {
          failures.add(new IllegalStateException(e));
        }
        rebuilds.add(rebuild);
      }

      @Override
      public void failed(RuntimeException e) {
        failures.add(e);
      }
    }, SiteBuilder.Progress.NONE);
    assertThat(server.firstBuild().written()).isTrue();
  }

  interface ThrowingConsumer<T> {
    void accept(T t) throws Exception;
  }

  @AfterEach
  void stop() throws IOException {
    server.close();
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(server.url().resolve(path)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** The first rebuild that satisfies {@code done}; an editor's save may arrive as several. */
  private Rebuild awaitRebuild(Predicate<Rebuild> done) throws InterruptedException {
    Instant end = Instant.now().plus(DEADLINE);
    while (true) {
      Rebuild r = rebuilds.poll(Math.max(1, Duration.between(Instant.now(), end).toMillis()), TimeUnit.MILLISECONDS);
      assertThat(failures).as("failed rebuilds").isEmpty();
      assertThat(r).as("a rebuild before the deadline").isNotNull();
      if (done.test(r)) return r;
    }
  }

  /** Every rebuild up to the first that leaves nothing owed (a whole update or the rest after previews). */
  private List<Rebuild> awaitComplete() throws InterruptedException {
    List<Rebuild> seen = new java.util.ArrayList<>();
    awaitRebuild(x -> seen.add(x) && x.phase() != Rebuild.Phase.PREVIEW);
    return seen;
  }

  private void edit(String rel, String from, String to) throws IOException {
    Path f = src.resolve(rel);
    String text = Files.readString(f);
    assertThat(text).contains(from);
    Files.writeString(f, text.replace(from, to));
  }

  @Test
  void servesPagesWithTheReloadScriptWithoutCachingAndNeverWritesTheScriptToDisk() throws Exception {
    HttpResponse<String> page = get("/incidents/alpha.html");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(page.body()).contains("Alpha body.").contains(SiteHandler.SCRIPT_PATH);
    assertThat(Files.readString(tmp.resolve("out/incidents/alpha.html"))).doesNotContain("__pmkb");
    assertThat(get(SiteHandler.SCRIPT_PATH).body()).contains("EventSource");
    assertThat(get("/css/site.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
  }

  @Test
  void mapsFoldersToTheirIndexRedirectsBareFoldersAndNeverListsThem() throws Exception {
    assertThat(get("/").body()).contains("Alpha outage");
    assertThat(get("/tags/").body()).contains("dns");
    HttpResponse<String> bare = get("/tags");
    assertThat(bare.statusCode()).isEqualTo(301);
    assertThat(bare.headers().firstValue("Location")).hasValue("/tags/");
    HttpResponse<String> noIndex = get("/incidents/");
    assertThat(noIndex.statusCode()).isEqualTo(404);
    assertThat(noIndex.body()).doesNotContain("alpha.html");
  }

  @Test
  void servesByteRangesOfStaticFilesAsTheBrowserSearchAsksForThem() throws Exception {
    String css = get("/css/site.css").body();
    HttpResponse<String> part = http.send(HttpRequest.newBuilder(server.url().resolve("/css/site.css"))
        .header("Range", "bytes=5-14").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(part.statusCode()).isEqualTo(206);
    assertThat(part.body()).isEqualTo(css.substring(5, 15));
    assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 5-14/" + css.getBytes(StandardCharsets.UTF_8).length);
    HttpResponse<String> beyond = http.send(HttpRequest.newBuilder(server.url().resolve("/css/site.css"))
        .header("Range", "bytes=99999999-").build(), HttpResponse.BodyHandlers.ofString());
    assertThat(beyond.statusCode()).isEqualTo(416);
  }

  @Test
  void missingPagesGetTheSites404Page() throws Exception {
    HttpResponse<String> r = get("/incidents/nope.html");
    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).isEqualTo(new String(new SiteHandler(() -> tmp.resolve("out"), () -> "")
        .inject(Files.readAllBytes(tmp.resolve("out/404.html"))), StandardCharsets.UTF_8));
  }

  @Test
  void anEditIsServedFromAPreviewOfItsPageBeforeTheRestOfTheSiteIsUpdated() throws Exception {
    List<String> servedAtPreview = new java.util.concurrent.CopyOnWriteArrayList<>();
    onRebuild = r -> {
      if (r.preview()) {
        servedAtPreview.add(get("/incidents/bravo.html").body());
        servedAtPreview.add(get("/feed.xml").body());
      }
    };
    edit("content/2024/bravo.md", "Bravo body.", "Bravo body, revised.");

    List<Rebuild> all = awaitComplete();

    Rebuild preview = all.get(0);
    Rebuild rest = all.get(all.size() - 1);
    assertThat(preview.phase()).isEqualTo(Rebuild.Phase.PREVIEW);
    assertThat(preview.rendered()).containsExactly("incidents/bravo.html");
    // While the preview was reported, the page was served new and the feed was still the old one.
    assertThat(servedAtPreview.get(0)).contains("Bravo body, revised.");
    assertThat(servedAtPreview.get(1)).contains("Bravo outage").doesNotContain("Bravo body, revised.");
    assertThat(rest.phase()).isEqualTo(Rebuild.Phase.REST);
    // The feed shows its summary; the lists (home, tag, archive, facet pages) are rendered again
    // too, as their models carry the summary; other incident pages may change as well, since
    // their related incidents compare every text; the search page carries the search index's
    // manifest, which names the new packs.
    assertThat(rest.rendered()).filteredOn(p -> !p.startsWith("incidents/")).containsExactlyInAnyOrder("index.html",
        "incidents.html", "tags/dns.html", "archive.html", "feed.xml", "facets/root-cause/unknown.html",
        "facets/year/2024.html", "search.html");
    assertThat(get("/feed.xml").body()).contains("Bravo body, revised.");
    assertSameAsCleanBuild();
  }

  @Test
  void savesThatComeWhileTheRestIsPendingArePreviewedAndEndInOneCompleteUpdate() throws Exception {
    onRebuild = r -> {
      // The next save lands while the first is owed its rest: its index is dropped or never started.
      if (r.preview() && r.rendered().contains("incidents/bravo.html")) {
        edit("content/2024/alpha.md", "Alpha body.", "Alpha body, saved second.");
      }
    };
    edit("content/2024/bravo.md", "Bravo body.", "Bravo body, saved first.");

    List<Rebuild> all = awaitComplete();

    assertThat(all).filteredOn(Rebuild::preview).extracting(r -> r.rendered())
        .contains(List.of("incidents/bravo.html"), List.of("incidents/alpha.html"));
    assertThat(all.get(all.size() - 1).phase()).isEqualTo(Rebuild.Phase.REST);
    assertThat(get("/feed.xml").body()).contains("Bravo body, saved first.").contains("Alpha body, saved second.");
    assertSameAsCleanBuild();
  }

  /** The served folder equals {@code pmkb build} of the same sources. */
  private void assertSameAsCleanBuild() throws IOException {
    Path clean = tmp.resolve("clean");
    BuildOptions options = new BuildOptions(src, Optional.of(clean), Optional.of("/"), false);
    assertThat(io.github.pmkb.build.SiteBuilder.build(options, SiteBuilder.Progress.NONE).written()).isTrue();
    assertThat(SiteFixture.snapshot(tmp.resolve("out"))).isEqualTo(SiteFixture.snapshot(clean));
  }

  @Test
  void aSaveByRenameAndReplaceIsPickedUp() throws Exception {
    Path target = src.resolve("content/2024/alpha.md");
    Path temp = src.resolve("content/2024/.alpha.md.tmp");
    Files.writeString(temp, Files.readString(target).replace("Alpha body.", "Alpha body, atomically saved."));
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);

    awaitRebuild(x -> x.rendered().contains("incidents/alpha.html"));

    assertThat(get("/incidents/alpha.html").body()).contains("Alpha body, atomically saved.");
  }

  @Test
  void aDeletedPostmortemDisappears() throws Exception {
    Files.delete(src.resolve("content/2022/delta.md"));

    List<Rebuild> r = awaitComplete();

    // The preview deletes its page; the rest the pages it emptied: delta was the only incident of
    // 2022, so its year's facet page and API shard go too.
    assertThat(r.get(0).deleted()).containsExactly("incidents/delta.html");
    assertThat(r.stream().flatMap(x -> x.deleted().stream())).containsExactlyInAnyOrder("incidents/delta.html",
        "tags/network.html", "facets/year/2022.html", "api/incidents-2022.json");
    assertThat(get("/incidents/delta.html").statusCode()).isEqualTo(404);
    assertThat(get("/").body()).doesNotContain("Delta outage");
  }

  @Test
  void aTemplateChangeRerendersEveryPage() throws Exception {
    edit("themes/default/templates/base.peb", "</footer>", "<p>edited theme</p></footer>");

    Rebuild r = awaitRebuild(x -> !x.rendered().isEmpty());

    long pages;
    try (var walk = Files.walk(tmp.resolve("out"))) {
      // Every page is a template's output: HTML pages, the feed, the sitemap, robots.txt and the API (the
      // browser-search files under search/ come from the index, not from templates).
      Path out = tmp.resolve("out");
      pages = walk.filter(p -> p.toString().matches(".*\\.(html|xml|txt|json)") && !out.relativize(p).startsWith("search"))
          .count();
    }
    assertThat(r.rendered()).hasSize((int) pages);
    assertThat(get("/tags/db.html").body()).contains("edited theme");
  }

  @Test
  void aContentErrorShowsAsAnOverlayUntilTheFileIsFixed() throws Exception {
    String good = get("/incidents/alpha.html").body();
    edit("content/2024/alpha.md", "date: 2024-03-01", "date: [unclosed");

    Rebuild broken = awaitRebuild(x -> x.errors() > 0);

    assertThat(broken.diagnostics()).anySatisfy(d -> assertThat(d.at().file()).isEqualTo("content/2024/alpha.md"));
    String page = get("/incidents/bravo.html").body();
    assertThat(page).contains("id=\"pmkb-errors\"").contains("content/2024/alpha.md:");
    // The broken page itself is gone from the site; its last good version shows under the errors.
    HttpResponse<String> edited = get("/incidents/alpha.html");
    assertThat(edited.statusCode()).isEqualTo(200);
    assertThat(edited.body()).contains("id=\"pmkb-errors\"").contains(good.substring(0, good.indexOf("</main>")));

    edit("content/2024/alpha.md", "date: [unclosed", "date: 2024-03-01");

    awaitRebuild(x -> x.errors() == 0);
    assertThat(get("/incidents/bravo.html").body()).doesNotContain("pmkb-errors");
    assertThat(get("/incidents/alpha.html").statusCode()).isEqualTo(200);
  }

  @Test
  void openPagesAreToldToReloadOverServerSentEvents() throws Exception {
    var conn = (java.net.HttpURLConnection) server.url().resolve(LiveReload.PATH).toURL().openConnection();
    conn.setReadTimeout((int) DEADLINE.toMillis());
    try (BufferedReader in = new BufferedReader(new InputStreamReader(conn.getInputStream(), StandardCharsets.UTF_8))) {
      assertThat(conn.getContentType()).startsWith("text/event-stream");
      assertThat(in.readLine()).isEqualTo(": connected");
      // Another request is served while the stream is open.
      assertThat(get("/").statusCode()).isEqualTo(200);

      edit("content/2024/bravo.md", "Bravo body.", "Bravo body, reloaded.");

      String line;
      do {
        line = in.readLine();
      } while (line != null && !line.equals("event: reload"));
      assertThat(line).isEqualTo("event: reload");
      // The first event is the preview's: it names the one page it rewrote, so other pages stay.
      assertThat(in.readLine()).startsWith("data: {").contains("\"paths\":[\"incidents/bravo.html\"]");
      // The rest's event names only the pages it changed: the year's list comes out the same bytes.
      do {
        line = in.readLine();
      } while (line != null && !line.equals("event: reload"));
      assertThat(in.readLine()).startsWith("data: {").contains("feed.xml").doesNotContain("facets/year/2024.html");
    } finally {
      conn.disconnect();
    }
  }

  @Test
  void pathsThatLeaveTheSiteAreRefused() throws Exception {
    Path secret = tmp.resolve("secret.txt");
    Files.writeString(secret, "secret");
    Files.createSymbolicLink(tmp.resolve("out/link.txt"), secret);

    for (String path : List.of("/../secret.txt", "/%2e%2e/secret.txt", "/incidents/..%2f..%2fsecret.txt",
        "/%2E%2E/%2E%2E/src/site.properties", "/incidents/%5c..%5c..%5csecret.txt", "/link.txt", "/.pmkb-output")) {
      RawHttp.Response r = RawHttp.get(server.url(), path);
      assertThat(r.status()).as(path).isIn(403, 404);
      assertThat(r.body()).as(path).doesNotContain("secret").doesNotContain("site.title");
    }
  }
}
