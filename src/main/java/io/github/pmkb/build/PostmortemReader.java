package io.github.pmkb.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import io.github.pmkb.content.ContentParser;
import io.github.pmkb.content.ParsedDoc;
import io.github.pmkb.content.SourceReader;
import io.github.pmkb.diag.Diagnostic;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.extract.Extractor;
import io.github.pmkb.jbake.JBakeHeaderReader;
import io.github.pmkb.model.Postmortem;

/**
 * Reads postmortem files outside a build, for {@code pmkb inspect} and {@code pmkb check}: the
 * same decode, parse and extract stages, one file at a time, with each file's diagnostics.
 */
public final class PostmortemReader {
  /** One file's outcome; the postmortem is empty when the file could not be used at all. */
  public record Read(String file, Optional<Postmortem> postmortem, List<Diagnostic> diagnostics) {}

  private PostmortemReader() {}

  /** Every {@code *.md}/{@code *.markdown}/{@code *.txt} file under the paths, sorted, read relative to {@code root}. */
  public static List<Read> read(Path root, List<Path> paths) {
    Path base = root.toAbsolutePath().normalize();
    JBakeHeaderReader jbake = jbake(base);
    ContentParser parser = new ContentParser(base, base, jbake, "~~~~~~");
    List<Read> out = new ArrayList<>();
    for (Path f : files(paths)) {
      Path abs = f.toAbsolutePath().normalize();
      Diagnostics d = new Diagnostics();
      Optional<ParsedDoc> doc = SourceReader.read(abs.startsWith(base) ? base : abs.getParent(), abs, d)
          .flatMap(s -> parser.parse(s, d));
      Optional<Postmortem> pm = doc.map(p -> Extractor.extract(p, d));
      String rel = abs.startsWith(base) ? SourceReader.relative(base, abs) : abs.toString();
      out.add(new Read(rel, pm, d.list()));
    }
    return out;
  }

  private static JBakeHeaderReader jbake(Path root) {
    try {
      return JBakeHeaderReader.forSite(root, root.resolve("site.properties"));
    } catch (RuntimeException e) {
      // Without site settings JBake headers cannot be read; such files get an FM004 error.
      return null;
    }
  }

  static List<Path> files(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        try (Stream<Path> walk = Files.walk(p)) {
          walk.filter(Files::isRegularFile).filter(PostmortemReader::isContent).sorted().forEach(out::add);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot list " + p, e);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private static boolean isContent(Path p) {
    String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
    return n.endsWith(".md") || n.endsWith(".markdown");
  }
}
