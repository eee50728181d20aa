package io.github.pmkb.render;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import java.util.List;
import java.util.Map;

/** pmkb's template filters. */
final class PmkbPebbleExtension extends AbstractExtension {
  @Override
  public Map<String, Filter> getFilters() {
    return Map.of("pluralize", new Pluralize(), "timelineSvg", new TimelineSvg());
  }

  /**
   * {@code {{ incident.timeline | timelineSvg | raw }}}: the timeline strip, {@code timelineSvg(360)}
   * drawn 360 units wide for phones; {@code timelineSvg(360, 720)} is a copy without a description
   * of its own, named by the described strip drawn 720 wide ({@code true}: hidden from screen
   * readers). Its output
   * is built from escaped text only, so it is safe to insert raw.
   */
  private static final class TimelineSvg implements Filter {
    @Override
    public List<String> getArgumentNames() {
      return List.of("width", "copy");
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext ctx,
        int lineNumber) {
      if (!(input instanceof List<?> list)) return "";
      List<io.github.pmkb.render.chart.TimelinePoint> points = new java.util.ArrayList<>();
      for (Object o : list) if (o instanceof io.github.pmkb.render.chart.TimelinePoint p) points.add(p);
      Object w = args.get("width");
      int width = w instanceof Number n ? n.intValue() : io.github.pmkb.render.chart.TimelineStrip.WIDE;
      // copy: true for a copy hidden from screen readers, or the width of the described strip that names it
      Object copy = args.get("copy");
      int copyOf = copy instanceof Number n ? n.intValue() : Boolean.TRUE.equals(copy) ? -1 : 0;
      return io.github.pmkb.render.chart.TimelineStrip.svg(points, Math.max(200, Math.min(2000, width)), copyOf);
    }
  }

  /** {@code {{ n | pluralize('incident') }}} gives "1 incident" or "3 incidents". */
  private static final class Pluralize implements Filter {
    @Override
    public List<String> getArgumentNames() {
      return List.of("word");
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext ctx,
        int lineNumber) {
      long n = input instanceof Number num ? num.longValue() : Long.parseLong(String.valueOf(input));
      String word = String.valueOf(args.get("word"));
      return n + " " + (n == 1 ? word : word + "s");
    }
  }
}
