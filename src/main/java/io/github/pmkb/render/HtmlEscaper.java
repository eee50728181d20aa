package io.github.pmkb.render;

import io.github.pmkb.escape.Markup;
import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;

/**
 * Pebble's {@code html} escaping strategy, done by pmkb's one escaper ({@link Markup}): the five
 * characters Pebble's unbescape call escapes, written the same way, and XML-invalid control
 * characters dropped.
 *
 * <p>Why not unbescape: its first call builds the HTML4 and HTML5 entity tables (over 2,000
 * entries) in a static initialiser, which took about 0.2 s of CPU before the first page
 * rendered, a tenth of the example site's whole build; render threads waited on it.
 */
final class HtmlEscaper implements EscapingStrategy {
  @Override
  public String escape(String input) {
    return Markup.escape(input);
  }
}
