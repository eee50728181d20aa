package io.github.pmkb.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import io.github.pmkb.content.Outline;
import io.github.pmkb.content.ParsedDoc;
import io.github.pmkb.diag.SourcePos;
import io.github.pmkb.model.Provenance;
import io.github.pmkb.model.Sourced;

/**
 * A postmortem's title: front matter {@code title}, else the first heading, else one of the first
 * short lines of the body, else the file name.
 *
 * <p>Real postmortems often open with a line that names the genre, not the incident
 * ("Postmortem", "0x19. Postmortem", "Incident report: EVENT", an image URL). Such lines are
 * skipped: on a site listing hundreds of postmortems they would all read the same, while the file
 * name usually says what happened.
 */
final class TitleExtractor {
  /** Words that say "this is a postmortem" without saying which one. */
  private static final Set<String> GENERIC = Set.of("postmortem", "post", "mortem", "postmoterm", "post-mortem",
      "incident", "report", "event", "issue", "summary", "outage", "analysis", "rca", "root", "cause", "review",
      "template", "for", "a", "an", "the", "of", "our", "project", "task", "web", "stack", "hypothetical");

  private static final Pattern URL = Pattern.compile("^(?:!\\[.*|<?(?:https?://|www\\.)\\S+>?)$");
  /** "Duration: ...", "Impact: ...": a labelled field, not a title. */
  private static final Pattern FIELD = Pattern.compile("^[\\p{L}][\\p{L} ]{0,30}:\\s+\\S.*");
  private static final Pattern NUMBERING = Pattern.compile("^(?:0x[0-9a-f]+|\\d+)[.)]?\\s*", Pattern.CASE_INSENSITIVE);

  /** Longer lines are sentences, not titles. */
  static final int MAX_TITLE_LINE = 90;

  /** How many non-empty lines at the top of the body may hold the title. */
  private static final int TOP_LINES = 3;

  private TitleExtractor() {}

  static Sourced<String> title(ParsedDoc doc, FrontMatterValues fm) {
    String rel = doc.source().relPath();
    Optional<String> explicit = fm.string("title");
    if (explicit.isPresent()) return Sourced.of(explicit.get(), Provenance.FRONT_MATTER, fm.pos("title"));
    for (Outline.Heading h : doc.outline().headings()) {
      String t = clean(h.text());
      if (isSpecific(t)) return Sourced.of(t, Provenance.BODY, SourcePos.of(rel, h.line()));
    }
    String[] lines = doc.body().split("\n", -1);
    int seen = 0;
    for (int i = 0; i < lines.length && seen < TOP_LINES; i++) {
      String t = clean(lines[i]);
      if (t.isEmpty()) continue;
      seen++;
      if (t.length() <= MAX_TITLE_LINE && !FIELD.matcher(lines[i].strip()).matches() && isSpecific(t)) {
        return Sourced.of(t, Provenance.BODY, SourcePos.of(rel, doc.bodyStartLine() + i));
      }
    }
    return Sourced.of(fromFileName(doc), Provenance.DEFAULT, SourcePos.of(rel));
  }

  /** "monitoring-dashboard-memory-leak.md" becomes "Monitoring dashboard memory leak". */
  static String fromFileName(ParsedDoc doc) {
    String name = doc.source().absPath().getFileName().toString().replaceFirst("(?i)\\.md$", "");
    name = name.replaceFirst("^\\d{4}-\\d{2}-\\d{2}[-_]?", "").replace('-', ' ').replace('_', ' ').strip();
    if (name.isEmpty()) return "Untitled incident";
    return name.substring(0, 1).toUpperCase(Locale.ROOT) + name.substring(1);
  }

  /** True when the line names something beyond the genre words. */
  static boolean isSpecific(String title) {
    if (title.isEmpty() || URL.matcher(title).matches()) return false;
    String rest = NUMBERING.matcher(title).replaceFirst("");
    for (String word : rest.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
      if (!word.isEmpty() && !GENERIC.contains(word)) return true;
    }
    return false;
  }

  /** Strips Markdown heading marks and emphasis so a plain line reads as a title. */
  static String clean(String line) {
    String t = line.strip().replaceFirst("^#+\\s*", "").replaceAll("[*_`]+", "").strip();
    if (t.endsWith(":")) t = t.substring(0, t.length() - 1).strip();
    return t.length() > 200 ? t.substring(0, 200).strip() + "…" : t;
  }
}
