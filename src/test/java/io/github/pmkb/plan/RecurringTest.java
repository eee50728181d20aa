package io.github.pmkb.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.index.IndexBuilder;
import io.github.pmkb.model.Corpus;
import io.github.pmkb.plan.Views.RecurringView;
import io.github.pmkb.testing.Postmortems;

class RecurringTest {
  @TempDir Path tmp;

  @Test
  void groupsByRootCauseAndServiceWithSpanAndDurations() {
    Corpus corpus = new Corpus(List.of(
        Postmortems.of("a", "A", "2023-08-10", "memory-leak", List.of("api"), null, 30, List.of(), "<p>a</p>", List.of()),
        Postmortems.of("b", "B", "2025-03-02", "memory-leak", List.of("api", "web"), null, 90, List.of(), "<p>b</p>", List.of()),
        Postmortems.of("c", "C", "2024-01-05", "memory-leak", List.of(), null, -1, List.of(), "<p>c</p>", List.of()),
        Postmortems.of("d", "D", "2024-06-01", "dns", List.of("web"), null, 10, List.of(), "<p>d</p>", List.of()),
        Postmortems.of("e", "E", null, "unknown", List.of(), null, 5, List.of(), "<p>e</p>", List.of()),
        Postmortems.of("f", "F", null, "unknown", List.of(), null, 5, List.of(), "<p>f</p>", List.of())));
    FacetPages facets = FacetPages.of(corpus, IndexBuilder.build(corpus, tmp.resolve("index")));

    List<RecurringView> causes = Recurring.byRootCause(corpus, facets);
    // Times to resolve (30 and 90 minutes; c has none): the same figures as the analytics page's.
    assertThat(causes).containsExactly(new RecurringView("Memory leak", "facets/root-cause/memory-leak.html", 3,
        "2023-08", "2025-03", "2 h", "1 h", "Memory leak: 3 incidents, 2023-08 to 2025-03"));
    assertThat(Recurring.byService(corpus, facets)).extracting(RecurringView::summary)
        // Same count and same last month: by name.
        .containsExactly("api: 2 incidents, 2023-08 to 2025-03", "web: 2 incidents, 2024-06 to 2025-03");
    assertThat(Labels.count(1, "incident")).isEqualTo("1 incident");
  }
}
