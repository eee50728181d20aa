package io.github.pmkb.index;

import java.io.IOException;
import org.apache.lucene.analysis.CharArrayMap;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;

/**
 * After the Porter stemmer: a closed table of whole stems that Porter leaves apart from their
 * verb, so that "resolution" meets "resolve", "notification" "notify", "subscription"
 * "subscribe", "failure" "fail" (a "failover", Porter's {@code failov}, stays apart). Whole
 * stems only: rules on endings also joined unrelated families ("production" with "producer",
 * "consumption" with a Kafka "consumer", "specific" with "specified"), so {@code product} and
 * {@code consumpt} stay out on purpose. The browser's stemmer, inline in every search page, holds
 * the same table, and AnalyzerParityTest holds the two together.
 */
final class Conflate extends TokenFilter {
  /** Porter stem, then the stem of its verb. */
  static final String TABLE = "resolut:resolv notifi:notif verifi:verif modifi:modif subscript:subscrib"
      + " descript:describ reduct:reduc introduct:introduc absorpt:absorb assumpt:assum failur:fail";

  private static final CharArrayMap<String> STEMS = new CharArrayMap<>(16, false);

  static {
    for (String rule : TABLE.split(" ")) {
      String[] r = rule.split(":");
      STEMS.put(r[0], r[1]);
    }
  }

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
    String to = STEMS.get(t.buffer(), 0, t.length());
    if (to != null) t.setEmpty().append(to);
  }
}
