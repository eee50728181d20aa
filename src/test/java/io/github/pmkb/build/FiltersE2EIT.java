package io.github.pmkb.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import io.github.pmkb.testing.StaticServer;

/**
 * The filters of the table of all incidents and of the actions ledger work on every item, not on
 * the page shown, and keep their choice in the URL: 150 postmortems make two pages of each, and
 * a filter given in the address must find the items of both. Skipped without chromium.
 */
@Tag("e2e")
class FiltersE2EIT {
  @TempDir Path tmp;

  private Path site() throws Exception {
    Path kb = tmp.resolve("kb");
    Files.createDirectories(kb.resolve("content"));
    String[] owners = {"alice", "bob", "carol"};
    for (int i = 0; i < 150; i++) {
      String cause = i % 5 == 0 ? "dns" : "memory-leak";
      int minutes = 10 + i;
      Files.writeString(kb.resolve("content/pm-" + i + ".md"), String.format(Locale.ROOT, """
          ---
          title: Incident %d
          date: 2023-%02d-%02d
          root_cause: %s
          started_at: 2023-%02d-%02dT10:00:00Z
          resolved_at: 2023-%02d-%02dT%02d:%02d:00Z
          ---
          Something broke.

          ## Action items

          - [ ] Add an alert (owner: %s)
          """, i, 1 + i % 12, 1 + i % 28, cause, 1 + i % 12, 1 + i % 28, 1 + i % 12, 1 + i % 28,
          10 + minutes / 60, minutes % 60, owners[i % 3]));
    }
    Path out = tmp.resolve("out");
    BuildResult r = SiteBuilder.build(new BuildOptions(kb, Optional.of(out), Optional.of("/kb/"), false),
        SiteBuilder.Progress.NONE);
    assertThat(r.errors()).as(r.diagnostics().toString()).isZero();
    assertThat(out.resolve("actions/page/2.html")).exists();
    assertThat(out.resolve("incidents/page/2.html")).exists();
    return out;
  }

  @Test
  void filtersInTheAddressFindItemsOnEveryPageAndSortingCoversAll() throws Exception {
    assumeTrue(ScreenshotsIT.hasChromium(), "chromium and chromedriver not installed: filter check skipped");
    Path out = site();
    ChromeDriver driver = ScreenshotsIT.driver();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    try (StaticServer server = StaticServer.serve(out, "/kb/")) {
      ScreenshotsIT.emulate(driver, 1280, 900, "light");

      driver.get(server.url("actions.html?owner=bob"));
      wait.until(d -> d.findElement(By.cssSelector("#action-filters output")).getText().contains(" of "));
      assertThat(driver.findElement(By.cssSelector("#action-filters output")).getText()).isEqualTo("50 of 150 action items");
      List<WebElement> owners = driver.findElements(By.cssSelector("#actions-table td:nth-child(2)"));
      assertThat(owners).hasSize(50).allSatisfy(td -> assertThat(td.getText()).isEqualTo("bob"));
      assertThat(driver.findElement(By.cssSelector("nav.pager")).isDisplayed()).isFalse();

      driver.get(server.url("incidents.html?cause=DNS"));
      wait.until(d -> d.findElement(By.cssSelector("#all-incidents caption")).getText().contains(" of 150 incidents"));
      assertThat(driver.findElement(By.cssSelector("#all-incidents caption")).getText()).startsWith("30 of 150 incidents");
      assertThat(driver.findElements(By.cssSelector("#all-incidents td:nth-child(3)")))
          .hasSize(30).allSatisfy(td -> assertThat(td.getText()).isEqualTo("DNS"));

      // Sorting by duration, longest first, orders all 150, not this page's 100.
      driver.get(server.url("incidents.html"));
      driver.findElement(By.xpath("//table[@id='all-incidents']//th[5]/button")).click();
      wait.until(d -> d.getCurrentUrl().contains("sort=4d"));
      wait.until(d -> d.findElement(By.cssSelector("#all-incidents tbody tr td.title-cell")).getText().equals("Incident 149"));
      assertThat(driver.findElement(By.cssSelector("#all-incidents caption")).getText()).contains("by duration, longest first");
    } finally {
      driver.quit();
    }
  }

  @Test
  void theLedgerFiltersReadEveryPartOfTheActions() throws Exception {
    assumeTrue(ScreenshotsIT.hasChromium(), "chromium and chromedriver not installed: filter check skipped");
    Path out = site();
    // A ledger too large for one file names its further parts in "more" (site.actions.partRows
    // rows each); their incident indexes count from their own first incident.
    Files.writeString(out.resolve("data/actions.json"), """
        {"version":1,"rootCauses":{"DNS":"facets/root-cause/dns.html"},"services":{},\
        "incidents":[["incidents/pm-0.html","First part","2023-01-01","DNS",[]]],\
        "rows":[[0,"Renew the zone","bob","open","",""]],"more":["data/actions-2.json"]}
        """);
    Files.writeString(out.resolve("data/actions-2.json"), """
        {"version":1,"incidents":[["incidents/pm-1.html","Second part","2023-02-01","DNS",[]],\
        ["incidents/pm-2.html","Third incident","2023-03-01","DNS",[]]],\
        "rows":[[0,"Alert on expiry","alice","done","",""],[1,"Write the runbook","bob","open","",""]]}
        """);
    ChromeDriver driver = ScreenshotsIT.driver();
    WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
    try (StaticServer server = StaticServer.serve(out, "/kb/")) {
      driver.get(server.url("actions.html?owner=bob"));
      wait.until(d -> d.findElement(By.cssSelector("#action-filters output")).getText().contains(" of "));
      assertThat(driver.findElement(By.cssSelector("#action-filters output")).getText()).isEqualTo("2 of 3 action items");
      assertThat(driver.findElements(By.cssSelector("#actions-table tr.group th > a")))
          .extracting(WebElement::getText).containsExactly("First part", "Third incident");
      assertThat(driver.findElements(By.cssSelector("#actions-table td:first-child")))
          .extracting(WebElement::getText).containsExactly("Renew the zone", "Write the runbook");
    } finally {
      driver.quit();
    }
  }
}
