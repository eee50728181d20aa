package io.github.pmkb.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.diag.PmkbException;
import io.github.pmkb.diag.SourcePos;
import io.github.pmkb.jbake.JBakeSettings;

/**
 * Reads {@code site.properties} through jbake-core and turns it into a validated {@link
 * SiteConfig}. Every unknown key and bad value is reported at its line; the site is not built
 * while any remain, because a typo in a key silently changes every page.
 */
public final class ConfigLoader {
  public static final String FILE_NAME = "site.properties";

  /** Settings pmkb adds to JBake's own. */
  static final Set<String> PMKB_KEYS =
      Set.of("site.title", "site.description", "site.baseurl", "site.repo", "site.language", "theme",
          "site.api", "site.actions.partRows", "content.maxFileSize", "content.rawHtml");

  /** Default for {@code content.maxFileSize}: far above any real postmortem, far below a memory problem. */
  public static final long DEFAULT_MAX_FILE_SIZE = 16L * 1024 * 1024;

  /** Key prefixes whose keys are free-form and passed to templates. */
  static final List<String> FREE_PREFIXES = List.of("params.", "template.", "asciidoctor.");

  /** The theme built into pmkb. */
  public static final String DEFAULT_THEME = "default";

  private static final Pattern THEME_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private ConfigLoader() {}

  public static ConfigResult load(Path root) {
    Path root0 = root.toAbsolutePath().normalize();
    // A mistyped --source is a usage error, not a fault of a site.properties that does not exist.
    if (!Files.isDirectory(root0)) throw new PmkbException(2, "no such folder: " + root);
    Path file = root0.resolve(FILE_NAME);
    Diagnostics diags = new Diagnostics();
    Map<String, Integer> lines = Map.of();
    if (Files.isRegularFile(file)) {
      try {
        lines = PropertyLines.keyLines(Files.readAllLines(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        diags.error("CFG000", "cannot read " + FILE_NAME + ": " + e.getMessage(), SourcePos.of(FILE_NAME));
        return new ConfigResult(Optional.empty(), diags.list());
      }
    }
    JBakeSettings settings;
    try {
      settings = JBakeSettings.load(root0, file, lines.keySet());
    } catch (IllegalStateException e) {
      diags.error("CFG000", "cannot read " + FILE_NAME + ": " + e.getMessage(), SourcePos.of(FILE_NAME));
      return new ConfigResult(Optional.empty(), diags.list());
    }
    Reader r = new Reader(root0, settings.values(), lines, diags);
    for (String key : lines.keySet()) {
      if (!isKnown(key, settings.jbakeKeys())) {
        diags.error("CFG001", "unknown setting '" + key + "'", r.pos(key), hintFor(key, settings.jbakeKeys()));
      }
    }
    SiteConfig cfg = r.build();
    return new ConfigResult(diags.hasErrors() ? Optional.empty() : Optional.of(cfg), diags.list());
  }

  /**
   * Stops a command run outside a knowledge base: without its content folder there is nothing to
   * build, and a site of zero incidents would only hide the mistake.
   *
   * @throws PmkbException (exit 2) naming the folder and the way to create one
   */
  public static void requireContent(SiteConfig config) {
    if (Files.isDirectory(config.contentDir())) return;
    String name = config.root().relativize(config.contentDir()).toString().replace('\\', '/');
    throw new PmkbException(2, "no knowledge base here (no " + name + "/ folder); run `pmkb init DIR`");
  }

  private static boolean isKnown(String key, Set<String> jbakeKeys) {
    return PMKB_KEYS.contains(key) || jbakeKeys.contains(key) || FREE_PREFIXES.stream().anyMatch(key::startsWith);
  }

  private static String hintFor(String key, Set<String> jbakeKeys) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String known : knownKeys(jbakeKeys)) {
      int d = EditDistance.of(key.toLowerCase(Locale.ROOT), known.toLowerCase(Locale.ROOT));
      if (d < bestDistance) {
        bestDistance = d;
        best = known;
      }
    }
    if (best != null && bestDistance <= Math.max(2, key.length() / 4)) return "did you mean '" + best + "'?";
    return "custom values for templates go under 'params.', e.g. params." + key;
  }

  private static List<String> knownKeys(Set<String> jbakeKeys) {
    return java.util.stream.Stream.concat(PMKB_KEYS.stream(), jbakeKeys.stream()).sorted().toList();
  }

  /** Reads and validates one value at a time, reporting at the key's line. */
  private static final class Reader {
    private final Path root;
    private final Map<String, String> values;
    private final Map<String, Integer> lines;
    private final Diagnostics diags;

    Reader(Path root, Map<String, String> values, Map<String, Integer> lines, Diagnostics diags) {
      this.root = root;
      this.values = values;
      this.lines = lines;
      this.diags = diags;
    }

    SourcePos pos(String key) {
      return SourcePos.of(FILE_NAME, lines.getOrDefault(key, 1));
    }

    String get(String key, String fallback) {
      String v = values.get(key);
      return v == null || v.isBlank() ? fallback : v.strip();
    }

    /** A folder inside the site root; reported when it would escape it. */
    Path folder(String key, String fallback) {
      String v = get(key, fallback);
      Path p = root.resolve(v).normalize();
      if (!p.startsWith(root)) {
        diags.error("CFG004", key + " must be a folder inside the site, got '" + v + "'", pos(key));
        return root.resolve(fallback);
      }
      return p;
    }

