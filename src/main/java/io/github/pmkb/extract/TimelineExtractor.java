package io.github.pmkb.extract;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.pmkb.model.Moment;
import io.github.pmkb.model.Section;
import io.github.pmkb.model.SectionKind;
import io.github.pmkb.model.Timeline;
import io.github.pmkb.model.TimelineEvent;

/**
 * Reads a timeline in any shape of POSTMORTEMS.md §4: bullets, bare lines, table rows, headings
 * with the event in the next paragraph, HTML list items and packed paragraphs.
 *
 * <p>Only the timeline section is read when there is one, else every line that starts with a
 * time. A date alone (a line, a heading, a table cell) opens a day context for the lines after
 * it; a time that falls more than twelve hours before the previous one passes midnight. The zone
 * comes from the line, else the nearest "all times ..." line or timeline heading, else
 * {@code defaultZone}. Times inside fenced code are ignored.
 */
final class TimelineExtractor {
  /** Markdown and HTML decoration before a timestamp: bullets, numbering, bold, tags, emoji. */
  private static final Pattern DECOR = Pattern.compile("^\\s*(?:>\\s*)*(?:[-*+•]\\s+|\\d{1,2}[.)]\\s+|#{1,6}\\s*)?"
      + "(?:<(?:li|p|td|strong|b|span|em|h[1-6])[^>]*>|&emsp;|&nbsp;|:[a-z_]+:|\\*\\*|__|[*_`\\[(]|\\p{So}|\\x{FE0F}|\\s)*"
      + "(?:(?i:at|on|around|about|approx(?:imately)?|by)\\s+)?");
  private static final Pattern SEP = Pattern.compile("^\\s*(?:\\*\\*|__|</\\w+>|[\\])`*_])*\\s*(?::-|=>|->|[:\\-–—|,.])?\\s*"
      + "(?:\\*\\*|__|</\\w+>)*\\s*");
  private static final Pattern RANGE_TAIL = Pattern.compile("^\\s*(?:-|–|—|to|until|~)\\s*");
  private static final Pattern ALL_TIMES = Pattern.compile("(?i)\\b(?:all\\s+)?times?\\s+(?:are\\s+)?(?:in\\s+|shown in\\s+)?(?<tz>"
      + Zones.TOKEN + ")(?![A-Za-z])");
  private static final Pattern RECORD_KEEPING = Pattern.compile("(?i)^\\W*(?:created|(?:last )?(?:updated|modified|edited|reviewed))\\b[^:]{0,20}:");
  private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}.*");
  /**
   * Where a packed paragraph holds several events: a time and a colon after a space ("... was
   * detected. 12:06pm EAT: While ...", "... one server 2108hrs WAT: Issue ...").
   */
  private static final Pattern PACKED = Pattern.compile("(?<=\\S)\\s+(?=(?:\\d{1,2}[:.]\\d{2}|\\d{1,2}\\s?[ap]m|(?:[01]\\d|2[0-3])[0-5]\\d\\s?hrs)"
      + "[^:\\d]{0,20}:\\s)", Pattern.CASE_INSENSITIVE);

  /** An entry that says it happened on the next day ("The following day, ...", "next morning"). */
  private static final Pattern NEXT_DAY = Pattern.compile("(?i)\\b(?:the\\s+)?(?:following|next)\\s+(?:day|morning)\\b"
      + "|\\bthe\\s+day\\s+after\\b");

  /** A list item or table row, which can be an entry without a time of day. */
  private static final Pattern ENTRY = Pattern.compile("^\\s*(?:[-*+•]\\s|\\d{1,2}[.)]\\s|\\|)");

  private static final Pattern EDGE_PIPES = Pattern.compile("^\\||\\|$");

  private TimelineExtractor() {}

  /** The context a timeline is read in: the incident day and zone from the summary. */
  record Context(Optional<LocalDate> day, Optional<ZoneId> defaultZone) {}

  /** One event before sorting: the parsed stamp and where it was. */
  private record Raw(Stamp stamp, String text, int index) {}

  static Timeline extract(BodyLines lines, List<Section> sections, Context ctx) {
    List<int[]> ranges = new ArrayList<>();
    for (int k = 0; k < sections.size(); k++) {
      Section s = sections.get(k);
      if (s.kind() != SectionKind.TIMELINE) continue;
      int end = lines.indexOf(s.endLine());
      // Labelled timelines ("Detection:", "Actions Taken:", "Resolution:" each over timed lines)
      // read as sections of their own; they stay in the timeline while their lines start with times.
      while (k + 1 < sections.size() && continues(sections.get(k + 1), lines)) end = lines.indexOf(sections.get(++k).endLine());
      ranges.add(new int[] {lines.indexOf(s.line()), end});
    }
    boolean wholeBody = ranges.isEmpty();
    if (wholeBody) ranges.add(new int[] {0, lines.size() - 1});
    List<TimelineEvent> events = new ArrayList<>();
    for (int[] r : ranges) {
      List<TimelineEvent> part = read(lines, r[0], r[1], wholeBody, ctx);
      // Some writers paste the whole postmortem twice (a "funny version" below the plain one):
      // a second timeline at mostly the same times repeats the first.
      if (!repeats(events, part)) events.addAll(part);
    }
    events.sort(Comparator.comparing(TimelineEvent::at));
    return new Timeline(Markers.withoutCatchUps(events));
  }

  private static boolean continues(Section next, BodyLines lines) {
    if (next.kind() != SectionKind.OTHER && next.kind() != SectionKind.RESOLUTION) return false;
    for (int i = lines.indexOf(next.line()) + 1; i <= lines.indexOf(next.endLine()) && i < lines.size(); i++) {
      if (!lines.isFenced(i) && leading(lines.get(i)).filter(Stamp::hasTime).isPresent()) return true;
    }
    return false;
  }

  private static boolean repeats(List<TimelineEvent> have, List<TimelineEvent> part) {
    if (have.isEmpty() || part.isEmpty()) return false;
    java.util.Set<Moment> times = new java.util.HashSet<>();
    for (TimelineEvent e : have) times.add(e.at());
    long same = part.stream().filter(e -> times.contains(e.at())).count();
    return same * 5 >= part.size() * 4;
  }

  private static List<TimelineEvent> read(BodyLines lines, int from, int to, boolean wholeBody, Context ctx) {
    Optional<ZoneId> sectionZone = Optional.empty();
    Optional<LocalDate> day = ctx.day();
    Moment previous = null;
    TextDays textDays = new TextDays(lines);
    List<TimelineEvent> out = new ArrayList<>();
    for (int i = Math.max(0, from); i <= to && i < lines.size(); i++) {
      if (lines.isFenced(i) || lines.isBlank(i)) continue;
      String line = lines.get(i);
      // Without a timeline section, "Created: ... Updated: ..." dates the document, not the incident.
      if (wholeBody && RECORD_KEEPING.matcher(line).lookingAt()) continue;
      Matcher all = ALL_TIMES.matcher(line);
      if (all.find() && (i == from || leading(line).filter(Stamp::hasTime).isEmpty())) {
        sectionZone = Zones.of(all.group("tz"));
      } else if (i == from && !wholeBody) {
        // "## Timeline (EAT)", "Timeline (times in BST)": a zone named in the heading.
        Matcher z = Zones.TOKEN_IN_TEXT.matcher(line);
        if (z.find()) sectionZone = Zones.of(z.group(1));
      }
      if (i == from && !wholeBody) {
        // The timeline heading may carry a day: "Timeline of events (20th December 2023)".
        for (Stamp s : Stamps.findAll(line)) if (s.hasDate()) day = s.date(ctx.day().map(LocalDate::getYear)).or(() -> Optional.empty());
        if (!line.contains(":") || !startsWithStamp(line)) continue;
      }
      for (Raw raw : parseLine(lines, i)) {
        Stamp s = raw.stamp();
        // A day without a year takes the incident's, else the first year the text states ("Thu 6 Mar" above "10 March 2025").
        Optional<Integer> year = day.map(LocalDate::getYear).or(() -> ctx.day().map(LocalDate::getYear)).or(textDays::firstYear);
        boolean contradicted = false;
        if (s.hasDate()) {
          Optional<LocalDate> d = s.date(year);
          // A year not written on the stamp (one the text only cites: "a bug like this on 3 May
          // 2019") is no year for a day whose written weekday it contradicts.
          if (s.year().isEmpty() && s.weekday().isPresent()
              && d.filter(x -> x.getDayOfWeek() != s.weekday().get()).isPresent()) {
            d = Optional.empty();
            contradicted = true;
          }
          if (d.isPresent()) day = d;
        }
        if (!s.hasTime()) {
          // "| 2021-05-08 | v3.5.0 published |", "* September 28th: first report": an entry on a day
          // with no time, in a list or a table. A date alone, a dated heading or line only opens the day.
          if (!wholeBody && day.isPresent() && !contradicted && s.hasDate() && !raw.text().isBlank() && ENTRY.matcher(lines.get(raw.index())).lookingAt()) {
            ZoneId onZone = s.zone().or(ctx::defaultZone).orElse(null);
            if (s.zone().isEmpty() && sectionZone.isPresent()) onZone = sectionZone.get();
            Moment on = Moment.dayOnly(day.get(), onZone);
            out.add(new TimelineEvent(on, clean(raw.text()), lines.lineNo(raw.index()), ImpactBounds.of(raw.text())));
          }
          continue;
        }
        // A status page's update log: "**Resolved** - This incident has been resolved." over "Mar 04, 2024 - 16:45 UTC".
        String caption = raw.text().isBlank() ? captionAbove(lines, raw.index(), Math.max(0, from)) : "";
        if (wholeBody && raw.text().isBlank() && caption.isEmpty()) continue;
        ZoneId zone = s.zone().or(() -> ctx.defaultZone()).orElse(null);
        if (s.zone().isEmpty() && sectionZone.isPresent()) zone = sectionZone.get();
        Moment at = day.isPresent() && !contradicted ? Moment.of(day.get().atTime(s.time().get()), zone)
            : Moment.timeOnly(s.time().get(), zone);
        boolean nextDay = !s.hasDate() && NEXT_DAY.matcher(raw.text()).find()
            && (previous == null || !previous.local().toLocalDate().isAfter(at.local().toLocalDate()));
        if (nextDay || (previous != null && !s.hasDate() && at.compareTo(previous) < 0
            && Duration.between(at.local(), previous.local()).toHours() >= 12)) {
          at = at.plusDays(1);
          if (at.dated()) day = Optional.of(at.local().toLocalDate());
        }
        previous = at;
        String text = !caption.isEmpty() ? caption
            : raw.text().isBlank() ? nextParagraph(lines, raw.index()) : raw.text() + wrapped(lines, raw.index(), to);
        out.add(new TimelineEvent(at, clean(text), lines.lineNo(raw.index()), ImpactBounds.of(text)));
      }
    }
    return out;
  }

  private static boolean startsWithStamp(String line) {
    return leading(line).isPresent();
  }

  /** The stamp at the start of a line once decoration is removed. */
  static Optional<Stamp> leading(String line) {
    Matcher d = DECOR.matcher(line);
    int from = d.lookingAt() ? d.end() : 0;
    return Stamps.at(line, from);
  }

  /** The events of one line: a table row, a plain or decorated line, or a packed paragraph. */
  private static List<Raw> parseLine(BodyLines lines, int i) {
    String line = lines.get(i);
    List<Raw> out = new ArrayList<>();
    if (line.strip().startsWith("|")) {
      if (TABLE_RULE.matcher(line).matches()) return out;
      String[] cells = EDGE_PIPES.matcher(line.strip()).replaceAll("").split("\\|");
      if (cells.length == 0) return out;
      Optional<Stamp> s = leading(cells[0]);
      int rest = 1;
      // "| 2021-09-10 | 10:00 | text |": a date cell, then a time cell.
      if (s.isPresent() && !s.get().hasTime() && cells.length > 1) {
        Optional<Stamp> t = leading(cells[1]);
        if (t.isPresent() && t.get().hasTime() && !t.get().hasDate()) {
          s = Optional.of(new Stamp(s.get().year(), s.get().day(), t.get().time(), t.get().zone(), s.get().raw(), 0, 0));
          rest = 2;
        }
      }
      if (s.isEmpty()) return out;
      // "| 06:02 | CET | text |": a zone column names the zone of the time before it.
      if (s.get().hasTime() && s.get().zone().isEmpty() && cells.length > rest + 1) {
        String cell = cells[rest].strip();
        Optional<ZoneId> z = Zones.TOKEN_IN_TEXT.matcher(cell).matches() ? Zones.of(cell) : Optional.empty();
        if (z.isPresent()) {
          Stamp t = s.get();
          s = Optional.of(new Stamp(t.year(), t.day(), t.time(), z, t.raw(), t.start(), t.end()));
          rest++;
        }
      }
      StringBuilder text = new StringBuilder();
      for (int c = rest; c < cells.length; c++) {
        String cell = cells[c].strip();
        if (!cell.isEmpty()) text.append(text.length() > 0 ? " — " : "").append(cell);
      }
      out.add(new Raw(s.get(), text.toString(), i));
      return out;
    }
    for (String part : PACKED.split(line)) {
      Optional<Stamp> s = leading(part);
      if (s.isEmpty()) continue;
      String after = part.substring(s.get().end());
      Matcher range = RANGE_TAIL.matcher(after);
      if (range.lookingAt()) {
        Optional<Stamp> end = Stamps.at(after, range.end());
        if (end.isPresent() && end.get().hasTime()) after = after.substring(end.get().end());
      }
      Matcher sep = SEP.matcher(after);
      String text = sep.lookingAt() ? after.substring(sep.end()) : after;
      out.add(new Raw(s.get(), text, i));
    }
    return out;
  }

  /**
   * The lines an entry wraps onto ("10:08am: Cloudflare was turned on again, and this time" /
   * "Full SSL proxying was enabled. Issue resolved."): plain lines up to a blank line, a heading,
   * a list item, a table row or the next time.
   */
  private static String wrapped(BodyLines lines, int i, int to) {
    StringBuilder sb = new StringBuilder();
    for (int j = i + 1; j <= to && j < lines.size() && sb.length() < 400; j++) {
      String l = lines.get(j);
      if (lines.isBlank(j) || lines.isFenced(j) || WRAP_STOP.matcher(l).lookingAt() || startsWithStamp(l)) break;
      sb.append(' ').append(l.strip());
    }
    return sb.toString();
  }

  private static final Pattern WRAP_STOP = Pattern.compile("^\\s*(?:[-*+•#|>]|\\d{1,2}[.)]\\s|<|!\\[)");

  /**
   * The line right above a line that is only a date and a time, when that line is text with no
   * stamp of its own and a blank line or the end follows the stamp: the update it dates, as status
   * pages print them. Only in the log's shape, where a neighbouring pair of text over a stamp
   * follows or precedes across a blank line: a byline over a dated line is no update. Empty
   * otherwise (a heading "### 08:52 PM" is followed by its event instead).
   */
  private static String captionAbove(BodyLines lines, int i, int from) {
    if (!captioned(lines, i, from)) return "";
    boolean logShape = (i + 3 < lines.size() && lines.isBlank(i + 1) && captioned(lines, i + 3, i + 2))
        || (i - 4 >= from && lines.isBlank(i - 2) && captioned(lines, i - 3, from));
    return logShape ? lines.get(i - 1).strip() : "";
  }

  private static final Pattern NO_WORDS = Pattern.compile("[\\W_]*");

  /** Whether line {@code i} is only a stamp with a time, under a line of text with no stamp, and before a blank line or the end. */
  private static boolean captioned(BodyLines lines, int i, int from) {
    if (i - 1 < from || i >= lines.size() || lines.isBlank(i) || lines.isBlank(i - 1) || lines.isFenced(i - 1)) return false;
    if (i + 1 < lines.size() && !lines.isBlank(i + 1)) return false;
    String line = lines.get(i);
    Optional<Stamp> s = leading(line);
    if (s.isEmpty() || !s.get().hasTime() || !NO_WORDS.matcher(line.substring(s.get().end())).matches()) return false;
    String above = lines.get(i - 1).strip();
    if (line.strip().startsWith("#") || above.startsWith("#") || above.startsWith("|")) return false;
    return Stamps.findAll(above).isEmpty();
  }

  /** For "### 08:52 PM" headings: the event is the next paragraph. */
  private static String nextParagraph(BodyLines lines, int i) {
    StringBuilder sb = new StringBuilder();
    int j = i + 1;
    while (j < lines.size() && lines.isBlank(j)) j++;
    while (j < lines.size() && !lines.isBlank(j) && !lines.get(j).strip().startsWith("#") && sb.length() < 400) {
      if (startsWithStamp(lines.get(j))) break;
      sb.append(sb.length() > 0 ? " " : "").append(lines.get(j).strip());
      j++;
    }
    return sb.toString();
  }

  /** Event text without leftover Markdown or HTML decoration. */
  static String clean(String text) {
    // Each replacement runs only when its pattern can match: this runs for every timeline line.
    String t = text.indexOf('<') >= 0 ? TAGS.matcher(text).replaceAll("") : text;
    t = t.replace("&emsp;", " ").replace("&nbsp;", " ");
    if (t.indexOf('*') >= 0 || t.indexOf('_') >= 0 || t.indexOf('`') >= 0) t = EMPHASIS.matcher(t).replaceAll("");
    t = SPACES.matcher(t).replaceAll(" ").strip();
    return t.isEmpty() || ":-–—|,.".indexOf(t.charAt(0)) < 0 ? t : LEADING_PUNCT.matcher(t).replaceAll("");
  }

  // The patterns of clean, compiled once: it runs for every timeline entry.
  private static final Pattern TAGS = Pattern.compile("<[^>]+>");
  private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`");
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern LEADING_PUNCT = Pattern.compile("^[:\\-–—|,.]\\s*");
}
