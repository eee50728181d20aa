package io.github.pmkb.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.pmkb.content.Outline;
import io.github.pmkb.model.Section;
import io.github.pmkb.model.SectionKind;

/**
 * Finds the sections of a postmortem in every heading style of POSTMORTEMS.md §3: ATX and Setext
 * headings, HTML {@code <h1>}, bold lines ({@code **Issue Summary:**}), plain label lines
 * ("Timeline", "Root Cause and Resolution:") and labels followed by text ("Root Cause: ...").
 *
 * <p>Heading text is normalised (emoji, numbering, decoration and parenthetical tails removed)
 * and matched by keyword on either side of a colon ("Issue Summary: The Authentication
 * Apocalypse").
 */
final class SectionFinder {
  /** A heading-like line, whatever its style. */
  record Heading(int index, String text, boolean labelWithText) {}

  private static final Pattern ATX = Pattern.compile("^\\s{0,3}#{1,6}\\s*(.*?)\\s*#*\\s*$");
  private static final Pattern HTML = Pattern.compile("^\\s*<h[1-6][^>]*>(.*?)</h[1-6]>\\s*$", Pattern.CASE_INSENSITIVE);
  private static final Pattern BOLD = Pattern.compile("^\\s*(?:[-*+]\\s+)?(\\*\\*|__)(.+?)\\1\\s*[:;]?\\s*$");
  private static final Pattern BOLD_LABEL = Pattern.compile("^\\s*(?:[-*+]\\s+)?(?:\\*\\*|__)(.{2,60}?)(?::\\s*(?:\\*\\*|__)|(?:\\*\\*|__)\\s*:)\\s*\\S.*$");
  private static final Pattern PLAIN_LABEL = Pattern.compile("^\\s{0,3}(?![-*+•|>]\\s|[|>])-{0,2}([\\p{L}][\\p{L}&/ ,'-]{1,50}?)\\s*:\\s*(\\S.*)?$");
  /** Any indentation: pasted documents centre their headings with spaces. */
  static final Pattern PLAIN = Pattern.compile("^\\s*(?![-*+•]\\s|[|>]|\\d+[.)])(\\S.{0,70}?)\\s*[:;]?\\s*$");

  /** Keyword rules, checked in order: the first that matches names the section. */
  private static final List<Rule> RULES = List.of(
      new Rule(SectionKind.TIMELINE, "\\btime ?line\\b|\\bchronology\\b|\\bsequence of events\\b|^events\\b"),
      new Rule(SectionKind.ROOT_CAUSE, "\\broot ?causes?\\b|\\bcontributing factors?\\b|\\btrigger\\b|"
          + "\\bwhat went wrong\\b|^causes?\\b|\\bcause (?:and|&)\\b|\\bwhy (?:did it|it|this) happen(?:ed)?\\b|\\bcauses? of\\b"),
      new Rule(SectionKind.ACTIONS, "\\bcorrective\\b|\\bprevent(?:at)?ive\\b|\\baction items?\\b|\\bimprovements?\\b|"
          + "^tasks?\\b|\\btasks to\\b|\\brecommendations?\\b|^to ?do\\b|\\bnext steps\\b|\\bfollow[- ]?ups?\\b|"
          + "\\bpreventive\\b|\\bprevention\\b|\\bmeasures\\b|\\bfuture (?:work|steps|actions)\\b|\\bremediation (?:items|actions|tasks|plan)\\b|"
          + "\\bprevent(?:ing)? (?:this|it|recurrence|future)\\b|\\bwhat we(?:'re| are| will be) (?:doing|changing|going to (?:do|change))\\b|\\bactions\\b(?! (?:taken|performed|done|carried out|during)\\b)"),
      new Rule(SectionKind.LESSONS, "\\blessons?\\b|^conclusions?\\b|\\bwhat went well\\b|\\bwhere we got lucky\\b|"
          + "\\btakeaways?\\b|\\bwhat didn'?t go\\b|\\blearnings?\\b"),
      new Rule(SectionKind.RESOLUTION, "\\bresolution\\b|\\bremediation\\b|\\bmitigation\\b|\\bactions taken\\b|"
          + "\\brecovery\\b|\\bresolved\\b|\\bfix(?:es)?\\b"),
      new Rule(SectionKind.IMPACT, "\\bimpact\\b|^severity\\b"),
      new Rule(SectionKind.SUMMARY, "\\bsummary\\b|^introduction\\b|\\boverview\\b|^what happened\\b|^description\\b|"
          + "^background\\b|^tl;? ?dr\\b|^executive summary\\b"),
      new Rule(SectionKind.OTHER, "^detection\\b|^duration\\b|^stats\\b|^attendees\\b|^authors?\\b|^status\\b|"
          + "^date\\b|^start time\\b|^end time\\b|^supporting information\\b"));

  private record Rule(SectionKind kind, Pattern pattern) {
    Rule(SectionKind kind, String regex) {
      this(kind, Pattern.compile(regex));
    }
  }

  private SectionFinder() {}

