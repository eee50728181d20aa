package io.github.pmkb.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Lists a static folder as output path to source file, in path order. */
public final class StaticFiles {
  private StaticFiles() {}

  public static Map<String, Path> list(Path dir) {
    Map<String, Path> out = new LinkedHashMap<>();
    if (!Files.isDirectory(dir)) return out;
    try (Stream<Path> walk = Files.walk(dir)) {
      List<Path> files = walk.filter(Files::isRegularFile).sorted().toList();
      for (Path f : files) out.put(dir.relativize(f).toString().replace('\\', '/'), f);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir, e);
    }
  }
}
