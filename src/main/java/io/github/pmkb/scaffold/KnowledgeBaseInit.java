package io.github.pmkb.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import io.github.pmkb.diag.PmkbException;

/**
 * {@code pmkb init DIR}: a new knowledge base with only what its authors edit: {@code
 * site.properties}, one example postmortem and a GitHub Pages workflow. The theme stays inside
 * pmkb (see {@link io.github.pmkb.config.ThemeLayers}), so the next pmkb's theme fixes reach the
 * site. Refuses a folder that already has files, so it can never overwrite anything.
 */
public final class KnowledgeBaseInit {
  static final String WORKFLOW = ".github/workflows/pages.yml";

  private KnowledgeBaseInit() {}

  /** Creates the knowledge base and returns the files written, relative to {@code dir}. */
  public static List<String> create(Path dir, String title) {
    Path root = dir.toAbsolutePath().normalize();
    if (Files.exists(root) && !isEmptyDir(root)) {
      throw new PmkbException(1, root + " is not empty; pmkb init only writes into a new or empty folder");
    }
    try {
      Files.createDirectories(root);
      write(root, "site.properties", Archetype.fill(BuiltInTheme.read("init/site.properties"),
          Map.of("title", title.replace('\n', ' '))));
      write(root, WORKFLOW, Archetype.fill(BuiltInTheme.read("init/pages.yml"), Map.of("pmkb_ref", pmkbRef())));
      write(root, "content/example-disk-full.md", BuiltInTheme.read("init/example-disk-full.md"));
      write(root, ".gitignore", "target/\n");
    } catch (IOException e) {
      throw new PmkbException(3, "cannot write " + root + ": " + e.getMessage(), e);
    }
    return List.of("site.properties", WORKFLOW, "content/example-disk-full.md", ".gitignore");
  }

  /**
   * The pmkb source the workflow builds: this release's tag ({@code v0.2.0}), or {@code main} for
   * a development build, which has no tag.
   */
  static String pmkbRef() {
    String v = KnowledgeBaseInit.class.getPackage().getImplementationVersion();
    return v == null || v.endsWith("-SNAPSHOT") ? "main" : "v" + v;
  }

  private static void write(Path root, String rel, String text) throws IOException {
    Path f = root.resolve(rel);
    Files.createDirectories(f.getParent());
    Files.writeString(f, text, StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.CREATE_NEW);
  }

  private static boolean isEmptyDir(Path p) {
    if (!Files.isDirectory(p)) return false;
    try (Stream<Path> s = Files.list(p)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }
}
