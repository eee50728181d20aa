package io.github.pmkb.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import io.github.pmkb.build.LocalIndex;
import io.github.pmkb.diag.PmkbException;
import io.github.pmkb.search.Highlight;
import io.github.pmkb.search.QuerySyntaxException;
import io.github.pmkb.search.SearchQuery;
import io.github.pmkb.search.SearchResult;
import io.github.pmkb.search.Searcher;
import io.github.pmkb.search.Synonyms;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code pmkb search}: ranked incidents and facet counts for a query, from the local index. */
@Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Searches the knowledge base's postmortems (the index is rebuilt when content changed).",
        "", "Query: words (all must match), \"quoted phrases\", -exclude, -\"excluded phrase\", and facet filters",
        "field:value with field one of root_cause, contributing, tag, severity, service, year, month."})
final class SearchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to look for; quote it in the shell.")
  List<String> query;

  @Option(names = "--facet", paramLabel = "NAME=VALUE", description = "Only incidents with this facet value, e.g. root_cause=memory-leak, severity=SEV1 (repeatable).")
  List<String> facets = new ArrayList<>();

  @Option(names = "--since", paramLabel = "DATE", description = "Only incidents on or after this date (YYYY-MM-DD).")
  String since;

  @Option(names = "--limit", paramLabel = "N", description = "How many hits to show (default: ${DEFAULT-VALUE}).")
  int limit = 10;

  @Option(names = "--json", description = "Print one JSON object: {total, hits:[{slug,title,date,root_cause,score,snippet}], facets:{field:{value:count}}}.")
  boolean json;

  @Option(names = "--source", paramLabel = "DIR", description = "Knowledge base root (default: current folder).")
  Path source = Path.of(".");

  @Option(names = "--verbose", description = "Show stack traces of internal errors.")
  boolean verbose;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SearchQuery q;
    try {
      q = SearchQuery.parse(String.join(" ", query)).with(facetFilters(), sinceDate());
    } catch (QuerySyntaxException e) {
      err.println("pmkb: bad query: " + e.getMessage());
      return ExitCodes.USAGE;
    } catch (IllegalArgumentException e) {
      err.println("pmkb: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (limit < 1) {
      err.println("pmkb: --limit must be at least 1");
      return ExitCodes.USAGE;
    }
    if (!Files.isDirectory(source)) throw new PmkbException(ExitCodes.USAGE, "no such folder: " + source);
    LocalIndex.Opened index = LocalIndex.open(source);
    long errors = index.diagnostics().stream().filter(d -> d.isError()).count();
    if (errors > 0) {
      err.println("pmkb: " + errors + " postmortem file(s) could not be read and are not searched; run pmkb build for details");
    }
    try (Searcher s = Searcher.open(index.dir(), Synonyms.ofKnowledgeBase(source))) {
      SearchResult r = s.search(q, limit, json ? Highlight.HTML : Highlight.TEXT);
      r.notes().forEach(n -> err.println("pmkb: note: " + n));
      if (json) out.println(SearchOutput.json(r));
      else SearchOutput.text(out, String.join(" ", query), r);
    }
    out.flush();
    err.flush();
    return ExitCodes.OK;
  }

  private List<SearchQuery.Filter> facetFilters() {
    List<SearchQuery.Filter> out = new ArrayList<>();
    for (String f : facets) {
      int eq = f.indexOf('=');
      if (eq <= 0 || eq == f.length() - 1) {
        throw new IllegalArgumentException("--facet needs NAME=VALUE, e.g. root_cause=memory-leak (got '" + f + "')");
      }
      String name = f.substring(0, eq).strip();
      String dim = SearchQuery.facetName(name).orElseThrow(() -> new IllegalArgumentException(
          "unknown facet '" + name + "' in --facet; facets are contributing, month, root_cause, service, severity, tag, year"));
      out.add(new SearchQuery.Filter(dim, f.substring(eq + 1).strip(), false));
    }
    return out;
  }

  private Optional<LocalDate> sinceDate() {
    if (since == null) return Optional.empty();
    try {
      return Optional.of(LocalDate.parse(since.strip()));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("--since needs a date like 2024-01-31 (got '" + since + "')");
    }
  }
}
