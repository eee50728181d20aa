package io.github.pmkb.search.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.index.Analyzers;
import io.github.pmkb.testing.Node;
import io.github.pmkb.testing.SiteFixture;

/**
 * The browser's analyzer ({@code search-analyzer.js}) gives the same terms as {@link
 * Analyzers#text()} and {@link Analyzers#shingles()} over tricky strings, seeded random strings and
 * every line of the repository's example postmortems.
 */
class AnalyzerParityTest {
  static final long SEED = Long.getLong("pmkb.seed", 20261122L);

  static final List<String> TRICKY = List.of(
      "db-prod-17 INC-48213 v2.14.3 10.0.3.17 0x7fff5fbff8a8 e5f6a7b", "OOMKilled getUserId HTTPServerError XMLHttpRequest",
      "the service's outage; the services' owners; it’s James’s", "snake_case_name dotted.name.v2 a--b a..b 'quoted'",
      "Caresses ponies ties caress cats feed agreed plastered bled motoring sing conflated troubled sized hopping",
      "tanned falling hissing fizzed failing filing happy sky relational conditional rational valenci hesitanci",
      "digitizer conformabli radicalli differentli vileli analogousli vietnamization predication operator feudalism",
      "decisiveness hopefulness callousness formaliti sensitiviti sensibiliti triplicate formative formalize",
      "electriciti electrical hopeful goodness revival allowance inference airliner gyroscopic adjustable defensible",
      "irritant replacement adjustment dependent adoption homologou communism activate angulariti homologous effective",
      "bowdlerize probate rate cease controll roll generalizations oscillators y yy yyy ys by sky skies dying",
      "ΣΑΣ Σίσυφος İstanbul ıi ß STRASSE ﬁle café café naïve Ⅻ ² ٣٤ 東京 서울 हिन्दी 𝒜𝒷𝒸 😀 a😀b",
      "MEMORY-LEAK Memory_Leak memoryLeak memory.leak 2024-03-01T10:15:00Z 99.95% p99 5xx HTTP/2 TLSv1.3",
      // index/Conflate's table, row by row, and words near it that must stay apart.
      "resolution resolutions notification notified verification verified modification modifies subscription",
      "description reductions introduction absorption assumption assumptions transcript prompted",
      "production producer consumption consumer specific specified absolute resolutely resolver Resolut",
      "failure failures Failure's failed failing fails fail failover failovers failsafe failurefailover",
      "to be or not to be, that is the question; and then there were none", "x", "", "  ", "'s", "a's b’S");

  @Test
  void javascriptTermsEqualLuceneTerms(@TempDir Path tmp) throws IOException {
    assumeTrue(Node.find().isPresent(), "node is not installed: analyzer parity not checked");
    List<String> samples = new ArrayList<>(TRICKY);
    samples.addAll(randomStrings(new Random(SEED), 3000));
    samples.addAll(suffixedWords(new Random(SEED), 3000));
    samples.addAll(contentLines(SiteFixture.repoRoot().resolve("content")));
    assertThat(samples).hasSizeGreaterThan(3000);

    Json json = new Json().raw("[");
    for (int i = 0; i < samples.size(); i++) (i > 0 ? json.raw(",") : json).str(samples.get(i));
    Path in = tmp.resolve("samples.json");
    Files.writeString(in, json.raw("]").toString(), StandardCharsets.UTF_8);
    String[] lines = Node.run("analyzer-parity.mjs", in.toString()).split("\n", -1);

    List<String> mismatches = new ArrayList<>();
    try (Analyzer text = Analyzers.text(); Analyzer pairs = Analyzers.shingles()) {
      for (int i = 0; i < samples.size(); i++) {
        String expected = String.join("\t", terms(text, samples.get(i))) + "|" + String.join("\t", terms(pairs, samples.get(i)));
        if (!expected.equals(lines[i])) mismatches.add(samples.get(i) + "\n  java: " + expected + "\n  js:   " + lines[i]);
      }
    }
    assertThat(mismatches).as("seed %d: strings analysed differently (%d of %d)", SEED, mismatches.size(), samples.size())
        .isEmpty();
  }

  /**
   * Lines of ten words made of random letters and the suffixes the Porter stemmer's rules name, so
   * that every rule and its exceptions run (the page's stemmer is written short, not line by line).
   */
  static List<String> suffixedWords(Random r, int lines) {
    String[] suffixes = ("ational tional enci anci izer bli alli entli eli ousli ization ation ator alism iveness fulness"
        + " ousness aliti iviti biliti logi icate ative alize iciti ical ful ness al ance ence er ic able ible ant ement ment"
        + " ent ism ate iti ous ive ize sion tion ion ou sses ies ss s eed ed ing y e ll at bl iz").split(" ");
    String letters = "abcdeefghiiklmnoopqrsstuuvwxyyz";
    List<String> out = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      StringBuilder line = new StringBuilder();
      for (int w = 0; w < 10; w++) {
        if (w > 0) line.append(' ');
        for (int j = 1 + r.nextInt(7); j > 0; j--) line.append(letters.charAt(r.nextInt(letters.length())));
        for (int j = r.nextInt(3); j > 0; j--) line.append(suffixes[r.nextInt(suffixes.length)]);
      }
      out.add(line.toString());
    }
    return out;
  }

  static List<String> terms(Analyzer a, String s) throws IOException {
    List<String> out = new ArrayList<>();
    try (TokenStream ts = a.tokenStream("body", s)) {
      CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) out.add(t.toString());
      ts.end();
    }
    return out;
  }

  /** Strings over an alphabet chosen to hit every rule: cases, digits, joiners, marks, surrogates. */
  static List<String> randomStrings(Random r, int n) {
    String[] pieces = {"a", "e", "i", "o", "u", "y", "s", "t", "n", "l", "g", "d", "A", "B", "K", "Y", "S", "0", "1", "7",
        "-", "_", ".", "'", "\u2019", " ", " ", "ing", "ed", "ation", "ness", "ies", "'s", "é", "\u0301", "ß", "Σ", "İ",
        "ı", "ǅ", "\u0903", "²", "٣", "𝒜", "😀", "/", ":", "the", "of", "Http", "XML"};
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder s = new StringBuilder();
      int len = 1 + r.nextInt(12);
      for (int k = 0; k < len; k++) s.append(pieces[r.nextInt(pieces.length)]);
      out.add(s.toString());
    }
    return out;
  }

  static List<String> contentLines(Path dir) {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> walk = Files.walk(dir)) {
      List<String> out = new ArrayList<>();
      for (Path p : walk.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
        out.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
