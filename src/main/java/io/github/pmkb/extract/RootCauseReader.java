package io.github.pmkb.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import io.github.pmkb.content.Outline;
import io.github.pmkb.content.ParsedDoc;
import io.github.pmkb.diag.SourcePos;
import io.github.pmkb.model.Provenance;
import io.github.pmkb.model.Section;
import io.github.pmkb.model.Sourced;

/**
 * The root cause and contributing causes of a postmortem. Front matter that names a category
 * ({@code root_cause: dns}, {@code categories: [dns]}, {@code contributing: [capacity]}) wins;
 * otherwise the whole text is weighed by {@link RootCauseClassifier}, each part in its zone: the
 * document's title, the root-cause and contributing-factors sections, the summary, the rest.
 */
final class RootCauseReader {
  /** The causes found; {@code contributing} never repeats the root cause. */
  record Causes(Sourced<String> rootCause, List<Sourced<String>> contributing) {}

  /** Words of the family of resolving, in a heading. */
  private static final Pattern FIXING = Pattern.compile("\\b(?:resolv|remed|mitigat|fix|recover)\\w*");

  private final Taxonomy taxonomy;
  private final RootCauseClassifier classifier;

  RootCauseReader(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
    this.classifier = new RootCauseClassifier(taxonomy);
  }

  Causes read(ParsedDoc doc, BodyLines lines, List<Section> sections, FrontMatterValues fm, FrontMatterFacts fmf) {
    String rel = doc.source().relPath();
    List<RootCauseClassifier.Passage> passages = passages(doc, lines, sections, fm);
    Optional<RootCauseClassifier.Result> found = classifier.classify(passages);
    Optional<Sourced<String>> explicit = fmf.rootCause(taxonomy);
    List<Sourced<String>> fmContributing = fmf.contributing(taxonomy);
    Sourced<String> root = explicit
        .or(() -> found.map(r -> Sourced.of(r.category(), Provenance.BODY, SourcePos.of(rel, r.line()))))
        .orElse(Sourced.of(Taxonomy.UNKNOWN, Provenance.DEFAULT, SourcePos.of(rel)));
    Set<String> seen = new LinkedHashSet<>(List.of(root.value()));
    List<Sourced<String>> contributing = new ArrayList<>();
    for (Sourced<String> c : fmContributing) if (seen.add(c.value())) contributing.add(c);
    if (fmContributing.isEmpty()) {
      for (String c : found.map(RootCauseClassifier.Result::contributing).orElse(List.of())) {
        if (seen.add(c)) contributing.add(Sourced.of(c, Provenance.DERIVED, root.at()));
      }
    }
    return new Causes(root, contributing);
  }

  /** {@link #passages(ParsedDoc, BodyLines, List, FrontMatterValues)} of a document on its own (for fitting weights). */
  List<RootCauseClassifier.Passage> passages(ParsedDoc doc, io.github.pmkb.diag.Diagnostics diags) {
    BodyLines lines = BodyLines.of(doc);
    return passages(doc, lines, SectionFinder.sections(lines, doc.outline()), new FrontMatterValues(doc.frontMatter(), doc.source().relPath(), diags));
  }

  /** The text of the postmortem cut into zones, front matter first. */
  List<RootCauseClassifier.Passage> passages(ParsedDoc doc, BodyLines lines, List<Section> sections, FrontMatterValues fm) {
    List<RootCauseClassifier.Passage> out = new ArrayList<>();
    fm.string("title").ifPresent(t -> out.add(new RootCauseClassifier.Passage(t, RootCauseClassifier.Zone.TITLE, fm.pos("title").line())));
    for (String key : List.of("summary", "description")) {
      if (fm.values().get(key) instanceof String s) out.add(new RootCauseClassifier.Passage(s, RootCauseClassifier.Zone.SUMMARY, fm.pos(key).line()));
    }
    // A catalogue's own categories ("power loss") that are no category id say what kind of
    // incident it was; keywords and tags only name its topics.
    for (String key : List.of("categories", "category", "keywords", "tags")) {
      if (!fm.values().containsKey(key)) continue;
      List<String> words = fm.list(key).stream().filter(v -> !taxonomy.has(Slugs.of(v))).map(v -> v.replace('-', ' ')).toList();
      RootCauseClassifier.Zone zone = key.startsWith("categor") ? RootCauseClassifier.Zone.TITLE : RootCauseClassifier.Zone.BODY;
      if (!words.isEmpty()) out.add(new RootCauseClassifier.Passage(String.join(".\n", words), zone, fm.pos(key).line()));
    }
    RootCauseClassifier.Zone[] zones = zones(doc, lines, sections);
    int i = 0;
    while (i < lines.size()) {
      RootCauseClassifier.Zone z = zones[i];
      int start = i;
      StringBuilder text = new StringBuilder();
      while (i < lines.size() && zones[i] == z) {
        text.append(lines.isFenced(i) ? "" : lines.get(i)).append('\n');
        i++;
      }
      out.add(new RootCauseClassifier.Passage(text.toString(), z, lines.lineNo(start)));
    }
    return out;
  }

  /** The zone of each body line: its section's, the title's for a heading that opens the body, else the body's. */
  private static RootCauseClassifier.Zone[] zones(ParsedDoc doc, BodyLines lines, List<Section> sections) {
    RootCauseClassifier.Zone[] zones = new RootCauseClassifier.Zone[lines.size()];
    java.util.Arrays.fill(zones, RootCauseClassifier.Zone.BODY);
    // Sections come in file order; a label inside a longer section ("Root cause: ..." within the
    // summary) comes after it, so it overwrites its own lines.
    for (Section s : sections) {
      RootCauseClassifier.Zone z = zone(s);
      for (int k = Math.max(0, lines.indexOf(s.line())); k <= lines.indexOf(s.endLine()) && k < lines.size(); k++) zones[k] = z;
    }
    List<Outline.Heading> heads = doc.outline().headings();
    if (!heads.isEmpty()) {
      int k = lines.indexOf(heads.get(0).line());
      boolean opens = k >= 0 && k < lines.size() && (heads.get(0).level() == 1 || firstText(lines) == k);
      if (opens && zones[k] == RootCauseClassifier.Zone.BODY) zones[k] = RootCauseClassifier.Zone.TITLE;
    }
    return zones;
  }

  private static int firstText(BodyLines lines) {
    for (int i = 0; i < lines.size(); i++) if (!lines.isBlank(i)) return i;
    return -1;
  }

  private static RootCauseClassifier.Zone zone(Section s) {
    return switch (s.kind()) {
      case ROOT_CAUSE -> SectionFinder.normalise(s.heading()).contains("contributing")
          ? RootCauseClassifier.Zone.CONTRIBUTING : RootCauseClassifier.Zone.ROOT_CAUSE;
      case SUMMARY -> RootCauseClassifier.Zone.SUMMARY;
      case TIMELINE -> RootCauseClassifier.Zone.TIMELINE;
      case RESOLUTION -> RootCauseClassifier.Zone.RESOLUTION;
      // Actions that resolve ("Resolving actions", "Remediation actions") tell the fix, as a resolution section does.
      case ACTIONS -> FIXING.matcher(SectionFinder.normalise(s.heading())).find() ? RootCauseClassifier.Zone.RESOLUTION
          : RootCauseClassifier.Zone.AFTERMATH;
      case LESSONS -> RootCauseClassifier.Zone.AFTERMATH;
      case IMPACT, OTHER -> RootCauseClassifier.Zone.BODY;
    };
  }
}
