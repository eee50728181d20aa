package io.github.pmkb.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.cli.Cli;
import io.github.pmkb.testing.SiteFixture;

/**
 * Holds extraction accuracy at the floors committed in {@code accuracy-floor.properties}: runs
 * {@code pmkb inspect --json} in-process over the real postmortems and the seeds of
 * {@code ../shared}, scores it with the shared scorer ({@code accuracy-eval.py --min}) and fails
 * when any field falls more than {@value #SLACK} points below its floor, or the false facts rise
 * more than {@value #FALSE_FACTS_SLACK} over their ceiling ({@code false_facts=N}). Skipped, with the reason,
 * when {@code ../shared} or python3 is absent. {@code bench/accuracy.sh} prints the full tables.
 */
class AccuracyFloorTest {
  static final double SLACK = 2.0;
  /** The key of the ceiling on false facts (values given where the text states none), a count over all fields. */
  static final String FALSE_FACTS = "false_facts";
  /** False facts allowed over the ceiling: about two points of the 130 chances the labels give. */
  static final int FALSE_FACTS_SLACK = 2;
  private static final java.util.regex.Pattern FALSE_FACTS_CELL = java.util.regex.Pattern.compile("%\\s+(\\d+)/\\d+\\b");
  static final Path SHARED = SiteFixture.repoRoot().resolve("../shared").normalize();
  static final Path SCORER = SHARED.resolve("tools/accuracy-eval.py");
  static final Path REAL = SHARED.resolve("corpus/real");
  static final Path SEEDS = SHARED.resolve("seeds");

  @TempDir Path tmp;

  @Test
  void noFieldFallsMoreThanTwoPointsBelowItsFloor() throws IOException, InterruptedException {
    assumeTrue(Files.isRegularFile(SCORER) && Files.isDirectory(REAL) && Files.isDirectory(SEEDS),
        "../shared (corpus, seeds, labels, accuracy-eval.py) not found: accuracy floors not checked");
    assumeTrue(hasPython(), "python3 not found: accuracy floors not checked");
    Map<String, Map<String, Double>> floors = floors();
    Path real = inspect(REAL, tmp.resolve("real.jsonl"));
    Path seedDir = Files.createDirectories(tmp.resolve("seeds"));
    try (Stream<Path> s = Files.list(SEEDS)) {
      for (Path seed : s.sorted().toList()) {
        String name = seed.getFileName().toString();
        Files.copy(seed, seedDir.resolve(name.substring(0, name.lastIndexOf('.')) + ".md"));
      }
    }
    Path seeds = inspect(seedDir, tmp.resolve("seeds.jsonl"));
    Map<String, String> kinds = kinds();
    List<String> short_ = new ArrayList<>();
    StringBuilder tables = new StringBuilder();
    for (Map.Entry<String, Map<String, Double>> scope : floors.entrySet()) {
      String name = scope.getKey();
      Path labels;
      Path output = real;
      if (name.equals("real")) {
        labels = SHARED.resolve("labels/real.jsonl");
      } else if (name.equals("seeds")) {
        labels = SHARED.resolve("labels/seeds.jsonl");
        output = seeds;
      } else {
        Set<String> ids = kinds.entrySet().stream().filter(e -> e.getValue().equals(name)).map(Map.Entry::getKey)
            .collect(Collectors.toSet());
        labels = subset(SHARED.resolve("labels/real.jsonl"), ids, tmp.resolve(name + ".labels.jsonl"));
      }
      Map<String, Double> fields = new TreeMap<>(scope.getValue());
      Double ceiling = fields.remove(FALSE_FACTS);
      String table = score(output, labels, fields);
      tables.append("== ").append(name).append('\n').append(table);
      table.lines().filter(l -> l.contains("SHORT")).forEach(l -> short_.add(name + ": " + l.strip()));
      int falseFacts = falseFacts(table);
      if (ceiling != null && falseFacts > ceiling + FALSE_FACTS_SLACK) {
        short_.add(name + ": " + falseFacts + " false facts, over the line of " + ceiling.intValue() + " by more than " + FALSE_FACTS_SLACK);
      }
    }
    System.out.println(tables);
    assertThat(short_).as("fields more than %s points below accuracy-floor.properties\n%s", SLACK, tables).isEmpty();
  }

