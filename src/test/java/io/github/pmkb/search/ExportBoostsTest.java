package io.github.pmkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import io.github.pmkb.index.Fields;
import io.github.pmkb.search.export.BrowserIndex;

/** The browser export scores with the same field boosts as the queries {@link Searcher} runs. */
class ExportBoostsTest {
  @Test
  void exportUsesTheQueryFactorysBoosts() {
    Map<String, Float> expected = new LinkedHashMap<>(QueryFactory.BOOSTS);
    expected.put(Fields.SHINGLES, QueryFactory.SHINGLE_BOOST);
    assertThat(BrowserIndex.boosts()).containsExactlyEntriesOf(expected);
  }
}
