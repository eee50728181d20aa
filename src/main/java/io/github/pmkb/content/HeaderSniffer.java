package io.github.pmkb.content;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.pmkb.diag.SourcePos;

/**
 * Recognises half-finished metadata blocks the splitter could not accept, so the author hears
 * about them instead of seeing {@code title=...} printed at the top of the page: a JBake header
 * whose {@code ~~~~~~} line is missing. The evidence required is two {@code key=value} lines at
 * the top of the file, one of them a key JBake itself interprets; prose rarely starts that way.
 */
final class HeaderSniffer {
  private static final Pattern KEY_VALUE = Pattern.compile("^\\s*([A-Za-z_][\\w.-]*)\\s*=.*");
  private static final Set<String> JBAKE_KEYS = Set.of("title", "date", "type", "status", "tags", "slug", "summary",
      "jbake-tags");

  private HeaderSniffer() {}

  /**
   * The position just after the last header-like line when {@code text} opens with a JBake
   * header that has no separator; empty otherwise.
   */
  static Optional<SourcePos> unterminatedJBake(String text, String rel) {
    String[] lines = text.split("\n", 50);
    int keyLines = 0;
    boolean known = false;
    int last = 0;
    for (int i = 0; i < lines.length && i < 40; i++) {
      if (lines[i].isBlank()) {
        if (keyLines > 0) break;
        continue;
      }
      Matcher m = KEY_VALUE.matcher(lines[i]);
      if (!m.matches()) break;
      keyLines++;
      known |= JBAKE_KEYS.contains(m.group(1));
      last = i + 1;
    }
    if (keyLines >= 2 && known) return Optional.of(SourcePos.of(rel, last + 1));
    return Optional.empty();
  }

  /**
   * True when a YAML block that the splitter saw as unclosed does close, only further down than
   * it looks ({@link FrontMatterSplitter#MAX_HEADER_LINES}): the block is too large, not open.
   */
  static boolean closesLater(String text) {
    return text.indexOf("\n---\n", 4) >= 0 || text.endsWith("\n---") || text.indexOf("\n...\n", 4) >= 0;
  }
}
