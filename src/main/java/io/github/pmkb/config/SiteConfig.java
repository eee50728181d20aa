package io.github.pmkb.config;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The typed settings of one knowledge base, read from {@code site.properties}.
 *
 * @param root the knowledge base folder (holds {@code site.properties} and {@code content/})
 * @param contentDir where postmortems live ({@code content.folder}, default {@code content})
 * @param templateOverrideDir the site's own templates, each overriding the theme's file of the
 *     same name ({@code template.folder}, default {@code templates})
 * @param assetDir the site's own static files ({@code asset.folder}, default {@code assets})
 * @param themeDir {@code themes/<theme>}
 * @param outputDir default output folder ({@code destination.folder} if set, else {@code
 *     target/site})
 * @param baseUrl path of the site on its host, always starting and ending with {@code /}
 * @param host scheme and host for absolute links (feeds, sitemaps), without trailing slash; empty
 *     when not configured
 * @param params every other setting a template may show ({@code site.*}, {@code params.*})
 * @param maxFileSize larger content files are refused unread ({@code content.maxFileSize})
 * @param rawHtml what happens to HTML inside Markdown ({@code content.rawHtml})
 */
public record SiteConfig(
    Path root,
    Path propertiesFile,
    Path contentDir,
    Path templateOverrideDir,
    Path assetDir,
    String theme,
    Path themeDir,
    Path outputDir,
    String title,
    String description,
    String baseUrl,
    String host,
    Optional<String> repoUrl,
    String language,
    Map<String, String> params,
    long maxFileSize,
    RawHtml rawHtml) {

  public SiteConfig {
    if (!baseUrl.startsWith("/") || !baseUrl.endsWith("/")) {
      throw new IllegalArgumentException("baseUrl must start and end with '/': " + baseUrl);
    }
    params = Map.copyOf(new TreeMap<>(params));
  }

  /** The theme's files: the site's {@code themes/<theme>/} over the built-in theme, file by file. */
  public ThemeLayers themeLayers() {
    return new ThemeLayers(themeDir);
  }

  /** The file of a template ({@code incident.peb}): the site's {@code templates/}, else the theme's layers. */
  public java.util.Optional<Path> templateFile(String fileName) {
    Path own = templateOverrideDir.resolve(fileName);
    if (java.nio.file.Files.isRegularFile(own)) return java.util.Optional.of(own);
    return themeLayers().file("templates/" + fileName);
  }

  /**
   * A file as messages name it: relative to the site root, or under {@code (built-in theme)/} for
   * a file inside pmkb.
   */
  public String displayPath(Path file) {
    Path builtIn = ThemeLayers.builtIn();
    if (file.getFileSystem().equals(builtIn.getFileSystem()) && file.startsWith(builtIn)) {
      return "(built-in theme)/" + builtIn.relativize(file).toString().replace('\\', '/');
    }
    return root.relativize(file.toAbsolutePath()).toString().replace('\\', '/');
  }

  public Path themeTemplatesDir() {
    return themeDir.resolve("templates");
  }

  public Path themeStaticDir() {
    return themeDir.resolve("static");
  }

  /** What the JSON export holds ({@code site.api}, validated when loaded; the default when absent). */
  public ApiMode api() {
    String v = params.get("site.api");
    return v == null ? ApiMode.FACTS : ApiMode.parse(v).orElse(ApiMode.FACTS);
  }

  /** The key of {@link #actionPartRows()}. */
  public static final String ACTION_PART_ROWS = "site.actions.partRows";

  /**
   * Action items per file of the ledger's data when {@link #ACTION_PART_ROWS} is not set: about
   * 7 MB a file, far below the 100 MB GitHub accepts in a push.
   */
  public static final int DEFAULT_ACTION_PART_ROWS = 50_000;

  /**
   * Action items per file of the ledger's data ({@code site.actions.partRows}, validated when
   * loaded; the default when absent): beyond, {@code data/actions.json} names further parts.
   */
  public int actionPartRows() {
    String v = params.get(ACTION_PART_ROWS);
    int n = v == null ? 0 : positive(v);
    return n > 0 ? n : DEFAULT_ACTION_PART_ROWS;
  }

  /** {@code v} as a whole number above 0, or 0 when it is not one. */
  static int positive(String v) {
    try {
      return Math.max(0, Integer.parseInt(v.strip()));
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** The absolute URL of the site root ({@code host + baseUrl}), or just the base path. */
  public String absoluteBase() {
    return host + baseUrl;
  }

  /**
   * A copy with another base URL (the {@code --base-url} option): a path such as {@code /repo/},
   * or a full URL such as {@code https://org.github.io/repo/}, which also sets the host.
   */
  public SiteConfig withBaseUrl(String url) {
    String newHost = host;
    String path = url;
    int scheme = url.indexOf("://");
    if (scheme > 0) {
      int slash = url.indexOf('/', scheme + 3);
      newHost = slash < 0 ? url : url.substring(0, slash);
      path = slash < 0 ? "/" : url.substring(slash);
    }
    return new SiteConfig(root, propertiesFile, contentDir, templateOverrideDir, assetDir, theme, themeDir,
        outputDir, title, description, ConfigLoader.normaliseBaseUrl(path), newHost, repoUrl, language, params,
        maxFileSize, rawHtml);
  }
}
