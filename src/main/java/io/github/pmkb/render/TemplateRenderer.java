package io.github.pmkb.render;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.DelegatingLoader;
import io.pebbletemplates.pebble.loader.FileLoader;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The render stage's front door: Pebble 4 with autoescaping and strict variables, loading
 * templates only from the site's {@code templates/} folder (which overrides the theme file by
 * file), the site's theme folder and the theme built into pmkb (the build passes its folders). Built once
 * per build; thread-safe.
 */
public final class TemplateRenderer {
  static final String SUFFIX = ".peb";
  private final PebbleEngine engine;

  /**
   * @param overrideDir the site's own templates, may not exist
   * @param themeDirs the theme's template folders, most specific first (the theme layers of the configuration)
   */
  public TemplateRenderer(Path overrideDir, List<Path> themeDirs) {
    List<Loader<?>> loaders = new ArrayList<>();
    if (Files.isDirectory(overrideDir)) loaders.add(loader(overrideDir));
    for (Path dir : themeDirs) loaders.add(loader(dir));
    DelegatingLoader loader = new DelegatingLoader(loaders);
    loader.setSuffix(SUFFIX);
    this.engine = new PebbleEngine.Builder()
        .loader(loader)
        .autoEscaping(true)
        // Same output as Pebble's own "html" strategy without unbescape's entity tables (see HtmlEscaper).
        .addEscapingStrategy("html", new HtmlEscaper())
        .strictVariables(true)
        .defaultLocale(Locale.ROOT)
        .newLineTrimming(true)
        .extension(new PmkbPebbleExtension())
        .build();
  }

  private static Loader<?> loader(Path dir) {
    // Templates inside pmkb's jar are read through their Path; files on disk through Pebble's FileLoader.
    return dir.getFileSystem().equals(FileSystems.getDefault()) ? fileLoader(dir) : new PathLoader(dir);
  }

  private static FileLoader fileLoader(Path dir) {
    // Since Pebble 4.1.0 a FileLoader is confined to its base directory (CVE-2025-1686).
    FileLoader l = new FileLoader(dir.toAbsolutePath().toString());
    l.setSuffix(SUFFIX);
    l.setCharset("UTF-8");
    return l;
  }

  /**
   * Renders {@code template} with a typed page model: each component of the record is a variable
   * of the template ({@code incident}, {@code page}, ...).
   *
   * @throws TemplateException with the template's name and line when the template is broken
   */
  public String render(String template, Record model) {
    return render(template, RecordContext.of(model));
  }

  /**
   * Renders {@code template} (a name without suffix, e.g. {@code incident}) with {@code model}.
   *
   * @throws TemplateException with the template's name and line when the template is broken
   */
  public String render(String template, Map<String, Object> model) {
    try {
      PebbleTemplate t = engine.getTemplate(template);
      StringWriter out = new StringWriter(8192);
      t.evaluate(out, model, Locale.ROOT);
      return out.toString();
    } catch (PebbleException e) {
      String file = e.getFileName() == null ? template + SUFFIX : e.getFileName();
      int line = e.getLineNumber() == null ? 1 : Math.max(1, e.getLineNumber());
      throw new TemplateException(file, line, e.getPebbleMessage(), e);
    } catch (IOException e) {
      throw new TemplateException(template + SUFFIX, 1, e.getMessage(), e);
    }
  }
}
