package io.github.pmkb.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import io.github.pmkb.diag.SourcePos;

/** Front matter nesting is bounded before SnakeYAML recurses into it; real front matter passes. */
class YamlNestingTest {
  private static final int N = 5_000;

  @Test
  void deepFlowListsAndMapsAreFoundWhereTheyPassTheLimit() {
    assertThat(YamlNesting.tooDeep("title: T\nx: " + "[".repeat(N) + "]".repeat(N), 2, "a.md"))
        .contains(new SourcePos("a.md", 3, 3 + YamlNesting.MAX_DEPTH));
    assertThat(YamlNesting.tooDeep("x: " + "{a: ".repeat(N) + "1" + "}".repeat(N), 2, "a.md")).isPresent();
    assertThat(YamlNesting.tooDeep("x: " + "[{".repeat(N), 2, "a.md")).isPresent();
  }

  @Test
  void deepCompactBlockSequencesAreFound() {
    assertThat(YamlNesting.tooDeep("x:\n" + "- ".repeat(N) + "leaf", 2, "a.md")).get()
        .extracting(SourcePos::line).isEqualTo(3);
    assertThat(YamlNesting.tooDeep("? ".repeat(N) + "k", 2, "a.md")).isPresent();
  }

  @Test
  void realFrontMatterIsNotTooDeep() {
    String yaml = """
        title: "Brackets [[[[ in quotes ]]]]"
        note: 'also {{{{ here'
        tags: [db, {team: ops, on: [call]}]   # a comment with [[[[
        services:
          - name: api
            owners:
              - alice
              - bob
        summary: |
          A block scalar holds text: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[
          and more [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[
        date: 2024-01-01
        """;
    assertThat(YamlNesting.tooDeep(yaml, 2, "a.md")).isEmpty();
  }

  @Test
  void nestingJustBelowTheLimitPasses() {
    int d = YamlNesting.MAX_DEPTH - 1;
    assertThat(YamlNesting.tooDeep("x: " + "[".repeat(d) + "]".repeat(d), 2, "a.md")).isEmpty();
    assertThat(YamlNesting.tooDeep("x: " + "[".repeat(d + 1) + "]".repeat(d + 1), 2, "a.md")).isPresent();
  }
}
