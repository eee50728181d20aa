package io.github.pmkb.model;

import java.lang.reflect.AccessibleObject;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A record type's component accessors in declaration order, looked up once per type: the page
 * models are read this way both to digest them (the view digest) and to hand them to a template.
 */
public final class RecordAccessors {
  private static final Map<Class<?>, Method[]> CACHE = new ConcurrentHashMap<>();

  private RecordAccessors() {}

  /** The accessors of {@code type}, made accessible (package-private records are read too); do not modify. */
  public static Method[] of(Class<? extends Record> type) {
    return CACHE.computeIfAbsent(type, RecordAccessors::lookUp);
  }

  private static Method[] lookUp(Class<?> type) {
    RecordComponent[] components = type.getRecordComponents();
    Method[] out = new Method[components.length];
    for (int i = 0; i < components.length; i++) out[i] = components[i].getAccessor();
    AccessibleObject.setAccessible(out, true);
    return out;
  }
}
