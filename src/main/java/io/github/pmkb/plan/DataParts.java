package io.github.pmkb.plan;

import java.util.List;
import java.util.function.BiPredicate;
import io.github.pmkb.plan.ActionRows.ActionGroup;
import io.github.pmkb.plan.Views.IncidentSummary;
import io.github.pmkb.plan.Views.PageView;
import io.github.pmkb.plan.Views.SiteView;

/**
 * The theme scripts' large data files before they are written ({@link Pages.Deferred}): the
 * lists they are made from, which the plan holds anyway. As strings in the plan they were held
 * until rendering ended, tens of megabytes on a large corpus; made when rendered, one at a time.
 *
 * <p>Two are equal when the documents are, as when the model held the document: they compare only
 * what the document shows of each incident, so an edit of a postmortem's summary (which the
 * files do not show) writes none of them again under {@code pmkb serve}.
 */
final class DataParts {
  private DataParts() {}

  /** {@code data/incidents.json} ({@link IncidentTable#json}), from every incident's summary. */
  record IncidentTableData(SiteView site, PageView page, List<IncidentSummary> incidents) implements Pages.Deferred {
    @Override
    public Pages.DataPage model() {
      return new Pages.DataPage(site, page, IncidentTable.json(incidents));
    }

    @Override
    public boolean equals(Object o) {
      return o == this || o instanceof IncidentTableData d && d.site.equals(site) && d.page.equals(page)
          && same(d.incidents, incidents, DataParts::sameRow);
    }

    @Override
    public int hashCode() {
      return incidents.size(); // consistent with equals; pages are compared, not hashed
    }
  }

  /**
   * {@code data/actions.json} ({@link ActionRows#json}): the first part of every incident's action
   * items, with the labels of all of them and the paths of the other parts.
   */
  record ActionsData(SiteView site, PageView page, List<ActionGroup> all, List<ActionGroup> first, List<String> more)
      implements Pages.Deferred {
    @Override
    public Pages.DataPage model() {
      return new Pages.DataPage(site, page, ActionRows.json(all, first, more));
    }

    @Override
    public boolean equals(Object o) {
      return o == this || o instanceof ActionsData d && d.site.equals(site) && d.page.equals(page)
          && d.more.equals(more) && same(d.first, first, DataParts::sameGroup)
          && same(d.all, all, (a, b) -> a.incident().rootCause().equals(b.incident().rootCause())
              && a.incident().services().equals(b.incident().services()));
    }

    @Override
    public int hashCode() {
      return first.size();
    }
  }

  /** A further part of the action items ({@link ActionRows#partJson}). */
  record ActionsPart(SiteView site, PageView page, List<ActionGroup> groups) implements Pages.Deferred {
    @Override
    public Pages.DataPage model() {
      return new Pages.DataPage(site, page, ActionRows.partJson(groups));
    }

    @Override
    public boolean equals(Object o) {
      return o == this || o instanceof ActionsPart d && d.site.equals(site) && d.page.equals(page)
          && same(d.groups, groups, DataParts::sameGroup);
    }

    @Override
    public int hashCode() {
      return groups.size();
    }
  }

  private static <T> boolean same(List<T> a, List<T> b, BiPredicate<T, T> same) {
    if (a.size() != b.size()) return false;
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i) && !same.test(a.get(i), b.get(i))) return false;
    }
    return true;
  }

  /** What a row of {@link IncidentTable#json} shows of an incident. */
  private static boolean sameRow(IncidentSummary a, IncidentSummary b) {
    return sameListed(a, b) && a.severity().equals(b.severity()) && a.minutes() == b.minutes();
  }

  /** What {@link ActionRows#json} shows of an incident's group. */
  private static boolean sameGroup(ActionGroup a, ActionGroup b) {
    return sameListed(a.incident(), b.incident()) && a.actions().equals(b.actions());
  }

  /** What both files show of every incident: its link, title, date, root cause and services. */
  private static boolean sameListed(IncidentSummary a, IncidentSummary b) {
    return a.url().equals(b.url()) && a.title().equals(b.title()) && a.date().equals(b.date())
        && a.rootCause().equals(b.rootCause()) && a.services().equals(b.services());
  }
}
