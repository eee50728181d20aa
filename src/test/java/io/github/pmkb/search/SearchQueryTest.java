package io.github.pmkb.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import io.github.pmkb.search.SearchQuery.Clause;
import io.github.pmkb.search.SearchQuery.Filter;

class SearchQueryTest {
  @Test
  void readsWordsPhrasesExclusionsAndFacetFilters() {
    SearchQuery q = SearchQuery.parse("memory  \"load balancer\" -redis -\"feature flag\" severity:SEV1 "
        + "-tags:dns root_cause:\"memory-leak\"");
    assertThat(q.clauses()).containsExactly(new Clause("memory", false, false), new Clause("load balancer", true, false),
        new Clause("redis", false, true), new Clause("feature flag", true, true));
    assertThat(q.filters()).containsExactly(new Filter("severity", "SEV1", false), new Filter("tag", "dns", true),
        new Filter("root_cause", "memory-leak", false));
  }

  @Test
  void aColonWithoutValueIsPartOfTheText() {
    assertThat(SearchQuery.parse("Error: refused").clauses())
        .containsExactly(new Clause("Error", false, false), new Clause("refused", false, false));
  }

  @Test
  void badSyntaxNamesTheProblemAndItsColumn() {
    assertThatThrownBy(() -> SearchQuery.parse("disk \"full")).isInstanceOf(QuerySyntaxException.class)
        .hasMessage("unclosed quote (at column 6)");
    assertThatThrownBy(() -> SearchQuery.parse("disk - full")).hasMessageContaining("at column 6");
    assertThatThrownBy(() -> SearchQuery.parse("colour:red")).hasMessageStartingWith("unknown field 'colour'");
    assertThatThrownBy(() -> SearchQuery.parse("severity:\"\"")).hasMessageStartingWith("empty value");
  }
}
