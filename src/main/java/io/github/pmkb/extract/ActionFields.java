package io.github.pmkb.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.pmkb.model.ActionItem.Status;

/**
 * Reads the owner, status, due date and ticket of an action item out of its text, and returns the
 * text without them: "Add alerting — Jonas Adeyemi, CORE-9615" is the item "Add alerting" owned by
 * Jonas Adeyemi, ticket CORE-9615. Each field has its reader: {@link ActionStatuses},
 * {@link ActionDues}, {@link ActionOwners}, {@link ActionTickets}; this class runs them in turn,
 * each on what the ones before left.
 */
final class ActionFields {
  /** An item's text and the fields read out of it. */
  record Read(String text, Optional<String> owner, Optional<Status> status, Optional<String> due, Optional<String> ticket) {
    /** These fields, each filled from {@code other} when absent here. */
    Read or(Read other) {
      return new Read(text, owner.or(other::owner), status.or(other::status), due.or(other::due), ticket.or(other::ticket));
    }
  }

  private ActionFields() {}

  /** The fields of {@code text} and the text without them. */
  static Read read(String text) {
    return read(text, w -> false);
  }

  /**
   * {@link #read(String)}, where a capitalised label before a colon or after a dash is a name only
   * if some word of it is not one the document writes in lower case ({@code ordinary}): "Incident
   * Response: ..." in a text that speaks of "incident response" names a topic, not an owner.
   */
  static Read read(String text, Predicate<String> ordinary) {
    // The readers only cut pieces out of the text, so the whole text in lower case holds every
    // word their pre-checks look for in what is left: it is lowered once.
    String lower = text.toLowerCase(Locale.ROOT);
    String t = text;
    Optional<Status> status = Optional.empty();
    Matcher m = ActionStatuses.STATUS_PREFIX.matcher(t);
    if (m.find()) {
      status = ActionStatuses.status(m.group("s"));
      t = t.substring(m.end());
    }
    if (ActionStatuses.mayHaveStatusLabel(t, lower) && (m = ActionStatuses.STATUS_LABEL.matcher(t)).find()) {
      String s = m.group("s") != null ? m.group("s") : m.group("b") != null ? m.group("b") : m.group("t");
      status = status.or(() -> ActionStatuses.status(s));
      t = cut(t, m);
    }
    if (ActionStatuses.hasCheckMark(t) && (m = ActionStatuses.CHECK_MARKS.matcher(t)).find()) {
      status = status.or(() -> Optional.of(Status.DONE));
      t = cut(t, m);
    }
    Optional<String> due = Optional.empty();
    if (ActionDues.mayHaveDue(t, lower) && (m = ActionDues.DUE.matcher(t)).find()) {
      due = Optional.of(ActionDues.due(m.group("when")));
      t = cut(t, m);
    }
    ActionOwners.Found owned = ActionOwners.read(t, lower, ordinary);
    t = owned.text();
    Optional<String> ticket = owned.ticket();
    if (ticket.isEmpty() && ActionTickets.mayHaveTicket(t)) {
      Optional<Matcher> key = ActionTickets.find(t);
      if (key.isPresent()) {
        ticket = Optional.of(key.get().group());
        t = ActionTickets.withoutDecoration(t, key.get().start(), key.get().end());
      }
    }
    return new Read(tidy(t), owned.owner(), status, due, ticket);
  }

  /** A line that only gives a field of the item above it ("Deadline: May 5", "Owner: bob"), read; else empty. */
  static Optional<Read> fieldLine(String text) {
    Matcher m = FIELD_LINE.matcher(text);
    if (!m.matches()) return Optional.empty();
    String key = m.group("key").toLowerCase(Locale.ROOT);
    String v = m.group("value").strip();
    if (key.startsWith("owner") || key.startsWith("assign") || key.equals("responsible") || key.equals("dri")) {
      // "Owner: TBD" names no one.
      String name = v.replaceFirst("^@", "");
      Optional<String> owner = ActionOwners.NO_ONE.matcher(name).matches() ? Optional.empty() : Optional.of(name);
      return Optional.of(new Read("", owner, Optional.empty(), Optional.empty(), Optional.empty()));
    }
    if (key.equals("status")) return Optional.of(new Read("", Optional.empty(), ActionStatuses.status(v), Optional.empty(), Optional.empty()));
    if (key.startsWith("ticket") || key.equals("issue") || key.equals("jira") || key.equals("tracking")) {
      // "Tracking: AUTH-12. Due: 2026-07-22.": the ticket, and the fields that follow it.
      Optional<String> ticket = ActionTickets.ticketIn(v);
      if (ticket.isEmpty()) return Optional.of(new Read("", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
      String rest = LEADING_PUNCTUATION.matcher(v.replace(ticket.get(), " ")).replaceFirst("");
      Read more = fieldLine(rest).orElseGet(() -> read(rest));
      return Optional.of(new Read("", more.owner(), more.status(), more.due(), ticket));
    }
    return Optional.of(new Read("", Optional.empty(), Optional.empty(), Optional.of(ActionDues.due(v)), Optional.empty()));
  }

  private static final Pattern FIELD_LINE = Pattern.compile("(?i)^\\s*(?:[-*+\u2022]\\s+)?(?:\\*\\*|__)?(?<key>deadline|due(?: date)?|eta|target date"
      + "|owners?|owned by|assignee|assigned to|responsible|dri|status|ticket|issue|jira|tracking)(?:\\*\\*|__)?\\s*:\\s*(?:\\*\\*|__)?"
      + "(?<value>\\S.{0,80}?)\\s*$");

  private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s.,;:]+");

  /** {@code t} without the match of {@code m}, a space where it joined two words. */
  static String cut(String t, Matcher m) {
    return t.substring(0, m.start()) + (m.end() < t.length() && m.start() > 0 ? " " : "") + t.substring(m.end());
  }

  /** Spaces and punctuation the removed fields leave behind; a trailing open bracket is one whose fields were all read out. */
  private static String tidy(String t) {
    String s = SPACES.matcher(t).replaceAll(" ");
    s = SPACE_BEFORE_PUNCTUATION.matcher(s).replaceAll("$1");
    if (s.indexOf('(') >= 0) s = EMPTY_BRACKETS.matcher(s).replaceAll("");
    return TRAILING_LEFTOVERS.matcher(s).replaceAll("").strip();
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern SPACE_BEFORE_PUNCTUATION = Pattern.compile("\\s+([.,;:)])");
  private static final Pattern EMPTY_BRACKETS = Pattern.compile("\\(\\s*\\)");
  private static final Pattern TRAILING_LEFTOVERS = Pattern.compile("[\\s,;:(\\[\u2014\u2013-]+$");
}
