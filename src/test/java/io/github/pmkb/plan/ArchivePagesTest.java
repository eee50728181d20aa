package io.github.pmkb.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import io.github.pmkb.plan.ArchivePages.ArchiveFile;
import io.github.pmkb.plan.Views.IncidentSummary;
import io.github.pmkb.plan.Views.Link;

/** The archive is one page up to its limit; above, a page of years and a page per year. */
class ArchivePagesTest {
  private static IncidentSummary incident(String slug, String date) {
    return new IncidentSummary(slug, "incidents/" + slug + ".html", slug, date, date.isEmpty() ? "" : date.substring(0, 4),
        List.of(), "", "content/" + slug + ".md", "", false, "", 0, new Link("not stated", ""), List.of(),
        new Link("Unknown", "facets/root-cause/unknown.html"));
  }

  private static final List<IncidentSummary> ALL = List.of(incident("c", "2024-05-02"), incident("b", "2024-01-09"),
      incident("a", "2023-12-31"), incident("u", ""));

  @Test
  void upToTheLimitTheArchiveIsOnePageWithEveryIncident() {
    List<ArchiveFile> pages = ArchivePages.pages(ALL, 4);
    assertThat(pages).extracting(ArchiveFile::path).containsExactly("archive.html");
    ArchiveFile only = pages.get(0);
    assertThat(only.years()).extracting(ArchivePages.YearView::year).containsExactly("2024", "2023");
    assertThat(only.years()).allSatisfy(y -> assertThat(y.url()).isEmpty());
    assertThat(only.undated()).extracting(IncidentSummary::slug).containsExactly("u");
  }

  @Test
  void aboveTheLimitEachYearHasItsOwnPageAndTheFirstLinksToThem() {
    List<ArchiveFile> pages = ArchivePages.pages(ALL, 3);
    assertThat(pages).extracting(ArchiveFile::path).containsExactly("archive.html", "archive/2024.html", "archive/2023.html");
    ArchiveFile first = pages.get(0);
    assertThat(first.years()).extracting(ArchivePages.YearView::url).containsExactly("archive/2024.html", "archive/2023.html");
    assertThat(first.undated()).extracting(IncidentSummary::slug).containsExactly("u");
    ArchiveFile y2024 = pages.get(1);
    assertThat(y2024.title()).isEqualTo("Archive: 2024");
    assertThat(y2024.undated()).isEmpty();
    assertThat(y2024.years()).singleElement().satisfies(y -> {
      assertThat(y.url()).isEmpty();
      assertThat(y.months()).extracting(ArchivePages.MonthView::month).containsExactly("2024-05", "2024-01");
    });
  }
}
