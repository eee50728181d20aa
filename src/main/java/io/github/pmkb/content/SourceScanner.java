package io.github.pmkb.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import io.github.pmkb.diag.Diagnostics;

/** Lists the Markdown files of a content folder, in path order so builds are deterministic. */
public final class SourceScanner {
  private SourceScanner() {}

  /** Every regular {@code *.md} file below {@code contentDir}, skipping hidden files and folders. */
  public static List<Path> scan(Path contentDir) {
    return scan(contentDir.getParent() == null ? contentDir : contentDir.getParent(), contentDir, new Diagnostics());
  }

  /**
   * Like {@link #scan(Path)}, and reports symbolic links that lead out of {@code contentDir}
   * (those files are skipped, so a link cannot publish {@code /etc/passwd}).
   *
   * @param root the knowledge base root, for the paths shown in diagnostics
   */
  public static List<Path> scan(Path root, Path contentDir, Diagnostics diags) {
    if (!Files.isDirectory(contentDir)) return List.of();
    LinkGuard links = LinkGuard.of(root, contentDir);
    try (Stream<Path> walk = Files.walk(contentDir)) {
      return walk.filter(p -> !isHidden(contentDir.relativize(p)))
          .filter(p -> links.accept(p, diags))
          .filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + contentDir, e);
    }
  }

  private static boolean isHidden(Path rel) {
    for (Path part : rel) {
      String s = part.toString();
      if (s.startsWith(".") || s.startsWith("_")) return true;
    }
    return false;
  }
}
