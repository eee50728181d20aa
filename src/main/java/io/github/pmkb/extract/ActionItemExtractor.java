package io.github.pmkb.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.pmkb.model.ActionItem;
import io.github.pmkb.model.ActionItem.Status;
import io.github.pmkb.model.Section;
import io.github.pmkb.model.SectionKind;

/**
 * The follow-ups of a postmortem: the items of its corrective-actions sections, and the rows of
 * any table whose header names an action column ("| Action Item | Owner | Bug |"), wherever it
 * stands.
 *
 * <p>In a section, list items are the actions. A line ending in a colon ("Long-term fixes:",
 * "**Tasks:**") titles the items below it and is none itself; an item indented under another
 * item details it ("- Task: ..." under "1. Audit keys: ..."); a line that only gives a field
 * ("Deadline: May 5", "Owner: bob") belongs to the item above. A section without list items
 * lists one action per line. Closing remarks and sign-offs ("In conclusion, ...", "Sincerely,")
 * end the list. A postmortem with neither states its follow-ups in prose, if at all ({@link
 * ProseActions}). Owner, status, due date and ticket are read out of each item ({@link
 * ActionFields}).
 */
final class ActionItemExtractor {
  private static final Pattern ITEM = Pattern.compile("^(?<indent>\\s*)(?:[-*+\u2022]|\\d{1,2}[.)])\\s+(?:\\[(?<box>[ xX])]\\s+)?(?<text>.+)$");
  /** A table's delimiter row: pipes, colons and dashes only ("| :- | --- |"). */
  static final Pattern RULE = Pattern.compile("^\\s*\\|?[\\s|:]*-[\\s|:-]*$");
  /** Closing remarks and sign-offs: the list has ended. */
  private static final Pattern CLOSING = Pattern.compile("(?i)^(?:in conclusion|to conclude|in summary|to summari[sz]e|overall,|all in all|on an? (?:\\w+ )?note"
      + "|finally, (?:we|this|thank)|we (?:sincerely )?apologi[sz]e|we are (?:deeply |truly )?sorry|thank(?:s| you)\\b|sincerely|regards|best regards"
      + "|kind regards|cheers|yours\\b|respectfully|the [\\p{L} ]{1,40} team\\.?$|signed\\b|written by\\b|authors?:|prepared by\\b"
      + "|(?:by|with|through|after) (?:\\w+ing )?(?:these|the above|all these|those)\\b|these (?:\\w+ )?(?:measures|steps|actions|changes|improvements) (?:will|should|aim|are)\\b)");
  private static final Pattern GENERIC_PREFIX = Pattern.compile("(?i)^(?:task|action(?: item)?|item|step)\\s*\\d*\\s*[:.)-]\\s+");
  private static final Pattern ACTION_HEADER = Pattern.compile("(?i)\\b(?:action(?: items?)?|follow[- ]?ups?|tasks?|remediations?|todo|to do)\\b");
  /** A sub-item that details its parent: "Task: ...", "Why: ...". */
  private static final Pattern DETAIL = Pattern.compile("^[\\p{L}][\\p{L} /-]{0,24}:\\s+\\S");
  private static final Pattern IMAGE_OR_LINK = Pattern.compile("^!?\\[[^]]*]\\([^)]*\\)$|^<[^>]+>$|^https?://\\S+$");

  private ActionItemExtractor() {}

  /** One line of an actions section. */
  private record Entry(int index, int indent, boolean bullet, Optional<String> box, String text, boolean titled) {}

  /** An item being read; sub-items and field lines below it fill its fields. */
  private static final class Draft {
    final int line;
    final int indent;
    final boolean bullet;
    ActionFields.Read read;

    Draft(int line, int indent, boolean bullet, ActionFields.Read read) {
      this.line = line;
      this.indent = indent;
      this.bullet = bullet;
      this.read = read;
    }

