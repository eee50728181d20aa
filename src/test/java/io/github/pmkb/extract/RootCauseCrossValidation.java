package io.github.pmkb.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import io.github.pmkb.content.ParsedDoc;
import io.github.pmkb.diag.Diagnostics;

/**
 * Bench (not a test): how well the root-cause weights hold on postmortems they were not fitted
 * on. Reads labelled postmortems, then for each of k folds fits the weights of {@link
 * RootCauseClassifier.Weights} on the other folds (coordinate search, starting from the defaults)
 * and scores the fold held out. Prints the whole-set accuracy of the shipped defaults beside the
 * cross-validated one. Run by {@code bench/rootcause-cv.sh}.
 *
 * <pre>RootCauseCrossValidation CORPUS_DIR LABELS.jsonl [--folds 5] [--seed 1] [--explain ID,ID... | --misses]</pre>
 */
public final class RootCauseCrossValidation {
  private static final Pattern ID = Pattern.compile("\"id\":\\s*\"([^\"]+)\"");
  private static final Pattern ROOT = Pattern.compile("\"root_cause\":\\s*\"([^\"]+)\"");
  private static final Pattern CONTRIBUTING = Pattern.compile("\"contributing\":\\s*\\[([^]]*)]");
  private static final double[] FACTORS = {0, 0.25, 0.5, 0.75, 1.5, 2, 4};

  record Case(String id, String root, Set<String> contributing, RootCauseClassifier.Evidence evidence, List<String> words) {}

