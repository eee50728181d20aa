package io.github.pmkb.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.FileVisitResult;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
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
    return scan(root, contentDir, diags, (file, attrs) -> {});
  }

  /**
   * Like {@link #scan(Path, Path, Diagnostics)}, and shows {@code everyFile} every file and
   * symbolic link met on the way (hidden ones too, links not followed), so a caller that also
   * needs the folder's other files does not walk it a second time.
   */
  public static List<Path> scan(Path root, Path contentDir, Diagnostics diags,
      BiConsumer<Path, BasicFileAttributes> everyFile) {
    if (!Files.isDirectory(contentDir)) return List.of();
    LinkGuard links = LinkGuard.of(root, contentDir);
    List<Path> out = new ArrayList<>();
    try {
      Files.walkFileTree(contentDir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
          everyFile.accept(p, attrs);
          if (!isHidden(contentDir.relativize(p)) && links.accept(p, diags) && Files.isRegularFile(p)
              && p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")) {
            out.add(p);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + contentDir, e);
    }
    out.sort(null);
    return out;
  }

  private static boolean isHidden(Path rel) {
    for (Path part : rel) {
      String s = part.toString();
      if (s.startsWith(".") || s.startsWith("_")) return true;
    }
    return false;
  }
}
