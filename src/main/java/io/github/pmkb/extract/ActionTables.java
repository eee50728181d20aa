package io.github.pmkb.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.pmkb.model.ActionItem;
import io.github.pmkb.model.ActionItem.Status;

/**
 * Action items from a Markdown table. The header names the columns: the action ("Action Item",
 * "Task", "Description"), its owner ("Owner", "Assignee", "Who"), status ("Status", "State"),
 * ticket ("Bug", "Ticket", "Issue", "Link") and due date ("Due", "Deadline", "ETA"); other
 * columns (type, priority) are left out. A status word in any cell counts when no column is for
 * status ("| ... | Bug | " with "DONE" in the bug column).
 */
final class ActionTables {

  private static final Pattern STATUS_WORD = Pattern.compile("(?i)\\b(DONE|TODO|TO DO|FIXED|OPEN|IN PROGRESS|COMPLETED?|CLOSED|WONTFIX|WON'T FIX)\\b");

  private enum Column { TEXT, OWNER, STATUS, TICKET, DUE, OTHER }

  private ActionTables() {}

  /** The rows of the table from {@code header} (its header line) to {@code end}, as action items. */
  static List<ActionItem> rows(BodyLines lines, int header, int end) {
    List<Column> columns = cells(lines.get(header)).stream().map(ActionTables::column).toList();
    int textColumn = columns.indexOf(Column.TEXT);
    List<ActionItem> out = new ArrayList<>();
    for (int i = header + 1; i <= end; i++) {
      if (ActionItemExtractor.RULE.matcher(lines.get(i)).matches()) continue;
      List<String> cells = cells(lines.get(i));
      row(cells, columns, textColumn < 0 ? 0 : textColumn, lines.lineNo(i)).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<ActionItem> row(List<String> cells, List<Column> columns, int textColumn, int line) {
    if (textColumn >= cells.size()) return Optional.empty();
    ActionFields.Read read = ActionFields.read(ActionItemExtractor.clean(cells.get(textColumn)));
    if (read.text().isEmpty()) return Optional.empty();
    Optional<String> owner = Optional.empty();
    Optional<Status> status = Optional.empty();
    Optional<String> ticket = Optional.empty();
    Optional<String> due = Optional.empty();
    Optional<Status> anywhere = Optional.empty();
    for (int c = 0; c < cells.size(); c++) {
      String v = ActionItemExtractor.clean(cells.get(c));
      Column col = c < columns.size() ? columns.get(c) : Column.OTHER;
      Matcher w = STATUS_WORD.matcher(v);
      if (c != textColumn && w.find()) {
        anywhere = anywhere.or(() -> ActionStatuses.status(w.group(1)));
        if (col != Column.STATUS) v = (v.substring(0, w.start()) + v.substring(w.end())).strip();
      }
      if (v.isEmpty() || ActionOwners.NO_ONE.matcher(v).matches() || c == textColumn) continue;
      switch (col) {
        case OWNER -> owner = Optional.of(v.replaceFirst("^@", ""));
        case STATUS -> status = ActionStatuses.status(v);
        case TICKET -> ticket = ActionTickets.ticketIn(v);
        case DUE -> due = ActionFields.fieldLine("due: " + v).flatMap(ActionFields.Read::due);
        default -> { }
      }
    }
    Optional<Status> inAnyCell = anywhere;
    Status s = status.or(() -> inAnyCell).or(read::status).orElse(Status.NOT_STATED);
    return Optional.of(new ActionItem(read.text(), owner.or(read::owner), s, due.or(read::due), ticket.or(read::ticket), line));
  }

  private static Column column(String header) {
    String h = ActionItemExtractor.clean(header).toLowerCase(Locale.ROOT);
    if (h.matches(".*\\b(owners?|assignee|assigned|who|responsible|dri)\\b.*")) return Column.OWNER;
    if (h.matches(".*\\b(status|state|done|progress)\\b.*")) return Column.STATUS;
    if (h.matches(".*\\b(bugs?|tickets?|issues?|jira|links?|tracking|prs?|pull requests?|references?|ids?)\\b.*")) return Column.TICKET;
    if (h.matches(".*\\b(due|deadline|eta|target|when|by)\\b.*")) return Column.DUE;
    if (h.matches(".*\\b(actions?|items?|tasks?|descriptions?|titles?|what|follow[- ]?ups?|remediations?|measures?|fix(es)?|changes?"
        + "|improvements?|recommendations?|todo)\\b.*")) return Column.TEXT;
    return Column.OTHER;
  }

  private static List<String> cells(String line) {
    String s = line.strip().replaceAll("^\\||\\|$", "");
    List<String> out = new ArrayList<>();
    for (String c : s.split("\\|", -1)) out.add(c.strip());
    return out;
  }
}
