package io.github.pmkb.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import io.github.pmkb.build.BuildOptions;
import io.github.pmkb.build.SiteBuilder;
import io.github.pmkb.testing.SiteFixture;

/**
 * Opens every page built from a knowledge base full of XSS payloads in headless Chromium and
 * checks that nothing the authors wrote runs: no dialog opens and no payload sets {@code
 * window.__pwned} or {@code document.title}. A control build with {@code content.rawHtml=trust}
 * must trip the same detector, which proves it can fail.
 */
@Tag("e2e")
@EnabledIf(value = "browserAvailable",
    disabledReason = "needs Debian's /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)")
class XssE2EIT {
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

  /** Installed before any page script: dialogs and payloads leave a mark instead of blocking. */
  private static final String TRAP = """
      window.__pwned = undefined;
      for (const f of ['alert', 'confirm', 'prompt', 'print']) {
        window[f] = function () { window.__pwned = (window.__pwned || '') + f + ';'; };
      }
      """;

  /** The payload; the title is assembled at run time so escaped payload text never matches. */
  private static final String P = "window.__pwned='x';document.title='PW'+'NED'";

  static final String SITE = """
      -- site.properties --
      site.title=XSS <script>%1$s</script> site
      site.description=<img src=x onerror="%1$s">
      %2$s
      -- content/titles.md --
      ---
      title: "<script>%1$s</script>"
      summary: "<img src=x onerror=\\"%1$s\\">"
      tags: ["<svg onload=alert(1)>", "\\"><script>alert(1)</script>"]
      services: ["<script>%1$s</script>", "<img src=x onerror=alert(1)>"]
      date: 2024-01-02
      ---
      # <img src=x onerror="%1$s"> heading

      ## Timeline

      - 10:00 <img src=x onerror="%1$s"> alert fired
      - 10:05 <script>%1$s</script> paged on-call
      - 10:10 [runbook](javascript:%1$s) opened
      -- content/body.md --
      ---
      title: "\\"><img src=x onerror=alert(1)>"
      description: "</title><script>%1$s</script>"
      date: 2024-01-03
      ---
      Raw HTML follows.

      <script>%1$s</script>
      <img src="x" onerror="%1$s">
      <iframe src="javascript:%1$s"></iframe>
      <a href="javascript:%1$s">click</a> <a href=" jAvAsCrIpT:%1$s">spaced</a>
      <svg><script>%1$s</script></svg>
      <details open ontoggle="%1$s"><summary>s</summary>d</details>
      <style>body { background: url("javascript:%1$s") }</style>
      <object data="javascript:%1$s"></object><embed src="javascript:%1$s">
      <form action="javascript:%1$s"><button>go</button></form>
      <meta http-equiv="refresh" content="0;url=javascript:%1$s">
      <body onload="%1$s">

      [md link](javascript:%1$s) and <javascript:%1$s> and [data](data:text/html,<script>%1$s</script>)

      ![img](x "\\" onerror=\\"%1$s")

      ```"><script>%1$s</script>
      code
      ```
      -- content/jbake.md --
      title=<script>%1$s</script>
      tags=<b>bold</b>,x"y
      date=2024-01-04
      status=published
      ~~~~~~

      JBake body <img src=x onerror="%1$s">
      """;

  @TempDir static Path tmp;
  static ChromeDriver driver;

  static boolean browserAvailable() {
    return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
  }

  @BeforeAll
  static void startBrowser() throws IOException {
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + Files.createDirectories(tmp.resolve("chrome-profile")));
    // Leave dialogs open so the test sees them instead of WebDriver dismissing them.
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    driver.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", TRAP));
  }

  @AfterAll
  static void stopBrowser() {
    if (driver != null) driver.quit();
  }

  private static Path build(String name, String extraProperties) {
    Path src = SiteFixture.write(tmp.resolve(name + "-src"), SITE.formatted(P, extraProperties));
    Path out = tmp.resolve(name + "-out");
    SiteBuilder.build(new BuildOptions(src, Optional.of(out), Optional.empty(), false), SiteBuilder.Progress.NONE);
    return out;
  }

  /** Problems seen on each page: dialogs, payload marks, and active content left in the DOM. */
  private static List<String> ranOrArmed(Path site) throws IOException {
    List<String> problems = new ArrayList<>();
    List<Path> pages;
    try (Stream<Path> walk = Files.walk(site)) {
      pages = walk.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    assertThat(pages).hasSizeGreaterThan(4);
    for (Path page : pages) {
      String name = site.relativize(page).toString();
      driver.get(page.toUri().toString());
      // Wait until every image has loaded or failed, so onerror payloads have had their chance.
      Object marks = driver.executeAsyncScript("""
          const done = arguments[arguments.length - 1];
          const pending = [...document.images].filter(i => !i.complete)
              .map(i => new Promise(r => { i.addEventListener('load', r); i.addEventListener('error', r); }));
          Promise.all(pending).then(() => setTimeout(() => done(String(window.__pwned)), 0));
          """);
      try {
        driver.switchTo().alert();
        problems.add(name + ": a dialog is open");
      } catch (NoAlertPresentException expected) {
        // no dialog: good
      }
      if (!"undefined".equals(marks)) problems.add(name + ": payload ran (" + marks + ")");
      if (driver.getTitle().contains("PWNED")) problems.add(name + ": payload set document.title");
      Object armed = driver.executeScript("""
          const bad = [];
          for (const el of document.querySelectorAll('*')) {
            for (const a of el.attributes) {
              if (a.name.startsWith('on')) bad.push(el.tagName + '[' + a.name + ']');
              if (/^\\s*(javascript|vbscript|data):/i.test(a.value) && /^(href|src|action|data|formaction)$/.test(a.name))
                bad.push(el.tagName + '[' + a.name + '=' + a.value.slice(0, 20) + ']');
            }
          }
          // The theme's own forms (site search box, search page, action filters) are expected.
          const own = 'form.site-search,form.search-form,form.filters';
          for (const el of document.querySelectorAll('iframe,object,embed,form,style,meta[http-equiv]'))
            if (!el.matches(own)) bad.push(el.tagName);
          for (const s of document.scripts) if (/pwned|alert/.test(s.text)) bad.push('SCRIPT');
          return bad.join(' ');
          """);
      if (!String.valueOf(armed).isEmpty()) problems.add(name + ": active content left: " + armed);
    }
    return problems;
  }

  @Test
  void noPayloadRunsOnAnyPage() throws IOException {
    Path out = build("default", "");
    assertThat(ranOrArmed(out)).isEmpty();
  }

  @Test
  void theDetectorCatchesPayloadsWhenRawHtmlIsTrusted() throws IOException {
    Path out = build("trusted", "content.rawHtml=trust");
    assertThat(ranOrArmed(out)).anyMatch(p -> p.startsWith("incidents" + File.separator + "body.html: payload ran"));
  }
}
