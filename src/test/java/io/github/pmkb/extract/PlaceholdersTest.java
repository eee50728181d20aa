package io.github.pmkb.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import io.github.pmkb.diag.Diagnostics;

/** Template blanks left in a postmortem are warned about where they stand. */
class PlaceholdersTest {
  private static List<String> blanks(String text) {
    Diagnostics d = new Diagnostics();
    Docs.extract("content/a.md", text, d);
    return d.list().stream().filter(x -> x.code().equals("EX008")).map(x -> x.at() + " " + x.message()).toList();
  }

  private static final String HEAD = "---\ntitle: Queue stall\ndate: 2025-04-02\n---\n";

  @Test
  void warnsAboutATimeStillWrittenAsHHMM() {
    assertThat(blanks(HEAD + "## Timeline\n\n- 2025-04-02 HH:MM - Incident begins.\n- 2025-04-02 10:12 - Queue restarted.\n"))
        .containsExactly("content/a.md:7:14 placeholder 'HH:MM' is not filled in");
  }

  @Test
  void warnsAboutDotsThatStandForAValue() {
    assertThat(blanks(HEAD + "## Timeline\n\n- 2025-04-02 10:02 - Detected by ...\n"))
        .containsExactly("content/a.md:7:34 placeholder '...' is not filled in");
  }

  @Test
  void warnsAboutAnOwnerAndAnItemLeftAsDots() {
    assertThat(blanks(HEAD + "## Action items\n\n- [ ] Prevent: ... (owner: ...)\n"))
        .containsExactly("content/a.md:7:16 placeholder '...' is not filled in", "content/a.md:7:28 placeholder '...' is not filled in");
  }

  @Test
  void warnsAboutAFactMarkedTodo() {
    assertThat(blanks(HEAD + "Root cause: TODO\n\n## Timeline\n\n- TODO\n"))
        .containsExactly("content/a.md:5:13 placeholder 'TODO' is not filled in", "content/a.md:9:3 placeholder 'TODO' is not filled in");
  }

  @Test
  void leavesProseAndStatusesAlone() {
    assertThat(blanks(HEAD + "We waited... and then the queue moved. Times are written HH:MM in this report.\n\n"
        + "## Timeline\n\n- 10:02 Restarted the pods ... no effect\n\n## Action items\n\n| Action | Owner | Status |\n|---|---|---|\n"
        + "| Add a queue alert | ops | TODO |\n\n```\nowner: ...\n```\n")).isEmpty();
  }

  @Test
  void leavesListItemsThatAreProseAlone() {
    // A list item may talk of the format or trail off: only a blank where a value is due is one.
    assertThat(blanks(HEAD + "## Notes\n\n- Every time below is written HH:MM in UTC.\n- The vendor still owes us a reply to ...\n"
        + "- Run `date +HH:MM` to read the clock.\n")).isEmpty();
  }
}