  /** The false facts of a scorer table: the sum of the column after the share ("1/26") of its field rows. */
  static int falseFacts(String table) {
    int sum = 0;
    for (String line : table.lines().toList()) {
      if (line.startsWith(" ") || line.startsWith("accuracy") || line.startsWith("all of")) continue;
      java.util.regex.Matcher m = FALSE_FACTS_CELL.matcher(line);
      if (m.find()) sum += Integer.parseInt(m.group(1));
    }
    return sum;
  }

  @Test
  void falseFactsAreSummedFromTheFieldRows() {
    String table = """
        field                      right   share   false facts (given where the text has none)
        title                    40/41     97.6%   -  goal 90%  ok
        date                     30/33     90.9%   1/8  goal 90%  ok
        impact                   12/14     85.7%   2/27
        all of title, date, duration, impact, root cause right  20/41 48.8%  goal 40%  ok
          org-postmortem (20): title=95% date=90%
        accuracy title=98% date=91%
        """;
    assertThat(falseFacts(table)).isEqualTo(3);
  }

  /** Runs {@code pmkb inspect --json DIR} through the CLI's front door, into {@code out}. */
  private static Path inspect(Path dir, Path out) throws IOException {
    StringWriter json = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Cli.run(new String[] {"inspect", "--json", dir.toString()}, new PrintWriter(json), new PrintWriter(err));
    assertThat(code).as("pmkb inspect %s: %s", dir, err).isZero();
    Files.writeString(out, json.toString(), StandardCharsets.UTF_8);
    return out;
  }

  /** The scorer's table for one scope, with a {@code --min} of floor minus slack per field. */
  private static String score(Path output, Path labels, Map<String, Double> fields)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("python3", SCORER.toString(), output.toString(), labels.toString()));
    for (Map.Entry<String, Double> f : fields.entrySet()) {
      cmd.add("--min");
      cmd.add(f.getKey() + "=" + String.format(Locale.ROOT, "%.1f", f.getValue() - SLACK));
    }
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).as("scorer timed out").isTrue();
    // Exit 1 means a goal was missed (the table says which); anything else is a broken scorer run.
    assertThat(p.exitValue()).as("scorer failed:\n%s", text).isBetween(0, 1);
    assertThat(text).as("scorer output").contains("accuracy ");
    // The scorer ignores a --min it has no field for: a misspelt floor would never be checked.
    for (String field : fields.keySet()) {
      String row = field.equals("all") ? "all of " : field + " ";
      assertThat(text.lines().filter(l -> l.startsWith(row) && l.contains(" goal ")))
          .as("floor '%s' is scored (accuracy-floor.properties names a field the scorer knows)", field).isNotEmpty();
    }
    return text;
  }

  /** Floors by scope ({@code real}, {@code seeds} or a kind), each field to its percent, in sorted order. */
  static Map<String, Map<String, Double>> floors() throws IOException {
    Map<String, Map<String, Double>> out = new TreeMap<>();
    try (InputStream in = AccuracyFloorTest.class.getResourceAsStream("/accuracy-floor.properties")) {
      assertThat(in).as("accuracy-floor.properties on the test classpath").isNotNull();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) continue;
        int eq = l.indexOf('=');
        String key = l.substring(0, eq).strip();
        int dot = key.lastIndexOf('.');
        String scope = dot < 0 ? "real" : key.substring(0, dot);
        out.computeIfAbsent(scope, k -> new TreeMap<>()).put(key.substring(dot + 1), Double.parseDouble(l.substring(eq + 1)));
      }
    }
    return out;
  }

  /** File id to kind of postmortem, from {@code SOURCES.tsv}. */
  private static Map<String, String> kinds() throws IOException {
    Map<String, String> out = new TreeMap<>();
    for (String line : Files.readAllLines(REAL.resolve("SOURCES.tsv"), StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (cols.length > 1 && !cols[0].equals("id")) out.put(cols[0], cols[1]);
    }
    return out;
  }

  /** The label lines whose id is in {@code ids}, written to {@code out}. */
  private static Path subset(Path labels, Set<String> ids, Path out) throws IOException {
    StringBuilder b = new StringBuilder();
    for (String line : Files.readAllLines(labels, StandardCharsets.UTF_8)) {
      int at = line.indexOf("\"id\": \"");
      if (at < 0) continue;
      int from = at + 7;
      if (ids.contains(line.substring(from, line.indexOf('"', from)))) b.append(line).append('\n');
    }
    assertThat(b).as("labels of %s", out.getFileName()).isNotEmpty();
    Files.writeString(out, b, StandardCharsets.UTF_8);
    return out;
  }

  private static boolean hasPython() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
