package io.github.pmkb.render;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import io.pebbletemplates.pebble.utils.PathUtils;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads templates from a folder given as a {@link Path}, which may be inside pmkb's jar (the
 * built-in theme) as well as on disk; Pebble's own {@code FileLoader} reads only the default file
 * system. Like {@code FileLoader} since Pebble 4.1.0 (CVE-2025-1686), it never reads outside its
 * folder: a name that normalises to a path outside it is not found.
 */
final class PathLoader implements Loader<String> {
  private final Path base;
  private String prefix = "";
  private String suffix = "";
  private Charset charset = StandardCharsets.UTF_8;

  PathLoader(Path base) {
    this.base = base.toAbsolutePath().normalize();
  }

  @Override
  public Reader getReader(String name) {
    Path p = resolve(name);
    if (p == null || !Files.isRegularFile(p)) throw new LoaderException(null, "Could not find template \"" + name + "\"");
    try {
      return new StringReader(Files.readString(p, charset));
    } catch (IOException e) {
      throw new LoaderException(e, "Could not read template \"" + name + "\"");
    }
  }

  private Path resolve(String name) {
    String rel = (prefix.isEmpty() ? "" : prefix + "/") + name + (name.endsWith(suffix) ? "" : suffix);
    Path p = base.resolve(base.getFileSystem().getPath(rel.replace('\\', '/').replaceAll("^/+", ""))).normalize();
    return p.startsWith(base) ? p : null;
  }

  @Override
  public void setCharset(String charset) {
    this.charset = Charset.forName(charset);
  }

  @Override
  public void setPrefix(String prefix) {
    this.prefix = prefix == null ? "" : prefix;
  }

  @Override
  public void setSuffix(String suffix) {
    this.suffix = suffix == null ? "" : suffix;
  }

  @Override
  public String resolveRelativePath(String relativePath, String anchorPath) {
    return PathUtils.resolveRelativePath(relativePath, anchorPath, '/');
  }

  @Override
  public String createCacheKey(String templateName) {
    return templateName;
  }

  @Override
  public boolean resourceExists(String templateName) {
    Path p = resolve(templateName);
    return p != null && Files.isRegularFile(p);
  }
}
