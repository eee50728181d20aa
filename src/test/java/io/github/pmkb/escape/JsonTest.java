package io.github.pmkb.escape;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonTest {
  @Test
  void writesKeysInTheirOrderAndEscapesStrings() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("b", "quote \" slash \\ line\nend\u0001");
    m.put("a", List.of(1, 2.5, 40.0));
    m.put("n", null);
    m.put("o", Optional.of(true));
    m.put("l", Arrays.asList("x", null));
    assertThat(Json.write(m))
        .isEqualTo("{\"b\":\"quote \\\" slash \\\\ line\\nend\\u0001\",\"a\":[1,2.5,40],\"n\":null,\"o\":true,\"l\":[\"x\",null]}");
  }
}
