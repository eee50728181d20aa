package io.github.pmkb.content;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import io.github.pmkb.diag.Diagnostics;

/**
 * Fuzzes YAML front matter parsing (SnakeYAML Engine behind our boundary): any block either
 * parses or becomes a diagnostic; no exception escapes. SnakeYAML's {@code !o%e}
 * IllegalArgumentException is a committed input.
 */
class YamlFrontMatterParserFuzzTest {
  @FuzzTest
  void anyBlockParsesOrIsReported(byte[] input) {
    String block = new String(input, StandardCharsets.UTF_8);
    Diagnostics d = new Diagnostics();
    FrontMatterSplitter.Split split = new FrontMatterSplitter.Split(FrontMatter.Kind.YAML, block, 2, "", 3, false);
    if (YamlFrontMatterParser.parse("content/x.md", split, d).isEmpty() && !d.hasErrors()) {
      throw new AssertionError("front matter rejected without a diagnostic");
    }
  }
}