    ActionItem item() {
      return new ActionItem(read.text(), read.owner(), read.status().orElse(Status.NOT_STATED), read.due(), read.ticket(), line);
    }
  }

  static List<ActionItem> extract(BodyLines lines, List<Section> sections) {
    List<ActionItem> out = new ArrayList<>();
    Set<Integer> done = new HashSet<>();
    Predicate<String> ordinary = ActionOwners.lowerCaseWords(lines);
    for (int k = 0; k < sections.size(); k++) {
      Section s = sections.get(k);
      if (s.kind() != SectionKind.ACTIONS) continue;
      int from = lines.indexOf(s.line()) + 1;
      int to = lines.indexOf(s.endLine());
      // Plain labels below the heading ("TODO list:", "Fix the proxy:") may read as headings of
      // their own: they still belong to this list.
      while (k + 1 < sections.size() && (isSubLabel(lines, sections.get(k + 1)) || isEmptyBefore(lines, from, sections.get(k + 1)))) {
        to = Math.max(to, lines.indexOf(sections.get(++k).endLine()));
      }
      // A label with its list on the same line ("Next steps: move the job and add an alert.")
      // states the items there, and covers its own paragraph only; when a list or table follows,
      // the text beside the label only introduces it ("All items are tracked in OPS-12.").
      Optional<String> inline = InlineActions.text(lines.get(from - 1), s.heading());
      if (inline.isPresent() && !InlineActions.listFollows(lines, from, to, ITEM)) {
        InlineActions.items(inline.get(), s.line(), ordinary, out);
        int end = from;
        while (end < lines.size() && end <= to && !lines.isBlank(end)) end++;
        to = end - 1;
      }
      out.addAll(section(lines, Math.max(0, from), Math.min(to, lines.size() - 1), done, ordinary));
    }
    // A table with an action column counts wherever it stands.
    for (int i = 0; i < lines.size(); i++) {
      if (done.contains(i) || !isTableHeader(lines, i) || !ACTION_HEADER.matcher(lines.get(i)).find()) continue;
      int end = i;
      while (end + 1 < lines.size() && lines.get(end + 1).strip().startsWith("|")) end++;
      out.addAll(ActionTables.rows(lines, i, end));
      for (int j = i; j <= end; j++) done.add(j);
    }
    // Without an actions section or table, follow-ups may still be stated in prose.
    if (out.isEmpty() && sections.stream().noneMatch(s -> s.kind() == SectionKind.ACTIONS)) out.addAll(ProseActions.find(lines, sections));
    out.sort((a, b) -> Integer.compare(a.line(), b.line()));
    return out;
  }

  private static boolean isSubLabel(BodyLines lines, Section next) {
    if (next.kind() != SectionKind.ACTIONS && next.kind() != SectionKind.RESOLUTION) return false;
    String head = lines.get(lines.indexOf(next.line()));
    if (ITEM.matcher(head).matches()) return true; // "- **Immediate fixes:**"
    String h = head.strip();
    return !h.startsWith("#") && !h.startsWith("**") && !h.startsWith("__") && !h.startsWith("<") && h.endsWith(":")
        && lines.indexOf(next.line()) + 1 < lines.size() && !isUnderline(lines.get(lines.indexOf(next.line()) + 1));
  }

  /**
   * Whether {@code next} follows an actions heading with nothing between them and names actions
   * or fixes without being a Markdown heading ("**Corrective measures:**" then "**Things to fix:**").
   */
  private static boolean isEmptyBefore(BodyLines lines, int from, Section next) {
    if (next.kind() != SectionKind.ACTIONS && next.kind() != SectionKind.RESOLUTION) return false;
    int head = lines.indexOf(next.line());
    if (head < 0 || head >= lines.size() || lines.get(head).strip().startsWith("#")) return false;
    for (int i = from; i < head; i++) if (!lines.isBlank(i)) return false;
    return true;
  }

  private static boolean isUnderline(String line) {
    return line.strip().matches("[=-]{3,}");
  }

