package org.x.pmkb.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.x.pmkb.index.Fields;
import org.x.pmkb.search.export.BrowserIndex;

/** The browser export scores with the same field boosts as the queries {@link Searcher} runs. */
class ExportBoostsTest {
  @Test
  void exportUsesTheQueryFactorysBoosts() {
    Map<String, Float> expected = new LinkedHashMap<>(QueryFactory.BOOSTS);
    expected.put(Fields.SHINGLES, QueryFactory.SHINGLE_BOOST);
    assertThat(BrowserIndex.boosts()).containsExactlyEntriesOf(expected);
  }
}
