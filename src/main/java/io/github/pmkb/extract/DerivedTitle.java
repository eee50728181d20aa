package io.github.pmkb.extract;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import io.github.pmkb.model.Incident;
import io.github.pmkb.model.Section;
import io.github.pmkb.model.SectionKind;
import io.github.pmkb.model.Sourced;

/**
 * A title made from the facts, for postmortems whose own title only names the genre: what failed
 * and why, "Web application outage: memory leak". What failed is the subject a catalogue entry's
 * leading link names, else the affected service the text names first; why is the root cause and
 * the strongest contributing cause, in words. Without a cause the date stands in ("Website outage on March 3, 2025").
 */
final class DerivedTitle {
  /** The cause of each default category as a title says it. Other taxonomies use their labels. */
  private static final Map<String, String> CAUSES = Map.ofEntries(Map.entry("memory-leak", "memory leak"),
      Map.entry("certificate-expiry", "expired certificate"), Map.entry("dns", "DNS failure"),
      Map.entry("disk-full", "full disk"), Map.entry("race-condition", "race condition"),
      Map.entry("config-error", "configuration error"), Map.entry("bad-deploy", "faulty deploy"),
      Map.entry("capacity", "overload"), Map.entry("database", "database failure"),
      Map.entry("network", "network failure"), Map.entry("third-party", "third-party failure"),
      Map.entry("hardware", "hardware failure"), Map.entry("security", "security breach"),
      Map.entry("human-error", "human error"));

  private static final Pattern SLOW = Pattern.compile("(?i)\\bslow\\w*|\\blatenc\\w*|\\bdegrad\\w*|\\bperformance\\b");
  private static final Pattern DOWN = Pattern.compile("(?i)\\boutage\\b|\\bdown(?:time)?\\b|\\bunavailab\\w*"
      + "|\\binaccessible\\b|\\boffline\\b|\\bcrash\\w*|\\bunreachable\\b|\\bunresponsive\\b|\\b5\\d\\d\\b");
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ROOT);
  /** How many lines of the summary and impact sections tell whether the service was down or slow. */
  private static final int SYMPTOM_LINES = 12;

  private DerivedTitle() {}

  static Optional<String> of(Incident in, BodyLines lines, Optional<String> linkSubject, Optional<LocalDate> day) {
    Optional<String> cause = cause(in.rootCause().value());
    String subject = linkSubject.or(() -> firstNamed(in, lines, cause)).orElse("Service");
    String what = capitalise(subject) + " " + symptom(in, lines);
    // The strongest contributing cause too: "memory leak and configuration error".
    Optional<String> also = in.contributing().stream().map(c -> cause(c.value())).flatMap(Optional::stream)
        .filter(c -> !c.equals(cause.orElse(""))).findFirst();
    if (cause.isPresent()) return Optional.of(what + ": " + cause.get() + also.map(a -> " and " + a).orElse(""));
    if (day.isPresent()) return Optional.of(what + " on " + day.get().format(DAY));
    return linkSubject.isPresent() || !in.services().isEmpty() ? Optional.of(what) : Optional.empty();
  }

  /**
   * The affected service the text names first ("our web application, behind the load balancer"),
   * skipping one the cause already says ("Database outage: database failure" says it twice).
   */
  private static Optional<String> firstNamed(Incident in, BodyLines lines, Optional<String> cause) {
    String best = null;
    long bestAt = Long.MAX_VALUE;
    for (Sourced<String> s : in.services()) {
      String name = s.value();
      String lower = name.toLowerCase(Locale.ROOT);
      if (cause.isPresent() && cause.get().toLowerCase(Locale.ROOT).contains(lower) && in.services().size() > 1) continue;
      int i = lines.indexOf(s.at().line());
      int col = i >= 0 && i < lines.size() ? lines.get(i).toLowerCase(Locale.ROOT).indexOf(lower) : -1;
      long at = (long) s.at().line() * 100_000 + Math.max(col, 0);
      if (at < bestAt) {
        best = name;
        bestAt = at;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Optional<String> cause(String id) {
    if (id.equals(Taxonomy.UNKNOWN)) return Optional.empty();
    String known = CAUSES.get(id);
    if (known != null) return Optional.of(known);
    for (Taxonomy.Category c : Taxonomy.defaults().categories()) {
      if (c.id().equals(id)) return Optional.of(c.label().toLowerCase(Locale.ROOT));
    }
    return Optional.of(id.replace('-', ' '));
  }

  /** "slowdown" when the summary and impact speak of slowness and never of the service being down. */
  private static String symptom(Incident in, BodyLines lines) {
    StringBuilder said = new StringBuilder(in.impact().sentence().map(Sourced::value).orElse(""));
    for (Section s : in.sections()) {
      if (s.kind() != SectionKind.SUMMARY && s.kind() != SectionKind.IMPACT) continue;
      int from = lines.indexOf(s.line());
      int to = Math.min(lines.indexOf(s.endLine()), from + SYMPTOM_LINES);
      for (int i = Math.max(0, from); i <= to && i < lines.size(); i++) said.append('\n').append(lines.get(i));
    }
    return SLOW.matcher(said).find() && !DOWN.matcher(said).find() ? "slowdown" : "outage";
  }

  /** "nginx" becomes "Nginx"; names already capitalised ("DNS", "GitHub") stay as written. */
  private static String capitalise(String s) {
    String t = s.strip();
    if (t.isEmpty()) return t;
    return t.substring(0, 1).toUpperCase(Locale.ROOT) + t.substring(1);
  }
}
