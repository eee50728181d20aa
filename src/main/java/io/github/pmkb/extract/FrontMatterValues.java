package io.github.pmkb.extract;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import io.github.pmkb.content.FrontMatter;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.diag.SourcePos;

/**
 * Typed access to front matter values with aliases, reporting wrong types at the key's line.
 * Both YAML and JBake headers arrive here as plain maps.
 */
final class FrontMatterValues {
  private final FrontMatter fm;
  private final String file;
  private final Diagnostics diags;
  /** Keys already reported: several stages ask for the same key, the author should hear once. */
  private final Set<String> reported = new HashSet<>();

  FrontMatterValues(FrontMatter fm, String file, Diagnostics diags) {
    this.fm = fm;
    this.file = file;
    this.diags = diags;
  }

  /** The first of {@code keys} present in the front matter. */
  Optional<String> keyOf(String... keys) {
    for (String k : keys) if (fm.values().containsKey(k)) return Optional.of(k);
    return Optional.empty();
  }

  Map<String, Object> values() {
    return fm.values();
  }

  SourcePos pos(String key) {
    return SourcePos.of(file, fm.lineOf(key));
  }

  Optional<String> string(String... keys) {
    return keyOf(keys).flatMap(k -> {
      Object v = fm.values().get(k);
      if (v instanceof Map<?, ?> || v instanceof List<?>) {
        error(k, "FM010", "'" + k + "' must be a single value, not a list or mapping");
        return Optional.empty();
      }
      String s = String.valueOf(v).strip();
      return s.isEmpty() ? Optional.empty() : Optional.of(s);
    });
  }

  Optional<LocalDate> date(String... keys) {
    return keyOf(keys).flatMap(k -> {
      Object v = fm.values().get(k);
      if (v instanceof LocalDate d) return Optional.of(d);
      if (v instanceof Date d) return Optional.of(LocalDate.ofInstant(d.toInstant(), java.time.ZoneOffset.UTC));
      String s = String.valueOf(v).strip();
      try {
        if (s.length() == 10) return Optional.of(LocalDate.parse(s));
        return Optional.of(OffsetDateTime.parse(s).toLocalDate());
      } catch (DateTimeParseException e) {
        error(k, "FM011", "'" + k + "' is not a date: '" + s + "'", "use YYYY-MM-DD, e.g. 2024-03-11");
        return Optional.empty();
      }
    });
  }

  /** A list given as a YAML sequence or as a comma-separated string. */
  List<String> list(String... keys) {
    Optional<String> key = keyOf(keys);
    if (key.isEmpty()) return List.of();
    Object v = fm.values().get(key.get());
    List<String> out = new ArrayList<>();
    if (v instanceof List<?> l) {
      for (Object o : l) {
        if (o instanceof Map<?, ?> || o instanceof List<?>) {
          error(key.get(), "FM010", "'" + key.get() + "' must be a list of words");
          return List.of();
        }
        if (o != null) out.add(String.valueOf(o));
      }
    } else if (v instanceof Map<?, ?>) {
      error(key.get(), "FM010", "'" + key.get() + "' must be a list, not a mapping",
          "write e.g. " + key.get() + ": [memory-leak, oom]");
      return List.of();
    } else {
      for (String s : String.valueOf(v).split(",")) out.add(s);
    }
    return out.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  Optional<Boolean> bool(String key) {
    Object v = fm.values().get(key);
    if (v == null) return Optional.empty();
    if (v instanceof Boolean b) return Optional.of(b);
    String s = String.valueOf(v).strip();
    if (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false")) return Optional.of(Boolean.parseBoolean(s));
    error(key, "FM010", "'" + key + "' must be true or false, got '" + s + "'");
    return Optional.empty();
  }

  private void error(String key, String code, String message) {
    error(key, code, message, null);
  }

  private void error(String key, String code, String message, String hint) {
    if (reported.add(key)) diags.error(code, message, pos(key), hint);
  }
}