  /**
   * Sections in file order, each ending where the next section heading begins, or before a
   * Markdown heading inside it that names no section and is not below its own heading level ("##
   * Appendix" ends a "## Action items"; "### Database" inside it does not). A timeline runs on:
   * its entries may be headings ("## 08:52 PM").
   */
  static List<Section> sections(BodyLines lines, Outline outline) {
    // Only headings that name a section end one: "### 08:52 PM" inside a timeline does not.
    List<Heading> heads = new ArrayList<>();
    List<SectionKind> kinds = new ArrayList<>();
    int title = titleHeading(lines, outline);
    for (Heading h : headings(lines, outline)) {
      if (h.index() == title) continue;
      Optional<SectionKind> k = classify(h.text());
      if (k.isEmpty()) continue;
      heads.add(h);
      kinds.add(k.get());
    }
    List<Section> out = new ArrayList<>();
    for (int h = 0; h < heads.size(); h++) {
      Heading head = heads.get(h);
      Optional<SectionKind> kind = Optional.of(kinds.get(h));
      // A label line ("Root Cause: ...") covers its paragraph; a real heading runs to the next real
      // heading, so labels inside an "Issue Summary" do not cut it short.
      int next = h + 1;
      while (!head.labelWithText() && next < heads.size() && heads.get(next).labelWithText()) next++;
      int end = next < heads.size() ? heads.get(next).index() - 1 : lines.size() - 1;
      if (kind.get() != SectionKind.TIMELINE) end = Math.min(end, beforeOtherHeading(lines, outline, head, heads));
      while (end > head.index() && lines.isBlank(end)) end--;
      out.add(new Section(kind.get(), head.text(), lines.lineNo(head.index()), lines.lineNo(Math.max(end, head.index()))));
    }
    return out;
  }

  /** Words past which a heading that opens with a section word is a sentence ("Recommendations vanished from the home page"). */
  private static final int TITLE_WORDS = 4;

  /**
   * The index of the document's own title when it reads as a sentence that happens to open with
   * a section word, else -1: the only level-1 heading, first in the text, of more than
   * {@link #TITLE_WORDS} words. "# Recommendations vanished from the home page" is a title, not
   * a "recommendations" section; "# Root cause" or several level-1 headings are sections.
   */
  private static int titleHeading(BodyLines lines, Outline outline) {
    Outline.Heading first = null;
    for (Outline.Heading h : outline.headings()) {
      if (h.level() != 1) continue;
      if (first != null) return -1;
      first = h;
    }
    if (first == null) return -1;
    int k = lines.indexOf(first.line());
    for (int i = 0; i < k && i < lines.size(); i++) if (!lines.isBlank(i)) return -1;
    Heading h = k >= 0 && k < lines.size() ? heading(k, lines.get(k), true) : null;
    return h != null && words(normalise(h.text())) > TITLE_WORDS ? k : -1;
  }

  /** The index before the first Markdown heading after {@code head} that is no section heading and not below its level. */
  private static int beforeOtherHeading(BodyLines lines, Outline outline, Heading head, List<Heading> sectionHeads) {
    int level = 7; // a bold or plain label: any Markdown heading ends it
    for (Outline.Heading h : outline.headings()) if (lines.indexOf(h.line()) == head.index()) level = h.level();
    java.util.Set<Integer> starts = new java.util.HashSet<>();
    for (Heading h : sectionHeads) starts.add(h.index());
    for (Outline.Heading h : outline.headings()) {
      int k = lines.indexOf(h.line());
      if (k > head.index() && h.level() <= level && !starts.contains(k)) return k - 1;
    }
    return lines.size() - 1;
  }

