package org.x.pmkb.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Lists the Markdown files of a content folder, in path order so builds are deterministic. */
public final class SourceScanner {
  private SourceScanner() {}

  /** Every regular {@code *.md} file below {@code contentDir}, skipping hidden files and folders. */
  public static List<Path> scan(Path contentDir) {
    if (!Files.isDirectory(contentDir)) return List.of();
    try (Stream<Path> walk = Files.walk(contentDir)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md"))
          .filter(p -> !isHidden(contentDir.relativize(p)))
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
