package io.github.pmkb.render;

import java.util.regex.Pattern;
import java.util.List;
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
 *
 * <p>Links that may leave the site get {@code rel="noopener noreferrer"}; in-page anchors
 * ({@code #root-cause}) and plain relative links do not: no {@code target} attribute is ever
 * allowed, so no link opens a new window that could reach back, and the rel only cost bytes (a
 * dozen heading anchors on every incident page).
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
          .allowElements(HtmlSanitizer::relsOnLinksThatLeave, "a")
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

  /** Adds the rels to a link unless it surely stays on this site; runs after the attributes were filtered. */
  private static String relsOnLinksThatLeave(String element, List<String> attrs) {
    for (int i = 0; i + 1 < attrs.size(); i += 2) {
      if (attrs.get(i).equals("href") && !staysOnSite(attrs.get(i + 1))) {
        attrs.add("rel");
        attrs.add("noopener noreferrer");
        break;
      }
    }
    return element;
  }

  /**
   * True for an in-page fragment ({@code #x}) and a relative path that starts with a letter,
   * digit, dot or underscore and has no scheme ({@code ../2021/db.md}, {@code notes.html#x}).
   * Anything else keeps the rels: schemes, {@code //host}, and {@code /} or {@code \} first
   * (browsers read {@code \\host} as {@code //host}).
   */
  static boolean staysOnSite(String href) {
    if (href.startsWith("#")) return true;
    if (href.isEmpty()) return false;
    char c = href.charAt(0);
    if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '_')) return false;
    for (int i = 0; i < href.length(); i++) {
      char d = href.charAt(i);
      if (d == ':') return false;
      if (d == '/' || d == '?' || d == '#') return true;
    }
    return true;
  }

  /** {@code html} with everything that could run or restyle the page removed. */
  public static String sanitize(String html) {
    return POLICY.sanitize(html);
  }
}
