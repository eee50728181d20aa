package io.github.pmkb.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import io.github.pmkb.testing.SiteFixture;
import io.github.pmkb.testing.StaticServer;

/**
 * On a 390 px phone no page of the example site scrolls sideways: every page of it is loaded in
 * headless Chromium at that width and its document must be no wider. (A wide table may scroll
 * inside its own box; the page may not.) Skipped when Debian's chromium and chromedriver are absent.
 */
@Tag("e2e")
class NarrowScreenE2EIT {
  static final int PHONE = 390;

  @TempDir Path tmp;

  @Test
  void noPageOfTheExampleSiteIsWiderThanAPhone() throws Exception {
    assumeTrue(ScreenshotsIT.hasChromium(), "chromium and chromedriver not installed: narrow-screen check skipped");
    Path out = tmp.resolve("site");
    BuildResult r = SiteBuilder.build(new BuildOptions(SiteFixture.repoRoot(), Optional.of(out), Optional.of("/kb/"), false),
        SiteBuilder.Progress.NONE);
    assertThat(r.errors()).isZero();
    List<String> pages;
    try (Stream<Path> s = Files.walk(out)) {
      pages = s.filter(p -> p.toString().endsWith(".html")).map(p -> out.relativize(p).toString().replace('\\', '/'))
          .sorted().toList();
    }
    assertThat(pages).hasSizeGreaterThan(30);
    ChromeDriver driver = ScreenshotsIT.driver();
    List<String> wide = new ArrayList<>();
    try (StaticServer server = StaticServer.serve(out, "/kb/")) {
      for (String scheme : List.of("light", "dark")) {
        ScreenshotsIT.emulate(driver, PHONE, 800, scheme);
        for (String page : pages) {
          driver.get(server.url(page));
          long width = settledWidth(driver);
          long viewport = ((Number) ((JavascriptExecutor) driver).executeScript("return window.innerWidth")).longValue();
          assertThat(viewport).isEqualTo(PHONE);
          if (width > PHONE) wide.add(page + " (" + scheme + "): " + width + " px, " + widest(driver));
        }
      }
    } finally {
      driver.quit();
    }
    assertThat(wide).as("pages wider than %d px", PHONE).isEmpty();
  }

  /**
   * The document's width once the page has settled. Scripts that fill a table from JSON after the
   * load event can leave a moment's wider layout; what a reader scrolls is the layout that stays,
   * so a wide first reading is taken again after a pause before it counts.
   */
  private static long settledWidth(ChromeDriver driver) throws InterruptedException {
    JavascriptExecutor js = driver;
    js.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "document.fonts.ready.then(() => requestAnimationFrame(() => requestAnimationFrame(() => done(true))));");
    String measure = "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)";
    long width = ((Number) js.executeScript(measure)).longValue();
    if (width > PHONE) {
      Thread.sleep(1000);
      width = ((Number) js.executeScript(measure)).longValue();
    }
    return width;
  }

  /** The elements that reach past the window's right edge, so a failure says what to fix. */
  private static Object widest(ChromeDriver driver) {
    return ((JavascriptExecutor) driver).executeScript("const out = [];"
        + "for (const e of document.querySelectorAll('body *')) { const r = e.getBoundingClientRect();"
        + "  if (r.right > window.innerWidth && r.width > 0) out.push(e.tagName.toLowerCase() + (e.getAttribute('class') ? '.' + e.getAttribute('class') : '')"
        + "    + ' ' + Math.round(r.left) + '..' + Math.round(r.right) + ' \\'' + e.textContent.trim().slice(0, 30) + '\\''); }"
        + "return out.slice(0, 5).join('; ');");
  }
}
