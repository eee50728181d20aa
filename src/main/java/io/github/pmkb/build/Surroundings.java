package io.github.pmkb.build;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import io.github.pmkb.config.SiteConfig;
import io.github.pmkb.content.SourceScanner;
import io.github.pmkb.diag.Diagnostics;

/**
 * What a postmortem's outcome depends on besides its own bytes: the other files of the content
 * folder. An image shows only if its file exists (else the alt text and a warning), and a link or
 * image through a symbolic link out of the folder is refused. So the cache lists every file under
 * {@code content/} that is not a Markdown file, and every symbolic link with its target; a read is
 * reused only while that list is the same, or while the file's text names none of the files that
 * came or went.
 */
final class Surroundings {
  private Surroundings() {}

  /**
   * {@code "f path"} for files other than {@code *.md}, {@code "l path -> target"} for links;
   * sorted. From the walk a build's scan makes ({@link SourceScanner}), which a build makes anyway
   * with a {@link Collector}.
   */
  static List<String> list(SiteConfig config) {
    Collector found = new Collector(config.contentDir());
    SourceScanner.scan(config.root(), config.contentDir(), new Diagnostics(), found);
    return found.list();
  }

  /**
   * The list of {@link #list}, made from the files the build's scan ({@link SourceScanner}) meets.
   */
  static final class Collector implements BiConsumer<Path, BasicFileAttributes> {
    private final Path contentDir;
    private final List<String> out = new ArrayList<>();

    Collector(Path contentDir) {
      this.contentDir = contentDir;
    }

    @Override
    public void accept(Path file, BasicFileAttributes attrs) {
      String rel = contentDir.relativize(file).toString().replace('\\', '/');
      if (attrs.isSymbolicLink()) {
        try {
          out.add("l " + rel + " -> " + Files.readSymbolicLink(file));
        } catch (IOException e) {
          out.add("? " + rel);
        }
      } else if (!file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md")) {
        out.add("f " + rel);
      }
    }

    List<String> list() {
      List<String> sorted = new ArrayList<>(out);
      sorted.sort(null);
      return sorted;
    }
  }

  /**
   * The file names that came or went between two lists; empty (no cached read is safe) when a
   * symbolic link or an unreadable entry changed.
   */
  static Optional<Set<String>> changedNames(List<String> before, List<String> now) {
    Set<String> a = new TreeSet<>(before);
    Set<String> b = new TreeSet<>(now);
    Set<String> changed = new HashSet<>(a);
    changed.addAll(b);
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    changed.removeAll(both);
    Set<String> names = new HashSet<>();
    for (String c : changed) {
      if (!c.startsWith("f ")) return Optional.empty();
      String path = c.substring(2);
      names.add(path.substring(path.lastIndexOf('/') + 1));
    }
    return Optional.of(names);
  }

  /** Whether {@code bytes} contain any of {@code names} (as UTF-8), where a reference would. */
  static boolean mentionsAny(byte[] bytes, Set<String> names) {
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    for (String n : names) {
      if (text.contains(new String(n.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))) return true;
    }
    return false;
  }
}
