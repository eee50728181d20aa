package io.github.pmkb.scaffold;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A new postmortem's starting text: the archetype file with {@code {{name}}} placeholders filled.
 *
 * <p>Placeholders are replaced textually rather than through Pebble: the output is Markdown and
 * YAML, where HTML autoescaping would be wrong; values are made YAML-safe by the caller.
 */
final class Archetype {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*([a-z_]+)\\s*}}");

  private Archetype() {}

  static String fill(String template, Map<String, String> values) {
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String v = values.get(m.group(1));
      m.appendReplacement(out, Matcher.quoteReplacement(v == null ? m.group() : v));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** A YAML double-quoted scalar, safe for any title. */
  static String yamlString(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n', '\r', '\t' -> b.append(' ');
        default -> b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
