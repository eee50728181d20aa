package io.github.pmkb;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Each library stays inside the one package that owns it, so it can be replaced there alone. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("io.github.pmkb");
  }

  private static void confined(String library, String... owners) {
    String[] allowed = new String[owners.length];
    for (int i = 0; i < owners.length; i++) allowed[i] = "io.github.pmkb." + owners[i] + "..";
    noClasses().that().resideOutsideOfPackages(allowed).should().dependOnClassesThat().resideInAPackage(library)
        .check(classes);
  }

  @Test
  void jbakeOnlyInTheAdapter() {
    confined("org.jbake..", "jbake");
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
  void pebbleOnlyInRender() {
    confined("io.pebbletemplates..", "render");
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

  @Test
  void modelAndDiagDependOnNoStage() {
    noClasses().that().resideInAnyPackage("io.github.pmkb.model..", "io.github.pmkb.diag..").should().dependOnClassesThat()
        .resideInAnyPackage("io.github.pmkb.content..", "io.github.pmkb.extract..", "io.github.pmkb.index..",
            "io.github.pmkb.render..", "io.github.pmkb.build..", "io.github.pmkb.plan..", "io.github.pmkb.output..", "io.github.pmkb.cli..", "io.github.pmkb.config..")
        .check(classes);
  }
}
