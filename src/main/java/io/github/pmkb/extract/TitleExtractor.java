package io.github.pmkb.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.pmkb.content.Outline;
import io.github.pmkb.content.ParsedDoc;
import io.github.pmkb.diag.SourcePos;
import io.github.pmkb.model.Incident;
import io.github.pmkb.model.Provenance;
import io.github.pmkb.model.Sourced;

/**
 * A postmortem's title: front matter {@code title}, else the document's own title (its first
 * heading or leading title line), else a title derived from the facts ({@link DerivedTitle}),
 * else the file name.
 *
 * <p>The own title is looked for at the top of the body only, before the first section: section
 * headings ("Timeline", "Issue Summary"), labelled metadata ("Owner: @x", "- Duration: ...",
 * "involved: ...") and images are never titles. "Postmortem: X" gives X, and a leading date
 * ("2024-01-23 X") is dropped, since the page shows the date on its own. A title that only names
 * the genre ("0x19. Postmortem", "Incident report", "README") says nothing on a site listing
 * hundreds of postmortems, so a specific one is derived from what failed and why, and marked
 * {@link Provenance#DERIVED}.
 */
final class TitleExtractor {
  /** Words that say "this is a postmortem" without saying which one. */
  private static final Set<String> GENERIC = Set.of("postmortem", "postmortems", "post", "mortem", "postmoterm",
      "incident", "incidents", "report", "reports", "event", "issue", "summary", "outage", "analysis", "rca", "root",
      "cause", "review", "template", "for", "a", "an", "the", "of", "our", "my", "project", "task", "hypothetical",
      "readme", "document", "writeup", "write", "up", "blameless", "x", "first", "example", "sample", "mock", "fake",
      "dummy", "simulated", "invented", "fictional", "scenario");

  /** Words of section headings: a line made only of these (and genre words) is a section, not a title. */
  private static final Set<String> SECTION_WORDS = Set.of("timeline", "time", "line", "events", "chronology",
      "sequence", "duration", "impact", "detection", "resolution", "recovery", "root", "causes", "and", "of", "the",
      "corrective", "preventive", "preventative", "measures", "actions", "action", "items", "lessons", "learned",
      "overview", "background", "what", "happened", "description", "details", "conclusion", "introduction",
      "executive", "problem", "statement", "mitigation", "remediation", "follow", "ups", "next", "steps", "owner",
      "involved", "attendees", "status", "severity", "date");

  /** "Postmortem", "Post-mortem", misspellings such as "Postmoterm", and a damaged "stmortem". */
  private static final Pattern GENRE = Pattern.compile("(?i)\\b(?:post[- ]?mo\\w*|\\w*mort[ae]m\\w*"
      + "|incident(?:\\s+(?:report|review|analysis|postmortem))?|outage\\s+report|rca)\\b");
  private static final String DATE_WORDS = "(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4}"
      + "|\\p{L}+\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|\\d{1,2}(?:st|nd|rd|th)?\\s+\\p{L}+,?\\s+\\d{4})";
  /**
   * A genre word as a prefix: "Postmortem: X", "Incident report - X", "Incident Report for X",
   * "Post-mortem of X", "Incident report May 12 2025 - X".
   */
  private static final Pattern GENRE_PREFIX = Pattern.compile("(?i)^(?:(?:post[- ]?mo\\w*|\\w*mort[ae]m\\w*"
      + "|(?:post[- ]?)?incident|outage|rca)(?:\\s+(?:report|review|analysis|summary))?|report|title)"
      + "(?:\\s*(?::|-|–|—)\\s+|\\s+(?:of|for|on|about)\\s+(?:the\\s+)?|\\s+" + DATE_WORDS + "\\s*(?::|-|–|—)\\s+)");
  /** A genre word closing a title: "X postmortem", "X incident report". */
  private static final Pattern GENRE_SUFFIX = Pattern.compile("(?i)\\s*(?:[-–—:,]\\s*)?(?:an?\\s+|the\\s+)?(?:post[- ]?mortem|incident report"
      + "|outage report)\\s*$");
  /** Keys of metadata lines, which are never titles. */
  private static final Pattern METADATA_KEY = Pattern.compile("(?i)(?:(?:incident|outage|impact)\\s+)?(?:owners?|authors?"
      + "|by|written by|prepared by|reviewed by|approved by|date|dates?|due date|duration|involved|participants|attendees"
      + "|status|severity|priority|level|start(?:ed)?(?: time| date)?|end(?:ed)?(?: time| date)?|time(?: ?zone)?"
      + "|team|teams|reviewers?|created|updated|last updated|version|tags?|categor(?:y|ies)|id|ticket|services?"
      + "|components?|systems?|products?|environment|region|location|source|problem source|name|student|course"
      + "|meeting.*|call recording|link|url)");
  private static final Pattern IMAGE_OR_URL = Pattern.compile("^(?:!\\[[^]]*](?:\\([^)]*\\)|\\[[^]]*])?\\s*)+$"
      + "|^<?(?:https?://|www\\.)\\S+>?$");
  private static final Pattern LINK_ONLY = Pattern.compile("^(?:[-*+]\\s+)?\\[([^]]+)]\\([^)]*\\)$");
  private static final Pattern LEADING_LINK = Pattern.compile("^\\[([^]]{1,60})]\\([^)]*\\)[.:,]?\\s+\\S");
  private static final Pattern LIST_ITEM = Pattern.compile("^(?:[-*+•]|\\d{1,3}[.)])\\s+");
  private static final Pattern RULE = Pattern.compile("^[-_=*~\\s]{3,}$");
  private static final Pattern LABEL = Pattern.compile("^([\\p{L}][\\p{L}\\p{N} '/&-]{0,40}?)\\s*:\\s*(.*)$");
  private static final Pattern TAGS = Pattern.compile("<[^>]*>");
  private static final Pattern SYMBOLS = Pattern.compile("[\\p{So}\\p{Sk}\\p{Cs}\\x{FE0F}\\x{200D}]|(?<![\\w/]):[a-z_]+:");
  private static final Pattern NUMBERING = Pattern.compile("^(?:0x[0-9a-f]+|\\d+)[.)-]?\\s*", Pattern.CASE_INSENSITIVE);
  /** A leading date and its separator: "2023-01-23 X", "24-10-2024 - X". */
  private static final Pattern LEADING_DATE = Pattern.compile("^(?:\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[-/.]\\d{1,2}[-/.]\\d{4})"
      + "\\s*(?:[-–—:|]\\s*)?(?=\\S)");

