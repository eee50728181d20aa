package io.github.pmkb.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.diag.Diagnostic;
import io.github.pmkb.diag.Diagnostics;

/**
 * Sizes GitHub would refuse, checked with small limits in place of 100 MiB and 1 GB, from the
 * sizes the writer kept of what it wrote (written, streamed, copied, deleted).
 */
class HostLimitsTest {
  @TempDir Path tmp;

  @Test
  void aFileOverTheLimitIsNamedWithTheWayToLeaveItOut() throws Exception {
    OutputWriter w = OutputWriter.open(tmp.resolve("site"));
    w.stream("api/incidents.json", out -> out.write(new byte[3_000]));
    w.write("index.html", new byte[500]);
    w.write("big.html", new byte[2_500]);
    w.delete("big.html");

    List<Diagnostic> found = check(w, new HostLimits(2_000, 10_000));

    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("OUT001");
      assertThat(d.at().toString()).isEqualTo("target/site/api/incidents.json:1:1");
      assertThat(d.message()).contains("api/incidents.json is 0.0 MB");
      assertThat(d.hint()).hasValueSatisfying(h -> assertThat(h).contains("site.api=false"));
    });
  }

  @Test
  void aSiteOverItsLimitIsReportedOnce() throws Exception {
    OutputWriter w = OutputWriter.open(tmp.resolve("site"));
    for (int i = 0; i < 4; i++) w.write("p" + i + ".html", new byte[1_000]);
    Path asset = Files.write(tmp.resolve("asset.css"), new byte[1_000]);
    w.copy(asset, "css/asset.css");
    long marker = w.sizes().get(OutputWriter.MARKER);
    assertThat(w.sizes()).containsEntry("css/asset.css", 1_000L).hasSize(6);

    assertThat(check(w, new HostLimits(2_000, 5_000 + marker - 1))).extracting(Diagnostic::code)
        .containsExactly("OUT002");
    assertThat(check(w, new HostLimits(2_000, 5_000 + marker))).isEmpty();
  }

  private List<Diagnostic> check(OutputWriter w, HostLimits limits) {
    Diagnostics diags = new Diagnostics();
    limits.check(w.sizes(), "target/site", diags);
    w.abort();
    return diags.list();
  }

  @Test
  void aSiteOverItsLimitNamesItsHeaviestFoldersAndWhatTheApiWeighs() throws Exception {
    OutputWriter w = OutputWriter.open(tmp.resolve("site"));
    for (int i = 0; i < 3; i++) w.write("incidents/p" + i + ".html", new byte[2_000_000]);
    w.write("search/w.bin", new byte[1_500_000]);
    w.write("api/incidents-2024.json", new byte[1_000_000]);
    w.write("tags/a.html", new byte[100_000]);
    w.write("index.html", new byte[200_000]);

    assertThat(check(w, new HostLimits(100_000_000, 5_000_000))).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("OUT002");
      assertThat(d.message()).endsWith("the largest parts: incidents/ 6.0 MB, search/ 1.5 MB, api/ 1.0 MB");
      assertThat(d.hint()).hasValueSatisfying(h -> assertThat(h).contains("site.api=false, 1.0 MB"));
    });
  }

  @Test
  void withoutTheApiTheHintDoesNotOfferToLeaveItOut() throws Exception {
    OutputWriter w = OutputWriter.open(tmp.resolve("site"));
    w.write("incidents/a.html", new byte[3_000]);

    assertThat(check(w, new HostLimits(100_000, 2_000))).singleElement()
        .satisfies(d -> assertThat(d.hint()).hasValueSatisfying(h -> assertThat(h).doesNotContain("site.api")));
  }
}
