package io.github.pmkb.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing in place: changed bytes replace the file, the same bytes leave it untouched. */
class LiveOutputTest {
  @TempDir Path tmp;

  @Test
  void theSameBytesLeaveTheFileAsItWasAndOtherBytesReplaceIt() throws Exception {
    Path page = tmp.resolve("incidents/a.html");
    Files.createDirectories(page.getParent());
    Files.writeString(page, "<p>one</p>");
    FileTime old = FileTime.fromMillis(1_000_000L);
    Files.setLastModifiedTime(page, old);
    Object key = Files.readAttributes(page, BasicFileAttributes.class).fileKey();
    LiveOutput out = new LiveOutput(tmp);

    out.write("incidents/a.html", "<p>one</p>".getBytes(StandardCharsets.UTF_8));
    out.stream("incidents/a.html", s -> s.write("<p>one</p>".getBytes(StandardCharsets.UTF_8)));
    Path same = Files.writeString(tmp.resolve("same.html"), "<p>one</p>");
    out.copy(same, "incidents/a.html");

    assertThat(Files.getLastModifiedTime(page)).isEqualTo(old);
    assertThat(Files.readAttributes(page, BasicFileAttributes.class).fileKey()).isEqualTo(key);
    try (Stream<Path> left = Files.list(page.getParent())) {
      assertThat(left).containsExactly(page);
    }
    assertThat(out.replaced()).isEmpty();

    out.stream("incidents/a.html", s -> s.write("<p>two</p>".getBytes(StandardCharsets.UTF_8)));
    out.write("incidents/b.html", "<p>new</p>".getBytes(StandardCharsets.UTF_8));

    assertThat(Files.readString(page)).isEqualTo("<p>two</p>");
    assertThat(Files.getLastModifiedTime(page)).isNotEqualTo(old);
    assertThat(Files.readString(tmp.resolve("incidents/b.html"))).isEqualTo("<p>new</p>");
    assertThat(out.replaced()).containsExactly("incidents/a.html", "incidents/b.html");
  }
}
