package io.github.pmkb.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.pmkb.model.ActionItem.Status;

/**
 * Reads the owner, status, due date and ticket of an action item out of its text, and returns the
 * text without them: "Add alerting — Jonas Adeyemi, CORE-9615" is the item "Add alerting" owned by
 * Jonas Adeyemi, ticket CORE-9615. Forms: {@code @name}, "owner: name", "assigned to name",
 * "Name Surname: item", "item — Name"; "status: done", "(done)", "[TODO]", "DONE: item", ✅;
 * "due 2024-05-01", "by March 5, 2024", "deadline: Q3 2024"; "JIRA-12", "#412", issue links.
 */
final class ActionFields {
  /** An item's text and the fields read out of it. */
  record Read(String text, Optional<String> owner, Optional<Status> status, Optional<String> due, Optional<String> ticket) {
    /** These fields, each filled from {@code other} when absent here. */
    Read or(Read other) {
      return new Read(text, owner.or(other::owner), status.or(other::status), due.or(other::due), ticket.or(other::ticket));
    }
  }

  private static final String NAME = "[A-Z][\\p{L}'.-]+(?: [A-Z][\\p{L}'.-]+){1,2}";
  private static final String TICKET = "\\b(?:[A-Z][A-Z0-9]{1,9}-\\d{1,7})\\b|(?<![\\w&/])#\\d{1,7}\\b"
      + "|https?://\\S+/(?:issues|pull|browse|tickets?|merge_requests)/[\\w-]+";
  static final Pattern TICKETS = Pattern.compile(TICKET);
  /** Prefixes of identifiers that look like tracker keys but are standards (CVE-2024-1, UTF-8). */
  private static final Set<String> NOT_TICKETS = Set.of("CVE", "UTF", "SHA", "ISO", "RFC", "MD", "AES", "RSA", "HTTP", "TLS", "SSL", "IPV",
      "GMT", "UTC", "PST", "EST", "CET", "CWE", "GHSA", "P", "SEV", "COVID", "IEEE", "ANSI", "PEP", "JSR", "JEP", "KEP");

  private static final Pattern HANDLE = Pattern.compile("(?<![\\w.])@(?<name>[A-Za-z][\\w.-]*[\\w])");
  /**
   * "owner: bob", "(owner: ledger team)", "assigned to Ana Lima", "owned by @kim". A label noun
   * needs its colon or equals sign ("the library responsible for the leak" names no owner); in
   * brackets the name runs to the closing bracket, elsewhere over capitalised words only.
   */
  private static final String OWNER_CUE = "(?:\\b(?:owner|assignee|responsible|dri)\\s*[:=]|\\b(?:owned by|assigned to)\\b\\s*[:=]?)\\s*";
  static final Pattern OWNER_LABEL = Pattern.compile("(?i)[(\\[]\\s*" + OWNER_CUE + "(?<inside>@?[\\p{L}][^()\\[\\],;]{0,40}?)\\s*[)\\]]"
      + "|" + OWNER_CUE + "(?<name>@?[\\p{L}][\\p{L}'.-]*(?-i:(?: [A-Z][\\p{L}'.-]*){0,2}))");
  private static final Pattern NAME_PREFIX = Pattern.compile("^(?<name>" + NAME + "):\\s+(?=\\S)");
  static final Pattern NAME_SUFFIX = Pattern.compile("\\s+(?:[\u2014\u2013]|--?)\\s*(?<name>" + NAME + "|@[\\w.-]+)"
      + "(?:\\s*[,(]\\s*(?<ticket>" + TICKET + ")\\)?)?\\s*[.;]?\\s*$");
  /** Words of item titles ("Bug Fix: ...", "Regular Audits: ...") that are never part of a name. */
  private static final Pattern NOT_NAME_WORD = Pattern.compile("(?i)(?:.*(?:ing|ions?|ments?|ity|ance|ence|ness|ure|ated|[iy]zed|ised|ced|ive"
      + "|[tkpc]s|sses|ies|ches|shes|ges|tes|res|ors)"
      + "|fix|restart|review|update|upgrade|audit|alert|test|patch|backup|rollback|cleanup|plan|task|action|item|owner|status|note|step"
      + "|goal|change|key|bug|server|short|long|term|immediate|next|new|add|remove|check|team|config|deploy|code|data|log|logs)");

