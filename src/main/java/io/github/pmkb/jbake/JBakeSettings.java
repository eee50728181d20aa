package io.github.pmkb.jbake;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;

/**
 * {@code site.properties} read the way JBake reads it: JBake's defaults, then the site's file,
 * with commons-configuration's {@code ${key}} interpolation and includes.
 *
 * <p>Only keys JBake knows or the site's file sets are exposed: the underlying configuration also
 * answers every JVM system property, which must never reach a page.
 *
 * @param values every resolved value, lists joined with {@code ", "}
 * @param jbakeKeys the keys of JBake's own {@code default.properties}
 */
public record JBakeSettings(Map<String, String> values, Set<String> jbakeKeys) {

  public JBakeSettings {
    values = Collections.unmodifiableMap(new TreeMap<>(values));
    jbakeKeys = Collections.unmodifiableSet(new TreeSet<>(jbakeKeys));
  }

  /**
   * Loads {@code propertiesFile} (which may be absent) for the site rooted at {@code root}.
   *
   * @param userKeys keys that appear in the site's own file, read by the caller with positions
   * @throws IllegalStateException with JBake's message when the configuration cannot be read
   */
  public static JBakeSettings load(Path root, Path propertiesFile, Set<String> userKeys) {
    DefaultJBakeConfiguration cfg;
    try {
      // The destination is never used: pmkb writes its own output.
      cfg =
          new JBakeConfigurationFactory()
              .createDefaultJbakeConfiguration(
                  root.toFile(), new File(root.toFile(), "target"), propertiesFile.toFile(), false);
    } catch (RuntimeException e) {
      throw new IllegalStateException(rootMessage(e), e);
    }
    Set<String> defaults = defaultKeys();
    Map<String, String> values = new TreeMap<>();
    for (String key : union(defaults, userKeys)) {
      List<String> list;
      try {
        list = cfg.getCompositeConfiguration().getList(String.class, key, List.of());
      } catch (RuntimeException e) {
        throw new IllegalStateException(key + ": " + rootMessage(e), e);
      }
      if (list == null || list.isEmpty()) continue;
      values.put(key, String.join(", ", list));
    }
    return new JBakeSettings(values, defaults);
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> out = new TreeSet<>(a);
    out.addAll(b);
    return out;
  }

  /** The keys of the {@code default.properties} shipped inside jbake-core. */
  static Set<String> defaultKeys() {
    Properties p = new Properties();
    try (InputStream in = JBakeConfigurationFactory.class.getClassLoader().getResourceAsStream("default.properties")) {
      if (in == null) throw new IllegalStateException("jbake-core's default.properties is missing");
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot read jbake-core's default.properties", e);
    }
    Set<String> keys = new TreeSet<>(p.stringPropertyNames());
    // Build metadata of the jar, not settings.
    keys.removeAll(Set.of("version", "build.timestamp", "git.hash"));
    return keys;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) t = t.getCause();
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
