package io.github.pmkb.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.pmkb.diag.SourcePos;
import io.github.pmkb.model.Impact;
import io.github.pmkb.model.Provenance;
import io.github.pmkb.model.Section;
import io.github.pmkb.model.SectionKind;
import io.github.pmkb.model.Sourced;

/**
 * The share of users affected ("approximately 40% of our users", "25 percent of requests", "100%
 * of the web server was down", "a 100% service disruption") and the sentence that says it, read
 * from the summary and impact sections first, then the rest of the text but the action items.
 * "All users", "anyone trying to reach the site" and "a complete outage" count as 100 unless a
 * word narrows them to a part ("in the EU region"), "half of our users" as 50, and "a 25% drop in
 * logins" as 25 when nothing names who was affected; conflicting numbers in one sentence are
 * left out.
 */
final class ImpactExtractor {
  /** What a share can be a share of: people, requests and the things that serve them. */
  private static final String AFFECTED = "users?|customers?|requests?|traffic|visitors?|clients?|user ?base|accounts?|sessions?"
      + "|tenants?|merchants?|queries|calls|transactions|api calls|workloads|sites?|pods|nodes|servers?|services?|subscribers"
      + "|attempts|logins|jobs|builds|pipelines|orders|payments|checkouts|uploads|downloads|messages|emails|web ?servers?"
      + "|websites?|applications?|apps|systems?|platform|infrastructure|instances|hosts|devices|players|students|members";
  private static final Pattern PERCENT = Pattern.compile("(?i)(\\d{1,3}(?:\\.\\d+)?)\\s*(?:%|percent)\\s*"
      + "(?:(?:of\\s+(?:the\\s+|our\\s+|all\\s+|its\\s+|their\\s+|total\\s+|active\\s+|incoming\\s+)*)?"
      + "(?:[\\w-]+\\s+){0,3}?(" + AFFECTED + ")|(?:service\\s+)?(outage|disruption|downtime|unavailability))\\b");
  /** Everyone: "all users", "all inbound traffic", "anyone trying to reach the site", "a complete outage". */
  private static final Pattern ALL_USERS = SharedBoundary.compile("(?i)\\ball (?:of )?(?:our |the |its |their )?"
      + "(?:customer |user |inbound |incoming |active |registered |the )?(?:users|customers|clients|requests|traffic|services"
      + "|transactions|applications|tenants|visitors)\\b|\\bevery (?:user|customer|client|request|visitor)\\b"
      + "|\\b(?:every|any)(?:one|body) (?:visiting|using|trying|attempting|accessing)\\b"
      + "|\\bcomplete(?:ly)? (?:outage|unavailable)\\b|\\bentire (?:user ?base|site|service|website|platform)\\b", 0);
  /** A verb that moves what follows it somewhere: "sent all traffic to", "routed all requests through". */
  private static final Pattern ROUTED = Pattern.compile("(?i)\\b(?:sen[dt]s?|sending|rout(?:e|es|ed|ing)|redirect\\w*|mov(?:e|es|ed|ing)"
      + "|shift\\w*|steer\\w*|drain\\w*|forward\\w*|direct(?:s|ed|ing)?|point(?:s|ed|ing)?)\\s+$");
  /** After "all users": to a page that serves nobody, "to a 404 page", "to the maintenance page". */
  private static final Pattern ERROR_PAGE = Pattern.compile("(?i)\\s+to\\s+(?:a|an|the|our)\\s+(?:[\\w-]+\\s+){0,2}?"
      + "(?:error|404|5\\d\\d|maintenance|outage|blank|sorry|not[- ]found)(?:\\s+[\\w-]+){0,2}?\\s+pages?\\b");
  /** A count of a total: "18,000 of 120,000 requests failed", "3 out of 40 tenants". */
  private static final Pattern RATIO = Pattern.compile("(?i)(?<![\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+(?:out\\s+)?of\\s+(?:the\\s+|our\\s+|all\\s+)?"
      + "(?:about\\s+|roughly\\s+|approximately\\s+|around\\s+|~\\s*)?(\\d{1,3}(?:,\\d{3})+|\\d+)\\s+(?:[\\w-]+\\s+){0,2}?(?:" + AFFECTED + ")\\b");
  private static final String SPAN_OF_TIME = "(?:time|minutes?|hours?|days?|nights?|mornings?|afternoons?|evenings?|weeks?|months?|years?)";
  /**
   * Half: "half of our users", "half the customers", "half of read requests". A word between
   * only after "of": "half the night customers could not pay" is half a night.
   */
  private static final Pattern HALF = Pattern.compile("(?i)\\bhalf (?:of (?:our |the |all )?(?:(?!" + SPAN_OF_TIME + "\\b)[\\w-]+\\s+)?|(?:our |the |all )?)(?:"
      + AFFECTED + ")\\b");
  /** A fall in activity: "a 25% drop in logins", read when nothing names who was affected. */
  private static final Pattern DROP = Pattern.compile("(?i)(\\d{1,3}(?:\\.\\d+)?)\\s*(?:%|percent)\\s+"
      + "(?:drop|decrease|decline|reduction|fall)\\s+in\\s+(?:[\\w-]+\\s+){0,2}?(?:" + AFFECTED + "|activity|usage)\\b");
  /**
   * "12% of sign-ups could not finish", "18% of the installed thermostats were affected": a share
   * of anything counted, read last and only where its sentence tells of harm; shares of the
   * machinery (nodes, capacity, memory) say how hard it ran, not who was hurt.
   */
  private static final Pattern PERCENT_OF_ANY = Pattern.compile("(?i)(\\d{1,3}(?:\\.\\d+)?)\\s*(?:%|percent)\\s+of\\s+"
      + "(?:(?:the|our|all|its|their|every)\\s+)*(?:[\\w-]+\\s+){0,2}?(?!(?:its|this|his|was|is|has|does|us|as|capacity|limits?|resources|connections|cpu|memory|disks?|threads"
      + "|workers|nodes|pods|servers|hosts|instances|machines|budgets?|quotas?|cores|shards|partitions|replicas|containers"
      // Shares of events, not of people: "90% of the errors came from one tenant".
      + "|errors|alerts|failures|retries|logs|pages|exceptions|warnings|crashes|timeouts|incidents|tickets|complaints|reports|events|spikes)\\b)([a-z][\\w-]*s)\\b");
  /** Where the clause that a share is the subject of ends: "80% of X came from one region, where ...". */
  private static final Pattern CLAUSE_END = Pattern.compile(";|:(?!\\d)|\\.(?:\\s|$)|,?\\s+(?:whose|where|which|while|whereas|but|although)\\b"
      + "|,\\s+(?:and|who)\\b");
  /** "a 20% degradation of service" says how bad, not how many: not a share of users. */
  private static final Pattern DEGREE = Pattern.compile("(?i)\\b(?:degrad\\w*|decrease|drop|increase|reduction|loss|slowdown|rise)\\b");
  /**
   * What narrows "all users" after it to a group: "all users of the legacy plan", "all users on
   * v2 (about 40 accounts)". "All users (web and mobile)" and "all users, for 20 minutes" stay everyone.
   */
  private static final Pattern NARROWED = Pattern.compile("(?i)^\\s*(?:(?:of|on|in|with|from|at|using|who|that|whose)\\b"
      + "|\\((?:about |around |roughly |approximately |~\\s*)?\\d)");
  private static final Pattern IMPACT_LABEL = Pattern.compile("(?i)^[\\W_]*impact\\b[^:\\n]{0,20}:");
  /** Words that narrow "all" or "complete" to a part: "complete outage in the EU region". */
  private static final Pattern PART = SharedBoundary.compile("(?i)\\bregions?\\b|\\bsome\\b|\\bcertain\\b|\\bpartial\\w*|\\bsubset\\b", 0);
  /**
   * A paragraph that counts a few of the things that failed ("a couple of our sites went down")
   * makes its "every user" the users of those few.
   */
  private static final Pattern FEW_OF = Pattern.compile("(?i)\\b(?:some|a couple|a few|a handful|several|one|two|three|certain|parts?) of (?:our|the|its|their)"
      + "(?: [\\w-]+)? (?:sites|services|apps|applications|servers|systems|regions|clusters|products|websites|domains|endpoints)\\b");
  /**
   * "All services" counts everyone only with the harm named: "all the services were affected"
   * may mean each was a little slower, which says nothing of how many users were hurt.
   */
  private static final Pattern FEATURES = Pattern.compile("(?i)\\b(?:services|applications)$");
  /** Harm in the words of waiting: "took longer than 5 seconds", "the queue stopped draining". */
  private static final Pattern HELD_UP = Pattern.compile("(?i)\\b(?:took (?:longer|more than|over)|longer than|stopp\\w*|stall\\w*|stuck"
      + "|hung|wait\\w*|pending|lost|missing)\\b");
  private static final Pattern MERELY_AFFECTED = Pattern.compile("(?i)\\baffect\\w*");
  private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]*(?:\\.\\d|[^.!?\\n])*[.!?]?");

  private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__|`");
  private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+");
  private static final Pattern IMPACT_PREFIX = Pattern.compile("(?i)^impact\\s*:\\s*");

  private ImpactExtractor() {}

  static Impact extract(BodyLines lines, List<Section> sections, String rel) {
    List<int[]> order = new ArrayList<>();
    for (Section s : sections) {
      if (s.kind() == SectionKind.IMPACT || s.kind() == SectionKind.SUMMARY) {
        order.add(new int[] {lines.indexOf(s.line()), lines.indexOf(s.endLine())});
      }
    }
    order.add(new int[] {0, lines.size() - 1});
    // Action items and lessons say what should change ("set permissions for all users"), not who was hurt.
    boolean[] skip = new boolean[lines.size()];
    for (Section s : sections) {
      if (s.kind() != SectionKind.ACTIONS && s.kind() != SectionKind.LESSONS) continue;
      for (int i = Math.max(0, lines.indexOf(s.line())); i <= lines.indexOf(s.endLine()) && i < lines.size(); i++) skip[i] = true;
    }
    // Each line in lower case, made on first use: every pattern's pre-check asks for it.
    String[] lower = new String[lines.size()];
    // A line labelled "Impact:" says it most plainly (with several incidents, the first one's).
    for (int i = 0; i < lines.size(); i++) {
      if (skip[i] || !IMPACT_LABEL.matcher(lines.get(i)).lookingAt()) continue;
      Optional<Impact> found = scan(lines, lower, i, i, rel, PERCENT, skip);
      if (found.isPresent() && found.get().usersPercent().isPresent()) return found.get();
      // "Impact: all users (web and mobile)": the label says they were hurt.
      Matcher label = IMPACT_LABEL.matcher(lines.get(i));
      String value = label.lookingAt() ? EMPHASIS.matcher(lines.get(i).substring(label.end())).replaceAll("").strip() : "";
      Matcher all = ALL_USERS.matcher(value);
      if (label.lookingAt() && all.lookingAt() && !NARROWED.matcher(value.substring(all.end())).lookingAt()) {
        SourcePos at = SourcePos.of(rel, lines.lineNo(i));
        return new Impact(Optional.of(Sourced.of(100.0, Provenance.BODY, at)),
            Optional.of(Sourced.of(sentence(lines.get(i), label.end()), Provenance.BODY, at)));
      }
    }
    for (Pattern p : List.of(PERCENT, RATIO, ALL_USERS, HALF, DROP, PERCENT_OF_ANY)) {
      for (int[] r : order) {
        Optional<Impact> found = scan(lines, lower, r[0], r[1], rel, p, skip);
        if (found.isPresent()) return found.get();
      }
    }
    return Impact.none();
  }

  /** Whether {@code line} ({@code lower} in lower case) holds a word every match of {@code p} needs: most lines hold none. */
  private static boolean mayMatch(String line, String lower, Pattern p) {
    if (p == PERCENT || p == DROP || p == PERCENT_OF_ANY) return line.indexOf('%') >= 0 || lower.contains("percent");
    if (p == HALF) return lower.contains("half");
    if (p == RATIO) return Chars.hasDigit(line) && lower.contains("of");
    return lower.contains("all") || lower.contains("every") || lower.contains("complete") || lower.contains("entire")
        || lower.contains("any");
  }

  private static Optional<Impact> scan(BodyLines lines, String[] lower, int from, int to, String rel, Pattern p, boolean[] skip) {
    for (int i = Math.max(0, from); i <= to && i < lines.size(); i++) {
      if (lines.isFenced(i) || skip[i]) continue;
      String line = lines.get(i);
      if (lower[i] == null) lower[i] = line.toLowerCase(Locale.ROOT);
      if (!mayMatch(line, lower[i], p)) continue;
      Matcher m = p.matcher(line);
      if (!m.find()) continue;
      SourcePos at = SourcePos.of(rel, lines.lineNo(i));
      String said = sentence(line, m.start());
      Sourced<String> sentence = Sourced.of(said, Provenance.BODY, at);
      if (p == ALL_USERS || p == HALF) {
        // "All services were restored", "all clients retried": everyone, but nobody hurt.
        // "restarted half of the affected pods": "affected" alone tells of no harm to half.
        if (p == HALF && !Markers.tellsOfHarm(MERELY_AFFECTED.matcher(said).replaceAll(" ")) && !HELD_UP.matcher(said).find()) continue;
        // "a flush sent all traffic to the database": where the traffic went, not who was hurt.
        // "redirected all users to a 404 page": sent where nobody is served, which hurts them all.
        boolean toErrorPage = p == ALL_USERS && ERROR_PAGE.matcher(line).region(m.end(), line.length()).lookingAt();
        if (p == ALL_USERS && !toErrorPage && ROUTED.matcher(line.substring(Math.max(0, m.start() - 24), m.start())).find()) continue;
        if ((PART.matcher(said).find() || FEW_OF.matcher(paragraph(lines, i)).find() || p == ALL_USERS && !toErrorPage && !Markers.tellsOfHarm(said)
            || Markers.of(said).filter(k -> k == io.github.pmkb.model.Marker.RESOLVED).isPresent()
            || FEATURES.matcher(m.group()).find() && !Markers.tellsOfHarm(MERELY_AFFECTED.matcher(said).replaceAll(" ")))) {
          continue;
        }
        double share = p == HALF ? 50.0 : 100.0;
        return Optional.of(new Impact(Optional.of(Sourced.of(share, Provenance.BODY, at)), Optional.of(sentence)));
      }
      if (p == RATIO) {
        double part = Double.parseDouble(m.group(1).replace(",", ""));
        double whole = Double.parseDouble(m.group(2).replace(",", ""));
        if (whole <= 0 || part > whole) continue;
        double share = Math.round(part / whole * 1000) / 10.0;
        return Optional.of(new Impact(Optional.of(Sourced.of(share, Provenance.BODY, at)), Optional.of(sentence)));
      }
      if (p == PERCENT && DEGREE.matcher(line.substring(m.start(), m.end())).find()) continue;
      if (p == PERCENT_OF_ANY && (DEGREE.matcher(said).find() || !Markers.tellsOfHarm(clauseAfter(line, m.end())))) continue;
      double pct = Double.parseDouble(m.group(1));
      // Two different shares of the same thing in one line: leave it to the reader.
      while (p == PERCENT && m.find()) {
        if (Double.parseDouble(m.group(1)) != pct && sameNoun(noun(m), p, line)) {
          return Optional.of(new Impact(Optional.empty(), Optional.of(sentence)));
        }
      }
      if (pct > 100) continue;
      return Optional.of(new Impact(Optional.of(Sourced.of(pct, Provenance.BODY, at)), Optional.of(sentence)));
    }
    return Optional.empty();
  }

  /** The rest of the clause of {@code line} from {@code from}: where the predicate of a share is. */
  private static String clauseAfter(String line, int from) {
    Matcher end = CLAUSE_END.matcher(line).region(from, line.length());
    return line.substring(from, end.find() ? end.start() : line.length());
  }

  /** The lines of the paragraph around line {@code i}, joined. */
  private static String paragraph(BodyLines lines, int i) {
    int from = i;
    while (from > 0 && !lines.isBlank(from - 1) && !lines.isFenced(from - 1)) from--;
    StringBuilder out = new StringBuilder();
    for (int k = from; k < lines.size() && (k == i || !lines.isBlank(k) && !lines.isFenced(k)); k++) out.append(lines.get(k)).append(' ');
    return out.toString();
  }

  private static String noun(Matcher m) {
    return m.group(2) != null ? m.group(2) : m.group(3);
  }

  private static boolean sameNoun(String noun, Pattern p, String line) {
    Matcher m = p.matcher(line);
    return m.find() && noun(m).toLowerCase(Locale.ROOT).startsWith(noun.toLowerCase(Locale.ROOT).substring(0, 3));
  }

  /** The sentence around {@code pos}, without Markdown decoration. */
  private static String sentence(String line, int pos) {
    int start = 0;
    for (int k = pos - 1; k > 0; k--) {
      if ((line.charAt(k) == '.' || line.charAt(k) == '!' || line.charAt(k) == '?') && k + 1 < line.length()
          && Character.isWhitespace(line.charAt(k + 1))) {
        start = k + 1;
        break;
      }
    }
    int end = line.length();
    for (int k = pos; k < line.length() - 1; k++) {
      char c = line.charAt(k);
      if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(line.charAt(k + 1))) {
        end = k + 1;
        break;
      }
    }
    String s = BULLET.matcher(EMPHASIS.matcher(line.substring(start, end)).replaceAll("")).replaceAll("").strip();
    s = IMPACT_PREFIX.matcher(s).replaceFirst("");
    return s.length() > 300 ? s.substring(0, 300).strip() + "…" : s;
  }
}
