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
 * under {@code target/screenshots/} for a human to look at (a build artifact, never committed).
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
        // A real picture, not an error page: PNG signature and a page title from the site.
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        assertThat(driver.getTitle()).contains("Example Postmortem Knowledge Base");
      }
    } finally {
      driver.quit();
    }
  }
}
