package io.github.pmkb.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.pmkb.model.Severity;

/**
 * Maps the ways people write severity to SEV1-SEV4 (POSTMORTEMS.md §2.2): SEV/S/P numbers, bare
 * numbers (SEVn, not Morgue's 0-based scale) and words such as critical, major, minor. SEV0 and P0 fold into SEV1 and SEV5 and
 * "cosmetic" into SEV4, because the site shows four levels. Whether "minor" is SEV3 (PagerDuty) or
 * SEV4 (sredocs) is a choice, so it is a constructor argument.
 */
final class SeverityNormalizer {
  private static final Pattern CODE = Pattern.compile("(?i)^(?:sev(?:erity)?|s|p|priority)?\\s*[-_ ]?\\s*([0-5])$");
  private static final Pattern DECORATION = Pattern.compile("[*_`\"'()\\[\\]]");
  private static final Pattern LABEL = Pattern.compile("^(?:severity|level)\\s*[:=]?\\s*");
  private static final Pattern BEFORE_WORD = Pattern.compile("[\\s,;(/]+(?=[a-z])");
  private static final Pattern NON_LETTERS = Pattern.compile("[^a-z]+");
  private final Severity minor;

  SeverityNormalizer(Severity minor) {
    this.minor = minor;
  }

  static SeverityNormalizer defaults() {
    return new SeverityNormalizer(Severity.SEV3);
  }

  /** The severity a value names, or empty when it names none. */
  Optional<Severity> normalise(String raw) {
    if (raw == null) return Optional.empty();
    String s = DECORATION.matcher(raw.strip()).replaceAll("").strip().toLowerCase(Locale.ROOT);
    s = LABEL.matcher(s).replaceFirst("");
    Matcher m = CODE.matcher(BEFORE_WORD.split(s)[0].strip());
    if (m.matches()) {
      int n = Integer.parseInt(m.group(1));
      return Optional.of(n <= 1 ? Severity.SEV1 : n == 2 ? Severity.SEV2 : n == 3 ? Severity.SEV3 : Severity.SEV4);
    }
    String word = NON_LETTERS.split(s, 2)[0];
    return switch (word) {
      case "critical", "blocker", "emergency", "catastrophic", "severe" -> Optional.of(Severity.SEV1);
      case "major", "high", "serious" -> Optional.of(Severity.SEV2);
      case "medium", "moderate" -> Optional.of(Severity.SEV3);
      case "minor" -> Optional.of(minor);
      case "low", "cosmetic", "trivial" -> Optional.of(Severity.SEV4);
      default -> Optional.empty();
    };
  }

}
