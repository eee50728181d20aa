package io.github.pmkb.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One copy of the short words postmortems repeat (section headings, tags, service names, cause
 * ids, owners, due phrases), shared by every postmortem that holds them: a build keeps every
 * postmortem's facts until it ends, and otherwise each file's parse leaves its own copy. The
 * JVM's string table holds them, so a word no postmortem holds any more is collected.
 */
final class Shared {
  /**
   * Longest string shared. The words that repeat across postmortems are short; a longer string
   * (a whole heading sentence, a due phrase with a date) is nearly always unique, so interning it
   * would only grow the JVM's string table with entries nothing else points to, and cost a hash
   * of the whole string.
   */
  static final int MAX_LENGTH = 48;

  private Shared() {}

  static String string(String s) {
    return s == null || s.length() > MAX_LENGTH ? s : s.intern();
  }

  static Optional<String> string(Optional<String> s) {
    return s.isEmpty() || s.get().length() > MAX_LENGTH ? s : Optional.of(s.get().intern());
  }

  static List<String> strings(List<String> list) {
    List<String> out = new ArrayList<>(list.size());
    for (String s : list) out.add(string(s));
    return List.copyOf(out);
  }

  static List<Sourced<String>> values(List<Sourced<String>> list) {
    List<Sourced<String>> out = new ArrayList<>(list.size());
    for (Sourced<String> s : list) out.add(value(s));
    return List.copyOf(out);
  }

  static Sourced<String> value(Sourced<String> s) {
    if (s == null) return null;
    String v = string(s.value());
    return v == s.value() ? s : new Sourced<>(v, s.from(), s.at());
  }

  /** Front matter keys, and the strings among their values and lists, shared. */
  static Map<String, Object> params(Map<String, Object> params) {
    if (params.isEmpty()) return Map.of();
    Map<String, Object> out = new java.util.HashMap<>(params.size() * 2);
    params.forEach((k, v) -> out.put(string(k), param(v)));
    return Map.copyOf(out);
  }

  private static Object param(Object v) {
    if (v instanceof String s) return string(s);
    if (v instanceof List<?> l && l.stream().allMatch(x -> x instanceof String)) {
      List<Object> out = new ArrayList<>(l.size());
      for (Object x : l) out.add(string((String) x));
      return List.copyOf(out);
    }
    return v;
  }
}
