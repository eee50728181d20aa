package io.github.pmkb.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.cli.Cli;
import io.github.pmkb.testing.SiteFixture;

/** Each fact on an incident page says which line it came from, and a computed one says "derived". */
class FactSourcesIT {
  @TempDir Path tmp;

  private Document page(String siteProperties) throws IOException {
    Path kb = SiteFixture.write(tmp.resolve("kb"), "-- site.properties --\n" + siteProperties + """
        -- content/kiosk.md --
        0x19. Postmortem

        Issue Summary
        On May 2, 2024 from 10:00 to 11:30 UTC our web application was down for 40% of users.

        Root cause
        A memory leak in the session cache.
        """);
    Path out = tmp.resolve("site");
    StringWriter err = new StringWriter();
    int code = Cli.run(new String[] {"build", "--source", kb.toString(), "--output", out.toString(), "-q"},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();
    return Jsoup.parse(out.resolve("incidents/kiosk.html").toFile(), "UTF-8");
  }

  @Test
  void derivedFactsSayDerivedAndEveryFactNamesItsLine() throws IOException {
    Document d = page("site.title=KB\n");
    assertThat(d.select("h1").text()).isEqualTo("Web application outage: memory leak");
    assertThat(d.select(".derived-note").text()).startsWith("derived title");
    String duration = d.select("dt:contains(Duration) + dd").text();
    assertThat(duration).isEqualTo("1 h 30 min derived line 4");
    assertThat(d.select("dt:contains(Impact) + dd").text()).isEqualTo("40% of users line 4");
    assertThat(d.select("dt:contains(Root cause) + dd").text()).matches("Memory leak line [67]");
    assertThat(d.select("dt:contains(Impact) + dd .derived")).isEmpty();
  }

  @Test
  void withARepositoryTheLineIsALinkToIt() throws IOException {
    Document d = page("site.title=KB\nsite.repo=https://github.com/org/kb\n");
    assertThat(d.select("dt:contains(Impact) + dd a.src").attr("href"))
        .isEqualTo("https://github.com/org/kb/blob/HEAD/content/kiosk.md#L4");
  }
}
