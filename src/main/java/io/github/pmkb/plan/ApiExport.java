package io.github.pmkb.plan;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import io.github.pmkb.check.IncidentReport;
import io.github.pmkb.escape.Json;
import io.github.pmkb.config.SiteConfig;
import io.github.pmkb.model.Corpus;
import io.github.pmkb.model.Postmortem;

/**
 * {@code api/}: the extracted model, one object per published incident, with the same field
 * names as {@code pmkb inspect --json} plus {@code slug} and {@code url}, so scripts can rely on
 * one schema (documented in the README). It is split by year: {@code api/index.json} lists the
 * shards, {@code api/incidents-YYYY.json} (or {@code incidents-undated.json}) holds a year's
 * incidents, because one file for 100,000 postmortems was 323 MB, over the 100 MiB GitHub accepts
 * for a file, and a script mostly wants recent years. The document structure ({@code sections})
 * is left out: it says where headings are, not what happened, and was a sixth of the bytes. The
 * timeline's events ({@code timeline}: each event's time, text and line) are left out unless
 * {@code site.api=full}: they retell the postmortem's text, which the incident page and the
 * source file carry, and were nearly half of the bytes; the times a script computes with
 * ({@code started_at} to {@code resolved_at}, the minutes between them) are facts of every
 * record.
 *
 * <p>Built as one string and rendered through a template, a shard took several copies of itself
 * at once (the string, Pebble's writer, the bytes), so the page's model holds the incidents
 * ({@link Incidents}), and with the theme's plain template ({@link #isPlainTemplate}) the build
 * streams each shard into its file one incident at a time.
 */
public final class ApiExport {
  /** Bump when a field changes meaning or disappears; adding fields does not bump it. */
  static final int VERSION = 4;

  /** The file listing the shards. */
  public static final String INDEX = "api/index.json";

  /** The template of the page; the default theme's only prints the document. */
  public static final String TEMPLATE = "api-json";

  /** The default theme's {@code api-json.peb}, whose output is exactly {@link Incidents#writeTo}'s. */
  static final String PLAIN_TEMPLATE = "{{ json | raw }}";

  private ApiExport() {}

  /**
   * The model value {@code json} of a shard's page: its incidents, in corpus order, its year
   * (null for incidents without a date) and whether each incident's record has its timeline's
   * events ({@code site.api=full}). Two are
   * equal when every postmortem has the same facts the document shows (slug, file, title, date,
   * tags, incident), so an incremental rebuild after an edit of a body alone does not write the
   * file again, as when the model held the document itself. {@link #toString()} is the whole
   * document, for a theme whose own template prints {@code json}.
   */
  public record Incidents(Integer year, List<Postmortem> postmortems, boolean timeline) {
    public Incidents {
      postmortems = List.copyOf(postmortems);
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Incidents other) || !Objects.equals(other.year, year) || other.timeline != timeline
          || other.postmortems.size() != postmortems.size()) return false;
      for (int i = 0; i < postmortems.size(); i++) {
        if (!shown(postmortems.get(i)).equals(shown(other.postmortems.get(i)))) return false;
      }
      return true;
    }

    @Override
    public int hashCode() {
      return postmortems.size(); // consistent with equals, which ignores bodies; pages are compared, not hashed
    }

    /** What {@link #incident} reads of a postmortem. */
    private static List<Object> shown(Postmortem p) {
      return java.util.Arrays.asList(p.slug(), p.sourcePath(), p.title().value(), p.day(), p.tags(), p.incident());
    }

    /** The shard's path in the site. */
    public String path() {
      return "api/incidents-" + (year == null ? "undated" : year) + ".json";
    }

    /** Writes the document as UTF-8; {@code out} is neither buffered nor closed here. */
    public void writeTo(OutputStream out) throws IOException {
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      writeTo(w);
      w.flush();
    }

    /** {@code {"version":4,"year":Y,"count":N,"incidents":[...]}} and a newline, one incident at a time. */
    void writeTo(Writer out) throws IOException {
      // The same bytes as Json.write of the whole document (ApiExportTest compares them): its
      // maps and lists have no whitespace, so the document can be written piece by piece.
      out.write("{\"version\":" + VERSION + ",\"year\":" + year + ",\"count\":" + postmortems.size()
          + ",\"incidents\":[");
      for (int i = 0; i < postmortems.size(); i++) {
        if (i > 0) out.write(',');
        out.write(Json.write(incident(postmortems.get(i), timeline)));
      }
      out.write("]}\n");
    }

    /** The whole document as one string: what a theme's own {@code api-json} template prints. */
    @Override
    public String toString() {
      StringWriter w = new StringWriter();
      try {
        writeTo(w);
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a StringWriter does not throw
      }
      return w.toString();
    }
  }

  /**
   * The corpus split by year, in its own order: newest year first, undated last, each shard in
   * corpus order.
   *
   * @param timeline whether records have their timeline's events ({@code site.api=full})
   */
  public static List<Incidents> shards(Corpus corpus, boolean timeline) {
    Map<Integer, List<Postmortem>> byYear = new LinkedHashMap<>();
    for (Postmortem p : corpus.postmortems()) {
      byYear.computeIfAbsent(p.day().map(LocalDate::getYear).orElse(null), y -> new ArrayList<>()).add(p);
    }
    List<Incidents> out = new ArrayList<>();
    byYear.forEach((y, ps) -> out.add(new Incidents(y, ps, timeline)));
    return out;
  }

  /** {@code api/index.json}: the version, the total count and each shard's year, count and path. */
  public static String index(List<Incidents> shards) {
    List<Object> list = new ArrayList<>();
    int total = 0;
    for (Incidents s : shards) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("year", s.year);
      m.put("count", s.postmortems.size());
      m.put("url", s.path());
      list.add(m);
      total += s.postmortems.size();
    }
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("version", VERSION);
    root.put("count", total);
    root.put("shards", list);
    return Json.write(root) + "\n";
  }

  /**
   * One incident's object: slug, url, then {@code inspect --json}'s fields without diagnostics and
   * sections, and without the timeline's events unless {@code timeline}.
   */
  static Map<String, Object> incident(Postmortem p, boolean timeline) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("slug", p.slug());
    m.put("url", Permalinks.incident(p.slug()));
    Map<String, Object> report = IncidentReport.of(p.sourcePath(), Optional.of(p), List.of());
    report.remove("diagnostics");
    report.remove("sections");
    if (!timeline) report.remove("timeline");
    m.putAll(report);
    return m;
  }

  /**
   * Whether the site renders {@link #TEMPLATE} with the default theme's plain template (no
   * override in the site's {@code templates/}, and the theme's file is exactly {@link
   * #PLAIN_TEMPLATE}), so the build may stream the document instead of rendering it. Any other
   * template, even one that only adds a newline, is rendered as before.
   */
  public static boolean isPlainTemplate(SiteConfig config) {
    String file = TEMPLATE + ".peb";
    Path p = config.templateFile(file).orElse(null);
    if (p == null) return false;
    try {
      return Files.isRegularFile(p) && Files.size(p) == PLAIN_TEMPLATE.length()
          && Files.readString(p, StandardCharsets.UTF_8).equals(PLAIN_TEMPLATE);
    } catch (IOException | UncheckedIOException e) {
      return false; // unreadable: let the renderer report it
    }
  }
}
