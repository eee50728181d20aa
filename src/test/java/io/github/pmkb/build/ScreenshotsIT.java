package io.github.pmkb.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import io.github.pmkb.testing.SiteFixture;
import io.github.pmkb.testing.StaticServer;

/**
 * Screenshots of the example site's main pages at 1280 and 390 px, light and dark, saved under
 * {@code target/screenshots/} for a human to look at (a build artifact, never committed): each
 * page in viewport-sized parts, top to bottom, so text stays at its real size. The knowledge
 * base can be another one: {@code -Dpmkb.screenshots.source=DIR}. Each is checked to be the page
 * drawn: the window's width, not blank, the site's landmarks, nothing wider than the window.
 * Skipped when Debian's chromium and chromedriver are absent.
 */
class ScreenshotsIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");
  /** Parts of a page beyond the first viewport; a long page's end is not where problems hide. */
  static final int MAX_PARTS = 3;

  @TempDir Path tmp;

  static ChromeDriver driver() {
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--hide-scrollbars");
    return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(), options);
  }

  static boolean hasChromium() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
  }

  /** Makes the page width {@code width} CSS pixels and its colour scheme {@code dark} or {@code light}. */
  static void emulate(ChromeDriver driver, int width, int height, String scheme) {
    driver.manage().window().setSize(new Dimension(width, height));
    driver.executeCdpCommand("Emulation.setDeviceMetricsOverride",
        Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
    driver.executeCdpCommand("Emulation.setEmulatedMedia",
        Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
  }

  @Test
  void savesScreenshotsOfEveryKindOfPage() throws Exception {
    assumeTrue(hasChromium(), "chromium and chromedriver not installed (apt-get install chromium chromium-driver): no screenshots");
    Path source = Optional.ofNullable(System.getProperty("pmkb.screenshots.source")).map(Path::of)
        .orElse(SiteFixture.repoRoot());
    Path out = tmp.resolve("site");
    SiteBuilder.build(new BuildOptions(source, Optional.of(out), Optional.of("/kb/"), false), SiteBuilder.Progress.NONE);
    Path shots = SiteFixture.repoRoot().resolve("target/screenshots");
    Files.createDirectories(shots);
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put("home", "index.html");
    pages.put("incident", "incidents/db-failover-stalled-writes.html");
    pages.put("analytics", "analytics.html");
    pages.put("root-cause", "facets/root-cause/memory-leak.html");
    pages.put("actions", "actions.html");
    pages.put("incidents", "incidents.html");
    pages.put("search", "search.html?q=memory");
    pages.put("not-found", "incidents/no-such-page.html");
    ChromeDriver driver = driver();
    try (StaticServer server = StaticServer.serve(out, "/kb/")) {
      for (String scheme : List.of("light", "dark")) {
        for (int width : new int[] {1280, 390}) {
          int height = width > 600 ? 1400 : 1000;
          emulate(driver, width, height, scheme);
          for (Map.Entry<String, String> page : pages.entrySet()) {
            if (page.getValue().startsWith("incidents/") && !Files.exists(out.resolve(page.getValue()))
                && !page.getKey().equals("not-found")) {
              continue;
            }
            driver.get(server.url(page.getValue()));
            long total = ((Number) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight")).longValue();
            for (int part = 0; part <= MAX_PARTS && part * (long) height < total; part++) {
              ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, arguments[0])", part * height);
              byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
              Files.write(shots.resolve(page.getKey() + "-" + width + "-" + scheme + "-" + part + ".png"), png);
              assertThat(png).startsWith(0x89, 'P', 'N', 'G');
              if (part == 0) {
                java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
                assertThat(image.getWidth()).as(page.getKey()).isEqualTo(width);
                assertThat(colours(image)).as("distinct colours in %s", page.getKey()).isGreaterThan(20);
              }
            }
            assertThat(driver.getTitle()).isNotEmpty();
            assertThat(driver.findElements(org.openqa.selenium.By.cssSelector("header.site-header nav a"))).isNotEmpty();
            assertThat(driver.findElement(org.openqa.selenium.By.cssSelector("main h1")).getText()).isNotBlank();
            long scrollWidth = ((Number) ((JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollWidth")).longValue();
            assertThat(scrollWidth).as("page wider than the window: %s", page.getValue()).isLessThanOrEqualTo(width);
          }
        }
      }
    } finally {
      driver.quit();
    }
  }

  /** Distinct colours in a sample of the image's pixels. */
  private static int colours(java.awt.image.BufferedImage image) {
    java.util.Set<Integer> seen = new java.util.HashSet<>();
    for (int y = 0; y < image.getHeight(); y += 7) {
      for (int x = 0; x < image.getWidth(); x += 7) seen.add(image.getRGB(x, y));
    }
    return seen.size();
  }
}
