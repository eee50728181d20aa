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
 * postmortems when {@code gen-corpus.py} is there, else 300 written here from templates.
 */
@Tag("e2e")
class SearchRangesE2EIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
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
    if (Corpora.generator().isPresent()) Corpora.site(kb, 1000, 1);
    else FixtureCorpus.write(kb, 300, new Random(16));
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

  @SuppressWarnings("unchecked")
  static void assertRangesOnly(String url) {
    driver.manage().logs().get(LogType.PERFORMANCE);
    driver.get(url);
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
    wait.until(d -> !d.findElements(By.cssSelector("#search-results li .snippet mark")).isEmpty());
    Map<String, String> urls = new HashMap<>();
    Map<String, Integer> status = new HashMap<>();
    Map<String, Long> bytes = new HashMap<>();
    long quiet = System.nanoTime();
    while (System.nanoTime() - quiet < 1_000_000_000L) {
      List<LogEntry> entries = driver.manage().logs().get(LogType.PERFORMANCE).getAll();
      if (!entries.isEmpty()) quiet = System.nanoTime();
      for (LogEntry e : entries) {
        Map<String, Object> msg = (Map<String, Object>) ((Map<String, Object>) new Json().toType(e.getMessage(), Map.class)).get("message");
        Map<String, Object> p = (Map<String, Object>) msg.get("params");
        if ("Network.responseReceived".equals(msg.get("method"))) {
          Map<String, Object> r = (Map<String, Object>) p.get("response");
          urls.put((String) p.get("requestId"), (String) r.get("url"));
          status.put((String) p.get("requestId"), ((Number) r.get("status")).intValue());
        } else if ("Network.loadingFinished".equals(msg.get("method"))) {
          bytes.merge((String) p.get("requestId"), ((Number) p.get("encodedDataLength")).longValue(), Long::sum);
        }
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException ex) {
        throw new IllegalStateException(ex);
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
