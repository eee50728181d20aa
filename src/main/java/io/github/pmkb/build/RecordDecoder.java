package io.github.pmkb.build;

import static io.github.pmkb.build.RecordCodec.BIG_DECIMAL;
import static io.github.pmkb.build.RecordCodec.BIG_INTEGER;
import static io.github.pmkb.build.RecordCodec.BYTES;
import static io.github.pmkb.build.RecordCodec.CLASS_REF;
import static io.github.pmkb.build.RecordCodec.DATE;
import static io.github.pmkb.build.RecordCodec.DATE_TIME;
import static io.github.pmkb.build.RecordCodec.DOUBLE;
import static io.github.pmkb.build.RecordCodec.DURATION;
import static io.github.pmkb.build.RecordCodec.EMPTY;
import static io.github.pmkb.build.RecordCodec.ENUM;
import static io.github.pmkb.build.RecordCodec.FALSE;
import static io.github.pmkb.build.RecordCodec.FLOAT;
import static io.github.pmkb.build.RecordCodec.INSTANT;
import static io.github.pmkb.build.RecordCodec.INT;
import static io.github.pmkb.build.RecordCodec.LIST;
import static io.github.pmkb.build.RecordCodec.LONG;
import static io.github.pmkb.build.RecordCodec.MAP;
import static io.github.pmkb.build.RecordCodec.NULL;
import static io.github.pmkb.build.RecordCodec.OWN;
import static io.github.pmkb.build.RecordCodec.PRESENT;
import static io.github.pmkb.build.RecordCodec.RECORD;
import static io.github.pmkb.build.RecordCodec.SET;
import static io.github.pmkb.build.RecordCodec.SHAPES;
import static io.github.pmkb.build.RecordCodec.STRING;
import static io.github.pmkb.build.RecordCodec.TEXT;
import static io.github.pmkb.build.RecordCodec.TIME;
import static io.github.pmkb.build.RecordCodec.TRUE;
import static io.github.pmkb.build.RecordCodec.ZONE;

import java.lang.reflect.InvocationTargetException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Reads one value {@link RecordCodec} wrote; anything damaged or foreign throws {@link IllegalStateException}. */
final class RecordDecoder {
  private static final Map<String, Class<?>> CLASSES = new ConcurrentHashMap<>();

  final byte[] in;
  final RecordCodec.Texts texts;
  final List<Class<?>> classes = new ArrayList<>();
  int at;

  RecordDecoder(byte[] in, RecordCodec.Texts texts) {
    this.in = in;
    this.texts = texts;
  }

  Object value() {
    int tag = next();
    return switch (tag) {
      case NULL -> null;
      case STRING -> string();
      case INT -> (int) varlong();
      case LONG -> varlong();
      case DOUBLE -> Double.longBitsToDouble(fixed());
      case FLOAT -> Float.intBitsToFloat((int) varlong());
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case EMPTY -> Optional.empty();
      case PRESENT -> Optional.of(value());
      case LIST -> {
        int n = count();
        List<Object> list = new ArrayList<>(n);
        for (int i = 0; i < n; i++) list.add(value());
        yield list;
      }
      case SET -> {
        int n = count();
        Set<Object> set = new LinkedHashSet<>();
        for (int i = 0; i < n; i++) set.add(value());
        yield set;
      }
      case MAP -> {
        int n = count();
        Map<Object, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) map.put(value(), value());
        yield map;
      }
      case TEXT -> {
        long offset = varlong();
        int length = (int) varlong();
        byte[] digest = java.util.Arrays.copyOfRange(in, at, at + 32);
        at += 32;
        yield texts.at(offset, length, digest);
      }
      case RECORD -> record(classRef());
      case ENUM -> enumValue(classRef(), string());
      case DATE -> LocalDate.ofEpochDay(varlong());
      case DATE_TIME -> LocalDateTime.of(LocalDate.ofEpochDay(varlong()), LocalTime.ofNanoOfDay(varlong()));
      case TIME -> LocalTime.ofNanoOfDay(varlong());
      case DURATION -> Duration.ofSeconds(varlong(), varlong());
      case INSTANT -> Instant.ofEpochSecond(varlong(), varlong());
      case ZONE -> ZoneId.of(string());
      case BIG_INTEGER -> new BigInteger(string());
      case BIG_DECIMAL -> new BigDecimal(string());
      case BYTES -> {
        int n = count();
        at += n;
        yield java.util.Arrays.copyOfRange(in, at - n, at);
      }
      default -> throw new IllegalStateException("unknown tag " + tag + " in a cache entry");
    };
  }

  private Object record(Class<?> type) {
    if (!type.isRecord()) throw new IllegalStateException("not a record: " + type.getName());
    RecordCodec.Shape shape = SHAPES.computeIfAbsent(type, RecordCodec.Shape::of);
    Object[] args = new Object[shape.components().length];
    for (int i = 0; i < args.length; i++) {
      Object v = value();
      // Primitive components come back boxed; the constructor unboxes them.
      args[i] = v;
    }
    try {
      return shape.constructor().newInstance(args);
    } catch (InstantiationException | IllegalAccessException | InvocationTargetException
        | IllegalArgumentException e) {
      throw new IllegalStateException("cannot rebuild a " + type.getName() + " from the cache", e);
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object enumValue(Class<?> type, String name) {
    if (!type.isEnum()) throw new IllegalStateException("not an enum: " + type.getName());
    return Enum.valueOf((Class) type, name);
  }

  private Class<?> classRef() {
    int tag = in[at] & 0xff;
    if (tag == CLASS_REF) {
      at++;
      int index = count();
      String name = string();
      if (index != classes.size() || !name.startsWith(OWN)) {
        throw new IllegalStateException("unexpected class " + name + " in a cache entry");
      }
      classes.add(CLASSES.computeIfAbsent(name, RecordDecoder::load));
      return classes.get(index);
    }
    int index = count();
    if (index >= classes.size()) throw new IllegalStateException("unknown class index in a cache entry");
    return classes.get(index);
  }

  private String string() {
    int n = count();
    String s = new String(in, at, n, StandardCharsets.UTF_8);
    at += n;
    return s;
  }

  private int count() {
    long n = varlong();
    // Every element and every byte takes at least one byte: a larger count is damage.
    if (n < 0 || n > in.length - at) throw new IllegalStateException("bad length in a cache entry");
    return (int) n;
  }

  private long varlong() {
    long z = 0;
    for (int shift = 0; ; shift += 7) {
      int b = next();
      z |= (long) (b & 0x7F) << shift;
      if ((b & 0x80) == 0) break;
      if (shift > 63) throw new IllegalStateException("bad number in a cache entry");
    }
    return (z >>> 1) ^ -(z & 1);
  }

  private long fixed() {
    long v = 0;
    for (int i = 0; i < 8; i++) v |= (long) next() << (8 * i);
    return v;
  }

  private int next() {
    if (at >= in.length) throw new IllegalStateException("a cache entry ends early");
    return in[at++] & 0xff;
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name, false, RecordCodec.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("unknown class " + name + " in a cache entry", e);
    }
  }
}
