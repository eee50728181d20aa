package io.github.pmkb.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.pmkb.model.ActionItem;
import io.github.pmkb.model.Section;
import io.github.pmkb.model.SectionKind;

/**
 * Follow-ups from the corrective-actions sections: list items and task-list checkboxes
 * ({@code - [x]} is done), table rows (with Owner and Status columns when the header names them),
 * and, when a section has neither, its plain lines. Owners come from {@code @name},
 * "Owner: name" or "(owner: name)".
 */
final class ActionItemExtractor {
  private static final Pattern ITEM = Pattern.compile("^\\s*(?:[-*+•]|\\d{1,2}[.)])\\s+(?:\\[(?<box>[ xX])]\\s+)?(?<text>.+)$");
  private static final Pattern OWNER = Pattern.compile("(?i)(?:\\bowner\\s*[:=]\\s*|\\bassigned to\\s*:?\\s*|(?<![\\w.])@)(?<name>[\\w.-]+)");
  private static final Pattern STATUS = Pattern.compile("(?i)\\b(done|completed?|fixed|in[- ]progress|ongoing|started|todo|to do|open|planned|wontfix|won't fix)\\b");
  /** In prose only an explicit "Status: done" or a trailing "(done)" counts: "open files" is no status. */
  private static final Pattern STATUS_LABEL = Pattern.compile("(?i)(?:\\bstatus\\s*[:=]\\s*|[(\\[]\\s*)(done|completed?|fixed|in[- ]progress|ongoing|todo|to do|open|planned|wontfix|won't fix)\\b");
  private static final Pattern RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}.*");

  private ActionItemExtractor() {}

  static List<ActionItem> extract(BodyLines lines, List<Section> sections) {
    List<ActionItem> out = new ArrayList<>();
    for (Section s : sections) {
      if (s.kind() != SectionKind.ACTIONS) continue;
      int from = lines.indexOf(s.line()) + 1;
      int to = lines.indexOf(s.endLine());
      List<ActionItem> found = new ArrayList<>();
      List<String> header = List.of();
      for (int i = from; i <= to && i < lines.size(); i++) {
        if (lines.isFenced(i) || lines.isBlank(i)) continue;
        String line = lines.get(i);
        if (line.strip().startsWith("|")) {
          if (RULE.matcher(line).matches()) continue;
          List<String> cells = cells(line);
          if (header.isEmpty() && i + 1 < lines.size() && RULE.matcher(lines.get(i + 1)).matches()) {
            header = cells.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
            continue;
          }
          row(cells, header, lines.lineNo(i)).ifPresent(found::add);
          continue;
        }
        Matcher m = ITEM.matcher(line);
        if (m.matches()) {
          Optional<String> status = m.group("box") == null ? labelledStatus(m.group("text"))
              : Optional.of(m.group("box").isBlank() ? "todo" : "done");
          found.add(new ActionItem(clean(m.group("text")), owner(m.group("text")), status, lines.lineNo(i)));
        }
      }
      if (found.isEmpty()) found.addAll(plainLines(lines, from, to));
      out.addAll(found);
    }
    return out;
  }

  private static List<ActionItem> plainLines(BodyLines lines, int from, int to) {
    List<ActionItem> out = new ArrayList<>();
    for (int i = from; i <= to && i < lines.size(); i++) {
      if (lines.isFenced(i) || lines.isBlank(i)) continue;
      String t = clean(lines.get(i));
      // "the following actions will be implemented:" introduces items; it is not one.
      if (t.endsWith(":") || t.length() < 8) continue;
      out.add(new ActionItem(t, owner(t), labelledStatus(t), lines.lineNo(i)));
    }
    return out;
  }

  private static Optional<ActionItem> row(List<String> cells, List<String> header, int line) {
    if (cells.isEmpty()) return Optional.empty();
    int textCol = 0;
    Optional<String> owner = Optional.empty();
    Optional<String> status = Optional.empty();
    for (int c = 0; c < header.size() && c < cells.size(); c++) {
      String h = header.get(c);
      String v = cells.get(c).strip();
      if (v.isEmpty()) continue;
      if (h.contains("owner") || h.contains("assignee") || h.contains("who")) owner = Optional.of(v);
      else if (h.contains("status") || h.contains("state")) status = status(v).or(() -> Optional.of(v.toLowerCase(Locale.ROOT)));
      else if (h.matches(".*\\b(action|item|task|description|title|what|follow)\\b.*")) textCol = c;
    }
    String text = clean(cells.get(Math.min(textCol, cells.size() - 1)));
    if (text.isEmpty()) return Optional.empty();
    return Optional.of(new ActionItem(text, owner.or(() -> owner(text)), status, line));
  }

  private static List<String> cells(String line) {
    String s = line.strip().replaceAll("^\\||\\|$", "");
    List<String> out = new ArrayList<>();
    for (String c : s.split("\\|", -1)) out.add(c.strip());
    return out;
  }

  private static Optional<String> owner(String text) {
    // Every owner is written after an '@', "owner" or "assigned to": most action texts have none.
    if (text.indexOf('@') < 0) {
      String lower = text.toLowerCase(Locale.ROOT);
      if (!lower.contains("owner") && !lower.contains("assigned to")) return Optional.empty();
    }
    Matcher m = OWNER.matcher(text);
    return m.find() ? Optional.of(m.group("name").replaceAll("[.]+$", "")) : Optional.empty();
  }

  private static Optional<String> labelledStatus(String text) {
    Matcher m = STATUS_LABEL.matcher(text);
    return m.find() ? status(m.group(1)) : Optional.empty();
  }

  private static Optional<String> status(String text) {
    Matcher m = STATUS.matcher(text);
    if (!m.find()) return Optional.empty();
    String s = m.group(1).toLowerCase(Locale.ROOT);
    if (s.startsWith("done") || s.startsWith("complete") || s.equals("fixed")) return Optional.of("done");
    if (s.startsWith("in") || s.equals("ongoing") || s.equals("started")) return Optional.of("in-progress");
    if (s.startsWith("won")) return Optional.of("wontfix");
    return Optional.of("todo");
  }

  private static String clean(String text) {
    String t = EMPHASIS.matcher(TAGS.matcher(text).replaceAll("")).replaceAll("");
    return SPACES.matcher(BULLET.matcher(t).replaceAll("")).replaceAll(" ").strip();
  }

  // The patterns of the text cleaner, compiled once: it runs for every action item.
  private static final Pattern TAGS = Pattern.compile("<[^>]+>");
  private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`");
  private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-*+•]|\\d{1,2}[.)])\\s+");
  private static final Pattern SPACES = Pattern.compile("\\s+");
}
