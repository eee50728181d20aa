package io.github.pmkb.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One label per facet, read by the facet pages and the search page's filters alike. */
class FieldsLabelTest {
  @Test
  void everyBuiltInFacetHasItsOwnLabel() {
    assertThat(Fields.FACETS).extracting(Fields::label)
        .containsExactly("Root cause", "Contributing cause", "Tag", "Severity", "Service", "Year", "Month");
  }

  @Test
  void aFacetASiteAddsIsNamedInWords() {
    assertThat(Fields.label("on_call-team")).isEqualTo("On call team");
    assertThat(Fields.label("_")).isEqualTo("_");
  }
}
