package io.github.pmkb.index;

import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.shingle.ShingleFilter;

/**
 * pmkb's analysis chains. They are deliberately small and deterministic so that the browser
 * search (shared/docs/SEARCH.md) can run the same steps in JavaScript and get the same terms.
 *
 * <p><b>Text</b> ({@link #text()}), for every prose field, at index and query time:
 *
 * <ol>
 *   <li>tokenize: each match of {@link #TOKEN}, i.e. runs of letters, marks and digits, joined by
 *       single {@code - _ . ' ’} characters ({@code db-prod-17}, {@code v2.14.3}, {@code
 *       service's}); everything else separates tokens;
 *   <li>split identifiers ({@link IdentifierParts}): the whole token, then its parts, the first
 *       part stacked on the whole;
 *   <li>lower-case ({@code Character.toLowerCase} per code point);
 *   <li>strip a trailing English possessive {@code 's} / {@code ’s};
 *   <li>drop Lucene's English stop words ({@link EnglishAnalyzer#ENGLISH_STOP_WORDS_SET}, 33
 *       words), keeping the position gap;
 *   <li>Porter stemming (Lucene's {@code PorterStemmer}, the original 1980 algorithm).
 * </ol>
 *
 * <p><b>Shingles</b> ({@link #shingles()}): the same tokens, parts only (no whole identifiers),
 * no stop-word removal, stemmed, then each adjacent pair joined by one space ({@code "memori
 * leak"}) and no single words. Stop words are kept so that pairs never span a removed word.
 *
 * <p>Synonyms are not part of either chain: they are expanded at query time by the search
 * package, so the index (and its browser export) does not depend on the synonym list.
 */
public final class Analyzers {
  /** A token: see the class comment. JavaScript: {@code /[\p{L}\p{M}\p{N}]+(?:[-_.'’][\p{L}\p{M}\p{N}]+)*}/gu}. */
  public static final Pattern TOKEN =
      Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:[-_.'\u2019][\\p{L}\\p{M}\\p{N}]+)*");

  private Analyzers() {}

  /** The prose chain; see the class comment. */
  public static Analyzer text() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new WordTokenizer();
        TokenStream s = new IdentifierSplitFilter(source, true);
        // Lower-case, possessive, stop words, Porter: see Normalising.
        s = Normalising.chain(s, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return new TokenStreamComponents(source, s);
      }

      @Override
      protected TokenStream normalize(String fieldName, TokenStream in) {
        return new LowerCaseFilter(in);
      }
    };
  }

  /**
   * The chain {@link TokenTape} records once for both of the above: the text chain with stop
   * words and whole identifiers marked rather than dropped. Lucene keeps one per thread, each with
   * its word memo ({@link Normalising#MAX_WORDS}); closing the analyzer frees them, so the index
   * stage opens one per build rather than keeping them for the process's life ({@code pmkb serve}).
   */
  static Analyzer recording() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new WordTokenizer();
        TokenStream s = Normalising.marking(new IdentifierSplitFilter(source, true), EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
        return new TokenStreamComponents(source, s);
      }
    };
  }

  /** The word-pair chain; see the class comment. */
  public static Analyzer shingles() {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new WordTokenizer();
        TokenStream s = new IdentifierSplitFilter(source, false);
        // Lower-case, possessive, Porter: see Normalising.
        s = Normalising.chain(s, null);
        ShingleFilter shingles = new ShingleFilter(s, 2, 2);
        shingles.setOutputUnigrams(false);
        return new TokenStreamComponents(source, shingles);
      }
    };
  }
}
