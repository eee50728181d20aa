package io.github.pmkb.jbake;

import java.io.File;
import java.nio.file.Path;
import java.text.ParseException;
import java.text.SimpleDateFormat;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.parser.Engines;
import org.json.simple.JSONValue;

/**
 * Reads a JBake {@code key=value ... ~~~~~~} header with JBake's rules and the site's JBake
 * settings (date format, header separator, tag sanitising, default type and status), so existing
 * JBake sites keep their meaning.
 *
 * <p>The header is read from the text pmkb already decoded (BOM removed, legacy encodings and
 * mojibake repaired), never from the file again: header and body always come from the same
 * version of the file. jbake-core 2.7 only reads headers from files, so its rules are applied
 * here: lines up to the separator, split at the first {@code =}, both sides trimmed; {@code date}
 * parsed with the site's {@code date.format}; {@code tags} split at commas; {@code cached} a
 * boolean; a value in braces parsed as JSON; every other value a string. Unlike JBake, a header
 * without {@code date} gets none (JBake takes the file's modification time, which a checkout
 * changes, so the same sources would give another site). {@code JBakeHeaderParityTest} compares
 * this with jbake-core's own parser.
 */
public final class JBakeHeaderReader {
  private final String separator;
  private final String dateFormat;
  private final boolean sanitizeTags;
  private final String defaultType;
  private final String defaultStatus;

  private JBakeHeaderReader(String separator, String dateFormat, boolean sanitizeTags, String defaultType,
      String defaultStatus) {
    this.separator = separator;
    this.dateFormat = dateFormat;
    this.sanitizeTags = sanitizeTags;
    this.defaultType = defaultType;
    this.defaultStatus = defaultStatus;
  }

  /** A reader using the site's settings; JBake's type and status defaults are filled in. */
  public static JBakeHeaderReader forSite(Path root, Path propertiesFile) {
    DefaultJBakeConfiguration cfg =
        new JBakeConfigurationFactory()
            .createDefaultJbakeConfiguration(
                root.toFile(), new File(root.toFile(), "target"), propertiesFile.toFile(), false);
    // pmkb treats a header without type or status as a published postmortem, where JBake would
    // silently skip the file.
    String type = cfg.getDefaultType() == null || cfg.getDefaultType().isEmpty() ? "post" : cfg.getDefaultType();
    String status = cfg.getDefaultStatus() == null || cfg.getDefaultStatus().isEmpty()
        || "draft".equals(cfg.getDefaultStatus()) ? "published" : cfg.getDefaultStatus();
    return new JBakeHeaderReader(cfg.getHeaderSeparator(), cfg.getDateFormat(), cfg.getSanitizeTag(), type, status);
  }

  /** File extensions JBake would parse, for compatibility checks. */
  public static List<String> recognizedExtensions() {
    return Engines.getRecognizedExtensions().stream().sorted().toList();
  }

  /**
   * The header's values of a decoded file (dates as {@link LocalDate}, tags as a list of
   * strings, JSON objects as maps), with JBake's defaults for type, status, tags, {@code cached}
   * and {@code rendered}; empty when the text is empty, as JBake rejects an empty file.
   */
  public Optional<Map<String, Object>> read(String text) {
    if (text.isEmpty()) return Optional.empty();
    List<String> lines = List.of(text.split("\n", -1));
    Map<String, Object> out = new LinkedHashMap<>();
    if (hasHeader(lines)) {
      for (String line : lines) {
        if (line.trim().equals(separator)) break;
        String[] parts = line.split("=", 2);
        if (!line.isEmpty() && parts.length == 2) store(parts[0].trim(), parts[1].trim(), out);
      }
    }
    // JBake fills in the defaults for a missing or empty type and status.
    if ("".equals(out.getOrDefault("type", ""))) out.put("type", defaultType);
    if ("".equals(out.getOrDefault("status", ""))) out.put("status", defaultStatus);
    out.putIfAbsent("cached", true);
    out.putIfAbsent("rendered", false);
    out.putIfAbsent("tags", List.of());
    return Optional.of(out);
  }

  /**
   * JBake's test for a header: a line that is exactly the separator, with only empty or {@code
   * key=value} lines above it.
   */
  private boolean hasHeader(List<String> lines) {
    int end = lines.indexOf(separator);
    if (end < 0) return false;
    for (String line : lines.subList(0, end)) {
      if (!line.isEmpty() && !line.contains("=")) return false;
    }
    for (String line : lines) {
      if (line.trim().equals(separator)) break;
      if (!line.isEmpty() && !line.contains("=")) return false;
    }
    return true;
  }

  private void store(String key, String value, Map<String, Object> out) {
    if (key.equalsIgnoreCase("date")) {
      date(value).ifPresent(d -> out.put("date", d));
    } else if (key.equalsIgnoreCase("tags")) {
      List<String> tags = new ArrayList<>();
      for (String t : value.split(",")) tags.add(sanitizeTags ? t.trim().replace(" ", "-") : t.trim());
      out.put("tags", List.copyOf(tags));
    } else if (key.equalsIgnoreCase("cached")) {
      out.put("cached", Boolean.valueOf(value));
    } else if (value.startsWith("{") && value.endsWith("}")) {
      // json-simple gives null for malformed JSON; JBake stores that null, which drops the key.
      Object json = JSONValue.parse(value);
      if (json == null) out.remove(key);
      else out.put(key, json);
    } else {
      out.put(key, value);
    }
  }

  /**
   * The date as JBake parses it ({@link SimpleDateFormat} with the site's pattern, lenient), read
   * in UTC so the day does not depend on the machine's zone; empty when it does not parse.
   */
  private Optional<LocalDate> date(String value) {
    SimpleDateFormat f = new SimpleDateFormat(dateFormat, Locale.ROOT);
    f.setTimeZone(TimeZone.getTimeZone(ZoneOffset.UTC));
    try {
      Date d = f.parse(value);
      return Optional.of(LocalDate.ofInstant(d.toInstant(), ZoneOffset.UTC));
    } catch (ParseException e) {
      return Optional.empty();
    }
  }
}
