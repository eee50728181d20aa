package org.x.pmkb.render;

import java.util.regex.Pattern;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * The one gate between a postmortem's HTML and the page: the OWASP java-html-sanitizer with a
 * policy for what Markdown produces. Templates insert a body with {@code | raw} only after it has
 * passed here, so no {@code <script>}, event handler, {@code javascript:} URL, frame, form or
 * {@code <style>} reaches a reader, whatever the author wrote.
 *
 * <p>Kept: formatting, links (http, https, mailto, relative), images (http, https, relative),
 * tables, lists, {@code details}/{@code summary}, heading ids (anchor targets), {@code
 * class="language-*"} on code blocks (syntax highlighting) and the classes flexmark writes for
 * anchors and task lists. Thread-safe: one policy serves every page.
 */
public final class HtmlSanitizer {
  private static final Pattern LANGUAGE_CLASS = Pattern.compile("language-[A-Za-z0-9_+#.-]{1,40}");
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.:-]{0,120}");
  private static final Pattern FLEXMARK_CLASS = Pattern.compile("anchor|task-list-item|task-list-item-checkbox");

  private static final PolicyFactory POLICY = Sanitizers.FORMATTING
      .and(Sanitizers.BLOCKS)
      .and(Sanitizers.TABLES)
      .and(new HtmlPolicyBuilder()
          .allowElements("a")
          .allowStandardUrlProtocols() // http, https, mailto; relative URLs are always allowed
          .allowAttributes("href", "title").onElements("a")
          .requireRelsOnLinks("noopener", "noreferrer")
          .allowElements("img")
          .allowUrlProtocols("http", "https")
          .allowAttributes("src", "alt", "title", "width", "height").onElements("img")
          // Attributes below apply only to elements this builder allows itself (not BLOCKS' or TABLES').
          .allowElements("h1", "h2", "h3", "h4", "h5", "h6", "li", "ol", "ul", "th", "td")
          .allowElements("pre", "code", "hr", "br", "details", "summary", "del", "s", "ins", "mark", "sup", "sub",
              "kbd", "dl", "dt", "dd", "figure", "figcaption", "caption", "colgroup", "col")
          .allowAttributes("open").onElements("details")
          .allowAttributes("class").matching(LANGUAGE_CLASS).onElements("code", "pre")
          .allowAttributes("class").matching(FLEXMARK_CLASS).onElements("a", "li", "input")
          .allowAttributes("id").matching(ID).onElements("h1", "h2", "h3", "h4", "h5", "h6", "a", "li", "sup")
          .allowAttributes("align").matching(Pattern.compile("left|right|center")).onElements("th", "td")
          .allowElements("input")
          .allowAttributes("type").matching(Pattern.compile("checkbox")).onElements("input")
          .allowAttributes("checked", "disabled", "readonly").onElements("input")
          .allowAttributes("start").matching(Pattern.compile("\\d{1,9}")).onElements("ol")
          .toFactory());

  private HtmlSanitizer() {}

  /** {@code html} with everything that could run or restyle the page removed. */
  public static String sanitize(String html) {
    return POLICY.sanitize(html);
  }
}