  private static List<ActionItem> section(BodyLines lines, int from, int to, Set<Integer> done, Predicate<String> ordinary) {
    List<Entry> entries = new ArrayList<>();
    List<ActionItem> table = new ArrayList<>();
    for (int i = from; i <= to; i++) {
      if (lines.isFenced(i) || lines.isBlank(i) || !done.add(i)) continue;
      String line = lines.get(i);
      if (line.strip().startsWith("|")) {
        if (isTableHeader(lines, i)) {
          int end = i;
          while (end + 1 <= to && lines.get(end + 1).strip().startsWith("|")) done.add(++end);
          table.addAll(ActionTables.rows(lines, i, end));
          i = end;
        }
        continue;
      }
      Matcher m = ITEM.matcher(line);
      if (m.matches()) {
        entries.add(new Entry(i, width(m.group("indent")), true, Optional.ofNullable(m.group("box")), clean(m.group("text")),
            isTitled(m.group("text"))));
      } else {
        entries.add(new Entry(i, width(line.substring(0, line.length() - line.stripLeading().length())), false, Optional.empty(), clean(line),
            isTitled(line)));
      }
    }
    // A table is the list; bullets beside it explain it (priorities, legends).
    if (!table.isEmpty()) return table;
    return items(lines, entries, ordinary);
  }

  private static List<ActionItem> items(BodyLines lines, List<Entry> entries, Predicate<String> ordinary) {
    boolean bulleted = entries.stream().anyMatch(Entry::bullet);
    List<Draft> drafts = new ArrayList<>();
    Draft current = null;
    boolean underLabel = false;
    for (int n = 0; n < entries.size(); n++) {
      Entry e = entries.get(n);
      String text = e.text();
      if (CLOSING.matcher(text).find()) break;
      if (text.length() < 8 || text.endsWith("?") || IMAGE_OR_LINK.matcher(text).matches()) continue;
      Optional<ActionFields.Read> field = ActionFields.fieldLine(text);
      if (field.isPresent()) {
        if (current != null) current.read = current.read.or(field.get());
        continue;
      }
      boolean parentOfNext = !bulleted && n + 1 < entries.size() && entries.get(n + 1).indent() > e.indent();
      if (!e.bullet() && isLeadIn(text) && !isLabel(text)) {
        current = null;
        continue;
      }
      if (isLabel(text) || parentOfNext) {
        underLabel = true;
        current = null;
        continue;
      }
      // "- Task: ..." under an item details it; a plain bullet under it is an item of its own.
      if (current != null && e.indent() > current.indent && (current.bullet || e.bullet()) && (!e.bullet() || DETAIL.matcher(text).find())) {
        current.read = current.read.or(ActionFields.read(text, ordinary));
        continue;
      }
      if (bulleted && !e.bullet() && !underLabel) continue; // prose around the list
      ActionFields.Read read = e.titled() ? titled(text, ordinary) : read(text, ordinary);
      if (e.box().isPresent()) read = new ActionFields.Read(read.text(), read.owner(),
          Optional.of(e.box().get().isBlank() ? Status.OPEN : Status.DONE), read.due(), read.ticket());
      if (read.text().isEmpty()) continue;
      current = new Draft(lines.lineNo(e.index()), e.indent(), e.bullet(), read);
      drafts.add(current);
    }
    return drafts.stream().map(Draft::item).toList();
  }

  /**
   * A sentence that announces the list instead of being an item of it: "To prevent this, the
   * following measures will be taken:". It ends in a colon, or points at what follows ("the
   * following", "as follows", "listed below").
   */
  static boolean isLeadIn(String text) {
    return text.endsWith(":") || LEAD_IN.matcher(text).find();
  }

  private static final Pattern LEAD_IN = Pattern.compile("(?i)\\b(?:the following|as follows|listed below|(?:steps|actions|measures) below)\\b"
      + "[^.!?:]{0,40}[.:]?$");

