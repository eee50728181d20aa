package io.github.pmkb.output;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.diag.Diagnostic;
import io.github.pmkb.diag.Diagnostics;

/** Sizes GitHub would refuse, checked with small limits in place of 100 MiB and 1 GB. */
class HostLimitsTest {
  @TempDir Path site;

  @Test
  void aFileOverTheLimitIsNamedWithTheWayToLeaveItOut() throws Exception {
    Files.createDirectories(site.resolve("api"));
    Files.write(site.resolve("api/incidents.json"), new byte[3_000]);
    Files.write(site.resolve("index.html"), new byte[500]);

    List<Diagnostic> found = check(new HostLimits(2_000, 10_000));

    assertThat(found).singleElement().satisfies(d -> {
      assertThat(d.code()).isEqualTo("OUT001");
      assertThat(d.at().toString()).isEqualTo("target/site/api/incidents.json:1:1");
      assertThat(d.message()).contains("api/incidents.json is 0.0 MB");
      assertThat(d.hint()).hasValueSatisfying(h -> assertThat(h).contains("site.api=false"));
    });
  }

  @Test
  void aSiteOverItsLimitIsReportedOnce() throws Exception {
    for (int i = 0; i < 5; i++) Files.write(site.resolve("p" + i + ".html"), new byte[1_000]);

    assertThat(check(new HostLimits(2_000, 4_000))).extracting(Diagnostic::code).containsExactly("OUT002");
    assertThat(check(new HostLimits(2_000, 5_000))).isEmpty();
  }

  private List<Diagnostic> check(HostLimits limits) {
    Diagnostics diags = new Diagnostics();
    limits.check(site, "target/site", diags);
    return diags.list();
  }
}