  /** A leading ticket key, as issue trackers export titles: "[OPS-12] X", "INC-7: X". */
  private static final Pattern LEADING_TICKET = Pattern.compile("^(?:\\[(?<k1>[A-Z][A-Z0-9]*-\\d+)]\\s*|(?<k2>[A-Z][A-Z0-9]*-\\d+)(?![-\\d])\\s*[-–—:|]\\s*)"
      + "(?:[-–—:|]\\s*)?(?=\\S)");

  /** Longer lines are sentences, not titles. */
  static final int MAX_TITLE_LINE = 90;

  /** A heading or a link is meant as a title, however long; longer than this it is a paragraph. */
  static final int MAX_HEADING = 160;

  /** How many lines of text at the top of the body may hold the title. */
  private static final int TOP_LINES = 6;

  private static final Pattern HTML_HEADING = Pattern.compile("(?i)^<h[1-6][^>]*>.*");
  private static final Pattern ARTICLE = Pattern.compile("(?i)^(?:an?|the)\\s+(?=\\S)");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern MD_SUFFIX = Pattern.compile("(?i)\\.md$");
  private static final Pattern DATE_PREFIX = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}[-_]?");
  private static final Pattern POST_MORTEM = Pattern.compile("post[- ]mortem");
  private static final Pattern HEX_OR_DIGITS = Pattern.compile("0x[0-9a-f]+|\\d+");
  private static final Pattern HEADING_MARKS = Pattern.compile("^#+\\s*");
  private static final Pattern CLOSING_MARKS = Pattern.compile("\\s+#+$");
  private static final Pattern STRONG_OR_CODE = Pattern.compile("\\*\\*|__|`");
  private static final Pattern EMPHASIS_MARK = Pattern.compile("(?<![\\p{L}\\p{N}])[*_](?=\\S)|(?<=\\S)[*_](?![\\p{L}\\p{N}])");

  private TitleExtractor() {}

  /** A title line found at the top of the body, and whether it only names the genre. */
  record Own(String text, int line, boolean isHeading, boolean isGeneric) {}

  /** What the top of the body says: its own title, if any, and a subject named by a leading link. */
  record Top(Optional<Own> title, Optional<String> linkSubject) {}

  static Sourced<String> title(ParsedDoc doc, FrontMatterValues fm, Incident facts,
      Optional<java.time.LocalDate> day) {
    String rel = doc.source().relPath();
    Optional<String> explicit = fm.string("title");
    if (explicit.isPresent()) return Sourced.of(withoutGenre(explicit.get()), Provenance.FRONT_MATTER, fm.pos("title"));
    BodyLines lines = BodyLines.of(doc);
    Top top = top(lines, doc.outline());
    if (top.title().isPresent() && !top.title().get().isGeneric()) {
      return Sourced.of(top.title().get().text(), Provenance.BODY, SourcePos.of(rel, top.title().get().line()));
    }
    Optional<String> derived = DerivedTitle.of(facts, lines, top.linkSubject(), day);
    if (derived.isPresent()) return Sourced.of(derived.get(), Provenance.DERIVED, facts.rootCause().at());
    String file = fromFileName(doc);
    if (top.title().isPresent() && !isSpecific(file)) {
      return Sourced.of(top.title().get().text(), Provenance.BODY, SourcePos.of(rel, top.title().get().line()));
    }
    return Sourced.of(file, Provenance.DEFAULT, SourcePos.of(rel));
  }

  /** The own title among the lines above the first section, and the subject of a leading link. */
  static Top top(BodyLines lines, Outline outline) {
    java.util.Set<Integer> headingLines = new java.util.HashSet<>();
    for (Outline.Heading h : outline.headings()) headingLines.add(h.line());
    Own first = null;
    Own specific = null;
    int seen = 0;
    for (int i = 0; i < lines.size() && seen < TOP_LINES; i++) {
      if (lines.isFenced(i) || lines.isBlank(i)) continue;
      String raw = lines.get(i).strip();
      boolean heading = raw.startsWith("#") || headingLines.contains(lines.lineNo(i))
          || HTML_HEADING.matcher(raw).matches();
      String t = decoration(raw);
      if (t.isEmpty() || IMAGE_OR_URL.matcher(t).matches() || RULE.matcher(t).matches() || letters(t) < 2) continue;
      seen++;
      Matcher link = LINK_ONLY.matcher(t);
      boolean linked = link.matches();
      if (linked) t = link.group(1).strip();
      else if (LEADING_LINK.matcher(t).lookingAt()) {
        // "[Company](url). What happened ...": a catalogue entry; the link names the subject.
        Matcher m = LEADING_LINK.matcher(t);
        m.lookingAt();
        return new Top(Optional.ofNullable(specific != null ? specific : first), Optional.of(m.group(1).strip()));
      } else if (LIST_ITEM.matcher(t).lookingAt()) {
        continue;
      }
      Optional<String> kept = candidate(t);
      if (kept.isEmpty()) {
        if (isSectionLine(t)) break;
        continue;
      }
      String text = kept.get();
      // A heading, a link or a "Postmortem: X" line is meant as a title; a plain line may be prose.
      boolean meant = heading || linked || GENRE_PREFIX.matcher(t).lookingAt();
      if (meant ? text.length() > MAX_HEADING : text.length() > MAX_TITLE_LINE || isSentence(t)) break;
      Own own = new Own(text, lines.lineNo(i), heading, !isSpecific(text));
      if (first == null) {
        first = own;
        if (!own.isGeneric()) specific = own;
        if (specific != null && (heading || hasGenreWord(raw))) break;
        continue;
      }
      if (first == specific) {
        // A plain line above a genre line ("Jane Doe" above "Postmortem: ...") is a byline.
        if (!hasGenreWord(raw)) break;
        first = own;
        specific = own.isGeneric() ? null : own;
        if (specific != null) break;
        continue;
      }
      if (!own.isGeneric()) {
        specific = own;
        break;
      }
    }
    return new Top(Optional.ofNullable(specific != null ? specific : first), Optional.empty());
  }

  /**
   * The title text a line offers, or empty for labels and metadata: "Postmortem: X" gives X,
   * "Owner: @x" and "Duration: 2 hours" give nothing.
   */
  /** The line without a leading ticket key; a standard's name ("CVE-2021-44228: X") stays. */
  private static String withoutTicket(String line) {
    Matcher m = LEADING_TICKET.matcher(line);
    if (!m.lookingAt()) return line;
    String key = m.group("k1") != null ? m.group("k1") : m.group("k2");
    return ActionTickets.isTicket(key) ? line.substring(m.end()) : line;
  }

  /** A front-matter title without a genre prefix that names nothing ("Postmortem: X" gives X). */
  private static String withoutGenre(String title) {
    Matcher g = GENRE_PREFIX.matcher(title.strip());
    if (!g.lookingAt()) return title;
    String rest = title.strip().substring(g.end()).strip();
    return isSpecific(rest) ? capitalise(rest) : title;
  }

  static Optional<String> candidate(String line) {
    String t = withoutTicket(LEADING_DATE.matcher(line).replaceFirst(""));
    Matcher g = GENRE_PREFIX.matcher(t);
    if (g.lookingAt()) {
      String rest = capitalise(finish(ARTICLE.matcher(t.substring(g.end())).replaceFirst("")));
      if (IMAGE_OR_URL.matcher(rest).matches()) return Optional.empty();
      return Optional.of(isSpecific(rest) || !isSpecific(t) ? rest : finish(t));
    }
    if (t.endsWith(":")) return Optional.empty();
    Matcher label = LABEL.matcher(t);
    if (label.matches()) {
      String key = label.group(1).strip();
      String value = label.group(2).strip();
      if (METADATA_KEY.matcher(key).matches() || isSectionLine(key) || value.startsWith("@")
          || IMAGE_OR_URL.matcher(value).matches()
          || (!value.isEmpty() && Character.isDigit(value.charAt(0)) && words(key) <= 2)) {
        return Optional.empty();
      }
    }
    if (isSectionLine(t)) return Optional.empty();
    return Optional.of(finish(t));
  }

  private static String finish(String t) {
    String s = LEADING_DATE.matcher(t.strip()).replaceFirst("").strip();
    String bare = GENRE_SUFFIX.matcher(s).replaceFirst("");
    if (isSpecific(bare)) s = bare;
    if (s.endsWith(":") || (s.endsWith(".") && !s.endsWith(".."))) s = s.substring(0, s.length() - 1).strip();
    return s.length() > 200 ? s.substring(0, 200).strip() + "…" : s;
  }

  /** A heading that names a section: only section and genre words ("Timeline of events", "Issue Summary"). */
  static boolean isSectionLine(String text) {
    String n = SectionFinder.normalise(text);
    if (n.isEmpty() || SectionFinder.classify(text).isEmpty() && SectionFinder.classify(n).isEmpty()) return false;
    for (String w : NON_WORD.split(n)) {
      if (!w.isEmpty() && !SECTION_WORDS.contains(w) && !GENERIC.contains(w) && !DIGITS.matcher(w).matches()) return false;
    }
    return true;
  }

  /** A plain line that reads as a sentence: long, or closed by a full stop. */
  private static boolean isSentence(String t) {
    return words(t) > 14 || (t.endsWith(".") && words(t) >= 3);
  }

  private static boolean hasGenreWord(String t) {
    return GENRE.matcher(t).find();
  }

  private static int words(String s) {
    String t = s.strip();
    return t.isEmpty() ? 0 : SPACES.split(t).length;
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) n++;
    return n;
  }

  /** The document's file name without its Markdown extension. */
  static String baseName(ParsedDoc doc) {
    return MD_SUFFIX.matcher(doc.source().absPath().getFileName().toString()).replaceFirst("");
  }

  /** "monitoring-dashboard-memory-leak.md" becomes "Monitoring dashboard memory leak". */
  static String fromFileName(ParsedDoc doc) {
    String name = baseName(doc);
    name = DATE_PREFIX.matcher(name).replaceFirst("").replace('-', ' ').replace('_', ' ').strip();
    if (name.isEmpty()) return "Untitled incident";
    return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }

  /** True when the line names something beyond the genre words. */
  static boolean isSpecific(String title) {
    if (title.isEmpty() || IMAGE_OR_URL.matcher(title).matches()) return false;
    String rest = POST_MORTEM.matcher(NUMBERING.matcher(title.strip()).replaceFirst("").toLowerCase(Locale.ROOT))
        .replaceAll("postmortem");
    for (String word : NON_WORD.split(rest)) {
      if (!word.isEmpty() && !GENERIC.contains(word) && !GENRE.matcher(word).matches()
          && !HEX_OR_DIGITS.matcher(word).matches()) {
        return true;
      }
    }
    return false;
  }

  private static String capitalise(String s) {
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  /** Heading marks, HTML tags, emphasis and emoji removed, so a line reads as plain text. */
  static String decoration(String line) {
    String t = line.strip();
    if (t.indexOf('<') >= 0) t = TAGS.matcher(t).replaceAll(" ");
    t = SYMBOLS.matcher(t).replaceAll(" ");
    t = t.replace("&emsp;", " ").replace("&nbsp;", " ");
    t = STRONG_OR_CODE.matcher(CLOSING_MARKS.matcher(HEADING_MARKS.matcher(t).replaceFirst("")).replaceFirst("")).replaceAll("");
    t = EMPHASIS_MARK.matcher(t).replaceAll("");
    return SPACES.matcher(t).replaceAll(" ").strip();
  }

  /** Strips Markdown heading marks and emphasis so a plain line reads as a title. */
  static String clean(String line) {
    String t = decoration(line);
    if (t.endsWith(":")) t = t.substring(0, t.length() - 1).strip();
    return t.length() > 200 ? t.substring(0, 200).strip() + "…" : t;
  }
}