    SiteConfig build() {
      Path content = folder("content.folder", "content");
      Path templates = folder("template.folder", "templates");
      Path assets = folder("asset.folder", "assets");
      String theme = get("theme", DEFAULT_THEME);
      Path themeDir = root.resolve("themes").resolve(theme);
      if (!THEME_NAME.matcher(theme).matches()) {
        diags.error("CFG002", "theme must be a folder name under themes/, got '" + theme + "'", pos("theme"));
        themeDir = root.resolve("themes").resolve(DEFAULT_THEME);
      } else if (!theme.equals(DEFAULT_THEME) && !Files.isDirectory(themeDir)) {
        // The default theme is built in; any other must exist (its files override the built-in ones).
        diags.error("CFG002", "theme '" + theme + "' not found: there is no folder themes/" + theme, pos("theme"),
            "create themes/" + theme + "/ with the files to change, or remove the theme line to use the built-in theme");
      }
      // destination.folder has a JBake default ("output"); honour it only when the site sets it.
      Path output = lines.containsKey("destination.folder")
          ? root.resolve(get("destination.folder", "target/site")).normalize()
          : root.resolve("target").resolve("site");
      String baseUrl = baseUrl(get("site.baseurl", "/"));
      String host = lines.containsKey("site.host") ? host(get("site.host", "")) : "";
      Optional<String> repo = Optional.ofNullable(values.get("site.repo")).map(String::strip)
          .filter(s -> !s.isEmpty()).map(this::repo);
      for (String enc : List.of("render.encoding", "template.encoding")) {
        if (!"UTF-8".equalsIgnoreCase(get(enc, "UTF-8"))) {
          diags.error("CFG003", enc + " must be UTF-8, got '" + get(enc, "") + "'", pos(enc));
        }
      }
      String api = get("site.api", ApiMode.FACTS.key());
      if (ApiMode.parse(api).isEmpty()) {
        diags.error("CFG003", "site.api must be true, full or false, got '" + api + "'", pos("site.api"));
      }
      String partRows = get(SiteConfig.ACTION_PART_ROWS, String.valueOf(SiteConfig.DEFAULT_ACTION_PART_ROWS));
      if (SiteConfig.positive(partRows) == 0) {
        diags.error("CFG003", SiteConfig.ACTION_PART_ROWS + " must be a whole number from 1 to 2147483647, got '" + partRows + "'",
            pos(SiteConfig.ACTION_PART_ROWS));
      }
      Map<String, String> params = new TreeMap<>();
      for (String key : lines.keySet()) {
        if (key.startsWith("params.") || key.startsWith("site.")) params.put(key, get(key, ""));
      }
      return new SiteConfig(root, root.resolve(FILE_NAME), content, templates, assets, theme, themeDir, output,
          get("site.title", "Postmortems"), get("site.description", ""), baseUrl, host, repo,
          get("site.language", "en"), params, maxFileSize(), rawHtml());
    }

    private long maxFileSize() {
      String v = get("content.maxFileSize", "");
      if (v.isEmpty()) return DEFAULT_MAX_FILE_SIZE;
      Optional<Long> n = ByteSize.parse(v);
      if (n.isEmpty()) {
        diags.error("CFG003", "content.maxFileSize must be a size such as 16MB or 512KB, got '" + v + "'",
            pos("content.maxFileSize"), "units are KB, MB, GB (binary) or none for bytes");
        return DEFAULT_MAX_FILE_SIZE;
      }
      return n.get();
    }

    private RawHtml rawHtml() {
      String v = get("content.rawHtml", "sanitize");
      Optional<RawHtml> m = RawHtml.parse(v);
      if (m.isEmpty()) {
        diags.error("CFG003", "content.rawHtml must be sanitize, escape or trust, got '" + v + "'",
            pos("content.rawHtml"), "sanitize keeps safe HTML, escape shows it as text, trust keeps it as written");
        return RawHtml.SANITIZE;
      }
      return m.get();
    }

    private String baseUrl(String v) {
      if (v.contains("://") || v.contains(" ") || v.contains("?") || v.contains("#") || v.contains("..")) {
        diags.error("CFG003", "site.baseurl must be a path such as /repo-name/, got '" + v + "'", pos("site.baseurl"),
            "put the scheme and host in site.host");
        return "/";
      }
      return normaliseBaseUrl(v);
    }

    private String host(String v) {
      try {
        URI u = new URI(v);
        if (("http".equals(u.getScheme()) || "https".equals(u.getScheme())) && u.getHost() != null
            && (u.getPath() == null || u.getPath().isEmpty() || "/".equals(u.getPath()))) {
          return v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
        }
      } catch (URISyntaxException e) {
        // reported below
      }
      diags.error("CFG003", "site.host must be http(s)://host with no path, got '" + v + "'", pos("site.host"),
          "put a path such as /repo-name/ in site.baseurl");
      return "";
    }

    private String repo(String v) {
      if (!v.startsWith("https://") && !v.startsWith("http://")) {
        diags.error("CFG003", "site.repo must be an http(s) URL, got '" + v + "'", pos("site.repo"));
        return "";
      }
      return v.endsWith("/") ? v.substring(0, v.length() - 1) : v;
    }
  }

  /** {@code repo} and {@code /repo} become {@code /repo/}; empty becomes {@code /}. */
  public static String normaliseBaseUrl(String v) {
    String s = v.strip();
    if (!s.startsWith("/")) s = "/" + s;
    if (!s.endsWith("/")) s = s + "/";
    return s.replaceAll("/{2,}", "/");
  }
}
