package io.github.pmkb.jbake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jbake.app.configuration.DefaultJBakeConfiguration;
import org.jbake.app.configuration.JBakeConfigurationFactory;
import org.jbake.model.DocumentModel;
import org.jbake.parser.MarkupEngine;
import org.jbake.parser.ParserContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.testing.SiteFixture;
import io.github.pmkb.testing.TestSeed;

/**
 * pmkb reads JBake headers from the text it decoded; jbake-core 2.7 reads them from the file.
 * Random headers made of the lines that make a difference (keys in any case, tags with spaces,
 * JSON and broken JSON, empty values, lines without {@code =}, separators with blanks) must give
 * the same values both ways, except the date of a header without one (JBake takes the file's
 * time; pmkb takes none). The seed is printed.
 */
class JBakeHeaderParityTest {
  @TempDir Path tmp;

  private static final String[] LINES = {"title=Queue backlog", "title = Spaced  ", "Title=Upper", "date=2023-07-01",
      "DATE=2024-02-30", "date=not a date", "date=2024-13-01", "tags=queue, capacity planning ,db", "tags=",
      "Tags=One", "cached=false", "CACHED=yes", "status=draft", "status=", "type=page", "type=", "meta={\"owner\": \"ops\"}",
      "broken={\"owner\": }", "empty=", "=nokey", "x=a=b", "", "no equals here", "  ~~~~~~  ", "summary=a, b"};

  /** jbake-core's own parser, header only, as pmkb used it before reading headers from text. */
  private static final class HeaderOnly extends MarkupEngine {
    @Override
    public void processBody(ParserContext context) {}
  }

  @Test
  void randomHeadersReadAsJBakeReadsThem() throws Exception {
    Path root = SiteFixture.write(tmp, "-- site.properties --\nsite.title=x\n");
    DefaultJBakeConfiguration cfg = new JBakeConfigurationFactory().createDefaultJbakeConfiguration(root.toFile(),
        new File(root.toFile(), "target"), root.resolve("site.properties").toFile(), false);
    cfg.setDefaultType("post");
    cfg.setDefaultStatus("published");
    JBakeHeaderReader ours = JBakeHeaderReader.forSite(root, root.resolve("site.properties"));
    Path file = root.resolve("a.md");
    long seed = TestSeed.get();
    System.out.println("JBakeHeaderParityTest seed " + seed);
    Random r = new Random(seed);
    for (int t = 0; t < 400; t++) {
      StringBuilder text = new StringBuilder();
      int n = r.nextInt(6);
      for (int i = 0; i < n; i++) text.append(LINES[r.nextInt(LINES.length)]).append('\n');
      text.append(r.nextInt(8) == 0 ? "~~~~~~ \n" : "~~~~~~\n").append("body\n");
      Files.writeString(file, text, StandardCharsets.UTF_8);

      Map<String, Object> want = jbake(new HeaderOnly().parse(cfg, file.toFile()));
      Map<String, Object> got = ours.read(text.toString()).orElseThrow();
      if (!got.containsKey("date")) want.remove("date");
      assertThat(got).as("seed %d, header:%n%s", seed, text).isEqualTo(want);
    }
  }

  private static Map<String, Object> jbake(DocumentModel model) {
    Map<String, Object> out = new LinkedHashMap<>();
    model.forEach((key, v) -> {
      if ("body".equals(key) || v == null) return;
      if (v instanceof Date d) v = LocalDate.ofInstant(d.toInstant(), ZoneId.systemDefault());
      if (v instanceof String[] arr) v = List.of(arr);
      out.put(key, v);
    });
    return out;
  }
}
