package io.github.pmkb.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.diag.SourcePos;

/**
 * Keeps symbolic links inside the content folder. A link whose target (after resolving every
 * link on the way) is outside {@code content/} is reported and skipped; {@code Files.walk} does
 * not descend into linked folders, so a linked folder is reported too rather than silently missed.
 */
final class LinkGuard {
  private final Path root;
  private final Path realContent;

  private LinkGuard(Path root, Path realContent) {
    this.root = root;
    this.realContent = realContent;
  }

  static LinkGuard of(Path root, Path contentDir) {
    try {
      return new LinkGuard(root, contentDir.toRealPath());
    } catch (IOException e) {
      return new LinkGuard(root, contentDir.toAbsolutePath().normalize());
    }
  }

  /** True unless {@code p} is a symbolic link that must not be followed. */
  boolean accept(Path p, Diagnostics diags) {
    if (!Files.isSymbolicLink(p)) return true;
    String rel = SourceReader.relative(root, p);
    Path target;
    try {
      target = p.toRealPath();
    } catch (IOException e) {
      diags.warning("SRC005", "symbolic link is broken; skipped", SourcePos.of(rel), "remove the link");
      return false;
    }
    if (!target.startsWith(realContent)) {
      diags.error("SRC004", "symbolic link leads out of the content folder (to " + target + "); skipped",
          SourcePos.of(rel), "copy the file into content/ instead of linking to it");
      return false;
    }
    if (Files.isDirectory(target)) {
      diags.warning("SRC005", "symbolic link to a folder is not followed", SourcePos.of(rel),
          "move the folder into content/ instead of linking to it");
      return false;
    }
    return true;
  }
}
