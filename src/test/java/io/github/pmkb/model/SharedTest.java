package io.github.pmkb.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Short strings come out as one shared copy; longer ones, nearly always unique, are left as they are. */
class SharedTest {
  @Test
  void aShortStringIsSharedALongOneIsNot() {
    String tag = new String("database");
    assertThat(Shared.string(tag)).isSameAs("database");
    String atTheCap = "x".repeat(Shared.MAX_LENGTH);
    assertThat(Shared.string(new String(atTheCap))).isSameAs(atTheCap.intern());
    String heading = new String("y".repeat(Shared.MAX_LENGTH + 1));
    assertThat(Shared.string(heading)).isSameAs(heading);
    assertThat(Shared.string(Optional.of(heading)).get()).isSameAs(heading);
    assertThat(Shared.string((String) null)).isNull();
  }

  @Test
  void listsValuesAndParamsFollowTheSameRule() {
    String longOwner = new String("z".repeat(Shared.MAX_LENGTH + 5));
    List<String> out = Shared.strings(List.of(new String("api"), longOwner));
    assertThat(out.get(0)).isSameAs("api");
    assertThat(out.get(1)).isSameAs(longOwner);
    Sourced<String> v = Shared.value(new Sourced<>(new String("dns"), Provenance.values()[0], io.github.pmkb.diag.SourcePos.of("a.md", 3)));
    assertThat(v.value()).isSameAs("dns");
    Map<String, Object> params = Shared.params(Map.of(new String("team"), longOwner));
    assertThat(params.get("team")).isSameAs(longOwner);
    assertThat(params.keySet().iterator().next()).isSameAs("team");
  }
}
