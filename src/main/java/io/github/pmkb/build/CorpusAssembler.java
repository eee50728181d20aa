package io.github.pmkb.build;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import io.github.pmkb.diag.Diagnostic;
import io.github.pmkb.diag.Level;
import io.github.pmkb.diag.SourcePos;
import io.github.pmkb.model.Corpus;
import io.github.pmkb.model.Postmortem;

/** The assemble stage: the files read, in path order, become the published corpus. */
final class CorpusAssembler {
  private CorpusAssembler() {}

  /**
   * The published postmortems of {@code reads} (in path order): drafts only if asked, and of
   * files with the same slug only the first, the others reported ({@code DUP001}).
   */
  static Corpus assemble(Collection<PostmortemReader.Read> reads, boolean drafts, List<Diagnostic> diags) {
    Map<String, String> seen = new HashMap<>();
    List<Postmortem> kept = new ArrayList<>();
    for (PostmortemReader.Read r : reads) {
      if (r.postmortem().isEmpty()) continue;
      Postmortem p = r.postmortem().get();
      if (p.draft() && !drafts) continue;
      String first = seen.putIfAbsent(p.slug(), p.sourcePath());
      if (first != null) {
        diags.add(new Diagnostic(Level.ERROR, "DUP001",
            "slug '" + p.slug() + "' is already used by " + first + "; this file is skipped",
            SourcePos.of(p.sourcePath()), Optional.of("rename the file or set a different 'slug' in its front matter")));
        continue;
      }
      kept.add(p);
    }
    return new Corpus(kept);
  }
}
