package io.github.pmkb.content;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes the front matter splitter. In a normal test run only the committed inputs in {@code
 * FrontMatterSplitterFuzzTestInputs/} run; {@code -Pfuzz} (JAZZER_FUZZ=1) searches for new ones.
 */
class FrontMatterSplitterFuzzTest {
  @FuzzTest
  void splitsAnyTextIntoHeaderAndBody(byte[] input) {
    // Raw bytes keep the committed inputs readable files; the decoder replaces invalid UTF-8.
    String text = new String(input, StandardCharsets.UTF_8);
    FrontMatterSplitter.Split s = FrontMatterSplitter.split(text, "~~~~~~");
    assertThat(s.headerStartLine()).isPositive();
    assertThat(s.bodyStartLine()).isPositive();
    // Splitting never invents text: the body is the end of the input.
    assertThat(text).endsWith(s.body());
    if (s.kind() == FrontMatter.Kind.NONE) assertThat(s.body()).isEqualTo(text);
  }
}
