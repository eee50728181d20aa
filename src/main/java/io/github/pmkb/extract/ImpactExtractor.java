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
 * The share of users affected ("approximately 40% of our users", "25 percent of requests") and
 * the sentence that says it, read from the summary and impact sections first, then the whole
 * text. "All users" and "100% of" count as 100; conflicting numbers in one sentence are left out.
 */
final class ImpactExtractor {
  private static final Pattern PERCENT = Pattern.compile("(?i)(\\d{1,3}(?:\\.\\d+)?)\\s*(?:%|percent)\\s*"
      + "(?:of\\s+(?:the\\s+|our\\s+|all\\s+|its\\s+|their\\s+|total\\s+|active\\s+|incoming\\s+)*)?"
      + "(?:[\\w-]+\\s+){0,2}?(users?|customers?|requests?|traffic|visitors?|clients?|user base|accounts?|sessions?|tenants?|"
      + "merchants?|queries|calls|transactions|api calls|workloads|sites|pods|nodes|servers|services|subscribers)\\b");
  private static final Pattern ALL_USERS = Pattern.compile("(?i)\\ball (?:of )?(?:our |the )?(?:users|customers)\\b"
      + "|\\bevery (?:user|customer)\\b|\\bcomplete(?:ly)? (?:outage|unavailable)\\b");
  private static final Pattern SENTENCE = Pattern.compile("[^.!?\\n]*(?:\\.\\d|[^.!?\\n])*[.!?]?");

  private ImpactExtractor() {}

  static Impact extract(BodyLines lines, List<Section> sections, String rel) {
    List<int[]> order = new ArrayList<>();
    for (Section s : sections) {
      if (s.kind() == SectionKind.IMPACT || s.kind() == SectionKind.SUMMARY) {
        order.add(new int[] {lines.indexOf(s.line()), lines.indexOf(s.endLine())});
      }
    }
    order.add(new int[] {0, lines.size() - 1});
    for (int[] r : order) {
      Optional<Impact> found = scan(lines, r[0], r[1], rel, PERCENT);
      if (found.isPresent()) return found.get();
    }
    for (int[] r : order) {
      Optional<Impact> found = scan(lines, r[0], r[1], rel, ALL_USERS);
      if (found.isPresent()) return found.get();
    }
    return Impact.none();
  }

  /** Whether {@code line} holds a word every match of {@code p} needs: most lines hold none. */
  private static boolean mayMatch(String line, Pattern p) {
    if (p == PERCENT) return line.indexOf('%') >= 0 || line.toLowerCase(Locale.ROOT).contains("percent");
    String lower = line.toLowerCase(Locale.ROOT);
    return lower.contains("all ") || lower.contains("every ") || lower.contains("complete");
  }

  private static Optional<Impact> scan(BodyLines lines, int from, int to, String rel, Pattern p) {
    for (int i = Math.max(0, from); i <= to && i < lines.size(); i++) {
      if (lines.isFenced(i)) continue;
      String line = lines.get(i);
      if (!mayMatch(line, p)) continue;
      Matcher m = p.matcher(line);
      if (!m.find()) continue;
      SourcePos at = SourcePos.of(rel, lines.lineNo(i));
      Sourced<String> sentence = Sourced.of(sentence(line, m.start()), Provenance.BODY, at);
      if (p != PERCENT) return Optional.of(new Impact(Optional.of(Sourced.of(100.0, Provenance.BODY, at)), Optional.of(sentence)));
      double pct = Double.parseDouble(m.group(1));
      // Two different shares of the same thing in one line: leave it to the reader.
      while (m.find()) {
        if (Double.parseDouble(m.group(1)) != pct && sameNoun(m.group(2), p, line)) {
          return Optional.of(new Impact(Optional.empty(), Optional.of(sentence)));
        }
      }
      if (pct > 100) continue;
      return Optional.of(new Impact(Optional.of(Sourced.of(pct, Provenance.BODY, at)), Optional.of(sentence)));
    }
    return Optional.empty();
  }

  private static boolean sameNoun(String noun, Pattern p, String line) {
    Matcher m = p.matcher(line);
    return m.find() && m.group(2).toLowerCase(Locale.ROOT).startsWith(noun.toLowerCase(Locale.ROOT).substring(0, 3));
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
    String s = line.substring(start, end).replaceAll("\\*\\*|__|`", "").replaceAll("^\\s*[-*+]\\s+", "").strip();
    s = s.replaceFirst("(?i)^impact\\s*:\\s*", "");
    return s.length() > 300 ? s.substring(0, 300).strip() + "…" : s;
  }
}
