package io.github.pmkb.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;
import io.github.pmkb.testing.SiteFixture;
import io.github.pmkb.testing.StaticServer;

/**
 * The search page in headless Chromium, served under a project path ({@code /kb/}) as on GitHub
 * Pages: results as you type with highlighted stems, facet counts and filters, typo correction,
 * back button, and a title carrying an XSS payload shown as text.
 */
@Tag("e2e")
class SearchPageE2EIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  static final String XSS = "<img src=x onerror=\"window.pwned=1\"> memory leak in the image cache";

  static ChromeDriver driver;
  static StaticServer server;

  static String post(String title, String date, String tags, String body) {
    return post(title, date, tags, "", body);
  }

  /** @param more further header lines ("severity=SEV2\n") */
  static String post(String title, String date, String tags, String more, String body) {
    return "title=" + title + "\ndate=" + date + "\ntype=post\nstatus=published\ntags=" + tags + "\n" + more
        + "~~~~~~\n\n## Summary\n\n" + body + "\n";
  }

  @BeforeAll
  static void start(@TempDir Path tmp) {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "chromium and chromedriver not installed (apt-get install chromium chromium-driver): browser test skipped");
    Path root = SiteFixture.write(tmp.resolve("kb"), String.join("\n",
        "-- site.properties --", "site.title=KB\nsite.baseurl=/kb/\ntheme=default\ncontent.folder=content",
        "-- content/a.md --", post("Memory leak in the billing worker", "2024-03-01", "memory,billing", "severity=SEV1\nservices=billing\n",
            "The billing worker was leaking memory after the deploy. The leak grew until pods were killed."),
        "-- content/b.md --", post("Memory pressure on the search cluster", "2024-02-01", "memory,search",
            "Memory use climbed on the search cluster; a cache leaked entries."),
        "-- content/c.md --", post("Database failover took twenty minutes", "2023-05-01", "database", "severity=SEV2\nservices=billing\n",
            "The database primary failed and the failover was slow. Memory was not a factor."),
        "-- content/d.md --", post("Certificate expiry broke the API", "2023-01-01", "tls,certificates",
            "An expired certificate broke every client of the API."),
        "-- content/e.md --", post(XSS, "2022-06-01", "memory,database", "Leaks in the image cache exhausted memory on the database hosts."),
        "-- content/f.md --", post("DNS change broke service discovery", "2022-01-01", "dns", "severity=SEV2\nservices=resolver\n", "A zone edit removed a record.")));
    Path out = tmp.resolve("site");
    BuildResult built = SiteBuilder.build(new BuildOptions(root, Optional.of(out), Optional.empty(), false),
        SiteBuilder.Progress.NONE);
    assertThat(built.written()).as("build: %s", built.diagnostics()).isTrue();
    server = StaticServer.serve(out, "/kb/");
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage");
    driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
  }

  @AfterAll
  static void stop() {
    if (driver != null) driver.quit();
    if (server != null) server.close();
  }

  static WebDriverWait waiting() {
    return new WebDriverWait(driver, Duration.ofSeconds(30));
  }

  static List<WebElement> results() {
    return driver.findElements(By.cssSelector("#search-results li"));
  }

  /** Waits for {@code n} rows, scrolling to the last one shown: rows below the screen load as they come into view. */
  static void rows(int n) {
    waiting().until(d -> {
      ((org.openqa.selenium.JavascriptExecutor) d).executeScript("document.querySelector('#search-results li:last-child')?.scrollIntoView()");
      return results().size() == n;
    });
  }

  static List<String> titles() {
    // One script, so a list the page redraws meanwhile (a search as you type) is never read half.
    @SuppressWarnings("unchecked")
    List<String> t = (List<String>) driver.executeScript(
        "return [...document.querySelectorAll('#search-results li a.title')].map(a => a.textContent)");
    return t;
  }

  static String status() {
    return driver.findElement(By.id("search-status")).getText();
  }

  @Test
  void searchesAsYouTypeFiltersByFacetCorrectsTyposAndNeverRunsTitles() {
    driver.get(server.url("search.html"));
    rows(6);
    WebElement box = driver.findElement(By.cssSelector("[role=search] input[type=search]#search-q"));
    box.sendKeys("leaking");
    waiting().until(d -> results().size() == 3);
    // Ranked: the title match first; "leaking" highlights leak, leaked, leaking and leaks.
    assertThat(titles().get(0)).isEqualTo("Memory leak in the billing worker");
    assertThat(titles()).contains(XSS);
    waiting().until(d -> !d.findElements(By.cssSelector("#search-results li:first-child .snippet mark")).isEmpty());
    List<String> marks = results().get(0).findElements(By.cssSelector(".snippet mark")).stream()
        .map(WebElement::getText).toList();
    assertThat(marks).contains("leaking", "leak");
    // The payload is text: no element was created from it and its handler never ran.
    assertThat(driver.findElements(By.cssSelector("#search-results img"))).isEmpty();
    assertThat(((JavascriptExecutor) driver).executeScript("return window.pwned === undefined")).isEqualTo(true);

    box.clear();
    box.sendKeys("memory", Keys.ENTER);
    rows(4);
    driver.findElement(By.cssSelector("#search-facets summary")).click();
    By databaseBox = By.cssSelector("fieldset[data-dim=tag] input[value=database]");
    waiting().until(d -> !d.findElements(databaseBox).isEmpty());
    assertThat(facetCount("tag", "memory")).isEqualTo(3);
    assertThat(facetCount("tag", "database")).isEqualTo(2);
    driver.findElement(databaseBox).click();
    waiting().until(d -> results().size() == 2);
    assertThat(titles()).containsExactlyInAnyOrder("Database failover took twenty minutes", XSS);
    // Values of one facet are ORed: the tag counts leave out the tag choice, so "memory" still
    // says how many ticking it would add; other facets follow it: only the two results' years.
    waiting().until(d -> years().equals(List.of("2022", "2023")));
    assertThat(facetCount("tag", "memory")).isEqualTo(3);
    assertThat(driver.getCurrentUrl()).contains("q=memory").contains("f=tag%3Adatabase");

    driver.navigate().back();
    rows(4);
    assertThat(driver.getCurrentUrl()).doesNotContain("f=tag");

    box = driver.findElement(By.id("search-q"));
    box.clear();
    box.sendKeys("memroy", Keys.ENTER);
    waiting().until(d -> status().contains("Showing results for memory (you typed memroy)"));
    rows(4);

    // A typo in one word of two: the notice gives the whole query as it ran.
    box = driver.findElement(By.id("search-q"));
    box.clear();
    box.sendKeys("certificat expired", Keys.ENTER);
    waiting().until(d -> status().contains("Showing results for certificate expired (you typed certificat expired)"));
    assertThat(titles()).containsExactly("Certificate expiry broke the API");

    // A typo in one word of two; the last word completes.
    box = driver.findElement(By.id("search-q"));
    box.clear();
    box.sendKeys("certificat expir", Keys.ENTER);
    waiting().until(d -> titles().equals(List.of("Certificate expiry broke the API")));

    box.clear();
    box.sendKeys("zebra", Keys.ENTER);
    waiting().until(d -> status().contains("No incidents match"));
    assertThat(results()).isEmpty();
  }

  static List<String> years() {
    return driver.findElements(By.cssSelector("fieldset[data-dim=date] select[name=date-from] option")).stream()
        .map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty()).toList();
  }

  @Test
  void anEmptyQueryListsEveryIncidentNewestFirst() {
    driver.get(server.url("search.html"));
    rows(6);
    assertThat(titles().get(0)).isEqualTo("Memory leak in the billing worker");
    assertThat(titles().get(5)).isEqualTo("DNS change broke service discovery");
    assertThat(status()).contains("6 incidents, newest first");
    // Compact rows: title, then date and the facts known.
    assertThat(results().get(0).findElement(By.cssSelector(".meta time")).getText()).isEqualTo("2024-03-01");
    // The root cause by the label every other page gives it, not its id.
    assertThat(results().get(0).findElement(By.cssSelector(".meta")).getText()).contains("Memory leak").doesNotContain("memory");

    // The filters of every incident: the export's counts, values by falling count, numbered ones in their order.
    driver.findElement(By.cssSelector("#search-facets summary")).click();
    waiting().until(d -> !d.findElements(By.cssSelector("fieldset[data-dim=tag] input")).isEmpty());
    assertThat(facetValues("tag")).startsWith("memory", "database");
    assertThat(facetCount("tag", "memory")).isEqualTo(3);
    assertThat(facetCount("tag", "database")).isEqualTo(2);
    assertThat(facetCount("tag", "dns")).isEqualTo(1);
    assertThat(facetValues("severity")).containsExactly("SEV1", "SEV2");
    assertThat(facetCount("severity", "SEV2")).isEqualTo(2);
    assertThat(facetCount("service", "billing")).isEqualTo(2);
    assertThat(years()).containsExactly("2022", "2023", "2024");
    driver.findElement(By.cssSelector("#search-facets summary")).click();
  }

  static List<String> facetValues(String dim) {
    return driver.findElements(By.cssSelector("fieldset[data-dim=" + dim + "] input")).stream()
        .map(i -> i.getAttribute("value")).toList();
  }

  /**
   * A facet page's link to the search (search.html?f=dim:value, no query) lands on every incident
   * with that value, newest first, with their number; for each dimension a site can have.
   */
  @Test
  void aFacetValueInTheAddressListsItsIncidentsNewestFirst() {
    Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
    expected.put("tag:memory", List.of("Memory leak in the billing worker", "Memory pressure on the search cluster", XSS));
    expected.put("service:billing", List.of("Memory leak in the billing worker", "Database failover took twenty minutes"));
    expected.put("severity:SEV2", List.of("Database failover took twenty minutes", "DNS change broke service discovery"));
    expected.put("root_cause:memory-leak", null);
    for (Map.Entry<String, List<String>> e : expected.entrySet()) {
      driver.get(server.url("search.html?f=" + java.net.URLEncoder.encode(e.getKey(), java.nio.charset.StandardCharsets.UTF_8)));
      waiting().until(d -> status().contains("newest first"));
      int n = Integer.parseInt(status().replaceAll("^.*?(\\d+) incidents?, newest first.*$", "$1"));
      rows(n);
      if (e.getValue() != null) assertThat(titles()).as(e.getKey()).containsExactlyElementsOf(e.getValue());
      else assertThat(titles()).as(e.getKey()).contains("Memory leak in the billing worker");
      List<String> dates = results().stream().map(li -> li.findElement(By.cssSelector(".meta time")).getText()).toList();
      assertThat(dates).as(e.getKey()).isSortedAccordingTo(java.util.Comparator.reverseOrder());
      assertThat(driver.findElement(By.cssSelector("#search-facets")).getAttribute("open")).as(e.getKey()).isNotNull();
    }
  }

  /**
   * The search's controls are there from the first paint, not once search.js has run (here it never
   * does), and without JavaScript there are none, only the links to browse instead.
   */
  @Test
  void theControlsShowBeforeTheScriptRunsAndNotWithoutJavaScript() {
    ChromeDriver chrome = (ChromeDriver) driver;
    chrome.executeCdpCommand("Network.enable", Map.of());
    chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/js/search.js")));
    try {
      driver.get(server.url("search.html"));
      assertThat(driver.findElement(By.id("search-q")).isDisplayed()).isTrue();
      assertThat(driver.findElement(By.cssSelector("#search-facets summary")).isDisplayed()).isTrue();
      assertThat(driver.findElement(By.id("search-help")).isDisplayed()).isTrue();
      assertThat(status()).as("search.js did not run").isEmpty();
    } finally {
      chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
    }
    chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
    try {
      driver.get(server.url("search.html"));
      for (String css : List.of("#search-q", "#search-sort", "#search-form button", "#search-facets", "#search-help")) {
        assertThat(driver.findElement(By.cssSelector(css)).isDisplayed()).as(css).isFalse();
      }
      assertThat(driver.findElement(By.tagName("body")).getText()).contains("Search needs JavaScript");
    } finally {
      chrome.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }
  }

  /**
   * Pictures of the search page for a human to look at, 1280 and 390 px wide, light and dark,
   * saved under {@code target/screenshots/} (a build artifact, never committed).
   */
  @Test
  void savesScreenshotsOfTheSearchPage() throws Exception {
    Path shots = SiteFixture.repoRoot().resolve("target/screenshots");
    Files.createDirectories(shots);
    for (String scheme : List.of("light", "dark")) {
      ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia",
          java.util.Map.of("features", List.of(java.util.Map.of("name", "prefers-color-scheme", "value", scheme))));
      for (int width : List.of(1280, 390)) {
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(width, 1000));
        // A typo, so that the pictures show the correction notice too.
        driver.get(server.url("search.html?q=memroy"));
        waiting().until(d -> results().size() == 4);
        driver.findElement(By.cssSelector("#search-facets summary")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("#search-facet-groups fieldset")).isEmpty());
        waiting().until(d -> !d.findElements(By.cssSelector("#search-results li:first-child .snippet mark")).isEmpty());
        byte[] png = ((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
        Files.write(shots.resolve("search-" + width + "-" + scheme + ".png"), png);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
      }
    }
    ((ChromeDriver) driver).executeCdpCommand("Emulation.setEmulatedMedia", java.util.Map.of("features", List.of()));
    driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
  }

  static int facetCount(String dim, String value) {
    for (WebElement label : driver.findElements(By.cssSelector("fieldset[data-dim=" + dim + "] label"))) {
      if (label.findElement(By.tagName("input")).getAttribute("value").equals(value)) {
        return Integer.parseInt(label.findElement(By.className("n")).getText().replaceAll("[()]", ""));
      }
    }
    return 0;
  }
}
