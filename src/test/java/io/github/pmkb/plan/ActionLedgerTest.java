package io.github.pmkb.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import io.github.pmkb.plan.ActionRows.ActionGroup;
import io.github.pmkb.plan.ActionRows.ActionRow;
import io.github.pmkb.plan.Views.IncidentSummary;
import io.github.pmkb.plan.Views.Link;

/** The ledger's owner filter offers each owner as written, since its script matches owners exactly. */
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
}
