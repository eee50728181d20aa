package io.github.pmkb.jbake;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.parser.Engines;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;

/**
 * Reads a JBake {@code key=value ... ~~~~~~} header with JBake's own rules (date format, JSON
 * values, tag lists, default type and status), so existing JBake sites keep their meaning.
 *
 * <p>Only the header is JBake's: the body is rendered by pmkb's one flexmark parser. The engine
 * below skips JBake's body rendering, and a fresh engine is used per call because {@link
 * MarkupEngine} keeps the configuration in a field (files are parsed in parallel).
 */
public final class JBakeHeaderReader {
  private final DefaultJBakeConfiguration config;

  private JBakeHeaderReader(DefaultJBakeConfiguration config) {
    this.config = config;
  }

  /** A reader using the site's settings; JBake's type and status defaults are filled in. */
  public static JBakeHeaderReader forSite(Path root, Path propertiesFile) {
    DefaultJBakeConfiguration cfg =
        new JBakeConfigurationFactory()
            .createDefaultJbakeConfiguration(
                root.toFile(), new File(root.toFile(), "target"), propertiesFile.toFile(), false);
    // pmkb treats a header without type or status as a published postmortem, where JBake would
    // silently skip the file.
    if (cfg.getDefaultType() == null || cfg.getDefaultType().isEmpty()) cfg.setDefaultType("post");
    if (cfg.getDefaultStatus() == null || cfg.getDefaultStatus().isEmpty() || "draft".equals(cfg.getDefaultStatus())) {
      cfg.setDefaultStatus("published");
    }
    return new JBakeHeaderReader(cfg);
  }

  /** File extensions JBake would parse, for compatibility checks. */
  public static List<String> recognizedExtensions() {
    return Engines.getRecognizedExtensions().stream().sorted().toList();
  }

  /**
   * The header's values (dates as {@link LocalDate}, tags as a list of strings), or empty when
   * JBake rejects the file.
   */
  public Optional<Map<String, Object>> read(Path file) {
    DocumentModel model = new HeaderOnlyEngine().parse(config, file.toFile());
    if (model == null) return Optional.empty();
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : model.entrySet()) {
      String key = e.getKey();
      Object v = e.getValue();
      if ("body".equals(key) || v == null) continue;
      // JBake parses dates with SimpleDateFormat in the JVM zone, so read them back in that zone.
      if (v instanceof Date d) v = LocalDate.ofInstant(d.toInstant(), ZoneId.systemDefault());
      if (v instanceof String[] arr) v = List.of(arr);
      out.put(key, v);
    }
    return Optional.of(out);
  }

  /** JBake's header processing without its Markdown rendering. */
  private static final class HeaderOnlyEngine extends MarkupEngine {
    @Override
    public void processBody(ParserContext context) {
      // The body is rendered by pmkb's flexmark parser, never by JBake's.
    }
  }
}
