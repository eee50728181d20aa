package io.github.pmkb.content.internal;

import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Text;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.diag.SourcePos;

/**
 * Links that would reach outside the knowledge base. A {@code file:} URL or a relative path that
 * climbs out of {@code content/} works on the author's machine only and tells readers about its
 * disk, so the link is reported and replaced by its text. {@code javascript:} and other active
 * schemes are removed later by the sanitizer; here they get a warning with a position.
 */
final class LinkCheck {
  private LinkCheck() {}

  static void check(Link link, SourcePos at, Path sourceDir, Path contentDir, Diagnostics diags) {
    String url = link.getUrl().toString().strip();
    String lower = url.toLowerCase(Locale.ROOT).replaceAll("[\\s\\x00-\\x1f]", "");
    if (lower.startsWith("javascript:") || lower.startsWith("vbscript:") || lower.startsWith("data:")) {
      diags.warning("LNK004", "link uses an active URL scheme and is removed: '" + shorten(url) + "'", at,
          "link to an http(s) page instead");
      unlink(link);
      return;
    }
    if (lower.startsWith("file:")) {
      diags.warning("LNK003", "link points to a local file outside the site: '" + shorten(url) + "'", at,
          "copy the file into content/ and link to it relatively");
      unlink(link);
      return;
    }
    if (url.isEmpty() || url.startsWith("#") || url.startsWith("//") || url.startsWith("/") || hasScheme(lower)) {
      return;
    }
    String path = url.replaceAll("[?#].*$", "");
    try {
      Path target = sourceDir.resolve(path).normalize();
      if (!target.startsWith(contentDir) || !staysInside(target, contentDir)) {
        diags.warning("LNK003", "link '" + shorten(url) + "' points outside the content folder; showing its text",
            at, "link to another postmortem inside content/ or to an absolute URL");
        unlink(link);
      }
    } catch (InvalidPathException e) {
      // Not a file path (e.g. a bare word with odd characters): leave it to the browser.
    }
  }

  /** False when {@code target} exists and a symbolic link on its way leads out of {@code contentDir}. */
  static boolean staysInside(Path target, Path contentDir) {
    if (!Files.exists(target)) return true;
    try {
      return target.toRealPath().startsWith(contentDir.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean hasScheme(String url) {
    int colon = url.indexOf(':');
    return colon > 0 && url.substring(0, colon).matches("[a-z][a-z0-9+.-]*");
  }

  private static void unlink(Link link) {
    link.insertBefore(new Text(link.getText()));
    link.unlink();
  }

  private static String shorten(String s) {
    return s.length() <= 80 ? s : s.substring(0, 77) + "...";
  }
}
