package io.github.pmkb.index;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * After the Porter stemmer: the Latin stem alternations it leaves apart, recoded the way Lovins'
 * stemmer (1968) recodes them, so that "resolution" meets "resolver", "consumption" "consume",
 * "reduction" "reduce", "subscription" "subscribe", and "notification" "notify" (Porter's
 * "notif" and "notifi"). One rule per term, on its ending, whatever the term's length (the
 * browser's stemmer, inline in every search page, applies the same table with its Porter rules'
 * helper, and AnalyzerParityTest holds the two together).
 */
final class Conflate extends TokenFilter {
  /** Ending, then what replaces it; the first that matches applies. */
  private static final String[][] RULES = {
      {"olut", "olv"}, {"umpt", "um"}, {"script", "scrib"}, {"rpt", "rb"}, {"uct", "uc"}, {"ifi", "if"}};

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  Conflate(TokenStream in) {
    super(in);
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) return false;
    if (!keyword.isKeyword()) recode(term);
    return true;
  }

  static void recode(CharTermAttribute t) {
    int n = t.length();
    char[] b = t.buffer();
    for (String[] r : RULES) {
      String end = r[0];
      if (n < end.length() || !endsWith(b, n, end)) continue;
      t.setLength(n - end.length()).append(r[1]);
      return;
    }
  }

  private static boolean endsWith(char[] b, int n, String end) {
    for (int i = 0, at = n - end.length(); i < end.length(); i++) if (b[at + i] != end.charAt(i)) return false;
    return true;
  }
}
