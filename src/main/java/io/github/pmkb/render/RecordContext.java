package io.github.pmkb.render;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A typed page model as the variables of its template: one per record component, in declaration
 * order. Pages are planned as records (the compiler checks every field a template gets), and
 * Pebble takes a map; this is the one place the two meet.
 */
final class RecordContext {
  private static final Map<Class<?>, List<Method>> ACCESSORS = new ConcurrentHashMap<>();

  private RecordContext() {}

  static Map<String, Object> of(Record model) {
    List<Method> accessors = ACCESSORS.computeIfAbsent(model.getClass(), RecordContext::accessors);
    Map<String, Object> out = new LinkedHashMap<>();
    for (Method m : accessors) {
      try {
        out.put(m.getName(), m.invoke(model));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("cannot read " + m.getName() + " of " + model.getClass().getSimpleName(), e);
      }
    }
    return out;
  }

  private static List<Method> accessors(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    List<Method> out = new java.util.ArrayList<>();
    for (RecordComponent c : components) {
      Method m = c.getAccessor();
      m.setAccessible(true);
      out.add(m);
    }
    return List.copyOf(out);
  }
}
