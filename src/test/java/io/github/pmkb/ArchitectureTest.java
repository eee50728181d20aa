package io.github.pmkb;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The package list is the pipeline: content, extract, index (and search, its read side), plan,
 * render, output, driven by build; model, diag, escape and fs sit below every stage. A stage may use
 * earlier stages, never later ones, and each library stays inside the one package that owns it,
 * so it can be replaced there alone.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  /** The orchestrators: they may use every stage, no stage may use them. */
  private static final String[] DRIVERS = {"build", "check", "serve", "scaffold", "cli"};

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.pmkb");
  }

  private static String[] packages(String... names) {
    return Arrays.stream(names).map(n -> "io.github.pmkb." + n + "..").toArray(String[]::new);
  }

  private static String[] with(String[] a, String... b) {
    String[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static void confined(String library, String... owners) {
    noClasses().that().resideOutsideOfPackages(packages(owners)).should().dependOnClassesThat()
        .resideInAPackage(library).check(classes);
  }

  /** Classes of {@code stage} use none of {@code later}. */
  private static void before(String stage, String... later) {
    noClasses().that().resideInAPackage("io.github.pmkb." + stage + "..").should().dependOnClassesThat()
        .resideInAnyPackage(packages(later)).check(classes);
  }

  @Test
  void modelDiagEscapingAndFilesDependOnNoStage() {
    String[] stages = with(DRIVERS, "config", "jbake", "content", "extract", "index", "search", "analytics", "plan",
        "render", "output");
    before("diag", with(stages, "model", "escape", "fs"));
    before("escape", with(stages, "model", "fs"));
    before("fs", with(stages, "model", "escape"));
    before("model", with(stages, "fs"));
    before("jbake", with(DRIVERS, "config", "content", "extract", "index", "search", "analytics", "plan", "render",
        "output", "fs"));
  }

  @Test
  void contentComesFirst() {
    before("config", with(DRIVERS, "content", "extract", "index", "search", "analytics", "plan", "render", "output"));
    before("content", with(DRIVERS, "config", "extract", "index", "search", "analytics", "plan", "render", "output"));
  }

  @Test
  void extractionWorksOnParsedContentOnly() {
    before("extract", with(DRIVERS, "config", "index", "search", "analytics", "plan", "render", "output"));
  }

  @Test
  void theIndexIsBuiltFromTheCorpusAlone() {
    // No reading or parsing of files after the content stage: the corpus carries what is indexed.
    before("index", with(DRIVERS, "config", "jbake", "content", "extract", "search", "analytics", "plan", "render",
        "output"));
    before("search", with(DRIVERS, "config", "jbake", "content", "extract", "analytics", "plan", "render", "output"));
  }

  @Test
  void planningComesBeforeRenderingAndOutput() {
    before("analytics", with(DRIVERS, "content", "extract", "index", "search", "plan", "render", "output"));
    before("plan", "build", "serve", "scaffold", "cli", "jbake", "content", "search", "output");
    // Known exceptions. The JSON export reuses the facts inspect prints (check.IncidentReport);
    // charts are drawn while planning (render.chart) and bodies are sanitised by the view that
    // holds them (render.HtmlSanitizer), until page models become typed records (issue 15).
    noClasses().that().resideInAPackage("io.github.pmkb.plan..").should().dependOnClassesThat(
        DescribedPredicate.describe("check classes other than IncidentReport", (JavaClass c) ->
            c.getPackageName().startsWith("io.github.pmkb.check") && !c.getName().startsWith(
                "io.github.pmkb.check.IncidentReport"))).check(classes);
    noClasses().that().resideInAPackage("io.github.pmkb.plan..").should().dependOnClassesThat(
        DescribedPredicate.describe("render classes other than charts and the sanitizer", (JavaClass c) ->
            c.getPackageName().equals("io.github.pmkb.render") && !c.getSimpleName().equals("HtmlSanitizer")))
        .check(classes);
  }

  @Test
  void renderingAndOutputComeLast() {
    // Rendering may read the site's settings (which theme layers to load), nothing of the content.
    before("render", with(DRIVERS, "jbake", "content", "extract", "index", "search", "analytics", "plan", "output"));
    before("output", with(DRIVERS, "config", "jbake", "content", "extract", "analytics", "render"));
  }

  @Test
  void driversDoNotDependOnEachOtherUpwards() {
    before("build", "cli", "serve", "check", "scaffold");
    before("serve", "cli", "check", "scaffold");
    before("check", "cli", "serve", "build", "plan", "render", "output", "index", "search");
  }

  @Test
  void jbakeOnlyInTheAdapter() {
    confined("org.jbake..", "jbake");
    confined("org.json.simple..", "jbake");
  }

  @Test
  void flexmarkAndSnakeYamlOnlyInContent() {
    confined("com.vladsch..", "content");
    confined("org.snakeyaml..", "content");
  }

  @Test
  void luceneOnlyInIndexAndSearch() {
    confined("org.apache.lucene..", "index", "search");
  }

  @Test
  void pebbleAndTheSanitizerOnlyInRender() {
    confined("io.pebbletemplates..", "render");
    confined("org.owasp.html..", "render");
  }

  @Test
  void jsoupOnlyInCheck() {
    confined("org.jsoup..", "check");
  }

  @Test
  void httpServerAndFileWatcherOnlyInServe() {
    confined("com.sun.net.httpserver..", "serve");
    confined("io.methvin..", "serve");
  }

  @Test
  void picocliOnlyInCli() {
    confined("picocli..", "cli");
  }
}
