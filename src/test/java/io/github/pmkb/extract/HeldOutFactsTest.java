package io.github.pmkb.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.json.simple.parser.ParseException;
import org.junit.jupiter.api.Test;
import io.github.pmkb.cli.Cli;
import io.github.pmkb.testing.SiteFixture;

/**
 * Holds extraction accuracy on the own-words held-out set ({@code src/test/resources/heldout}):
 * postmortems written for this project in many shapes and labelled by reading, before pmkb was run
 * on them. Runs {@code pmkb inspect --json} in-process and scores each field as the shared scorer
 * ({@code accuracy-eval.py}) does, with the tolerances of LABELS.md: title by token overlap, date
 * exact, start as HH:MM, duration within 10% or 5 minutes, impact within 1 point, root cause exact,
 * timeline and action counts within 25% or 1. Fails when a field falls more than {@value #SLACK}
 * points below its line in {@code heldout/floor.properties}, or the false facts (values given where
 * the text states none) rise more than {@value #FALSE_FACTS_SLACK} over their ceiling. Needs nothing
 * outside the repository; {@code bench/heldout.sh} prints the shared scorer's table and every miss.
 */
class HeldOutFactsTest {
  static final double SLACK = 2.0;
  static final int FALSE_FACTS_SLACK = 1;
  static final Path SET = SiteFixture.repoRoot().resolve("src/test/resources/heldout");
  static final List<String> FIELDS = List.of("title", "date", "start", "duration", "impact", "root_cause",
      "root_cause_lenient", "timeline", "actions");
  /** The fields a wrong value (or a false fact, for the last three) of which makes "all five" wrong. */
  private static final Set<String> ALL_FIVE = Set.of("title", "date", "duration", "impact", "root_cause");
  private static final Set<String> FALSE_BREAKS_ALL = Set.of("date", "duration", "impact");

  @Test
  void noFieldFallsMoreThanTwoPointsBelowItsFloor() throws IOException, ParseException {
    Score s = score(inspect(SET), labels(SET.resolve("labels.jsonl")));
    Map<String, Double> floors = floors();
    List<String> short_ = new ArrayList<>();
    for (Map.Entry<String, Double> f : floors.entrySet()) {
      if (f.getKey().equals("false_facts")) {
        if (s.falseFacts() > f.getValue() + FALSE_FACTS_SLACK) {
          short_.add("false facts " + s.falseFacts() + ", over the ceiling of " + f.getValue().intValue()
              + " by more than " + FALSE_FACTS_SLACK);
        }
        continue;
      }
      assertThat(s.share(f.getKey())).as("floor '%s' names a scored field", f.getKey()).isNotNull();
      if (s.share(f.getKey()) < f.getValue() - SLACK) {
        short_.add(String.format(Locale.ROOT, "%s %.1f%%, floor %.1f%%", f.getKey(), s.share(f.getKey()), f.getValue()));
      }
    }
    assertThat(floors.keySet()).as("every field has a floor").containsAll(FIELDS).contains("all", "false_facts");
    String table = s.table();
    System.out.println(table);
    assertThat(short_).as("fields more than %s points below heldout/floor.properties\n%s", SLACK, table).isEmpty();
  }

  @Test
  void everyPostmortemHasOneLabelAndEveryLabelAFile() throws IOException, ParseException {
    Set<String> files = new HashSet<>();
    try (var s = Files.list(SET)) {
      s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md")).forEach(n -> files.add(n.substring(0, n.length() - 3)));
    }
    Map<String, JSONObject> labels = labels(SET.resolve("labels.jsonl"));
    assertThat(labels.keySet()).containsExactlyInAnyOrderElementsOf(files);
    assertThat(files).hasSizeGreaterThanOrEqualTo(40);
  }

  @Test
  void titlesAreScoredLikeTheSharedScorer() {
    List<String> want = List.of("Checkout API returning 503s after a pool change");
    assertThat(titleOk("Checkout API returning 503s after a pool change", want, "001", false)).isTrue();
    assertThat(titleOk("Postmortem: checkout API returning 503s", want, "001", false)).isTrue();
    assertThat(titleOk("Timeline", want, "001", false)).isFalse();
    assertThat(titleOk("001", want, "001", false)).isFalse();
    assertThat(titleOk("Duration: 45 minutes", want, "001", false)).isFalse();
    assertThat(titleOk("Nginx outage: configuration error", List.of("0x19. Postmortem"), "002", true)).isTrue();
    assertThat(titleOk("Incident report", List.of("0x19. Postmortem"), "002", true)).isFalse();
  }

  @Test
  void toleranceIsTenPercentOrAnAbsoluteAmount() {
    assertThat(near(45.0, 47.0, 0.10, 5)).isTrue();
    assertThat(near(70.0, 45.0, 0.10, 5)).isFalse();
    assertThat(near(3000.0, 3120.0, 0.10, 5)).isTrue();
    assertThat(near(9.0, 10.0, 0, 1)).isTrue();
    assertThat(near(12.0, 10.0, 0, 1)).isFalse();
    assertThat(near(null, 10.0, 0, 1)).isFalse();
  }

