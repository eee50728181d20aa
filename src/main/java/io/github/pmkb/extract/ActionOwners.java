package io.github.pmkb.extract;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The owner of an action item: {@code @name}, "owner: name", "assigned to name", "Name Surname:
 * item", "item — Name" (with a ticket after the name: "— Jonas Adeyemi, CORE-9615").
 */
final class ActionOwners {
  /** The item's text without the owner, the owner, and a ticket written right after the owner's name. */
  record Found(String text, Optional<String> owner, Optional<String> ticket) {}

  private static final String NAME = "[A-Z][\\p{L}'.-]+(?: [A-Z][\\p{L}'.-]+){1,2}";
  private static final Pattern HANDLE = Pattern.compile("(?<![\\w.])@(?<name>[A-Za-z][\\w.-]*[\\w])");
  /**
   * "owner: bob", "(owner: ledger team)", "assigned to Ana Lima", "owned by @kim". A label noun
   * needs its colon or equals sign ("the library responsible for the leak" names no owner); in
   * brackets the name runs to the closing bracket, elsewhere over capitalised words only.
   */
  private static final String OWNER_CUE = "(?:\\b(?:owner|assignee|responsible|dri)\\s*[:=]|\\b(?:owned by|assigned to)\\b\\s*[:=]?)\\s*";
  static final Pattern OWNER_LABEL = Pattern.compile("(?i)[(\\[]\\s*" + OWNER_CUE + "(?<inside>@?[\\p{L}][^()\\[\\],;]{0,40}?)\\s*[)\\]]"
      + "|" + OWNER_CUE + "(?<name>@?[\\p{L}][\\p{L}'./-]*(?-i:(?: [A-Z][\\p{L}'.-]*){0,2}))");
  /** The rest of an item after "owner: platform" that names a team in lower case: " team", " on-call rotation". */
  private static final Pattern TEAM_TAIL = Pattern.compile("(?i)((?: [\\p{L}][\\p{L}'-]*)? (?:team|squad|group|crew|guild|on-?call|rotation))\\s*\\.?\\s*");
  /** A cell or owner label that says nothing yet, read whole: "owner: N/A", "(owner: TBD)", a table cell "-". */
  static final Pattern NO_ONE = Pattern.compile("(?i)n/?a|none|tb[dc]|unassigned|nobody|unknown|-+|\\?+");
  /** Lower-case strings one of which every match of {@link #OWNER_LABEL} contains. */
  static final List<String> OWNER_WORDS = List.of("owner", "assignee", "responsible", "dri", "owned by", "assigned to");
  private static final Pattern NAME_PREFIX = Pattern.compile("^(?<name>" + NAME + "):\\s+(?=\\S)");
  static final Pattern NAME_SUFFIX = Pattern.compile("\\s+(?:[\u2014\u2013]|--?)\\s*(?<name>" + NAME + "|@[\\w.-]+)"
      + "(?:\\s*[,(]\\s*(?<ticket>" + ActionTickets.TICKET + ")\\)?)?\\s*[.;]?\\s*$");
  /** Words of item titles ("Bug Fix: ...", "Regular Audits: ...") that are never part of a name. */
  private static final Pattern NOT_NAME_WORD = Pattern.compile("(?i)(?:.*(?:ing|ions?|ments?|ity|ance|ence|ness|ure|ated|[iy]zed|ised|ced|ive"
      + "|[tkpc]s|sses|ies|ches|shes|ges|tes|res|ors)"
      + "|fix|restart|review|update|upgrade|audit|alert|test|patch|backup|rollback|cleanup|plan|task|action|item|owner|status|note|step"
      + "|goal|change|key|bug|server|short|long|term|immediate|next|new|add|remove|check|team|config|deploy|code|data|log|logs)");
  private static final Pattern LEADING_AT = Pattern.compile("^@");
  private static final Pattern TRAILING_DOTS = Pattern.compile("[.]+$");
  private static final Pattern CLOSERS = Pattern.compile("^[)\\].;,]+");
  /** A bracket left open before a handle that closed it: "Add an alert (" of "Add an alert (@sre team)". */
  private static final Pattern OPENER = Pattern.compile("\\s*[(\\[]\\s*$");

  private ActionOwners() {}

  /**
   * The owner {@code t} names and {@code t} without it. {@code lower} is {@code t}, or a text
   * {@code t} was cut from, in lower case; {@code ordinary} as in {@link ActionFields#read(String, Predicate)}.
   */
  static Found read(String t, String lower, Predicate<String> ordinary) {
    Matcher m;
    if (hasSpacedDash(t) && (m = NAME_SUFFIX.matcher(t)).find() && isName(m.group("name"), ordinary)) {
      return new Found(t.substring(0, m.start()), Optional.of(LEADING_AT.matcher(m.group("name")).replaceFirst("")),
          Optional.ofNullable(m.group("ticket")));
    }
    if (!t.isEmpty() && t.charAt(0) >= 'A' && t.charAt(0) <= 'Z' && t.indexOf(':') > 0 && (m = NAME_PREFIX.matcher(t)).find()
        && isName(m.group("name"), ordinary)) {
      return new Found(t.substring(m.end()), Optional.of(m.group("name")), Optional.empty());
    }
    if (Chars.containsAny(lower, OWNER_WORDS) && (m = OWNER_LABEL.matcher(t)).find()) {
      String name = m.group("inside") != null ? m.group("inside") : m.group("name");
      Matcher team = m.group("name") == null ? null : TEAM_TAIL.matcher(t).region(m.end(), t.length());
      if (team != null && team.matches()) {
        name = name + team.group(1);
        return new Found(t.substring(0, m.start()), Optional.of(name), Optional.empty());
      }
      name = TRAILING_DOTS.matcher(LEADING_AT.matcher(name.strip()).replaceFirst("")).replaceAll("");
      return new Found(ActionFields.cut(t, m), NO_ONE.matcher(name).matches() ? Optional.empty() : Optional.of(name), Optional.empty());
    }
    if (t.indexOf('@') >= 0 && (m = HANDLE.matcher(t)).find()) {
      // "@sre team" names the team the handle stands for, where the item ends after it; in "with
      // @dana team leads on the plan" the noun starts a phrase of the sentence.
      Matcher team = TEAM_TAIL.matcher(t).region(m.end(), t.length());
      boolean hasTeam = team.lookingAt() && team.group(1).indexOf(' ', 1) < 0
          && (team.end() == t.length() || CLOSERS.matcher(t.substring(team.end())).lookingAt());
      int end = hasTeam ? m.end() + team.group(1).length() : m.end();
      String name = hasTeam ? m.group("name") + team.group(1) : m.group("name");
      // A handle at the end or in brackets decorates the item; one inside a sentence is part of it.
      String rest = CLOSERS.matcher(t.substring(end).strip()).replaceAll("").isEmpty() ? OPENER.matcher(t.substring(0, m.start())).replaceAll("") : t;
      return new Found(rest, Optional.of(name), Optional.empty());
    }
    return new Found(t, Optional.empty(), Optional.empty());
  }

  /** Whether a dash follows a space somewhere, as {@link #NAME_SUFFIX} needs. */
  static boolean hasSpacedDash(String t) {
    for (int i = 1; i < t.length(); i++) {
      char c = t.charAt(i);
      if ((c == '-' || c == '\u2014' || c == '\u2013') && Chars.isSpace(t.charAt(i - 1))) return true;
    }
    return false;
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
}
