package io.github.pmkb.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import io.github.pmkb.model.ActionItem;
import io.github.pmkb.model.Corpus;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.plan.Views.IncidentSummary;
import io.github.pmkb.plan.Views.Link;

/**
 * The actions ledger: every action item of the knowledge base with its owner, status, due date
 * and ticket, grouped under its incident, newest incident first, on pages of about {@code
 * perPage} items (an incident's items are never split; at 10k postmortems one page held 44,000
 * rows and weighed 17 MB). The first page keeps the address {@code actions.html}.
 *
 * <p>The filters (owner, status, root cause, service, overdue) work on all actions, not on one
 * page: the page's script reads {@code data/actions.json} ({@link #json}) and keeps the filter in
 * the URL; the values the filters offer come from {@code data/action-choices.json} ({@link
 * #choicesJson}). Without JavaScript the pages list everything. Whether an item is overdue depends on
 * the day it is read, so only the browser can tell; the pages say when each item is due.
 */
final class ActionRows {
  static final String FIRST = "actions.html";
  static final String DATA = "data/actions.json";
  static final String CHOICES = "data/action-choices.json";
  /**
   * One action item. {@code status} is {@code done}, {@code open} or {@code not-stated} (for
   * filters and CSS), {@code statusLabel} the same for people; {@code due} and {@code ticket} may be empty.
   */
  record ActionRow(String text, String owner, String status, String statusLabel, String due, String ticket, int line) {}

  /** One incident's action items, as a group of rows on the ledger's pages. */
  record ActionGroup(IncidentSummary incident, List<ActionRow> actions) {}

  /**
   * Open actions of one service, and since when the oldest has been open (its incident's date).
   */
  record ServiceOpen(Link service, int open, String oldestSince) {}

  /**
   * What every page of the ledger shows: totals over all pages and the values the filters offer.
   */
  record Ledger(int total, int done, int open, int notStated, List<String> owners, List<Link> rootCauses,
      List<Link> services, List<ServiceOpen> openByService, int withDue) {}

  /** One page of the ledger: where it goes and its groups. */
  record LedgerPage(String path, int number, List<ActionGroup> groups, Views.PagerView pager) {}

  private ActionRows() {}

  /** One postmortem's action items, for its own page and the ledger. */
  static List<ActionRow> of(Postmortem p) {
    return p.incident().actions().stream().map(ActionRows::row).toList();
  }

  private static ActionRow row(ActionItem a) {
    return new ActionRow(a.text(), a.owner().orElse(""), a.status().key(), a.status().label(), a.due().orElse(""),
        a.ticket().orElse(""), a.line());
  }

  static Pages.ActionCounts counts(List<ActionRow> rows) {
    int done = 0;
    int open = 0;
    for (ActionRow r : rows) {
      if (r.status().equals("done")) done++;
      else if (r.status().equals("open")) open++;
    }
    return new Pages.ActionCounts(rows.size(), done, open, rows.size() - done - open);
  }

  /** Every incident with action items, newest first, as the ledger groups them. */
  static List<ActionGroup> groups(Corpus corpus, Map<String, IncidentSummary> summaries) {
    List<ActionGroup> out = new ArrayList<>();
    for (Postmortem p : corpus.postmortems()) {
      if (!p.incident().actions().isEmpty()) out.add(new ActionGroup(summaries.get(p.slug()), of(p)));
    }
    return out;
  }

  static Ledger ledger(List<ActionGroup> groups) {
    // Case apart ("Bob", "bob"): the filter script matches owners exactly, so each spelling needs its option.
    TreeSet<String> owners = new TreeSet<>(String.CASE_INSENSITIVE_ORDER.thenComparing(java.util.Comparator.naturalOrder()));
    Map<String, Link> causes = new TreeMap<>();
    Map<String, Link> services = new TreeMap<>();
    Map<String, int[]> openPerService = new TreeMap<>();
    Map<String, String> oldest = new TreeMap<>();
    List<ActionRow> all = new ArrayList<>();
    int withDue = 0;
    for (ActionGroup g : groups) {
      causes.put(g.incident().rootCause().label(), g.incident().rootCause());
      for (Link s : g.incident().services()) services.put(s.label(), s);
      for (ActionRow r : g.actions()) {
        all.add(r);
        if (!r.owner().isEmpty()) owners.add(r.owner());
        if (!r.due().isEmpty()) withDue++;
        if (!r.status().equals("done")) {
          for (Link s : g.incident().services()) {
            openPerService.computeIfAbsent(s.label(), k -> new int[1])[0]++;
            String d = g.incident().date();
            if (!d.isEmpty()) oldest.merge(s.label(), d, (a, b) -> a.compareTo(b) <= 0 ? a : b);
          }
        }
      }
    }
    List<ServiceOpen> byService = new ArrayList<>();
    openPerService.forEach((s, n) -> byService.add(new ServiceOpen(services.get(s), n[0], oldest.getOrDefault(s, ""))));
    byService.sort(java.util.Comparator.comparingInt(ServiceOpen::open).reversed()
        .thenComparing(x -> x.service().label()));
    Pages.ActionCounts c = counts(all);
    return new Ledger(c.total(), c.done(), c.open(), c.notStated(), List.copyOf(owners), List.copyOf(causes.values()),
        List.copyOf(services.values()), List.copyOf(byService), withDue);
  }