  // ---- scoring, the rules of ../shared/tools/accuracy-eval.py ----

  record Score(Map<String, int[]> counts, int allRight, int files, int falseFacts, List<String> misses) {
    Double share(String field) {
      if (field.equals("all")) return 100.0 * allRight / files;
      int[] c = counts.get(field);
      return c == null ? null : c[1] == 0 ? 0.0 : 100.0 * c[0] / c[1];
    }

    String table() {
      StringBuilder b = new StringBuilder("held-out set, field right/labelled share\n");
      for (String f : FIELDS) {
        int[] c = counts.get(f);
        b.append(String.format(Locale.ROOT, "  %-20s %3d/%-3d %5.1f%%%n", f, c[0], c[1], share(f)));
      }
      b.append(String.format(Locale.ROOT, "  %-20s %3d/%-3d %5.1f%%%n", "all five", allRight, files, share("all")));
      b.append("  false facts ").append(falseFacts).append('\n');
      misses.forEach(m -> b.append("    ").append(m).append('\n'));
      return b.toString();
    }
  }

  static Score score(Map<String, JSONObject> got, Map<String, JSONObject> labels) {
    Map<String, int[]> counts = new LinkedHashMap<>();
    FIELDS.forEach(f -> counts.put(f, new int[2]));
    List<String> misses = new ArrayList<>();
    int allRight = 0;
    int falseFacts = 0;
    for (Map.Entry<String, JSONObject> e : labels.entrySet()) {
      String id = e.getKey();
      JSONObject l = e.getValue();
      JSONObject g = got.getOrDefault(id, new JSONObject());
      boolean all = got.containsKey(id);
      List<String> titles = new ArrayList<>();
      for (Object t : (JSONArray) l.get("titles")) titles.add((String) t);
      Map<String, Boolean> right = new LinkedHashMap<>();
      Map<String, Boolean> falseFact = new LinkedHashMap<>();
      right.put("title", titleOk(str(g, "title"), titles, id, Boolean.TRUE.equals(l.get("title_generic"))));
      String date = str(g, "date");
      if (l.get("date") != null) right.put("date", date != null && date.substring(0, Math.min(10, date.length())).equals(l.get("date")));
      else falseFact.put("date", date != null);
      if (l.get("start") != null) right.put("start", l.get("start").equals(hhmm(str(g, "started_at"))));
      Double dm = num(g, "duration_minutes");
      Double ld = num(l, "duration_minutes");
      if (ld != null) right.put("duration", near(dm, ld, 0.10, 5));
      else falseFact.put("duration", dm != null);
      Double ip = num(g, "impact_percent");
      Double li = num(l, "impact_pct");
      if (li != null) right.put("impact", near(ip, li, 0, 1));
      else falseFact.put("impact", ip != null);
      String rc = str(g, "root_cause") == null ? "unknown" : str(g, "root_cause");
      String lrc = str(l, "root_cause") == null ? "unknown" : str(l, "root_cause");
      if (!lrc.equals("unknown")) {
        right.put("root_cause", rc.equals(lrc));
        right.put("root_cause_lenient", rc.equals(lrc) || ((JSONArray) l.get("contributing")).contains(rc));
      } else {
        falseFact.put("root_cause", !rc.equals("unknown"));
      }
      int nt = size(g, "timeline");
      int lt = num(l, "timeline_events") == null ? 0 : num(l, "timeline_events").intValue();
      if (lt >= 3) right.put("timeline", near((double) nt, (double) lt, 0.25, 1));
      int na = size(g, "actions");
      int la = num(l, "actions") == null ? 0 : num(l, "actions").intValue();
      if (la >= 1) right.put("actions", near((double) na, (double) la, 0.25, 1));
      else falseFact.put("actions", na > 0);
      for (Map.Entry<String, Boolean> r : right.entrySet()) {
        int[] c = counts.get(r.getKey());
        c[1]++;
        if (r.getValue()) c[0]++;
        else {
          misses.add(id + " " + r.getKey() + ": " + gave(g, r.getKey()));
          if (ALL_FIVE.contains(r.getKey())) all = false;
        }
      }
      for (Map.Entry<String, Boolean> f : falseFact.entrySet()) {
        if (!f.getValue()) continue;
        falseFacts++;
        misses.add(id + " " + f.getKey() + ": gave " + gave(g, f.getKey()) + " where the text states none");
        if (FALSE_BREAKS_ALL.contains(f.getKey())) all = false;
      }
      if (all) allRight++;
    }
    return new Score(counts, allRight, labels.size(), falseFacts, misses);
  }

  private static String gave(JSONObject g, String field) {
    return switch (field) {
      case "title" -> String.valueOf(g.get("title"));
      case "start" -> String.valueOf(g.get("started_at"));
      case "duration" -> String.valueOf(g.get("duration_minutes"));
      case "impact" -> String.valueOf(g.get("impact_percent"));
      case "root_cause", "root_cause_lenient" -> String.valueOf(g.get("root_cause"));
      case "timeline", "actions" -> size(g, field) + " items";
      default -> String.valueOf(g.get(field));
    };
  }

