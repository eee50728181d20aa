package io.github.pmkb.index;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.FlagsAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Emits the parts of identifier-like tokens ({@link IdentifierParts}) after, or instead of, the
 * whole token.
 *
 * <p>With {@code keepOriginal}, {@code db-prod-17} at position p gives {@code db-prod-17} at p,
 * {@code db} at p (stacked), {@code prod} at p+1 and {@code 17} at p+2: the whole identifier is
 * one exact term, and the phrase "db prod 17" matches too. This is what Lucene's
 * WordDelimiterGraphFilter with PRESERVE_ORIGINAL plus FlattenGraphFilter does, with rules short
 * enough to port to JavaScript. Without {@code keepOriginal} only the parts are emitted, which the
 * shingle chain needs (ShingleFilter does not expect stacked tokens).
 */
final class IdentifierSplitFilter extends TokenFilter {
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute posInc = addAttribute(PositionIncrementAttribute.class);
  private final FlagsAttribute flags = addAttribute(FlagsAttribute.class);
  private final boolean keepOriginal;

  /** {@link FlagsAttribute} bit of a whole identifier whose parts follow (with {@code keepOriginal}). */
  static final int WHOLE = 2;

  private char[] saved = new char[32];
  private List<int[]> parts = List.of();
  private int next;
  private int startOffset;
  /** Position increment of the first part: 0 when stacked on the original, else the token's own. */
  private int firstIncrement;

  IdentifierSplitFilter(TokenStream input, boolean keepOriginal) {
    super(input);
    this.keepOriginal = keepOriginal;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (next < parts.size()) {
      emitPart();
      return true;
    }
    if (!input.incrementToken()) return false;
    next = 0;
    if (IdentifierParts.isPlainWord(term.buffer(), term.length())) {
      parts = List.of();
      return true;
    }
    List<int[]> found = IdentifierParts.of(term.buffer(), term.length());
    parts = found.size() <= 1 ? List.of() : found;
    if (parts.isEmpty()) return true;
    if (saved.length < term.length()) saved = new char[term.length()];
    System.arraycopy(term.buffer(), 0, saved, 0, term.length());
    startOffset = offset.startOffset();
    if (keepOriginal) {
      firstIncrement = 0; // the whole token goes out now, unchanged; its parts follow
      flags.setFlags(flags.getFlags() | WHOLE);
      return true;
    }
    firstIncrement = posInc.getPositionIncrement();
    emitPart();
    return true;
  }

  private void emitPart() {
    int[] p = parts.get(next);
    term.copyBuffer(saved, p[0], p[1] - p[0]);
    offset.setOffset(startOffset + p[0], startOffset + p[1]);
    posInc.setPositionIncrement(next == 0 ? firstIncrement : 1);
    flags.setFlags(flags.getFlags() & ~WHOLE);
    next++;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    parts = List.of();
    next = 0;
  }
}