  /** The groups cut into pages of about {@code perPage} items, whole incidents each. */
  static List<LedgerPage> pages(List<ActionGroup> groups, int perPage) {
    List<List<ActionGroup>> pages = cut(groups, perPage);
    List<LedgerPage> out = new ArrayList<>();
    for (int n = 1; n <= pages.size(); n++) {
      out.add(new LedgerPage(Permalinks.listPage(FIRST, n), n, pages.get(n - 1),
          SitePlanner.pager(FIRST, n, pages.size())));
    }
    return out;
  }

  /**
   * {@code groups} in runs of about {@code items} action items, whole incidents each (one
   * incident with more stays whole, alone); at least one run, empty when there are no groups.
   */
  static List<List<ActionGroup>> cut(List<ActionGroup> groups, int items) {
    List<List<ActionGroup>> runs = new ArrayList<>();
    List<ActionGroup> current = new ArrayList<>();
    int size = 0;
    for (ActionGroup g : groups) {
      if (!current.isEmpty() && size + g.actions().size() > items) {
        runs.add(List.copyOf(current));
        current = new ArrayList<>();
        size = 0;
      }
      current.add(g);
      size += g.actions().size();
    }
    if (!current.isEmpty() || runs.isEmpty()) runs.add(List.copyOf(current));
    return runs;
  }

  /** Where part {@code n} (from 1) of the script's data goes: the first is {@link #DATA}. */
  static String partPath(int n) {
    return n == 1 ? DATA : "data/actions-" + n + ".json";
  }

  /**
   * {@code data/actions.json} when every action fits one part: the
   * incidents ({@code [url, title, date, root cause, [services]]}) and the rows ({@code
   * [incident index, text, owner, status, due, ticket]}), with the labels and pages of root
   * causes and services, so the script can draw the same rows as the pages.
   */
  static String json(List<ActionGroup> groups) {
    return json(groups, groups, List.of());
  }

  /**
   * {@code data/actions.json}: the first part's incidents and rows, the root causes and services
   * of {@code all}, and the paths of the further parts ({@code "more"}, left out when none), each
   * {@link #partJson}.
   */
  static String json(List<ActionGroup> all, List<ActionGroup> first, List<String> more) {
    Map<String, String> causeUrls = new TreeMap<>();
    Map<String, String> serviceUrls = new TreeMap<>();
    for (ActionGroup g : all) {
      IncidentSummary i = g.incident();
      causeUrls.put(i.rootCause().label(), i.rootCause().url());
      i.services().forEach(s -> serviceUrls.put(s.label(), s.url()));
    }
    List<Object> incidents = new ArrayList<>();
    List<Object> rows = new ArrayList<>();
    rows(first, incidents, rows);
    if (more.isEmpty()) {
      return IncidentTable.document("rootCauses", causeUrls, "services", serviceUrls, "incidents", incidents, "rows", rows);
    }
    return IncidentTable.document("rootCauses", causeUrls, "services", serviceUrls, "incidents", incidents, "rows", rows,
        "more", more);
  }

  /** A further part of the script's data: its incidents and rows, incident indexes counted within the part. */
  static String partJson(List<ActionGroup> part) {
    List<Object> incidents = new ArrayList<>();
    List<Object> rows = new ArrayList<>();
    rows(part, incidents, rows);
    return IncidentTable.document("incidents", incidents, "rows", rows);
  }

  private static void rows(List<ActionGroup> groups, List<Object> incidents, List<Object> rows) {
    for (ActionGroup g : groups) {
      IncidentSummary i = g.incident();
      incidents.add(List.of(i.url(), i.title(), i.date(), i.rootCause().label(),
          i.services().stream().map(Link::label).toList()));
      for (ActionRow r : g.actions()) {
        rows.add(List.of(incidents.size() - 1, r.text(), r.owner(), r.status(), r.due(), r.ticket()));
      }
    }
  }

  /**
   * {@code data/action-choices.json}: the owners, root causes and services the filters offer. One
   * shared file: repeated on every page, these lists outweighed the page's rows.
   */
  static String choicesJson(Ledger ledger) {
    return IncidentTable.document("owners", ledger.owners(), "rootCauses", ledger.rootCauses().stream().map(Link::label).toList(),
        "services", ledger.services().stream().map(Link::label).toList());
  }
}