  private static final Pattern TITLE_PREFIX =
      Pattern.compile("^(post[- ]?mortem|incident report|incident postmortem)\\s*[:\\-–—]\\s*");
  private static final Pattern TOKEN = Pattern.compile("[a-z0-9]+");
  private static final Set<String> STOP = Set.of("the", "a", "an", "of", "on", "in", "for", "and", "to");
  private static final Set<String> SECTION_WORDS = Set.of("timeline", "duration", "summary", "issue", "impact", "root",
      "cause", "resolution", "owner", "involved", "overview", "background", "detection", "lessons", "learned", "action",
      "items", "postmortem", "mortem", "post", "report", "incident", "0x19", "0x11", "0x14", "readme", "of", "outage");
  private static final Pattern NOT_A_TITLE =
      Pattern.compile("^\\s*([-*#<]|duration\\b|owner\\b|involved\\b|date\\b|\\d)", Pattern.CASE_INSENSITIVE);

  static List<String> tokens(String s) {
    String t = TITLE_PREFIX.matcher(s == null ? "" : s.toLowerCase(Locale.ROOT)).replaceFirst("");
    List<String> out = new ArrayList<>();
    Matcher m = TOKEN.matcher(t);
    while (m.find()) if (!STOP.contains(m.group())) out.add(m.group());
    return out;
  }

  static boolean titleOk(String got, List<String> want, String id, boolean generic) {
    List<String> g = tokens(got);
    if (g.isEmpty() || String.join(" ", g).equals(id.toLowerCase(Locale.ROOT))) return false;
    if (NOT_A_TITLE.matcher(got).find()) return false;
    if (generic) {
      long content = g.stream().filter(t -> !SECTION_WORDS.contains(t) && !t.matches("\\d+")).count();
      if (content >= 2 && g.size() >= 3) return true;
    }
    for (String w : want) {
      List<String> t = tokens(w);
      if (t.isEmpty()) continue;
      Set<String> union = new HashSet<>(g);
      union.addAll(t);
      Set<String> both = new HashSet<>(g);
      both.retainAll(new HashSet<>(t));
      if ((double) both.size() / union.size() >= 0.5) return true;
      String gs = String.join(" ", g);
      String ts = String.join(" ", t);
      if (gs.contains(ts) || (g.size() >= 2 && ts.contains(gs))) return true;
    }
    return false;
  }

  private static final Pattern ISO_TIME = Pattern.compile("T(\\d\\d):(\\d\\d)");
  private static final Pattern BARE_TIME = Pattern.compile("^(\\d\\d):(\\d\\d)");

  static String hhmm(String iso) {
    if (iso == null) return null;
    Matcher m = ISO_TIME.matcher(iso);
    if (m.find()) return m.group(1) + ":" + m.group(2);
    return BARE_TIME.matcher(iso).find() ? iso.substring(0, 5) : null;
  }

  static boolean near(Double a, Double b, double rel, double absolute) {
    return a != null && b != null && Math.abs(a - b) <= Math.max(absolute, rel * Math.abs(b));
  }

  private static String str(JSONObject o, String key) {
    Object v = o.get(key);
    return v == null ? null : v.toString();
  }

  private static Double num(JSONObject o, String key) {
    return o.get(key) instanceof Number n ? n.doubleValue() : null;
  }

  private static int size(JSONObject o, String key) {
    return o.get(key) instanceof JSONArray a ? a.size() : 0;
  }

  // ---- inputs ----

  /** {@code pmkb inspect --json DIR} through the CLI's front door, by file id (name without extension). */
  static Map<String, JSONObject> inspect(Path dir) throws ParseException {
    StringWriter json = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(new String[] {"inspect", "--json", dir.toString()}, new PrintWriter(json), new PrintWriter(err));
    assertThat(code).as("pmkb inspect %s: %s", dir, err).isZero();
    Map<String, JSONObject> out = new TreeMap<>();
    for (String line : json.toString().split("\n")) {
      if (!line.startsWith("{")) continue;
      JSONObject o = (JSONObject) new JSONParser().parse(line);
      String name = Path.of((String) o.get("file")).getFileName().toString();
      out.put(name.substring(0, name.lastIndexOf('.')), o);
    }
    return out;
  }

  static Map<String, JSONObject> labels(Path file) throws IOException, ParseException {
    Map<String, JSONObject> out = new TreeMap<>();
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank()) continue;
      JSONObject o = (JSONObject) new JSONParser().parse(line);
      assertThat(out.put((String) o.get("id"), o)).as("label id %s given once", o.get("id")).isNull();
    }
    return out;
  }

  static Map<String, Double> floors() throws IOException {
    Map<String, Double> out = new TreeMap<>();
    try (InputStream in = HeldOutFactsTest.class.getResourceAsStream("/heldout/floor.properties")) {
      assertThat(in).as("heldout/floor.properties on the test classpath").isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) continue;
        int eq = l.indexOf('=');
        out.put(l.substring(0, eq).strip(), Double.parseDouble(l.substring(eq + 1).strip()));
      }
    }
    return out;
  }
}
