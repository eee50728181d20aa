package io.github.pmkb.plan;

import java.util.List;
import io.github.pmkb.plan.Views.IncidentSummary;
import io.github.pmkb.plan.Views.PageView;
import io.github.pmkb.plan.Views.SiteView;

/**
 * The theme scripts' two large data files before they are written ({@link Pages.Deferred}): the
 * lists they are made from, which the plan holds anyway. As strings in the plan they were held
 * until rendering ended, tens of megabytes on a large corpus; made when rendered, one at a time.
 */
final class DataParts {
  private DataParts() {}

  /** {@code data/incidents.json} ({@link IncidentTable#json}), from every incident's summary. */
  record IncidentTableData(SiteView site, PageView page, List<IncidentSummary> incidents) implements Pages.Deferred {
    @Override
    public Pages.DataPage model() {
      return new Pages.DataPage(site, page, IncidentTable.json(incidents));
    }
  }

  /** {@code data/actions.json} ({@link ActionRows#json}), from every incident's action items. */
  record ActionsData(SiteView site, PageView page, List<ActionRows.ActionGroup> groups) implements Pages.Deferred {
    @Override
    public Pages.DataPage model() {
      return new Pages.DataPage(site, page, ActionRows.json(groups));
    }
  }
}
