package io.github.pmkb.check;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.pmkb.diag.Diagnostics;
import io.github.pmkb.diag.SourcePos;
import io.github.pmkb.model.Incident;
import io.github.pmkb.model.Moment;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.model.Provenance;
import io.github.pmkb.model.Sourced;
import io.github.pmkb.model.TimelineEvent;

/**
 * Content lints for {@code pmkb check}, over extracted postmortems: missing root cause
 * ({@code CL001}), timeline written out of order ({@code CL002}), end before start
 * ({@code CL003}), links to other postmortems that do not
 * exist ({@code CL006}), impossible times to detect, mitigate or resolve ({@code CL007}) and a
 * detection after the mitigation ({@code CL008}). Unknown severities are reported by extraction ({@code EX004}).
 */
public final class ContentLint {
  private static final Pattern HREF = Pattern.compile("href=\"([^\"#?]+)[^\"]*\"");

  private ContentLint() {}

  public static void lint(List<Postmortem> postmortems, Diagnostics diags) {
    Set<String> sources = new HashSet<>();
    for (Postmortem p : postmortems) sources.add(p.sourcePath());
    List<Postmortem> sorted = new ArrayList<>(postmortems);
    sorted.sort(Comparator.comparing(Postmortem::sourcePath));
    // Duplicate slugs never get here: the corpus keeps the first and reports the rest (DUP001).
    for (Postmortem p : sorted) lint(p, sources, diags);
  }

  static void lint(Postmortem p, Set<String> sources, Diagnostics diags) {
    Incident in = p.incident();
    if (in.rootCause().from() == Provenance.DEFAULT) {
      diags.warning("CL001", "no root cause found", SourcePos.of(p.sourcePath()),
          "add a 'Root Cause' section or 'root_cause:' to the front matter");
    }
    outOfOrder(p, in, diags);
    impossibleFigures(in, diags);
    Optional<Sourced<Moment>> start = in.startedAt();
    Optional<Sourced<Moment>> end = in.resolvedAt();
    if (start.isPresent() && end.isPresent() && start.get().value().until(end.get().value()).isNegative()) {
      diags.error("CL003", "the incident ends (" + end.get().value().iso() + ") before it starts ("
          + start.get().value().iso() + ")", end.get().at());
    }
    Matcher m = HREF.matcher(p.bodyHtml());
    while (m.find()) {
      String href = m.group(1);
      if (href.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*") || href.startsWith("/") || !href.endsWith(".md")) continue;
      String target = resolve(p.sourcePath(), href);
      if (!sources.contains(target)) {
        diags.error("CL006", "link to '" + href + "' points to no postmortem (" + target + ")", SourcePos.of(p.sourcePath()));
      }
    }
  }

  /**
   * Times to detect, mitigate and resolve that cannot be right ({@link Incident#implausible}), or
   * out of order (detected after mitigation). The site leaves them out; this says which line to
   * fix. An end before the start is CL003.
   */
  private static void impossibleFigures(Incident in, Diagnostics diags) {
    figure("detect", "detected", in.startedAt(), in.detectedAt(), diags);
    figure("mitigate", "mitigated", in.startedAt(), in.mitigatedAt(), diags);
    Optional<Duration> resolve = Incident.between(in.startedAt(), in.resolvedAt());
    if (resolve.flatMap(Incident::implausible).filter(w -> w == Incident.Implausible.TOO_LONG).isPresent()) {
      diags.warning("CL007", "time to resolve of " + resolve.get().toDays() + " days is left out: the start ("
          + in.startedAt().get().value().iso() + ") or the end has a wrong day?", in.resolvedAt().get().at());
    }
    if (in.detectedAfterMitigation()) {
      diags.warning("CL008", "detected (" + in.detectedAt().get().value().iso() + ") after mitigation ("
          + in.mitigatedAt().get().value().iso() + "); the time to detect is left out", in.detectedAt().get().at());
    }
  }

  /** A CL007 warning at {@code at}'s line when the span from start to {@code at} cannot be right. */
  private static void figure(String verb, String past, Optional<Sourced<Moment>> start, Optional<Sourced<Moment>> at, Diagnostics diags) {
    Optional<Duration> d = Incident.between(start, at);
    Optional<Incident.Implausible> why = d.flatMap(Incident::implausible);
    if (why.isEmpty()) return;
    String message = switch (why.get()) {
      case NEGATIVE -> "time to " + verb + " is negative: " + past + " at " + at.get().value().iso() + ", before the start at "
          + start.get().value().iso() + "; it is left out";
      case TOO_LONG -> "time to " + verb + " of " + d.get().toDays() + " days is left out: " + past + " at " + at.get().value().iso()
          + ", start at " + start.get().value().iso();
    };
    diags.warning("CL007", message, at.get().at());
  }

  /** Events are sorted by time; when the file lists them in another order, say where. */
  private static void outOfOrder(Postmortem p, Incident in, Diagnostics diags) {
    List<TimelineEvent> written = new ArrayList<>(in.timeline().events());
    written.sort(Comparator.comparingInt(TimelineEvent::line));
    for (int i = 1; i < written.size(); i++) {
      TimelineEvent prev = written.get(i - 1);
      TimelineEvent e = written.get(i);
      if (e.at().compareTo(prev.at()) < 0) {
        diags.warning("CL002", "timeline out of order: " + e.at().iso() + " comes after " + prev.at().iso()
            + " (line " + prev.line() + ")", SourcePos.of(p.sourcePath(), e.line()));
        return;
      }
    }
  }

  static String resolve(String from, String href) {
    int slash = from.lastIndexOf('/');
    String dir = slash < 0 ? "" : from.substring(0, slash);
    List<String> parts = new ArrayList<>(dir.isEmpty() ? List.of() : List.of(dir.split("/")));
    for (String s : href.split("/")) {
      if (s.equals("..")) {
        if (!parts.isEmpty()) parts.remove(parts.size() - 1);
      } else if (!s.equals(".") && !s.isEmpty()) {
        parts.add(s);
      }
    }
    return String.join("/", parts);
  }
}
