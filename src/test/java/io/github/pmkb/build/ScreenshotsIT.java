package io.github.pmkb.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import io.github.pmkb.testing.SiteFixture;
import io.github.pmkb.testing.StaticServer;

/**
 * Screenshots of the example site's home page and one incident page in headless Chromium, saved
 * under {@code target/screenshots/} for a human to look at (a build artifact, never committed),
 * each checked to be the page drawn: the window's width, not blank, the site's landmarks, and no
 * horizontal overflow.
 * Skipped when Debian's chromium and chromedriver are absent.
 */
class ScreenshotsIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path DRIVER = Path.of("/usr/bin/chromedriver");

  @TempDir Path tmp;

  @Test
  void savesScreenshotsOfTheHomeAndAnIncidentPage() throws Exception {
    assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
        "chromium and chromedriver not installed (apt-get install chromium chromium-driver): no screenshots");
    Path out = tmp.resolve("site");
    SiteBuilder.build(new BuildOptions(SiteFixture.repoRoot(), Optional.of(out), Optional.of("/kb/"), false),
        SiteBuilder.Progress.NONE);
    Path shots = SiteFixture.repoRoot().resolve("target/screenshots");
    Files.createDirectories(shots);
    ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile()).addArguments("--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage");
    WebDriver driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build(),
        options);
    try (StaticServer server = StaticServer.serve(out, "/kb/")) {
      driver.manage().window().setSize(new Dimension(1200, 1600));
      for (Map.Entry<String, String> page : Map.of("home.png", "index.html",
          "incident.png", "incidents/db-failover-stalled-writes.html").entrySet()) {
        driver.get(server.url(page.getValue()));
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(shots.resolve(page.getKey()), png);
        // A real picture of a real page: the window's width, more than a blank canvas, the site's
        // title, its header and main landmarks, a heading, and nothing wider than the window.
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        long width = (Long) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.innerWidth");
        assertThat(image.getWidth()).as(page.getKey()).isEqualTo((int) width);
        assertThat(colours(image)).as("distinct colours in %s", page.getKey()).isGreaterThan(20);
        assertThat(driver.getTitle()).contains("Example Postmortem Knowledge Base");
        assertThat(driver.findElements(org.openqa.selenium.By.cssSelector("header.site-header nav a"))).isNotEmpty();
        assertThat(driver.findElement(org.openqa.selenium.By.cssSelector("main h1")).getText()).isNotBlank();
        if (page.getValue().equals("index.html")) {
          assertThat(driver.findElements(org.openqa.selenium.By.cssSelector("main a[href*='incidents/']")))
              .as("links to incidents on the home page").isNotEmpty();
        }
        long scrollWidth = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
            .executeScript("return document.documentElement.scrollWidth");
        assertThat(scrollWidth).as("page wider than the window: %s", page.getValue()).isLessThanOrEqualTo(width);
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
