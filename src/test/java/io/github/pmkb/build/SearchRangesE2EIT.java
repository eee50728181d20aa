package io.github.pmkb.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.json.Json;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;
import io.github.pmkb.serve.DevServer;
import io.github.pmkb.testing.Corpora;
import io.github.pmkb.testing.FixtureCorpus;
import io.github.pmkb.testing.SiteFixture;
import io.github.pmkb.testing.StaticServer;

/**
 * The search page reads its packs with byte ranges only: in headless Chromium, a query is answered
 * with {@code 206} responses, none a whole pack, within a byte budget, both from a static server
 * answering ranges as GitHub Pages does and from {@code pmkb serve}. A fetcher that drops the
 * {@code Range} header (whole packs, megabytes) fails it. The corpus is 1,000 synthetic
 * postmortems when {@code gen-corpus.py} is there, else 600 written here from templates. The
 * filter panel reads the column of a facet with many values only when its box opens.
 */
@Tag("e2e")
class SearchRangesE2EIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  /**
   * A made-up word in one postmortem of the corpus only, written here: the index keeps it in a
   * hashed slot. It and a second one written here answer the queries below that the template
   * corpus does not (each of their words in two postmortems, so only this one is in a slot).
   */
  static final String RARE_WORD = "grindlewick";
  /** Bytes of search/ data one two-word query may read: blocks, postings, the rows on screen. */
  static final long BUDGET = 40 * 1024;

  static Path kb;
  static Path site;
  static ChromeDriver driver;

  @BeforeAll
  static void build(@TempDir Path tmp) throws IOException {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "chromium and chromedriver not installed (apt-get install chromium chromium-driver): range test skipped");
    kb = tmp.resolve("kb");
    // Over 500 postmortems either way, so words of one document go to the hashed slots (h.*).
    if (Corpora.generator().isPresent()) Corpora.site(kb, 1000, 1);
    else FixtureCorpus.write(kb, 600, new Random(16));
    Path rare = kb.resolve("content/2024/inc-rare-word.md");
    Files.createDirectories(rare.getParent());
    Files.writeString(rare, "---\ntitle: Reports page slow after a schema change\ndate: 2024-03-09\nseverity: SEV3\n"
        + "tags: [database]\n---\n\n## Summary\n\nThe reports page slowed down after the " + RARE_WORD
        + " job rewrote its schema. Its workers ran out of memory twice, and DNS resolution for the replica timed out.\n");
    Files.writeString(rare.resolveSibling("inc-resolver.md"), "---\ntitle: Lookups failed in one zone\ndate: 2024-05-14\n"
        + "severity: SEV2\ntags: [dns]\n---\n\n## Summary\n\nDNS resolution failed in one zone after the resolver ran out of "
        + "memory.\n");
    site = tmp.resolve("site");
    BuildResult built = SiteBuilder.build(new BuildOptions(kb, Optional.of(site), Optional.of("/kb/"), false),
        SiteBuilder.Progress.NONE);
    assertThat(built.written()).as("build: %s", built.diagnostics()).isTrue();
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.PERFORMANCE, java.util.logging.Level.ALL);
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,900");
    options.setCapability("goog:loggingPrefs", logs);
    driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
  }

  @AfterAll
  static void stop() {
    if (driver != null) driver.quit();
  }

  @Test
  void aQueryFromAStaticServerReadsRangesOnlyWithinItsBudget() {
    try (StaticServer server = StaticServer.serve(site, "/kb/")) {
      assertRangesOnly(server.url("search.html?q=memory+leak"));
    }
  }

  @Test
  void onlyTheRowsOnScreenLoadUntilTheReaderScrolls() {
    try (StaticServer server = StaticServer.serve(site, "/kb/")) {
      driver.get(server.url("search.html?q=memory"));
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
      wait.until(d -> !d.findElements(By.cssSelector("#search-results li .snippet")).isEmpty());
      sleep(1000);
      long first = rowCount();
      assertThat(first).as("rows loaded before any scroll, window 1280x900").isBetween(3L, 19L);
      // One scroll to the last row brings the rest of the page, not one more screenful.
      driver.executeScript("document.querySelector('#search-results li:last-child').scrollIntoView()");
      wait.until(d -> rowCount() == 20);
      sleep(1000);
      driver.executeScript("document.querySelector('#search-results li:last-child').scrollIntoView()");
      sleep(500);
      assertThat(rowCount()).as("a page is 20 rows; more only on request").isEqualTo(20);
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void aFilterBoxOfManyValuesReadsItsColumnOnlyWhenItOpens() {
    try (StaticServer server = StaticServer.serve(site, "/kb/")) {
      driver.get(server.url("search.html?q=memory"));
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
      wait.until(d -> !d.findElements(By.cssSelector("#search-results li .snippet")).isEmpty());
      // The first lazy dimension of the index, and where its column of most frequent values is.
      List<Object> lazy = (List<Object>) driver.executeScript("const m = JSON.parse(document.querySelector('meta[name=pmkb-search]')"
          + ".content).facets; const d = m.dims.find((x) => x.lazy); return d ? [d.id, m.f[d.top[0]], d.top[1]] : null;");
      assumeTrue(lazy != null, "no facet with many values in this corpus");
      String box = "#search-facet-groups fieldset[data-dim=" + lazy.get(0) + "]";
      String file = (String) lazy.get(1);
      long at = ((Number) lazy.get(2)).longValue();
      networkEvents();
      driver.findElement(By.cssSelector("#search-facets summary")).click();
      wait.until(d -> !d.findElements(By.cssSelector(box + " legend button")).isEmpty());
      assertThat(ranges(file)).as("ranges of %s read as the panel opened", file).isNotEmpty()
          .noneMatch(r -> r[0] <= at && at <= r[1]);
      assertThat(driver.findElements(By.cssSelector(box + " input"))).isEmpty();
      driver.findElement(By.cssSelector(box + " legend button")).click();
      wait.until(d -> !d.findElements(By.cssSelector(box + " input")).isEmpty());
      assertThat(ranges(file)).as("ranges of %s read as the box opened", file).anyMatch(r -> r[0] <= at && at <= r[1]);
    }
  }

  /** The byte ranges [first, last] of search/{@code file} the page asked for since the last look. */
  @SuppressWarnings("unchecked")
  static List<long[]> ranges(String file) {
    List<long[]> out = new ArrayList<>();
    java.util.regex.Pattern bytes = java.util.regex.Pattern.compile("bytes=(\\d+)-(\\d+)");
    for (Map<String, Object> m : networkEvents()) {
      if (!"Network.requestWillBeSent".equals(m.get("method"))) continue;
      Map<String, Object> request = (Map<String, Object>) ((Map<String, Object>) m.get("params")).get("request");
      if (!((String) request.get("url")).endsWith("/search/" + file)) continue;
      java.util.regex.Matcher r = bytes.matcher(String.valueOf(((Map<String, Object>) request.get("headers")).get("Range")));
      if (r.find()) out.add(new long[] {Long.parseLong(r.group(1)), Long.parseLong(r.group(2))});
    }
    return out;
  }

  static long rowCount() {
    return ((Number) driver.executeScript("return document.querySelectorAll('#search-results li').length")).longValue();
  }

  static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aQueryFromPmkbServeReadsRangesOnlyWithinItsBudget() throws IOException {
    BuildOptions build = new BuildOptions(kb, Optional.of(kb.resolve("serve-out")), Optional.of("/"), false);
    try (DevServer server = DevServer.start(new DevServer.Options(build, "127.0.0.1", 0), new DevServer.Listener() {
      @Override
      public void rebuilt(List<Path> changed, Rebuild rebuild) {}

      @Override
      public void failed(RuntimeException e) {}
    }, SiteBuilder.Progress.NONE)) {
      assertRangesOnly(server.url().resolve("search.html?q=memory+leak").toString());
    }
  }

  /**
   * A query of plain words in the address is answered in three dependent round trips after the
   * page: the page's early script asks for the dictionary blocks and pair slots of its words, and
   * the records of the synonym groups they belong to, which hold every word and pair the group
   * expands to (the engine reads every one of them), then postings, then the rows on screen. A
   * word of one document is in no block: the engine reads its hashed slot (h.*), whose entry holds
   * its postings, and still within three.
   * With 100 ms of latency, a request that waits for another's answer starts after it ends: the
   * longest such chain is the count.
   */
  @Test
  @SuppressWarnings("unchecked")
  void aQueryInTheAddressTakesThreeDependentRoundTrips() throws IOException {
    List<String> queries = List.of("memory+leak", "disk", "cause+of+outage", "dns+resolution", "oom", RARE_WORD);
    try (StaticServer server = StaticServer.serve(site, "/kb/")) {
      for (String q : queries) {
        driver.executeCdpCommand("Network.emulateNetworkConditions",
            Map.of("offline", false, "latency", 100, "downloadThroughput", 1_250_000, "uploadThroughput", 1_250_000));
        Map<String, Request> requests = new HashMap<>();
        try {
          driver.manage().logs().get(LogType.PERFORMANCE);
          driver.get(server.url("search.html?q=" + q));
          new WebDriverWait(driver, Duration.ofSeconds(60))
              .until(d -> !d.findElements(By.cssSelector("#search-results li .snippet")).isEmpty());
          for (Map<String, Object> m : networkEvents()) {
            Map<String, Object> p = (Map<String, Object>) m.get("params");
            String id = (String) p.get("requestId");
            double t = p.get("timestamp") instanceof Number n ? n.doubleValue() : 0;
            if ("Network.requestWillBeSent".equals(m.get("method"))) {
              String url = (String) ((Map<String, Object>) p.get("request")).get("url");
              if (url.contains("/search/")) requests.put(id, new Request(url.replaceAll(".*/search/", ""), initiator(p), t));
            } else if ("Network.loadingFinished".equals(m.get("method")) && requests.containsKey(id)) {
              requests.get(id).end = t;
            }
          }
        } finally {
          driver.executeCdpCommand("Network.emulateNetworkConditions",
              Map.of("offline", false, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
        }
        assertThat((List<Object>) driver.executeScript("return window.pmkbEarly ? [...window.pmkbEarly.keys()] : []"))
            .as("%s: records the early script asked for that the engine never read", q).isEmpty();
        List<Request> all = new ArrayList<>(requests.values());
        assertThat(all).as("%s: search/ requests", q).isNotEmpty().allMatch(r -> r.end > 0);
        assertThat(all).filteredOn(r -> r.file.matches("(d|q|y)[.-].*"))
            .as("%s: dictionary blocks, pair slots and synonym records, all asked for by the page's early script", q)
            .allMatch(r -> r.initiator.contains("search.html"));
        if (q.equals(RARE_WORD)) assertThat(all).as("%s: its slot in the hashed dictionary", q).anyMatch(r -> r.file.startsWith("h."));
        // Rows asked for once the first ones are there are the next batch (the last row shown came
        // into view: short rows), not what the first results waited for.
        double firstRows = all.stream().filter(r -> r.file.startsWith("r.")).mapToDouble(r -> r.end).min().orElse(Double.MAX_VALUE);
        all.removeIf(r -> r.start >= firstRows);
        all.sort(java.util.Comparator.comparingDouble(r -> r.start));
        int longest = 0;
        for (Request r : all) {
          for (Request before : all) if (before.end <= r.start) r.depth = Math.max(r.depth, before.depth);
          r.depth++;
          longest = Math.max(longest, r.depth);
        }
        assertThat(longest).as("%s: dependent round trips: %s", q, all).isLessThanOrEqualTo(3);
      }
    }
  }

  /** One request under search/: file, the script that asked for it, start and end (s). */
  static final class Request {
    final String file;
    final String initiator;
    final double start;
    double end;
    int depth;

    Request(String file, String initiator, double start) {
      this.file = file;
      this.initiator = initiator;
      this.start = start;
    }

    @Override
    public String toString() {
      return String.format(java.util.Locale.ROOT, "%s by %s %.0f-%.0f ms (round %d)", file,
          initiator.replaceAll(".*/", ""), start * 1000, end * 1000, depth);
    }
  }

  @SuppressWarnings("unchecked")
  static String initiator(Map<String, Object> params) {
    Map<String, Object> i = (Map<String, Object>) params.get("initiator");
    Map<String, Object> stack = i == null ? null : (Map<String, Object>) i.get("stack");
    List<Map<String, Object>> frames = stack == null ? List.of() : (List<Map<String, Object>>) stack.get("callFrames");
    return frames.isEmpty() ? String.valueOf(i == null ? null : i.get("type")) : (String) frames.get(0).get("url");
  }

  /** DevTools network events until a second passes without one. */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> networkEvents() {
    List<Map<String, Object>> out = new ArrayList<>();
    long quiet = System.nanoTime();
    while (System.nanoTime() - quiet < 1_000_000_000L) {
      List<LogEntry> entries = driver.manage().logs().get(LogType.PERFORMANCE).getAll();
      if (!entries.isEmpty()) quiet = System.nanoTime();
      for (LogEntry e : entries) {
        out.add((Map<String, Object>) ((Map<String, Object>) new Json().toType(e.getMessage(), Map.class)).get("message"));
      }
      sleep(100);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  static void assertRangesOnly(String url) {
    driver.manage().logs().get(LogType.PERFORMANCE);
    driver.get(url);
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    wait.until(d -> !d.findElements(By.cssSelector("#search-results li .snippet mark")).isEmpty());
    Map<String, String> urls = new HashMap<>();
    Map<String, Integer> status = new HashMap<>();
    Map<String, Long> bytes = new HashMap<>();
    for (Map<String, Object> msg : networkEvents()) {
      Map<String, Object> p = (Map<String, Object>) msg.get("params");
      if ("Network.responseReceived".equals(msg.get("method"))) {
        Map<String, Object> r = (Map<String, Object>) p.get("response");
        urls.put((String) p.get("requestId"), (String) r.get("url"));
        status.put((String) p.get("requestId"), ((Number) r.get("status")).intValue());
      } else if ("Network.loadingFinished".equals(msg.get("method"))) {
        bytes.merge((String) p.get("requestId"), ((Number) p.get("encodedDataLength")).longValue(), Long::sum);
      }
    }
    List<Integer> statuses = new ArrayList<>();
    long searchBytes = 0;
    for (var e : urls.entrySet()) {
      if (!e.getValue().contains("/search/")) continue;
      statuses.add(status.get(e.getKey()));
      searchBytes += bytes.getOrDefault(e.getKey(), 0L);
    }
    assertThat(statuses).as("responses under search/ (the manifest is inline: no manifest.json)").isNotEmpty()
        .allMatch(s -> s == 206);
    assertThat(urls.values()).noneMatch(u -> u.endsWith("manifest.json"));
    assertThat(searchBytes).as("bytes of search/ responses for one query").isLessThanOrEqualTo(BUDGET);
  }
}
