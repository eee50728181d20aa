package io.github.pmkb.content;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The metadata block at the top of a file, already parsed.
 *
 * @param values keys in file order; YAML scalars keep YAML 1.2 types (dates stay strings)
 * @param keyLines 1-based line of each top-level key, for diagnostics
 * @param bodyStartLine 1-based line where the Markdown body begins
 */
public record FrontMatter(Kind kind, Map<String, Object> values, Map<String, Integer> keyLines, int bodyStartLine) {

  /** Which syntax the block used. */
  public enum Kind {
    NONE,
    YAML,
    JBAKE
  }

  public FrontMatter {
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    keyLines = Collections.unmodifiableMap(new LinkedHashMap<>(keyLines));
  }

  public static FrontMatter none() {
    return new FrontMatter(Kind.NONE, Map.of(), Map.of(), 1);
  }

  /** The line of {@code key}, or of the block's first line when the key is absent. */
  public int lineOf(String key) {
    return keyLines.getOrDefault(key, 1);
  }
}
