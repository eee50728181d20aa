package io.github.pmkb.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import io.github.pmkb.content.FrontMatter.Kind;

class FrontMatterSplitterTest {
  private static FrontMatterSplitter.Split split(String text) {
    return FrontMatterSplitter.split(text, "~~~~~~");
  }

  @Test
  void splitsYamlAndKnowsWhereTheBodyStarts() {
    var s = split("---\ntitle: x\ndate: 2024-01-02\n---\n# Body\n");
    assertThat(s.kind()).isEqualTo(Kind.YAML);
    assertThat(s.header()).isEqualTo("title: x\ndate: 2024-01-02");
    assertThat(s.bodyStartLine()).isEqualTo(5);
    assertThat(s.body()).isEqualTo("# Body\n");
  }

  @Test
  void aRuleFollowedByProseIsNotFrontMatter() {
    var s = split("---\nThe outage began at noon.\n---\n");
    assertThat(s.kind()).isEqualTo(Kind.NONE);
    assertThat(s.bodyStartLine()).isEqualTo(1);
  }

  @Test
  void reportsAnUnclosedYamlBlock() {
    var s = split("---\ntitle: x\n\nbody\n");
    assertThat(s.kind()).isEqualTo(Kind.YAML);
    assertThat(s.unclosed()).isTrue();
  }

  @Test
  void splitsAJBakeHeader() {
    var s = split("title=T\nstatus=published\n~~~~~~\n\nbody");
    assertThat(s.kind()).isEqualTo(Kind.JBAKE);
    assertThat(s.header()).isEqualTo("title=T\nstatus=published");
    assertThat(s.bodyStartLine()).isEqualTo(4);
  }

  @Test
  void proseBeforeATildeLineIsNotAJBakeHeader() {
    assertThat(split("Summary of the day\n~~~~~~\n").kind()).isEqualTo(Kind.NONE);
  }

  @Test
  void plainProseHasNoFrontMatter() {
    var s = split("0x19. Postmortem\nIssue Summary\n");
    assertThat(s.kind()).isEqualTo(Kind.NONE);
    assertThat(s.body()).isEqualTo("0x19. Postmortem\nIssue Summary\n");
  }
}
