package io.github.pmkb.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.cli.Cli;
import io.github.pmkb.testing.SiteFixture;

/**
 * The repository's example knowledge base, built as a user builds it: its analytics and incident
 * pages show no impossible figure (a negative time, or one longer than 30 days, which came from a
 * time without its day).
 */
class ExampleAnalyticsIT {
  /** "45 min", "2 h 30 min", "3 d 4 h", "2h 30m", as the site writes durations, with an optional sign. */
  private static final Pattern SHOWN = Pattern.compile("(-?\\d+) ?(d|h|min|m)\\b(?: (\\d+) ?(h|min|m)\\b)?");
  private static final long MAX_MINUTES = 30L * 24 * 60;

  @TempDir Path tmp;

  @Test
  void readsDurationsAsTheSiteWritesThem() {
    assertThat(minutes("45 min, 2 h 30 min, 7870 d, 2h 30m, -3 h")).containsExactly(45L, 150L, 7870L * 24 * 60, 150L, -180L);
  }

  @Test
  void analyticsAndIncidentPagesShowOnlyPossibleDurations() throws IOException {
    Path out = tmp.resolve("site");
    StringWriter err = new StringWriter();
    int code = Cli.run(new String[] {"build", "--source", SiteFixture.repoRoot().toString(), "--output", out.toString(), "-q"},
        new PrintWriter(new StringWriter()), new PrintWriter(err));
    assertThat(code).as(err.toString()).isZero();

    Document analytics = Jsoup.parse(out.resolve("analytics.html").toFile(), "UTF-8");
    List<String> cells = new ArrayList<>(analytics.select("table.data td").eachText());
    cells.add(analytics.select("p.lead").text());
    List<Long> figures = new ArrayList<>();
    for (String cell : cells) figures.addAll(minutes(cell));
    assertThat(figures).as("durations on the analytics page: %s", cells).isNotEmpty()
        .allSatisfy(m -> assertThat(m).isBetween(0L, MAX_MINUTES));
    assertThat(analytics.select("p.lead").text()).doesNotContain("-");

    List<Path> pages;
    try (var s = java.nio.file.Files.list(out.resolve("incidents"))) {
      pages = s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
    for (Path page : pages) {
      Document d = Jsoup.parse(page.toFile(), "UTF-8");
      for (Element dd : d.select("dl.facts dd")) {
        for (long m : minutes(dd.text())) assertThat(m).as("%s: %s", page.getFileName(), dd.text()).isBetween(0L, MAX_MINUTES);
      }
    }
  }

  /** Every duration written in {@code text}, in minutes. */
  static List<Long> minutes(String text) {
    List<Long> out = new ArrayList<>();
    Matcher m = SHOWN.matcher(text);
    while (m.find()) {
      long v = Long.parseLong(m.group(1)) * unit(m.group(2));
      if (m.group(3) != null) v += Long.signum(v == 0 ? 1 : v) * Long.parseLong(m.group(3)) * unit(m.group(4));
      out.add(v);
    }
    return out;
  }

  private static long unit(String u) {
    return switch (u) {
      case "d" -> 24 * 60;
      case "h" -> 60;
      default -> 1;
    };
  }
}