  private static final String STATUS_WORDS = "done|completed?|fixed|resolved|closed|shipped|merged|won'?t ?fix|wontfix|cancell?ed|dropped"
      + "|in[- ]progress|ongoing|started|todo|to ?do|open|planned|pending|not started|backlog|wip|scheduled";
  private static final Pattern STATUS_PREFIX = Pattern.compile("(?i)^\\s*[\\[(]?(?<s>" + STATUS_WORDS + ")[\\])]?\\s*(?:[:\u2014\u2013-]\\s*|(?<=[\\])])\\s*)");
  static final Pattern STATUS_LABEL = Pattern.compile("(?i)\\s*(?:[(\\[]\\s*)?(?:\\bstatus\\s*[:=]\\s*)(?<s>" + STATUS_WORDS + ")\\b\\s*[)\\]]?"
      + "|\\s*[(\\[]\\s*(?<b>" + STATUS_WORDS + ")\\s*[)\\]]|\\s+[\u2014\u2013-]\\s*(?<t>done|completed|fixed|todo|open|in progress)\\s*$");
  private static final Pattern CHECK_MARKS = Pattern.compile("\\s*[\u2705\u2714\u2611]\uFE0F?\\s*");

  private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?";
  private static final String WHEN = "\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}/\\d{1,2}/\\d{2,4}"
      + "|(?:(?:end|beginning|start|middle) of |early |mid-?|late )?(?:" + MONTH + "(?: \\d{1,2}(?:st|nd|rd|th)?)?(?:,? \\d{4})?"
      + "|\\d{1,2}(?:st|nd|rd|th)? " + MONTH + "(?:,? \\d{4})?|Q[1-4](?:[ /]\\d{4})?|H[12] \\d{4}"
      + "|(?:next|this|the next) (?:week|month|quarter|sprint|release))";
  static final Pattern DUE = Pattern.compile("(?i)\\s*[(\\[,;]?\\s*\\b(?:due(?: date| by| on)?|deadline|eta|target(?: date)?|by|until|before|no later than)"
      + "\\s*:?\\s*(?<when>" + WHEN + ")\\s*[)\\]]?");

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
    String t = text;
    Optional<Status> status = Optional.empty();
    Matcher m = STATUS_PREFIX.matcher(t);
    if (m.find()) {
      status = status(m.group("s"));
      t = t.substring(m.end());
    }
    if (mayHaveStatusLabel(t) && (m = STATUS_LABEL.matcher(t)).find()) {
      String s = m.group("s") != null ? m.group("s") : m.group("b") != null ? m.group("b") : m.group("t");
      status = status.or(() -> status(s));
      t = cut(t, m);
    }
    if ((t.indexOf('\u2705') >= 0 || t.indexOf('\u2714') >= 0 || t.indexOf('\u2611') >= 0) && (m = CHECK_MARKS.matcher(t)).find()) {
      status = status.or(() -> Optional.of(Status.DONE));
      t = cut(t, m);
    }
    Optional<String> due = Optional.empty();
    if (mayHaveDue(t) && (m = DUE.matcher(t)).find()) {
      due = Optional.of(due(m.group("when")));
      t = cut(t, m);
    }
    Optional<String> owner = Optional.empty();
    Optional<String> ticket = Optional.empty();
    if (hasSpacedDash(t) && (m = NAME_SUFFIX.matcher(t)).find() && isName(m.group("name"), ordinary)) {
      owner = Optional.of(LEADING_AT.matcher(m.group("name")).replaceFirst(""));
      if (m.group("ticket") != null) ticket = Optional.of(m.group("ticket"));
      t = t.substring(0, m.start());
    } else if (!t.isEmpty() && t.charAt(0) >= 'A' && t.charAt(0) <= 'Z' && t.indexOf(':') > 0 && (m = NAME_PREFIX.matcher(t)).find()
        && isName(m.group("name"), ordinary)) {
      owner = Optional.of(m.group("name"));
      t = t.substring(m.end());
    } else if (Chars.containsAny(t.toLowerCase(Locale.ROOT), OWNER_WORDS) && (m = OWNER_LABEL.matcher(t)).find()) {
      String name = m.group("inside") != null ? m.group("inside") : m.group("name");
      owner = Optional.of(TRAILING_DOTS.matcher(LEADING_AT.matcher(name.strip()).replaceFirst("")).replaceAll(""));
      t = cut(t, m);
    } else if (t.indexOf('@') >= 0 && (m = HANDLE.matcher(t)).find()) {
      owner = Optional.of(m.group("name"));
      // A handle at the end or in brackets decorates the item; one inside a sentence is part of it.
      if (CLOSERS.matcher(t.substring(m.end()).strip()).replaceAll("").isEmpty()) t = t.substring(0, m.start());
    }
    if (ticket.isEmpty() && mayHaveTicket(t)) {
      m = TICKETS.matcher(t);
      while (m.find()) {
        if (isTicket(m.group())) {
          ticket = Optional.of(m.group());
          t = withoutDecoration(t, m.start(), m.end());
          break;
        }
      }
    }
    return new Read(tidy(t), owner, status, due, ticket);
  }

  // Cheap tests of words or characters every match of a pattern needs: most items have no fields.
  static final String[] OWNER_WORDS = {"owner", "assignee", "responsible", "dri", "owned by", "assigned to"};
  private static final String[] DUE_WORDS = {"due", "deadline", "eta", "target", "by", "until", "before", "no later than"};
  private static final String[] WHEN_WORDS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "week",
      "month", "quarter", "sprint", "release"};
  private static final String[] STATUS_ENDINGS = {"done", "completed", "fixed", "todo", "open", "progress"};


  /** Whether {@link #STATUS_LABEL} may match: "status", a bracket, or a status word at the very end. */
  static boolean mayHaveStatusLabel(String t) {
    if (t.indexOf('(') >= 0 || t.indexOf('[') >= 0) return true;
    String lower = t.toLowerCase(Locale.ROOT);
    if (lower.contains("status")) return true;
    String end = lower.stripTrailing();
    for (String w : STATUS_ENDINGS) {
      if (end.endsWith(w)) return true;
    }
    return false;
  }

  /** Whether {@link #DUE} may match: a cue word and a digit, a month or a period of time. */
  static boolean mayHaveDue(String t) {
    String lower = t.toLowerCase(Locale.ROOT);
    return Chars.containsAny(lower, DUE_WORDS) && (Chars.hasDigit(t) || Chars.containsAny(lower, WHEN_WORDS));
  }

  /** Whether a dash follows a space somewhere, as {@link #NAME_SUFFIX} needs. */
  static boolean hasSpacedDash(String t) {
    for (int i = 1; i < t.length(); i++) {
      char c = t.charAt(i);
      if ((c == '-' || c == '\u2014' || c == '\u2013') && Chars.isSpace(t.charAt(i - 1))) return true;
    }
    return false;
  }

  /** Whether {@link #TICKETS} may match: a dash and a digit, a hash sign, or a link. */
  static boolean mayHaveTicket(String t) {
    return t.indexOf('#') >= 0 || t.contains("http") || t.indexOf('-') >= 0 && Chars.hasDigit(t);
  }

  private static final Pattern LEADING_AT = Pattern.compile("^@");
  private static final Pattern TRAILING_DOTS = Pattern.compile("[.]+$");
  private static final Pattern CLOSERS = Pattern.compile("^[)\\].;,]+");

  /** A line that only gives a field of the item above it ("Deadline: May 5", "Owner: bob"), read; else empty. */
  static Optional<Read> fieldLine(String text) {
    Matcher m = FIELD_LINE.matcher(text);
    if (!m.matches()) return Optional.empty();
    String key = m.group("key").toLowerCase(Locale.ROOT);
    String v = m.group("value").strip();
    if (key.startsWith("owner") || key.startsWith("assign") || key.equals("responsible") || key.equals("dri")) {
      return Optional.of(new Read("", Optional.of(v.replaceFirst("^@", "")), Optional.empty(), Optional.empty(), Optional.empty()));
    }
    if (key.equals("status")) return Optional.of(new Read("", Optional.empty(), status(v), Optional.empty(), Optional.empty()));
    if (key.startsWith("ticket") || key.equals("issue") || key.equals("jira") || key.equals("tracking")) {
      // "Tracking: AUTH-12. Due: 2026-07-22.": the ticket, and the fields that follow it.
      Optional<String> ticket = ticketIn(v);
      if (ticket.isEmpty()) return Optional.of(new Read("", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
      String rest = LEADING_PUNCTUATION.matcher(v.replace(ticket.get(), " ")).replaceFirst("");
      Read more = fieldLine(rest).orElseGet(() -> read(rest));
      return Optional.of(new Read("", more.owner(), more.status(), more.due(), ticket));
    }
    return Optional.of(new Read("", Optional.empty(), Optional.empty(), Optional.of(due(v)), Optional.empty()));
  }

  private static final Pattern FIELD_LINE = Pattern.compile("(?i)^\\s*(?:[-*+\u2022]\\s+)?(?:\\*\\*|__)?(?<key>deadline|due(?: date)?|eta|target date"
      + "|owners?|owned by|assignee|assigned to|responsible|dri|status|ticket|issue|jira|tracking)(?:\\*\\*|__)?\\s*:\\s*(?:\\*\\*|__)?"
      + "(?<value>\\S.{0,80}?)\\s*$");

  private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.;,]+$");
  private static final Pattern LEADING_PUNCTUATION = Pattern.compile("^[\\s.,;:]+");

  /** A form of ticket with a word before its number: "Bug 5554823", "issue #12". */
  private static final Pattern NAMED_TICKET = Pattern.compile("(?i)\\b(?:bug|issue|ticket|case|pr|pull request|change|cr)\\s*#?\\s*\\d{2,9}\\b");

  /**
   * The ticket a ticket field or column gives: a tracker key, "#412", an issue link, "Bug 5554823",
   * or a cell that is one token; empty when the text only talks ("see the notes").
   */
  static Optional<String> ticketIn(String text) {
    Matcher m = TICKETS.matcher(text);
    while (m.find()) if (isTicket(m.group())) return Optional.of(m.group());
    if ((m = NAMED_TICKET.matcher(text)).find()) return Optional.of(m.group());
    String t = TRAILING_PUNCTUATION.matcher(text.strip()).replaceFirst("");
    return t.isEmpty() || t.contains(" ") || t.chars().noneMatch(c -> c >= '0' && c <= '9') ? Optional.empty() : Optional.of(t);
  }

  /** The normalised status a status word states. */
  static Optional<Status> status(String word) {
    String s = word.strip().toLowerCase(Locale.ROOT);
    if (s.isEmpty()) return Optional.empty();
    if (DONE_WORD.matcher(s).matches()) return Optional.of(Status.DONE);
    if (OPEN_WORD.matcher(s).matches()) {
      return Optional.of(Status.OPEN);
    }
    return Optional.empty();
  }

  private static final Pattern DONE_WORD = Pattern.compile("(done|completed?|fixed|resolved|closed|shipped|merged|won'?t ?fix|wontfix|cancell?ed|dropped|x)\\b.*");
  private static final Pattern OPEN_WORD = Pattern.compile("(in[- ]progress|ongoing|started|todo|to ?do|open|planned|pending|not started|backlog|wip|scheduled)\\b.*");

  /** An ISO date when {@code when} is a full date, else {@code when} as written. */
  private static String due(String when) {
    for (Stamp s : Stamps.findAll(when)) {
      Optional<java.time.LocalDate> d = s.date(Optional.empty());
      if (d.isPresent() && s.start() == 0) return d.get().toString();
    }
    return when.strip();
  }

  /** Whether {@code name} looks like a person, a team or a handle: no section's name, no title words, not only ordinary words. */
  private static boolean isName(String name, Predicate<String> ordinary) {
    if (name.startsWith("@")) return true;
    if (SectionFinder.classify(name).isPresent()) return false;
    boolean ownWord = false;
    for (String w : name.split(" ")) {
      if (NOT_NAME_WORD.matcher(w).matches()) return false;
      ownWord |= !ordinary.test(w.toLowerCase(Locale.ROOT));
    }
    return ownWord;
  }

  /** The words {@code lines} write in lower case, read once on first use (most items name no one). */
  static Predicate<String> lowerCaseWords(BodyLines lines) {
    return new Predicate<>() {
      private Set<String> words;

      @Override
      public boolean test(String word) {
        if (words == null) {
          words = new HashSet<>();
          for (int i = 0; i < lines.size(); i++) addLowerCaseWords(lines.get(i), words);
        }
        return words.contains(word);
      }
    };
  }

  /**
   * Adds the words of {@code line} that start with a lower-case letter: each longest run of
   * letters, apostrophes and hyphens whose first character is a lower-case letter (as the regex
   * {@code (?<![\p{L}'-])\p{Ll}[\p{L}'-]*} finds them, without running one per line).
   */
  static void addLowerCaseWords(String line, Set<String> out) {
    int i = 0;
    int n = line.length();
    while (i < n) {
      int cp = line.codePointAt(i);
      if (!isWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      boolean lower = Character.getType(cp) == Character.LOWERCASE_LETTER;
      while (i < n && isWordChar(cp = line.codePointAt(i))) i += Character.charCount(cp);
      if (lower) out.add(line.substring(start, i));
    }
  }

  private static boolean isWordChar(int cp) {
    return cp == '\'' || cp == '-' || Character.isLetter(cp);
  }

  /** A ticket key or link, not a standard's name ("CVE-2021-44228", "UTF-8"). */
  static boolean isTicket(String s) {
    int dash = s.indexOf('-');
    return s.startsWith("#") || s.startsWith("http") || dash > 0 && !NOT_TICKETS.contains(s.substring(0, dash));
  }

  /** {@code t} without the ticket at {@code [start, end)} when it decorates the item (in brackets, leading or trailing). */
  private static String withoutDecoration(String t, int start, int end) {
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

  private static String cut(String t, Matcher m) {
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