  /** An item that opens with a bold title and a colon ("**Load testing:** run ..."). */
  private static final Pattern BOLD_TITLE = Pattern.compile("^\\s*(?:[-*+\u2022]|\\d{1,2}[.)])?\\s*(?:\\*\\*|__)[^*_:]{1,60}(?::\\s*(?:\\*\\*|__)|(?:\\*\\*|__)\\s*:)\\s*\\S");

  private static boolean isTitled(String raw) {
    return raw.indexOf(':') > 0 && BOLD_TITLE.matcher(raw.indexOf('<') >= 0 ? TAGS.matcher(raw).replaceAll("") : raw).find();
  }

  /**
   * The fields of an item under a bold title: the title names the item, never its owner ("**Incident
   * Response:** update the runbook" is no one's), so fields are read from the rest and the title kept.
   */
  private static ActionFields.Read titled(String text, Predicate<String> ordinary) {
    int colon = text.indexOf(':');
    // "**Task 2:** ...", "**DONE:** ...": a generic prefix or a status, read as such.
    if (colon < 0 || GENERIC_PREFIX.matcher(text).find() || ActionStatuses.status(text.substring(0, colon)).isPresent()) return read(text, ordinary);
    ActionFields.Read rest = ActionFields.read(text.substring(colon + 1).strip(), ordinary);
    String title = text.substring(0, colon).strip();
    return new ActionFields.Read(rest.text().isEmpty() ? title : title + ": " + rest.text(), rest.owner(), rest.status(), rest.due(), rest.ticket());
  }

  private static ActionFields.Read read(String text, Predicate<String> ordinary) {
    return ActionFields.read(GENERIC_PREFIX.matcher(text).replaceFirst(""), ordinary);
  }

  /** "Long-term fixes:", "Tasks:": a title for the items below, not an item. */
  private static boolean isLabel(String text) {
    return text.endsWith(":") && splitCount(text) <= 10;
  }

  /** {@code text.split("\\s+").length} for a text with some non-space: its words, and an empty first part before leading space. */
  private static int splitCount(String text) {
    int parts = !text.isEmpty() && Chars.isSpace(text.charAt(0)) ? 1 : 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean space = Chars.isSpace(text.charAt(i));
      if (!space && !inWord) parts++;
      inWord = !space;
    }
    return parts;
  }

  static boolean isTableHeader(BodyLines lines, int i) {
    return lines.get(i).strip().startsWith("|") && !RULE.matcher(lines.get(i)).matches() && i + 1 < lines.size()
        && RULE.matcher(lines.get(i + 1)).matches();
  }

  private static int width(String indent) {
    int w = 0;
    for (char c : indent.toCharArray()) w += c == '\t' ? 4 : 1;
    return w;
  }

  /** Text without Markdown emphasis, HTML tags and extra spaces. */
  static String clean(String text) {
    // Each replacement runs only when its pattern can match: this runs for every line of an actions section.
    String t = text.indexOf('<') >= 0 ? TAGS.matcher(text).replaceAll("") : text;
    if (t.indexOf('*') >= 0 || t.indexOf('_') >= 0 || t.indexOf('`') >= 0) t = EMPHASIS.matcher(t).replaceAll("");
    t = BULLET.matcher(t).replaceAll("");
    return (hasSpaceRun(t) ? SPACES.matcher(t).replaceAll(" ") : t).strip();
  }

  /** Whether {@code \\s+} would change {@code t} when replaced by one space: a space other than ' ', or two together. */
  private static boolean hasSpaceRun(String t) {
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c != ' ' && Chars.isSpace(c) || c == ' ' && i + 1 < t.length() && Chars.isSpace(t.charAt(i + 1))) return true;
    }
    return false;
  }

  // The patterns of the text cleaner, compiled once: it runs for every action item.
  private static final Pattern TAGS = Pattern.compile("<[^>]+>");
  private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`");
  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+\u2022]|\\d{1,2}[.)])\\s+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
}
