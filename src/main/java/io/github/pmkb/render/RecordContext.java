package io.github.pmkb.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.LinkedHashMap;
import java.util.Map;
import io.github.pmkb.model.RecordAccessors;

/**
 * A typed page model as the variables of its template: one per record component, in declaration
 * order. Pages are planned as records (the compiler checks every field a template gets), and
 * Pebble takes a map; this is the one place the two meet.
 */
final class RecordContext {
  private RecordContext() {}

  static Map<String, Object> of(Record model) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Method m : RecordAccessors.of(model.getClass())) {
      try {
        out.put(m.getName(), m.invoke(model));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + m.getName() + " of " + model.getClass().getSimpleName(), e);
      }
    }
    return out;
  }
}
