package io.github.pmkb.serve;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import io.github.pmkb.build.SourceChanges;
import io.github.pmkb.build.SourceLayout;

class ChangeClassifierTest {
  private final Path root = Path.of("/kb").toAbsolutePath();
  private final ChangeClassifier classifier = new ChangeClassifier(new SourceLayout(root, root.resolve("site.properties"),
      root.resolve("content"), root.resolve("templates"), root.resolve("themes/default/templates"),
      root.resolve("themes/default/static"), root.resolve("assets"), root.resolve("themes")));

  @Test
  void classifiesEachInputByWhatItForcesToRebuild() {
    assertThat(classifier.classify(root.resolve("content/2024/a.md"))).contains(ChangeKind.CONTENT);
    assertThat(classifier.classify(root.resolve("content/2024"))).contains(ChangeKind.CONTENT);
    assertThat(classifier.classify(root.resolve("templates/incident.peb"))).contains(ChangeKind.TEMPLATES);
    assertThat(classifier.classify(root.resolve("themes/default/templates/base.peb"))).contains(ChangeKind.TEMPLATES);
    assertThat(classifier.classify(root.resolve("themes/default/static/css/site.css"))).contains(ChangeKind.ASSETS);
    assertThat(classifier.classify(root.resolve("assets/logo.png"))).contains(ChangeKind.ASSETS);
    assertThat(classifier.classify(root.resolve("site.properties"))).contains(ChangeKind.CONFIG);
    assertThat(classifier.classify(root.resolve("search-synonyms.txt"))).contains(ChangeKind.CONFIG);
    assertThat(classifier.classify(root.resolve("themes/default"))).contains(ChangeKind.CONFIG);
  }

  @Test
  void ignoresTheOutputAndEverythingElseOutsideTheInputs() {
    assertThat(classifier.classify(root.resolve("target/pmkb-serve/index.html"))).isEmpty();
    assertThat(classifier.classify(root.resolve(".git/index"))).isEmpty();
    assertThat(classifier.classify(root.resolve("README.md"))).isEmpty();
    assertThat(classifier.classify(root.resolve("themes/other/templates/base.peb"))).isEmpty();
  }

  @Test
  void descendsOnlyIntoFoldersThatHoldInputs() {
    assertThat(classifier.isWatched(root)).isTrue();
    assertThat(classifier.isWatched(root.resolve("content/2024"))).isTrue();
    assertThat(classifier.isWatched(root.resolve("themes"))).isTrue();
    assertThat(classifier.isWatched(root.resolve("target"))).isFalse();
    assertThat(classifier.isWatched(root.resolve(".git"))).isFalse();
  }

  @Test
  void turnsABatchIntoTheChangesASessionTakes() {
    SourceChanges c = classifier.changes(List.of(root.resolve("content/a.md"), root.resolve("target/x.html"),
        root.resolve("themes/default/templates/base.peb")), false);

    assertThat(c.config()).isFalse();
    assertThat(c.templates()).isTrue();
    assertThat(c.assets()).isFalse();
    assertThat(c.content()).containsExactly(root.resolve("content/a.md"));
  }
}
