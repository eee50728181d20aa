package io.github.pmkb.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import io.github.pmkb.plan.ActionRows.ActionGroup;
import io.github.pmkb.plan.ActionRows.ActionRow;
import io.github.pmkb.plan.Views.IncidentSummary;
import io.github.pmkb.plan.Views.Link;

/** The ledger's data for its filter script: the owners it offers and the parts of its rows. */
class ActionLedgerTest {
  private static ActionRow row(String owner) {
    return new ActionRow("Add an alert", owner, "open", "open", "", "", 3);
  }

  @Test
  void ownersThatDifferOnlyInCaseAreEachOffered() {
    IncidentSummary incident = new IncidentSummary("a", "incidents/a.html", "A", "2024-01-02", "2024", List.of(), "",
        "content/a.md", "", false, "", 0, new Link("not stated", ""), List.of(), new Link("Unknown", "facets/root-cause/unknown.html"));
    ActionRows.Ledger ledger = ActionRows.ledger(List.of(new ActionGroup(incident,
        List.of(row("bob"), row("Bob"), row("alice"), row("bob")))));
    assertThat(ledger.owners()).containsExactly("alice", "Bob", "bob");
    // The pages offer them through the one shared file the filter script reads.
    assertThat(ActionRows.choicesJson(ledger)).isEqualTo(
        "{\"version\":1,\"owners\":[\"alice\",\"Bob\",\"bob\"],\"rootCauses\":[\"Unknown\"],\"services\":[]}\n");
  }

  private static ActionGroup group(String slug, int rows) {
    IncidentSummary incident = new IncidentSummary(slug, "incidents/" + slug + ".html", slug.toUpperCase(), "", "",
        List.of(), "", "content/" + slug + ".md", "", false, "", -1, new Link("not stated", ""), List.of(),
        new Link("DNS", "facets/root-cause/dns.html"));
    return new ActionGroup(incident, java.util.Collections.nCopies(rows, row("bob")));
  }

  @Test
  void rowsAreCutIntoPartsOfWholeIncidentsAndTheFirstNamesTheOthers() {
    List<ActionGroup> groups = List.of(group("a", 2), group("b", 2), group("c", 3), group("d", 2));
    List<List<ActionGroup>> parts = ActionRows.cut(groups, 4);
    assertThat(parts).extracting(List::size).containsExactly(2, 1, 1);
    assertThat(ActionRows.cut(List.of(), 4)).containsExactly(List.of());
    assertThat(ActionRows.partPath(1)).isEqualTo(ActionRows.DATA);
    assertThat(ActionRows.partPath(3)).isEqualTo("data/actions-3.json");

    String first = ActionRows.json(groups, parts.get(0), List.of("data/actions-2.json", "data/actions-3.json"));
    assertThat(first).startsWith("{\"version\":1,\"rootCauses\":{\"DNS\":\"facets/root-cause/dns.html\"},")
        .contains("\"incidents\":[[\"incidents/a.html\"", "[1,\"Add an alert\",\"bob\"")
        .doesNotContain("incidents/c.html")
        .endsWith(",\"more\":[\"data/actions-2.json\",\"data/actions-3.json\"]}\n");
    // A further part counts its incidents from 0 and repeats no labels.
    assertThat(ActionRows.partJson(parts.get(1))).isEqualTo("{\"version\":1,\"incidents\":[[\"incidents/c.html\",\"C\",\"\","
        + "\"DNS\",[]]],\"rows\":[[0,\"Add an alert\",\"bob\",\"open\",\"\",\"\"],[0,\"Add an alert\",\"bob\",\"open\",\"\",\"\"],"
        + "[0,\"Add an alert\",\"bob\",\"open\",\"\",\"\"]]}\n");
    // One part: the document it always was, without "more".
    assertThat(ActionRows.json(groups)).doesNotContain("\"more\"").contains("incidents/d.html");
  }
}
