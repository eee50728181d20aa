// Re-exports the browser index of an already built knowledge base (bench only):
//   java -cp target/classes:target/lib/'*' bench/Export.java <kb>/target/pmkb-cache/index <site>/search
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import io.github.pmkb.search.export.BrowserIndex;

public class Export {
  public static void main(String[] args) throws Exception {
    Path out = Path.of(args[1]);
    if (Files.exists(out)) try (var w = Files.walk(out)) { for (Path p : w.sorted(Comparator.reverseOrder()).toList()) Files.delete(p); }
    long t = System.nanoTime();
    var files = BrowserIndex.export(Path.of(args[0]), slug -> "incidents/" + slug + ".html");
    for (var e : files.entrySet()) {
      Path f = out.resolve(e.getKey());
      Files.createDirectories(f.getParent());
      Files.write(f, e.getValue());
    }
    System.out.printf("exported %d files in %d ms%n", files.size(), (System.nanoTime() - t) / 1_000_000);
  }
}