  private RootCauseCrossValidation() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args[0]);
    Path labels = Path.of(args[1]);
    int folds = 5;
    long seed = 1;
    Set<String> explain = Set.of();
    for (int i = 2; i < args.length; i++) {
      switch (args[i]) {
        case "--folds" -> folds = Integer.parseInt(args[++i]);
        case "--seed" -> seed = Long.parseLong(args[++i]);
        case "--explain" -> explain = Set.of(args[++i].split(","));
        case "--misses" -> explain = Set.of("*");
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    RootCauseClassifier classifier = new RootCauseClassifier(Taxonomy.defaults());
    List<Case> cases = read(corpus, labels, classifier);
    RootCauseClassifier.Weights defaults = RootCauseClassifier.Weights.defaults();
    for (Case c : cases) {
      boolean miss = !classifier.decide(c.evidence(), defaults).map(RootCauseClassifier.Result::category).orElse(Taxonomy.UNKNOWN).equals(c.root());
      if (explain.contains(c.id()) || explain.contains("*") && miss) explain(c, classifier, defaults);
    }
    System.out.printf(Locale.ROOT, "labelled postmortems with a stated cause: %d%n", cases.size());
    System.out.printf(Locale.ROOT, "shipped weights, whole set:   exact %s  lenient %s%n", pct(right(cases, classifier, defaults, false), cases.size()),
        pct(right(cases, classifier, defaults, true), cases.size()));
    List<Case> shuffled = new ArrayList<>(cases);
    Collections.shuffle(shuffled, new Random(seed));
    int exact = 0;
    int lenient = 0;
    for (int f = 0; f < folds; f++) {
      List<Case> train = new ArrayList<>();
      List<Case> test = new ArrayList<>();
      for (int i = 0; i < shuffled.size(); i++) (i % folds == f ? test : train).add(shuffled.get(i));
      RootCauseClassifier.Weights fitted = fit(train, classifier, defaults);
      exact += right(test, classifier, fitted, false);
      lenient += right(test, classifier, fitted, true);
    }
    System.out.printf(Locale.ROOT, "%d-fold cross-validated (weights fitted on the other folds, seed %d): exact %s  lenient %s%n", folds, seed,
        pct(exact, cases.size()), pct(lenient, cases.size()));
    // For comparison, a learned model: naive Bayes over the words of the title, summary and
    // root-cause sections, trained on the other folds' labelled texts (which pmkb cannot ship).
    int bayes = 0;
    for (int f = 0; f < folds; f++) {
      List<Case> train = new ArrayList<>();
      List<Case> test = new ArrayList<>();
      for (int i = 0; i < shuffled.size(); i++) (i % folds == f ? test : train).add(shuffled.get(i));
      NaiveBayes nb = NaiveBayes.fit(train);
      for (Case c : test) if (nb.classify(c.words()).equals(c.root())) bayes++;
    }
    System.out.printf(Locale.ROOT, "for comparison, naive Bayes trained on the other folds' texts: exact %s%n", pct(bayes, cases.size()));
    RootCauseClassifier.Weights all = fit(cases, classifier, defaults);
    System.out.printf(Locale.ROOT, "weights fitted on the whole set: exact %s (%s)%n", pct(right(cases, classifier, all, false), cases.size()), describe(all));
  }

  private static List<Case> read(Path corpus, Path labels, RootCauseClassifier classifier) throws IOException {
    List<Case> out = new ArrayList<>();
    RootCauseReader reader = new RootCauseReader(Taxonomy.defaults());
    for (String line : Files.readAllLines(labels)) {
      Matcher id = ID.matcher(line);
      Matcher root = ROOT.matcher(line);
      if (!id.find() || !root.find() || root.group(1).equals(Taxonomy.UNKNOWN)) continue;
      Path file = corpus.resolve(id.group(1) + ".md");
      if (!Files.exists(file)) file = corpus.resolve(id.group(1) + ".txt");
      if (!Files.exists(file)) continue;
      Matcher c = CONTRIBUTING.matcher(line);
      Set<String> contributing = new java.util.TreeSet<>();
      if (c.find()) for (String v : c.group(1).split(",")) if (!v.isBlank()) contributing.add(v.strip().replace("\"", ""));
      Diagnostics diags = new Diagnostics();
      ParsedDoc doc = Docs.parse(file, diags);
      List<RootCauseClassifier.Passage> passages = reader.passages(doc, diags);
      out.add(new Case(id.group(1), root.group(1), contributing, classifier.evidence(passages), words(passages)));
    }
    return out;
  }

  private static int right(List<Case> cases, RootCauseClassifier classifier, RootCauseClassifier.Weights w, boolean lenient) {
    int n = 0;
    for (Case c : cases) {
      String got = classifier.decide(c.evidence(), w).map(RootCauseClassifier.Result::category).orElse(Taxonomy.UNKNOWN);
      if (got.equals(c.root()) || lenient && c.contributing().contains(got)) n++;
    }
    return n;
  }

  /** Coordinate search from {@code start}: each number in turn scaled by each factor, kept when training accuracy rises. */
  static RootCauseClassifier.Weights fit(List<Case> train, RootCauseClassifier classifier, RootCauseClassifier.Weights start) {
    double[] x = flatten(start);
    int best = right(train, classifier, unflatten(x), false);
    for (int pass = 0; pass < 2; pass++) {
      for (int k = 0; k < x.length; k++) {
        double keep = x[k];
        for (double f : FACTORS) {
          x[k] = keep * f;
          int r = right(train, classifier, unflatten(x), false);
          if (r > best) {
            best = r;
            keep = x[k];
          }
        }
        x[k] = keep;
      }
    }
    return unflatten(x);
  }

  private static double[] flatten(RootCauseClassifier.Weights w) {
    int z = w.zones().length;
    int r = w.roles().length;
    double[] x = new double[z + r + 6];
    System.arraycopy(w.zones(), 0, x, 0, z);
    System.arraycopy(w.roles(), 0, x, z, r);
    x[z + r] = w.lead();
    x[z + r + 1] = w.first();
    x[z + r + 2] = w.aside();
    x[z + r + 3] = w.sentences();
    x[z + r + 4] = w.contributing();
    x[z + r + 5] = w.minimum();
    return x;
  }

  private static RootCauseClassifier.Weights unflatten(double[] x) {
    int z = RootCauseClassifier.Zone.values().length;
    int r = CausalCues.Role.values().length;
    return new RootCauseClassifier.Weights(java.util.Arrays.copyOfRange(x, 0, z), java.util.Arrays.copyOfRange(x, z, z + r), x[z + r],
        x[z + r + 1], x[z + r + 2], (int) Math.round(x[z + r + 3]), x[z + r + 4], x[z + r + 5]);
  }

  private static String describe(RootCauseClassifier.Weights w) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (RootCauseClassifier.Zone z : RootCauseClassifier.Zone.values()) m.put(z.name().toLowerCase(Locale.ROOT), w.zones()[z.ordinal()]);
    for (CausalCues.Role r : CausalCues.Role.values()) m.put(r.name().toLowerCase(Locale.ROOT), w.roles()[r.ordinal()]);
    m.put("lead", w.lead());
    m.put("first", w.first());
    m.put("aside", w.aside());
    m.put("sentences", w.sentences());
    m.put("minimum", w.minimum());
    return m.toString();
  }

  private static void explain(Case c, RootCauseClassifier classifier, RootCauseClassifier.Weights w) {
    Optional<RootCauseClassifier.Result> r = classifier.decide(c.evidence(), w);
    System.out.printf(Locale.ROOT, "== %s: got %s, labelled %s %s%n", c.id(), r.map(x -> x.category() + " " + x.contributing()).orElse("unknown"),
        c.root(), c.contributing());
    for (RootCauseClassifier.Hit h : c.evidence().hits()) {
      double v = h.score(w);
      if (v >= 1) System.out.printf(Locale.ROOT, "   %5.1f %-16s %-12s %-7s%s%s%s line %d%n", v, h.category(), h.zone(), h.role(), h.lead() ? " lead" : "",
          h.first() ? " first" : "", h.aside() ? " aside" : "", h.line());
    }
    System.out.println("   scores: " + classifier.scores(c.evidence(), w));
  }

  /** Lower-case words of the title, summary and root-cause passages. */
  private static List<String> words(List<RootCauseClassifier.Passage> passages) {
    List<String> out = new ArrayList<>();
    for (RootCauseClassifier.Passage p : passages) {
      if (p.zone() != RootCauseClassifier.Zone.TITLE && p.zone() != RootCauseClassifier.Zone.SUMMARY
          && p.zone() != RootCauseClassifier.Zone.ROOT_CAUSE) continue;
      for (String w : p.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (w.length() > 2) out.add(w);
    }
    return out;
  }

  /** Multinomial naive Bayes with add-one smoothing: the baseline a learned classifier sets. */
  record NaiveBayes(Map<String, Integer> docs, Map<String, Map<String, Integer>> counts, Map<String, Integer> totals, Set<String> vocabulary) {
    static NaiveBayes fit(List<Case> train) {
      Map<String, Integer> docs = new java.util.TreeMap<>();
      Map<String, Map<String, Integer>> counts = new java.util.TreeMap<>();
      Map<String, Integer> totals = new java.util.TreeMap<>();
      Set<String> vocabulary = new java.util.HashSet<>();
      for (Case c : train) {
        docs.merge(c.root(), 1, Integer::sum);
        for (String w : c.words()) {
          counts.computeIfAbsent(c.root(), k -> new java.util.HashMap<>()).merge(w, 1, Integer::sum);
          totals.merge(c.root(), 1, Integer::sum);
          vocabulary.add(w);
        }
      }
      return new NaiveBayes(docs, counts, totals, vocabulary);
    }

    String classify(List<String> words) {
      int n = docs.values().stream().mapToInt(Integer::intValue).sum();
      String best = Taxonomy.UNKNOWN;
      double bestLog = Double.NEGATIVE_INFINITY;
      for (Map.Entry<String, Integer> d : docs.entrySet()) {
        double log = Math.log(d.getValue() / (double) n);
        Map<String, Integer> c = counts.getOrDefault(d.getKey(), Map.of());
        double denominator = totals.getOrDefault(d.getKey(), 0) + vocabulary.size();
        for (String w : words) if (vocabulary.contains(w)) log += Math.log((c.getOrDefault(w, 0) + 1) / denominator);
        if (log > bestLog) {
          bestLog = log;
          best = d.getKey();
        }
      }
      return best;
    }
  }

  private static String pct(int n, int of) {
    return String.format(Locale.ROOT, "%d/%d = %.1f%%", n, of, 100.0 * n / of);
  }
}
