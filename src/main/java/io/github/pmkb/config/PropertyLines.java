package io.github.pmkb.config;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the line of each key in a {@code .properties} text, so configuration errors can point at
 * it. Values are read by JBake; this only locates keys.
 */
final class PropertyLines {
  private PropertyLines() {}

  /** Key to 1-based line, in file order; a repeated key keeps its last line (the one that wins). */
  static Map<String, Integer> keyLines(List<String> lines) {
    Map<String, Integer> out = new LinkedHashMap<>();
    boolean continuation = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean wasContinuation = continuation;
      continuation = endsWithOddBackslashes(line);
      if (wasContinuation) continue;
      String t = line.stripLeading();
      if (t.isEmpty() || t.startsWith("#") || t.startsWith("!")) continue;
      int end = 0;
      while (end < t.length()) {
        char c = t.charAt(end);
        if (c == '\\' && end + 1 < t.length()) {
          end += 2;
          continue;
        }
        if (c == '=' || c == ':' || Character.isWhitespace(c)) break;
        end++;
      }
      out.remove(t.substring(0, end));
      out.put(t.substring(0, end), i + 1);
    }
    return out;
  }

  private static boolean endsWithOddBackslashes(String line) {
    int n = 0;
    for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) n++;
    return n % 2 == 1;
  }
}
