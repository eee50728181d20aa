package io.github.pmkb.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.json.simple.JSONArray;
import org.json.simple.JSONObject;
import org.json.simple.parser.JSONParser;
import org.json.simple.parser.ParseException;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.github.pmkb.build.BuildOptions;
import io.github.pmkb.build.BuildResult;
import io.github.pmkb.build.BuildSession;
import io.github.pmkb.build.Rebuild;
import io.github.pmkb.build.SourceChanges;
import io.github.pmkb.build.SiteBuilder;
import io.github.pmkb.testing.SiteFixture;

/**
 * The ledger's data in parts ({@code site.actions.partRows}), through a whole build: the file the
 * ledger page names leads to every part, together they hold every action once, and a part that an
 * incremental rebuild (serve's, into the live folder) no longer needs is deleted.
 */
class ActionPartsIT {
  private static final int INCIDENTS = 5;
  private static final int ACTIONS_EACH = 3;

  @TempDir Path tmp;

  private Path knowledgeBase(int partRows) throws IOException {
    Path kb = tmp.resolve("kb");
    Files.createDirectories(kb.resolve("content"));
    Files.writeString(kb.resolve("site.properties"), "site.title=Parts\nsite.actions.partRows=" + partRows + "\n");
    SiteFixture.copyTree(SiteFixture.repoRoot().resolve("themes"), kb.resolve("themes"));
    for (int i = 0; i < INCIDENTS; i++) {
      StringBuilder md = new StringBuilder(String.format(Locale.ROOT,
          "---%ntitle: Queue stalled %d%ndate: 2024-03-%02d%nservices: [queue]%n---%nThe queue stopped draining.%n%n"
              + "## Action items%n%n", i, i + 1));
      for (int a = 0; a < ACTIONS_EACH; a++) {
        md.append(String.format(Locale.ROOT, "- [ ] Fix step %d of incident %d (owner: ops)%n", a, i));
      }
      Files.writeString(kb.resolve("content/stall-" + i + ".md"), md.toString());
    }
    return kb;
  }

  /** Every row's action text, reading the data as the ledger's script does: its source, then each of "more". */
  private static List<String> rowsAsTheLedgerReadsThem(Path out) throws IOException, ParseException {
    Element form = Jsoup.parse(out.resolve("actions.html").toFile(), "UTF-8").selectFirst("form#action-filters");
    assertThat(form).isNotNull();
    Path page = out.resolve("actions.html").getParent();
    JSONObject first = json(page.resolve(form.attr("data-source")).normalize());
    List<String> texts = new ArrayList<>(texts(first));
    Object more = first.get("more");
    if (more != null) {
      for (Object p : (JSONArray) more) texts.addAll(texts(json(page.resolve(form.attr("data-root")).resolve((String) p))));
    }
    return texts;
  }

  private static List<String> actionParts(Path out) throws IOException {
    try (var files = Files.list(out.resolve("data"))) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.matches("actions(-\\d+)?\\.json")).sorted()
          .toList();
    }
  }

  private static JSONObject json(Path file) throws IOException, ParseException {
    return (JSONObject) new JSONParser().parse(Files.readString(file));
  }

  private static List<String> texts(JSONObject part) {
    List<String> out = new ArrayList<>();
    for (Object row : (JSONArray) part.get("rows")) out.add((String) ((JSONArray) row).get(1));
    return out;
  }

  private static List<String> everyAction() {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < INCIDENTS; i++) {
      for (int a = 0; a < ACTIONS_EACH; a++) out.add(String.format(Locale.ROOT, "Fix step %d of incident %d", a, i));
    }
    return out;
  }

  @Test
  void theLedgerReadsEveryPartAndAnIncrementalRebuildDeletesThePartsItNoLongerNeeds() throws Exception {
    Path kb = knowledgeBase(4);
    Path out = tmp.resolve("site");
    try (BuildSession session = BuildSession.open(new BuildOptions(kb, Optional.of(out), Optional.empty(), false),
        SiteBuilder.Progress.NONE, "test-index")) {
      BuildResult first = session.build();
      assertThat(first.errors()).as(first.diagnostics().toString()).isZero();
      // 3 actions an incident in parts of at most 4 rows (an incident's actions stay together): a
      // part per incident.
      assertThat(actionParts(out)).containsExactly("actions-2.json", "actions-3.json", "actions-4.json",
          "actions-5.json", "actions.json");
      assertThat(rowsAsTheLedgerReadsThem(out)).containsExactlyInAnyOrderElementsOf(everyAction());

      // Four incidents lose their action items: one part holds the rest. Serve's rebuild writes into
      // the live folder, so only pmkb's own deletion removes the parts left over.
      List<Path> edited = new ArrayList<>();
      for (int i = 1; i < INCIDENTS; i++) {
        Path md = kb.resolve("content/stall-" + i + ".md");
        String text = Files.readString(md);
        Files.writeString(md, text.substring(0, text.indexOf("## Action items")));
        edited.add(md);
      }
      Rebuild r = session.update(SourceChanges.ofContent(edited.toArray(Path[]::new)));
      assertThat(r.full()).isFalse();
      assertThat(actionParts(out)).containsExactly("actions.json");
      assertThat(json(out.resolve("data/actions.json"))).doesNotContainKey("more");
      assertThat(rowsAsTheLedgerReadsThem(out)).containsExactlyInAnyOrderElementsOf(everyAction().subList(0, ACTIONS_EACH));
    }
  }
}
