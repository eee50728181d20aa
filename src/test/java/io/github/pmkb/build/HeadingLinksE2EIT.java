package io.github.pmkb.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import io.github.pmkb.testing.SiteFixture;
import io.github.pmkb.testing.StaticServer;

/**
 * An incident page's headings get their "#" links from {@code js/incident.js}, not from the
 * page's HTML: loaded in headless Chromium, each heading of the postmortem's text links to itself
 * and is named by its words. Skipped when Debian's chromium and chromedriver are absent.
 */
@Tag("e2e")
class HeadingLinksE2EIT {
  @TempDir Path tmp;

  @Test
  void everyHeadingOfTheTextLinksToItself() throws Exception {
    assumeTrue(ScreenshotsIT.hasChromium(), "chromium and chromedriver not installed: heading-link check skipped");
    Path src = SiteFixture.write(tmp.resolve("kb"), """
        -- site.properties --
        site.title=KB
        -- content/2024/disk.md --
        # Disk filled on the primary

        ## What happened

        The write-ahead log grew until the disk was full.

        ## Root cause

        Archiving had stopped a week before.
        """);
    Path out = tmp.resolve("site");
    BuildResult r = SiteBuilder.build(new BuildOptions(src, Optional.of(out), Optional.of("/kb/"), false),
        SiteBuilder.Progress.NONE);
    assertThat(r.errors()).as(r.diagnostics().toString()).isZero();
    assertThat(java.nio.file.Files.readString(out.resolve("incidents/disk.html"))).doesNotContain("class=\"anchor\"");
    ChromeDriver driver = ScreenshotsIT.driver();
    try (StaticServer server = StaticServer.serve(out, "/kb/")) {
      driver.get(server.url("incidents/disk.html"));
      List<WebElement> headings = driver.findElements(By.cssSelector(".body h2[id]"));
      assertThat(headings).hasSize(2);
      for (WebElement h : headings) {
        WebElement a = h.findElement(By.cssSelector("a.anchor"));
        assertThat(a.getAttribute("href")).endsWith("incidents/disk.html#" + h.getAttribute("id"));
        assertThat(a.getAttribute("aria-label")).isEqualTo("Link to section: " + h.getText().strip());
      }
    } finally {
      driver.quit();
    }
  }
}
