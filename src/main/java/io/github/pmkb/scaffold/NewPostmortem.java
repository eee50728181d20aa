package io.github.pmkb.scaffold;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Map;
import io.github.pmkb.config.SiteConfig;
import io.github.pmkb.diag.PmkbException;
import io.github.pmkb.extract.Taxonomy;

/**
 * {@code pmkb new}: writes {@code content/<year>/<date>-<slug>.md} from the site's archetype
 * ({@code archetypes/postmortem.md} in the site, else the theme's). Never overwrites a file.
 */
public final class NewPostmortem {
  static final String ARCHETYPE = "archetypes/postmortem.md";

  private NewPostmortem() {}

  /**
   * What to create. {@code severity} is written as given (e.g. {@code SEV2}); when empty, the file
   * says where it goes instead of guessing one.
   */
  public record Request(String title, LocalDate date, String severity) {}

  /** Creates the file and returns its path; exits 1 through {@link PmkbException} if it exists. */
  public static Path create(SiteConfig config, Request request) {
    String slug = slug(request.title());
    if (slug.isEmpty()) throw new PmkbException(2, "the title needs at least one letter or digit");
    Path file = config.contentDir().resolve(String.valueOf(request.date().getYear()))
        .resolve(request.date() + "-" + slug + ".md");
    String severity = request.severity().strip();
    String text = Archetype.fill(archetype(config), Map.of(
        "title", Archetype.yamlString(request.title()),
        "date", request.date().toString(),
        "severity", severity,
        "severity_line", severity.isEmpty() ? "# severity: SEV1 (worst) to SEV4, once it is known" : "severity: " + severity,
        "root_causes", String.join(", ", Taxonomy.defaults().categories().stream()
            .map(Taxonomy.Category::id).filter(id -> !id.equals("unknown")).toList())));
    try {
      Files.createDirectories(file.getParent());
      // CREATE_NEW fails atomically if the file exists: an author's text is never replaced.
      Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
    } catch (FileAlreadyExistsException e) {
      throw new PmkbException(1, config.root().relativize(file) + " already exists; not overwritten");
    } catch (IOException e) {
      throw new PmkbException(3, "cannot write " + file + ": " + e.getMessage(), e);
    }
    return file;
  }

  /** The site's own archetype, else its theme's, else the built-in theme's. */
  private static String archetype(SiteConfig config) {
    Path own = config.root().resolve(ARCHETYPE);
    Path p = Files.isRegularFile(own) ? own : config.themeLayers().file(ARCHETYPE)
        .orElseThrow(() -> new PmkbException(3, "the built-in theme has no " + ARCHETYPE));
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new PmkbException(3, "cannot read " + p + ": " + e.getMessage(), e);
    }
  }

  /** Same rules as the build's slugs, so the file name predicts the page's URL. */
  static String slug(String title) {
    return io.github.pmkb.extract.Slugs.of(title);
  }
}
