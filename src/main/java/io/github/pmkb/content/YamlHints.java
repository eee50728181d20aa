package io.github.pmkb.content;

import java.util.Locale;

/**
 * A remedy for each kind of SnakeYAML Engine problem. Its messages say what the parser saw
 * ("found character '\t' that cannot start any token"); authors need to know what to type.
 */
final class YamlHints {
  private YamlHints() {}

  static String forProblem(String problem) {
    String p = problem == null ? "" : problem.toLowerCase(Locale.ROOT);
    if (p.contains("'\\t'") || p.contains("tab")) return "indent with spaces; YAML does not allow tabs";
    if (p.contains("duplicate key")) return "each key may appear once; remove or rename one of them";
    if (p.contains("aliases")) return "front matter allows at most 50 aliases (*name); write the values out";
    if (p.contains("code point") || p.contains("exceeds the limit")) {
      return "front matter is limited to " + YamlFrontMatterParser.MAX_CODE_POINTS / 1024
          + " KiB; move long text into the body";
    }
    if (p.contains("mapping values are not allowed")) {
      return "quote values that contain ': ', e.g. title: \"Outage: DNS\"";
    }
    if (p.contains("indent") || p.contains("expected <block end>")) {
      return "align keys of the same level at the same column";
    }
    if (p.contains("could not find expected")) return "close the open quote or bracket";
    if (p.contains("recursive")) return "a key may not refer to itself";
    return "check the YAML syntax near this position; quote values with special characters";
  }
}
