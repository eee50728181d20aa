package io.github.pmkb.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.pmkb.model.Section;
import io.github.pmkb.model.SectionKind;

/**
 * Labelled facts in the body: severity ("Severity: Critical", a "## Severity" heading followed
 * by {@code **High**}) and the services affected ("Affected services: api, web", else the
 * components the summary, impact and root-cause sections name).
 */
final class BodyFacts {
  /** A raw value and the 0-based body line it came from. */
  record Found(String value, int index) {}

  private static final Pattern SEVERITY_LABEL = Pattern.compile("(?i)^[\\W_]*(?:severity|sev|incident severity|severity level|impact level)"
      + "(?:\\s*level)?(?:\\s*\\([^)]*\\))?[*_\\s]*[:=][*_\\s]*(?<v>\\S.*)$");
  private static final Pattern SERVICES_LABEL = Pattern.compile("(?i)^[\\W_]*(?:affected\\s+|impacted\\s+)?(?:services?|components?|systems?|products?)"
      + "(?:\\s+(?:affected|impacted|involved))?(?:::|[*_\\s]*:)[*_\\s]*(?<v>\\S.*)$");
  /** Components worth a facet; matched case-insensitively as whole words. */
  private static final List<String> COMPONENTS = List.of("nginx", "apache", "haproxy", "mysql", "postgresql", "postgres", "mongodb",
      "redis", "memcached", "kafka", "rabbitmq", "elasticsearch", "kubernetes", "docker", "load balancer", "database",
      "web server", "api server", "api gateway", "cdn", "dns", "cache", "authentication service", "payment service",
      "backend api", "frontend", "website", "web application", "mobile app", "email service", "search service",
      "message queue", "storage", "s3", "ec2", "lambda", "cloudflare", "github", "jenkins", "ci/cd pipeline");

  private static final List<Pattern> COMPONENT_PATTERNS = COMPONENTS.stream()
      .map(c -> Pattern.compile("\\b" + Pattern.quote(c) + "s?\\b")).toList();

  private static final Pattern EMPHASIS = Pattern.compile("[*_`]");
  private static final Pattern LIST_BREAK = Pattern.compile("\\s*(?:,|;|\\band\\b|/)\\s*");
  private static final Pattern TRAILING_DOTS = Pattern.compile("[.]+$");

  private BodyFacts() {}

  static Optional<Found> severity(BodyLines lines, List<Section> sections) {
    for (Section s : sections) {
      // PortSwigger's "## Severity" heading with the level on the next line.
      if (s.kind() == SectionKind.IMPACT && SectionFinder.normalise(s.heading()).startsWith("severity")) {
        for (int i = lines.indexOf(s.line()) + 1; i <= lines.indexOf(s.endLine()) && i < lines.size(); i++) {
          if (!lines.isBlank(i)) return Optional.of(new Found(lines.get(i).strip(), i));
        }
      }
    }
    for (int i = 0; i < lines.size(); i++) {
      if (lines.isFenced(i)) continue;
      Matcher m = SEVERITY_LABEL.matcher(lines.get(i));
      if (m.matches()) return Optional.of(new Found(m.group("v").strip(), i));
    }
    return Optional.empty();
  }

  static List<Found> services(BodyLines lines, List<Section> sections) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.isFenced(i)) continue;
      Matcher m = SERVICES_LABEL.matcher(lines.get(i));
      if (m.matches()) {
        List<Found> out = new ArrayList<>();
        for (String v : LIST_BREAK.split(EMPHASIS.matcher(m.group("v")).replaceAll(""))) {
          String name = TRAILING_DOTS.matcher(v.strip()).replaceAll("");
          if (!name.isEmpty() && name.length() <= 40) out.add(new Found(name, i));
        }
        if (!out.isEmpty()) return out;
      }
    }
    Set<String> seen = new LinkedHashSet<>();
    List<Found> out = new ArrayList<>();
    for (Section s : sections) {
      if (s.kind() != SectionKind.SUMMARY && s.kind() != SectionKind.IMPACT && s.kind() != SectionKind.ROOT_CAUSE) continue;
      for (int i = lines.indexOf(s.line()); i <= lines.indexOf(s.endLine()) && i < lines.size(); i++) {
        String l = lines.get(i).toLowerCase(Locale.ROOT);
        for (int k = 0; k < COMPONENTS.size(); k++) {
          String c = COMPONENTS.get(k);
          if (!seen.contains(c) && l.contains(c) && COMPONENT_PATTERNS.get(k).matcher(l).find()) {
            seen.add(c);
            out.add(new Found(c, i));
          }
        }
      }
    }
    return out;
  }
}
