package io.github.pmkb.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import io.github.pmkb.model.StoredText;
import io.github.pmkb.plan.Views.PageView;
import io.github.pmkb.plan.Views.SiteView;

class ViewDigestTest {
  /** A page model holding any value, to walk each kind the digest knows. */
  record Probe(SiteView site, PageView page, Object value) implements Pages.PageModel {}

  private static final SiteView SITE = new SiteView("KB", "", "", "", false, "en", "", "pmkb", true);

  private static byte[] digest(String path, Object value) {
    return ViewDigest.of(new PageSpec(path, "probe", new Probe(SITE, new PageView("t", "", path, ""), value)));
  }

  @Test
  void equalModelsGiveEqualDigestsAndAnyDifferenceAnother() {
    Object a = List.of(Map.of("k", 1), Optional.of("x"), LocalDate.of(2024, 1, 2), Duration.ofMinutes(5),
        StoredText.of("body"), 2.5, true);
    Object same = List.of(Map.of("k", 1), Optional.of("x"), LocalDate.of(2024, 1, 2), Duration.ofMinutes(5),
        StoredText.of("body"), 2.5, true);
    assertThat(digest("p.html", a)).hasSize(ViewDigest.BYTES).isEqualTo(digest("p.html", same));
    assertThat(digest("p.html", a)).isNotEqualTo(digest("q.html", a));
    assertThat(digest("p.html", a)).isNotEqualTo(digest("p.html", List.of(Map.of("k", 1), Optional.of("x"),
        LocalDate.of(2024, 1, 2), Duration.ofMinutes(5), StoredText.of("body!"), 2.5, true)));
    assertThat(digest("p.html", a)).isNotEqualTo(digest("p.html", List.of(Map.of("k", 1), Optional.of("x"),
        LocalDate.of(2024, 1, 3), Duration.ofMinutes(5), StoredText.of("body"), 2.5, true)));
  }

  @Test
  void valuesThatPrintAlikeStillDiffer() {
    assertThat(digest("p.html", 1)).isNotEqualTo(digest("p.html", "1"));
    assertThat(digest("p.html", List.of("ab", "c"))).isNotEqualTo(digest("p.html", List.of("a", "bc")));
    assertThat(digest("p.html", Optional.empty())).isNotEqualTo(digest("p.html", null));
    assertThat(digest("p.html", 1.0)).isNotEqualTo(digest("p.html", 1));
  }

  @Test
  void aHashSetCountsByItsElementsAndAnOrderedMapByItsOrder() {
    // "Aa" and "BB" share a hash code, so one bucket: each set iterates in its insertion order.
    Set<String> one = new HashSet<>(List.of("Aa", "BB"));
    Set<String> two = new HashSet<>(List.of("BB", "Aa"));
    assertThat(List.copyOf(one)).isNotEqualTo(List.copyOf(two));
    assertThat(digest("p.html", one)).isEqualTo(digest("p.html", two));
    assertThat(digest("p.html", one)).isNotEqualTo(digest("p.html", Set.of("Aa")));
    Map<String, Integer> ab = linked("a", "b");
    Map<String, Integer> ba = linked("b", "a");
    assertThat(digest("p.html", ab)).isNotEqualTo(digest("p.html", ba));
  }

  @Test
  void aSetOrMapNotKnownToBeUnorderedIsFedInOrderOrNotAtAll() {
    Map<String, Integer> ab = linked("a", "b");
    Map<String, Integer> ba = linked("b", "a");
    assertThat(digest("p.html", Collections.unmodifiableMap(ab))).isNull();
    assertThat(digest("p.html", ab.keySet())).isNull();
    assertThat(digest("p.html", Collections.unmodifiableSet(new LinkedHashSet<>(List.of("a", "b"))))).isNull();
    assertThat(digest("p.html", EnumSet.of(TimeUnit.DAYS))).isNotNull();
    assertThat(digest("p.html", Map.copyOf(ab))).isEqualTo(digest("p.html", Map.copyOf(ba)));
  }

  @Test
  void aModelHoldingAnUnknownValueHasNoDigest() {
    assertThat(digest("p.html", List.of("a", new StringBuilder("b")))).isNull();
    assertThat(digest("p.html", new Object())).isNull();
  }

  /** A map of each key to its length, in the order given. */
  private static Map<String, Integer> linked(String... keys) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (String key : keys) {
      map.put(key, key.length());
    }
    return map;
  }
}
