package io.github.pmkb.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import io.github.pmkb.plan.ActionRows.ActionGroup;
import io.github.pmkb.plan.ActionRows.ActionRow;
import io.github.pmkb.plan.Views.IncidentSummary;
import io.github.pmkb.plan.Views.Link;
import io.github.pmkb.plan.Views.PageView;
import io.github.pmkb.plan.Views.SiteView;
import io.github.pmkb.plan.Views.TagView;

/**
 * The data files compare only what they show, so that an edit they do not show rewrites none of
 * them; but never less: for every field of an incident's summary and of an action row, changed
 * one at a time, two data parts whose files differ are not equal.
 */
class DataPartsTest {
  private static final SiteView SITE = new SiteView("KB", "", "/", "", false, "en", "", "pmkb", true);
  private static final PageView PAGE = new PageView("Data", "../", "data/x.json", "");
  private static final IncidentSummary BASE = new IncidentSummary("a", "incidents/a.html", "A", "2024-01-02", "2024",
      List.of(new TagView("dns", "tags/dns.html", 3)), "What happened", "content/a.md", "src/a.md", false, "2 h", 120,
      new Link("SEV2", "facets/severity/sev2.html"), List.of(new Link("api", "facets/service/api.html")),
      new Link("DNS", "facets/root-cause/dns.html"));
  private static final ActionRow ROW = new ActionRow("Add an alert", "bob", "open", "open", "2024-02-01", "OPS-1", 3);

  @Test
  void incidentTableDataIsEqualExactlyWhenItsFileIs() {
    for (IncidentSummary other : variants(BASE)) {
      boolean sameBytes = IncidentTable.json(List.of(BASE)).equals(IncidentTable.json(List.of(other)));
      boolean equal = new DataParts.IncidentTableData(SITE, PAGE, List.of(BASE))
          .equals(new DataParts.IncidentTableData(SITE, PAGE, List.of(other)));
      assertThat(!equal || sameBytes).as("incidents.json for %s", other).isTrue();
      // The summary's text is not in the file: changing it must not rewrite the file.
      if (!other.summary().equals(BASE.summary())) assertThat(equal).isTrue();
    }
  }

  @Test
  void actionDataIsEqualExactlyWhenItsFilesAre() {
    List<ActionGroup> groups = new ArrayList<>();
    for (IncidentSummary s : variants(BASE)) groups.add(new ActionGroup(s, List.of(ROW)));
    for (ActionRow r : variants(ROW)) groups.add(new ActionGroup(BASE, List.of(r)));
    ActionGroup base = new ActionGroup(BASE, List.of(ROW));
    for (ActionGroup other : groups) {
      List<ActionGroup> a = List.of(base);
      List<ActionGroup> b = List.of(other);
      assertThat(!new DataParts.ActionsPart(SITE, PAGE, a).equals(new DataParts.ActionsPart(SITE, PAGE, b))
          || ActionRows.partJson(a).equals(ActionRows.partJson(b))).as("a further part for %s", other).isTrue();
      List<String> more = List.of("data/actions-2.json");
      assertThat(!new DataParts.ActionsData(SITE, PAGE, a, a, more).equals(new DataParts.ActionsData(SITE, PAGE, b, b, more))
          || ActionRows.json(a, a, more).equals(ActionRows.json(b, b, more))).as("actions.json for %s", other).isTrue();
    }
  }

  /** The record once per component with that one component changed (a link by label and by url apart). */
  private static <R extends Record> List<R> variants(R base) {
    List<R> out = new ArrayList<>();
    RecordComponent[] parts = base.getClass().getRecordComponents();
    for (int i = 0; i < parts.length; i++) {
      for (Function<Object, Object> change : changes(value(base, parts[i]))) {
        Object[] args = new Object[parts.length];
        for (int j = 0; j < parts.length; j++) args[j] = value(base, parts[j]);
        args[i] = change.apply(args[i]);
        out.add(make(base, parts, args));
      }
    }
    return out;
  }

  private static List<Function<Object, Object>> changes(Object v) {
    if (v instanceof String s) return List.of(x -> s + "x");
    if (v instanceof Boolean b) return List.of(x -> !b);
    if (v instanceof Long n) return List.of(x -> n + 1);
    if (v instanceof Integer n) return List.of(x -> n + 1);
    if (v instanceof Link l) return List.of(x -> new Link(l.label() + "x", l.url()), x -> new Link(l.label(), l.url() + "x"));
    if (v instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Link) {
      return List.of(x -> List.of(new Link("web", "facets/service/web.html")), x -> List.of());
    }
    if (v instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof TagView) {
      return List.of(x -> List.of(new TagView("cert", "tags/cert.html", 1)), x -> List.of());
    }
    throw new AssertionError("no change known for " + v);
  }

  private static Object value(Record r, RecordComponent c) {
    try {
      return c.getAccessor().invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @SuppressWarnings("unchecked")
  private static <R extends Record> R make(R base, RecordComponent[] parts, Object[] args) {
    Class<?>[] types = new Class<?>[parts.length];
    for (int i = 0; i < parts.length; i++) types[i] = parts[i].getType();
    try {
      var ctor = base.getClass().getDeclaredConstructor(types);
      ctor.setAccessible(true);
      return (R) ctor.newInstance(args);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
