package io.github.pmkb.plan;

import java.util.ArrayList;
import java.util.List;
import io.github.pmkb.index.Related;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.plan.Views.BodyView;
import io.github.pmkb.plan.Views.IncidentSummary;
import io.github.pmkb.plan.Views.IncidentView;
import io.github.pmkb.plan.Views.Link;
import io.github.pmkb.plan.Views.PageView;
import io.github.pmkb.plan.Views.RelatedView;
import io.github.pmkb.plan.Views.SiteView;

/**
 * An incident page's model before it is made ({@link Pages.Deferred}): the postmortem and the
 * summaries the plan holds anyway for lists, with the links that need the whole corpus. The
 * page's own views (fact card, timeline, action rows, related incidents) are made when it is
 * rendered and dropped with it: held for every page until rendering ended, they were a third of
 * the live heap of a large build. Two parts are equal when what the page is made from is: an
 * unchanged postmortem is the same instance between builds, so comparing them stays cheap.
 *
 * @param incident the postmortem as lists show it
 * @param contributing its contributing factors with their facet pages
 * @param trusted the site trusts its authors' raw HTML ({@link BodyView#trusted()})
 * @param related the related incidents that have a page, with why they are related
 * @param newer the next newer incident, null for the newest
 * @param older the next older incident, null for the oldest
 */
record IncidentPageParts(SiteView site, PageView page, Postmortem postmortem, IncidentSummary incident,
    List<Link> contributing, boolean trusted, List<RelatedIncident> related, IncidentSummary newer,
    IncidentSummary older) implements Pages.Deferred {

  /** A related incident as the index found it, with its summary. */
  record RelatedIncident(IncidentSummary incident, Related found) {}

  @Override
  public Pages.IncidentPage model() {
    IncidentView v = view();
    List<ActionRows.ActionRow> actions = ActionRows.of(postmortem);
    List<RelatedView> shown = new ArrayList<>(related.size());
    for (RelatedIncident r : related) {
      IncidentSummary s = r.incident();
      shown.add(new RelatedView(Permalinks.incidentFile(s.slug()), s.title(), s.date(), String.join(" · ", r.found().reasons())));
    }
    return new Pages.IncidentPage(site, page, v, v.rootCause(), shown, actions, ActionRows.counts(actions),
        newer == null ? null : link(newer), older == null ? null : link(older));
  }

  private IncidentView view() {
    IncidentSummary s = incident;
    IncidentDetails d = IncidentDetails.of(postmortem);
    return new IncidentView(s.slug(), s.url(), s.title(), s.date(), s.year(), s.tags(), s.summary(),
        new BodyView(postmortem.body(), trusted), s.source(), s.sourceUrl(), s.draft(), s.duration(), s.severity(),
        d.impact(), d.impactSentence(), s.services(), s.rootCause(), contributing, d.timezone(), d.timeline(),
        IncidentDetails.span(d.timeline()), d.sources(), d.lines(), d.derived());
  }

  /** Another incident as an incident page links to it. */
  private static Link link(IncidentSummary s) {
    return new Link(s.title(), Permalinks.incidentFile(s.slug()));
  }
}
