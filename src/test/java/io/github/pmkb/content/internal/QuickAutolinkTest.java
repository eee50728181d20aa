package io.github.pmkb.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.misc.Extension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import io.github.pmkb.diag.Diagnostics;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import io.github.pmkb.testing.TestSeed;

/** {@link QuickAutolink} renders every text exactly as flexmark's autolink extension does. */
class QuickAutolinkTest {
  @Test
  void pmkbsRendererLinksBareAddresses() {
    Path root = Path.of("kb").toAbsolutePath();
    String html = new MarkdownRenderer().render("The status page https://status.example.org/x and ops@example.org knew first.\n",
        1, "content/x.md", root.resolve("content"), root, root.resolve("content"), null, new Diagnostics()).html();
    assertThat(html).contains("<a href=\"https://status.example.org/x\">", "<a href=\"mailto:ops@example.org\">");
  }

  /** A parser and renderer with pmkb's extensions and the given autolink extension. */
  private record Markdown(Parser parser, HtmlRenderer renderer) {
    static Markdown with(Extension autolink) {
      MutableDataSet options = new MutableDataSet();
      options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), StrikethroughExtension.create(),
          TaskListExtension.create(), autolink, AnchorLinkExtension.create()));
      options.set(HtmlRenderer.GENERATE_HEADER_ID, true);
      options.set(HtmlRenderer.RENDER_HEADER_ID, true);
      return new Markdown(Parser.builder(options).build(), HtmlRenderer.builder(options).build());
    }

    String render(String markdown) {
      return renderer.render(parser.parse(markdown));
    }
  }

  private static void assertSame(List<String> texts) {
    Markdown quick = Markdown.with(QuickAutolink.create());
    Markdown flexmark = Markdown.with(AutolinkExtension.create());
    for (String t : texts) assertThat(quick.render(t)).as(t).isEqualTo(flexmark.render(t));
  }

  private static final String[] PIECES = {"see", "https://example.org/a?b=c", "http://x.y", "ftp://h/p", "mailto:a@b.c",
      "ops@example.com", "a@b", "www.example.com", "WWW.Example.com", "wwwx", "w.w.w", "&#58;", "&#64;", "&amp;",
      "http&#58;//e.org", "ops&#64;example.com", "\\:", "\\@", "`code http://x.y`", "**bold www.e.org**", "[l](http://a.b)",
      "<http://auto.link>", "# Heading http://h.org", "| a | http://t.able |", "x://", "(http://p.q)", "é", "\n", "\n\n",
      "- item ops@e.org", "1. step", ":", "@", "w", "ww", "www", "www."};

  @Test
  void randomTextRendersAsWithTheExtension() {
    long seed = TestSeed.get();
    Random r = new Random(seed);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      StringBuilder b = new StringBuilder();
      for (int k = r.nextInt(12); k > 0; k--) b.append(PIECES[r.nextInt(PIECES.length)]).append(r.nextInt(3) == 0 ? "" : " ");
      texts.add(b.toString());
    }
    System.out.println("QuickAutolinkTest seed " + seed);
    assertSame(texts);
  }

  @Test
  void textWithoutLinkCharactersIsLeftAlone() {
    assertThat(QuickAutolink.mayLink(com.vladsch.flexmark.util.sequence.BasedSequence.of("plain words. here"))).isFalse();
    assertThat(QuickAutolink.mayLink(com.vladsch.flexmark.util.sequence.BasedSequence.of("go to Www.x"))).isTrue();
    assertThat(QuickAutolink.mayLink(com.vladsch.flexmark.util.sequence.BasedSequence.of("a&#64;b"))).isTrue();
  }

  @Test
  void ownAndRealPostmortemsRenderAsWithTheExtension() throws IOException {
    List<String> texts = new ArrayList<>();
    for (String dir : List.of("src/test/resources/fixtures", "src/test/resources/sites/own/content", "content",
        "../shared/corpus/real")) {
      if (!Files.isDirectory(Path.of(dir))) continue;
      try (Stream<Path> files = Files.walk(Path.of(dir))) {
        for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) texts.add(Files.readString(f));
      }
    }
    Assumptions.assumeTrue(texts.size() > 10, "no postmortems found");
    assertSame(texts);
  }
}
