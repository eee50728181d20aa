package io.github.pmkb.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.diag.PmkbException;

class OutputWriterTest {
  @TempDir Path tmp;

  @Test
  void refusesToReplaceAFolderItDidNotCreate() throws IOException {
    Path home = tmp.resolve("home");
    Files.createDirectories(home);
    Files.writeString(home.resolve("thesis.tex"), "precious", StandardCharsets.UTF_8);

    assertThatThrownBy(() -> OutputWriter.open(home)).isInstanceOf(PmkbException.class)
        .hasMessageContaining("refusing to replace");
    assertThat(home.resolve("thesis.tex")).hasContent("precious");
  }

  @Test
  void replacesItsOwnOutputOnlyOnCommit() throws IOException {
    Path out = tmp.resolve("site");
    OutputWriter first = OutputWriter.open(out);
    first.write("index.html", "one".getBytes(StandardCharsets.UTF_8));
    first.commit();

    OutputWriter second = OutputWriter.open(out);
    second.write("index.html", "two".getBytes(StandardCharsets.UTF_8));
    assertThat(out.resolve("index.html")).hasContent("one");
    second.commit();
    assertThat(out.resolve("index.html")).hasContent("two");
    assertThat(out.resolve(OutputWriter.MARKER)).exists();
  }

  @Test
  void anAbortedBuildLeavesThePreviousSite() throws IOException {
    Path out = tmp.resolve("site");
    OutputWriter first = OutputWriter.open(out);
    first.write("index.html", "one".getBytes(StandardCharsets.UTF_8));
    first.commit();

    OutputWriter failed = OutputWriter.open(out);
    failed.write("index.html", "half".getBytes(StandardCharsets.UTF_8));
    failed.abort();
    assertThat(out.resolve("index.html")).hasContent("one");
    assertThat(failed.staging()).doesNotExist();
  }

  @Test
  void unchangedFilesAreLinkedAndThePreviousSiteIsNeverWrittenInto() throws IOException {
    Path out = tmp.resolve("site");
    OutputWriter first = OutputWriter.open(out);
    first.write("same.html", "same".getBytes(StandardCharsets.UTF_8));
    first.write("a/changed.html", "before".getBytes(StandardCharsets.UTF_8));
    first.commit();
    Object sameInode = Files.getAttribute(out.resolve("same.html"), "unix:ino");
    Object changedInode = Files.getAttribute(out.resolve("a/changed.html"), "unix:ino");

    OutputWriter second = OutputWriter.open(out);
    second.write("same.html", "same".getBytes(StandardCharsets.UTF_8));
    second.write("a/changed.html", "after!".getBytes(StandardCharsets.UTF_8));
    assertThat(out.resolve("a/changed.html")).hasContent("before");
    second.commit();
    assertThat(out.resolve("same.html")).hasContent("same");
    assertThat(out.resolve("a/changed.html")).hasContent("after!");
    assertThat(Files.getAttribute(out.resolve("same.html"), "unix:ino")).isEqualTo(sameInode);
    assertThat(Files.getAttribute(out.resolve("a/changed.html"), "unix:ino")).isNotEqualTo(changedInode);
    assertThat(Files.getAttribute(out.resolve("same.html"), "unix:nlink")).isEqualTo(1);
  }

  @Test
  void streamedFilesAreWrittenAndLinkedWhenUnchangedLikeWrittenOnes() throws IOException {
    Path out = tmp.resolve("site");
    OutputWriter first = OutputWriter.open(out);
    first.stream("api/same.json", o -> o.write("same".getBytes(StandardCharsets.UTF_8)));
    first.stream("api/changed.json", o -> o.write("before".getBytes(StandardCharsets.UTF_8)));
    first.commit();
    Object sameInode = Files.getAttribute(out.resolve("api/same.json"), "unix:ino");
    Object changedInode = Files.getAttribute(out.resolve("api/changed.json"), "unix:ino");

    OutputWriter second = OutputWriter.open(out);
    second.stream("api/same.json", o -> o.write("same".getBytes(StandardCharsets.UTF_8)));
    second.stream("api/changed.json", o -> o.write("after!".getBytes(StandardCharsets.UTF_8)));
    assertThat(out.resolve("api/changed.json")).hasContent("before");
    second.commit();
    assertThat(out.resolve("api/same.json")).hasContent("same");
    assertThat(out.resolve("api/changed.json")).hasContent("after!");
    assertThat(Files.getAttribute(out.resolve("api/same.json"), "unix:ino")).isEqualTo(sameInode);
    assertThat(Files.getAttribute(out.resolve("api/changed.json"), "unix:ino")).isNotEqualTo(changedInode);
    try (var files = Files.list(out.resolve("api"))) {
      assertThat(files.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("same.json", "changed.json");
    }
  }

  @Test
  void deletesLargeTreesCompletely() throws IOException {
    Path out = tmp.resolve("site");
    OutputWriter first = OutputWriter.open(out);
    for (int i = 0; i < 600; i++) first.write("d" + (i % 7) + "/f" + i + ".html", new byte[] {(byte) i});
    first.commit();
    io.github.pmkb.fs.FileTree.delete(out);
    assertThat(out).doesNotExist();
  }

  @Test
  void rejectsPathsThatEscapeTheSite() {
    OutputWriter w = OutputWriter.open(tmp.resolve("site"));
    assertThatThrownBy(() -> w.write("../evil.html", new byte[0])).isInstanceOf(IllegalArgumentException.class);
  }
}
