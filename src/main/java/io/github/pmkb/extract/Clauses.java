package io.github.pmkb.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the clause or sentence around a stamp says of it: that it is promised, ends something, or
 * belongs to another incident. {@link StatedTimes} asks, before it takes a time or day as this
 * incident's.
 */
final class Clauses {
  private Clauses() {}

  /**
   * Words before a day in its sentence that point at another, earlier incident: "like the one we
   * had on 2022-08-19", "similar to the outage of March 3", "the previous incident (May 5)".
   */
  private static final Pattern OTHER_INCIDENT = Pattern.compile("(?i)\\b(?:similar to|like the one|same as (?:the one|that)"
      + "|(?:previous|prior|earlier|past|former|last|similar)\\s+(?:[\\w-]+\\s+){0,2}?(?:incidents?|outages?|events?|issues?"
      + "|failures?|postmortems?|occurrences?|one)|recurrence of|repeat of)\\b");

  /** The stamps of {@code line} less the days its sentences give to another incident ({@link #OTHER_INCIDENT}). */
  static List<Stamp> ownDays(String line, List<Stamp> stamps) {
    if (stamps.stream().noneMatch(Stamp::hasDate)) return stamps;
    return stamps.stream().filter(x -> !x.hasDate() || !OTHER_INCIDENT.matcher(line.substring(sentenceStart(line, x), x.start())).find())
        .toList();
  }

  /** Whether the sentence or clause holding {@code s} tells of a resolution or mitigation ("At 12:16 service was restored"). */
  static boolean endsSomething(String line, Stamp s) {
    return Markers.of(sentence(line, s)).filter(io.github.pmkb.model.Marker::endsHarm).isPresent();
  }

  /**
   * A time of what is still to come: "we will post another update by 15:00", "the fix is expected
   * to land at 18:00". Status notes end with such promises; they tell when the writer means to act,
   * not when anything happened. Only the clause right before the time counts, and "will" only in
   * lower case and not as "will have seen", so "An estimated 30% failed from 14:05" or "Will paged
   * the team at 13:12" still state when something happened.
   */
  private static final Pattern PROMISE = Pattern.compile("\\b(?:will(?! have\\b)|shall)\\b|(?i:\\b(?:(?:next|another|further) update"
      + "|expect(?:s|ed)? to|(?:estimated|expected) (?:time|resolution|recovery|fix)|eta)\\b|['\u2019]ll\\b)");
  /** Where a clause begins: after a semicolon, a full stop or a comma. */
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[;,]\\s|\\.\\s");

  static boolean promised(String line, Stamp s) {
    return PROMISE.matcher(clauseBefore(line, s)).find();
  }

  /** The words of {@code line} from the start of the clause that holds {@code s} up to it. */
  static String clauseBefore(String line, Stamp s) {
    int from = 0;
    Matcher b = CLAUSE_BREAK.matcher(line).region(0, s.start());
    while (b.find()) from = b.end();
    return line.substring(from, s.start());
  }

  private static int sentenceStart(String line, Stamp s) {
    return Math.max(Math.max(line.lastIndexOf(". ", s.start()), line.lastIndexOf("; ", s.start())) + 1, 0);
  }

  /** The sentence of {@code line} that holds {@code s}. */
  private static String sentence(String line, Stamp s) {
    int to = firstOf(line.indexOf(". ", s.end()), line.indexOf("; ", s.end()));
    return line.substring(sentenceStart(line, s), to < 0 ? line.length() : to);
  }

  private static int firstOf(int a, int b) {
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }
}
