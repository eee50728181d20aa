package io.github.pmkb.extract;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The ticket of an action item: "JIRA-12", "#412", an issue link, "Bug 5554823". */
final class ActionTickets {
  static final String TICKET = "\\b(?:[A-Z][A-Z0-9]{1,9}-\\d{1,7})\\b|(?<![\\w&/])#\\d{1,7}\\b"
      + "|https?://\\S+/(?:issues|pull|browse|tickets?|merge_requests)/[\\w-]+";
  static final Pattern TICKETS = Pattern.compile(TICKET);
  /** Prefixes of identifiers that look like tracker keys but are standards (CVE-2024-1, UTF-8). */
  private static final Set<String> NOT_TICKETS = Set.of("CVE", "UTF", "SHA", "ISO", "RFC", "MD", "AES", "RSA", "HTTP", "TLS", "SSL", "IPV",
      "GMT", "UTC", "PST", "EST", "CET", "CWE", "GHSA", "P", "SEV", "COVID", "IEEE", "ANSI", "PEP", "JSR", "JEP", "KEP");
  /** A form of ticket with a word before its number: "Bug 5554823", "issue #12". */
  private static final Pattern NAMED_TICKET = Pattern.compile("(?i)\\b(?:bug|issue|ticket|case|pr|pull request|change|cr)\\s*#?\\s*\\d{2,9}\\b");
  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.;,]+$");

  private ActionTickets() {}

  /** Whether {@link #TICKETS} may match: a dash and a digit, a hash sign, or a link. */
  static boolean mayHaveTicket(String t) {
    return t.indexOf('#') >= 0 || t.contains("http") || t.indexOf('-') >= 0 && Chars.hasDigit(t);
  }

  /** The first ticket key or link in {@code t} that is no standard's name. */
  static Optional<Matcher> find(String t) {
    Matcher m = TICKETS.matcher(t);
    while (m.find()) if (isTicket(m.group())) return Optional.of(m);
    return Optional.empty();
  }

  /**
   * The ticket a ticket field or column gives: a tracker key, "#412", an issue link, "Bug 5554823",
   * or a cell that is one token; empty when the text only talks ("see the notes").
   */
  static Optional<String> ticketIn(String text) {
    Optional<Matcher> key = find(text);
    if (key.isPresent()) return Optional.of(key.get().group());
    Matcher m = NAMED_TICKET.matcher(text);
    if (m.find()) return Optional.of(m.group());
    String t = TRAILING_PUNCTUATION.matcher(text.strip()).replaceFirst("");
    return t.isEmpty() || t.contains(" ") || t.chars().noneMatch(c -> c >= '0' && c <= '9') ? Optional.empty() : Optional.of(t);
  }

  /** A ticket key or link, not a standard's name ("CVE-2021-44228", "UTF-8"). */
  static boolean isTicket(String s) {
    int dash = s.indexOf('-');
    return s.startsWith("#") || s.startsWith("http") || dash > 0 && !NOT_TICKETS.contains(s.substring(0, dash));
  }

  /** {@code t} without the ticket at {@code [start, end)} when it decorates the item (in brackets, leading or trailing). */
  static String withoutDecoration(String t, int start, int end) {
    String before = t.substring(0, start);
    String after = t.substring(end);
    if (OPEN_BRACKET_END.matcher(before).matches() && CLOSE_BRACKET_START.matcher(after).matches()) {
      return OPEN_BRACKET_AT_END.matcher(before).replaceFirst("") + CLOSE_BRACKET_AT_START.matcher(after).replaceFirst("");
    }
    if (DOTS_OR_SEMICOLONS.matcher(after.strip()).replaceAll("").isEmpty()) return TRAILING_SEPARATORS.matcher(before).replaceFirst("");
    if (before.isBlank()) return LEADING_SEPARATORS.matcher(after).replaceFirst("");
    return t;
  }

  private static final Pattern OPEN_BRACKET_END = Pattern.compile(".*[(\\[]\\s*$");
  private static final Pattern CLOSE_BRACKET_START = Pattern.compile("^\\s*[)\\]].*");
  private static final Pattern OPEN_BRACKET_AT_END = Pattern.compile("[(\\[]\\s*$");
  private static final Pattern CLOSE_BRACKET_AT_START = Pattern.compile("^\\s*[)\\]]");
  private static final Pattern DOTS_OR_SEMICOLONS = Pattern.compile("[.;]");
  private static final Pattern TRAILING_SEPARATORS = Pattern.compile("[\\s,;:\u2014\u2013-]+$");
  private static final Pattern LEADING_SEPARATORS = Pattern.compile("^[\\s,;:\u2014\u2013-]+");
}
