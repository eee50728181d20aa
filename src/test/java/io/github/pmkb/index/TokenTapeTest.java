package io.github.pmkb.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.Test;
import io.github.pmkb.testing.TestSeed;

/**
 * A {@link TokenTape} replays exactly what the two analyzers give: the text chain per text, the
 * shingle chain over the texts joined by line breaks (terms, increments, offsets, end state).
 */
class TokenTapeTest {
  /** Compares the texts in groups of four, as a document's title, summary, root cause and body. */
  private static void assertSame(List<String> texts) {
    try (Analyzer text = Analyzers.text(); Analyzer pairs = Analyzers.shingles(); Analyzer recording = Analyzers.recording()) {
      for (int i = 0; i < texts.size(); i += 4) {
        List<String> group = texts.subList(i, Math.min(texts.size(), i + 4));
        List<TokenTape> tapes = new ArrayList<>();
        for (String s : group) {
          TokenTape tape = TokenTape.of(recording, s);
          tapes.add(tape);
          assertThat(NormalisingTest.tokens(tape.text())).as(s)
              .isEqualTo(NormalisingTest.tokens(text.tokenStream(Fields.BODY, s)));
        }
        String joined = String.join("\n", group);
        assertThat(NormalisingTest.tokens(TokenTape.pairs(tapes))).as(joined)
            .isEqualTo(NormalisingTest.tokens(pairs.tokenStream(Fields.SHINGLES, joined)));
      }
    }
  }

  @Test
  void randomTextGivesBothChainsTokens() {
    long seed = TestSeed.get();
    Random r = new Random(seed);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 2_000; i++) texts.add(NormalisingTest.random(r, r.nextInt(40)));
    texts.addAll(List.of("", "the", "", "db-prod-17 the", "the db-prod-17", "how-to", "", "'s"));
    System.out.println("TokenTapeTest seed " + seed);
    assertSame(texts);
  }

  @Test
  void ownPostmortemsGiveBothChainsTokens() throws IOException {
    assertSame(NormalisingTest.ownTexts());
  }

  @Test
  void realPostmortemsGiveBothChainsTokens() throws IOException {
    assertSame(NormalisingTest.realTexts());
  }
}