  /** Every heading-like line; plain lines count only when their words name a known section. */
  static List<Heading> headings(BodyLines lines, Outline outline) {
    List<Heading> out = new ArrayList<>();
    java.util.Set<Integer> setext = new java.util.HashSet<>();
    for (Outline.Heading h : outline.headings()) setext.add(lines.indexOf(h.line()));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.isFenced(i) || lines.isBlank(i)) continue;
      String line = lines.get(i);
      Heading h = heading(i, line, setext.contains(i));
      // "11:05 AM (UTC): Initial Actions Taken" is a timeline entry, not a "Resolution" heading.
      // (Checked only for heading-like lines: reading a time is the costlier test.)
      if (h != null && TimelineExtractor.leading(line).filter(Stamp::hasTime).isEmpty()) out.add(h);
    }
    return out;
  }

  /** The heading {@code line} is, in the first style that fits, or null. */
  private static Heading heading(int i, String line, boolean setext) {
    Matcher m;
    if ((m = ATX.matcher(line)).matches() && line.strip().startsWith("#")) {
      return new Heading(i, m.group(1), false);
    } else if ((m = HTML.matcher(line)).matches()) {
      return new Heading(i, TAGS.matcher(m.group(1)).replaceAll(""), false);
    } else if (setext) {
      return new Heading(i, line.strip(), false);
    } else if ((m = BOLD.matcher(line)).matches()) {
      return new Heading(i, m.group(2), false);
    }
    // Most lines are prose: without a colon no label pattern can match, and a line longer than a
    // plain heading can be is not one. These checks skip two regexes that try every prefix.
    boolean colon = line.indexOf(':') >= 0;
    if (colon && (m = BOLD_LABEL.matcher(line)).matches() && classify(m.group(1)).isPresent()) {
      return new Heading(i, m.group(1), true);
    } else if (colon && (m = PLAIN_LABEL.matcher(line)).matches() && classify(m.group(1)).isPresent()
        && words(m.group(1)) <= 6) {
      return new Heading(i, m.group(1), m.group(2) != null);
    } else if (mayBePlain(line) && (m = PLAIN.matcher(line)).matches() && isPlainHeading(m.group(1))) {
      return new Heading(i, m.group(1), false);
    }
    return null;
  }

  /**
   * Whether {@link #PLAIN} can match: its text is at most 71 characters, followed only by
   * whitespace ({@code \s}) and one optional colon or semicolon.
   */
  static boolean mayBePlain(String line) {
    int start = 0;
    int end = line.length();
    while (start < end && Chars.isSpace(line.charAt(start))) start++;
    while (end > start && Chars.isSpace(line.charAt(end - 1))) end--;
    if (end > start && (line.charAt(end - 1) == ':' || line.charAt(end - 1) == ';')) {
      end--;
      while (end > start && Chars.isSpace(line.charAt(end - 1))) end--;
    }
    return end - start <= 71;
  }

    private static int words(String s) {
    return SPACES.split(s).length;
  }

  /** A short line without sentence punctuation whose whole text names a section. */
  private static boolean isPlainHeading(String text) {
    String t = text.strip();
    if (t.endsWith(".") || words(t) > 7) return false;
    Optional<SectionKind> k = classify(t);
    if (k.isEmpty()) return false;
    // "Impact" yes, "Impact was severe for users of" no: most words must be heading words.
    String n = normalise(t);
    return words(n) <= 6;
  }

  /**
   * Headings already classified. Postmortems reuse the same few headings ("Summary", "Root
   * cause"), and normalising one costs a dozen regex passes; the memo is bounded, and a pure
   * function's memo cannot change a result.
   */
  private static final Map<String, Optional<SectionKind>> KINDS = new ConcurrentHashMap<>();
  private static final int MAX_MEMO = 20_000;

  /** The section a heading names, if any. */
  static Optional<SectionKind> classify(String heading) {
    Optional<SectionKind> k = KINDS.get(heading);
    if (k == null) {
      k = classifyAnew(heading);
      if (KINDS.size() < MAX_MEMO) KINDS.put(heading, k);
    }
    return k;
  }

  private static Optional<SectionKind> classifyAnew(String heading) {
    String n = normalise(heading);
    if (n.isEmpty()) return Optional.empty();
    // Keywords may sit on either side of a colon: "Issue Summary: The Authentication Apocalypse".
    for (String part : COLON.split(n)) {
      for (Rule r : RULES) if (r.pattern().matcher(part.strip()).find()) return Optional.of(r.kind());
    }
    return Optional.empty();
  }

  /** Lower case, without emoji, shortcodes, numbering, decoration or a parenthetical tail. */
  static String normalise(String heading) {
    String s = TAGS.matcher(heading).replaceAll(" ");
    s = SHORTCODES.matcher(s).replaceAll(" ");
    s = EMOJI.matcher(s).replaceAll(" ");
    s = DECORATION.matcher(s).replaceAll(" ");
    s = DASHES.matcher(s).replaceAll(" ").toLowerCase(Locale.ROOT);
    s = NUMBERING.matcher(s).replaceAll(" ");
    s = SECTION_NUMBER.matcher(s).replaceAll(" ");
    s = BRACKETS.matcher(s).replaceAll(" ");
    s = SPACES.matcher(TRAILING_PUNCT.matcher(s).replaceAll("")).replaceAll(" ").strip();
    return EDGE_COLONS.matcher(s).replaceAll("");
  }

  // The patterns of normalise, compiled once: it runs for every heading-like line.
  private static final Pattern TAGS = Pattern.compile("<[^>]+>");
  private static final Pattern SHORTCODES = Pattern.compile(":[a-z_]+:");
  private static final Pattern EMOJI = Pattern.compile("[\\p{So}\\p{Sk}\\x{FE0F}\\x{200D}\\p{Cs}]");
  private static final Pattern DECORATION = Pattern.compile("[*_`#~=]+");
  private static final Pattern DASHES = Pattern.compile("-{2,}");
  private static final Pattern NUMBERING = Pattern.compile("^\\s*(?:section|part|step)?\\s*(?:\\d+|[ivx]+)\\s*[.):-]?\\s+");
  private static final Pattern SECTION_NUMBER = Pattern.compile("^\\s*(?:section|part)\\s+\\d+\\s*:");
  private static final Pattern BRACKETS = Pattern.compile("\\([^)]*\\)|\\{[^}]*}|\\[[^]]*]");
  private static final Pattern TRAILING_PUNCT = Pattern.compile("[;.,!?]+\\s*$");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern EDGE_COLONS = Pattern.compile("^[:\\-]\\s*|\\s*:$");
  private static final Pattern COLON = Pattern.compile("\\s*:\\s*");
}
