package org.x.pmkb.render;

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
    return Map.of("pluralize", new Pluralize());
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
