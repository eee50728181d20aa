package io.github.pmkb.build;

import java.io.ByteArrayOutputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import io.github.pmkb.model.StoredText;

/**
 * Our own binary form of pmkb's records, for the build cache: records, enums, strings, numbers,
 * booleans, lists, sets, maps, optionals, {@code java.time} values and stored texts, each written
 * with a one-byte tag, so that front matter's untyped values ({@code Map<String, Object>}) come
 * back as what they were. Records are written component by component in declaration order and
 * rebuilt through their canonical constructor, so their checks and copies run again. A record or
 * enum outside pmkb's own packages, or any type not listed above, cannot be written ({@link
 * Unsupported}): the cache then skips that file and parses it every time.
 *
 * <p>The form follows the records' shape: the cache key includes pmkb's own code, so a record
 * that gains a field is never read from an older cache.
 */
final class RecordCodec {
  /** Where stored texts go when written, and where they come from when read. */
  interface Texts {
    /** The offset of {@code text} in the pack written to; writes it there if it is not yet. */
    long place(StoredText text);

    StoredText at(long offset, int length, byte[] digest);
  }

  /** A value the codec cannot write. */
  static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  static final String OWN = "io.github.pmkb.";
  static final int NULL = 0, STRING = 1, INT = 2, LONG = 3, DOUBLE = 4, TRUE = 5, FALSE = 6, LIST = 7,
      MAP = 8, EMPTY = 9, PRESENT = 10, RECORD = 11, ENUM = 12, DATE = 13, DATE_TIME = 14, TIME = 15,
      DURATION = 16, ZONE = 17, TEXT = 18, SET = 19, BIG_INTEGER = 20, BIG_DECIMAL = 21, BYTES = 22, FLOAT = 23,
      INSTANT = 24, CLASS_REF = 25;

  static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

  /** A record class's components and canonical constructor. */
  record Shape(RecordComponent[] components, Constructor<?> constructor) {
    static Shape of(Class<?> type) {
      RecordComponent[] rc = type.getRecordComponents();
      Class<?>[] types = new Class<?>[rc.length];
      for (int i = 0; i < rc.length; i++) {
        types[i] = rc[i].getType();
        rc[i].getAccessor().setAccessible(true);
      }
      try {
        Constructor<?> c = type.getDeclaredConstructor(types);
        c.setAccessible(true);
        return new Shape(rc, c);
      } catch (NoSuchMethodException e) {
        throw new IllegalStateException("a record without its canonical constructor: " + type, e);
      }
    }
  }

  private RecordCodec() {}

  /** {@code value} in the codec's form; stored texts are placed through {@code texts}. */
  static byte[] encode(Object value, Texts texts) {
    Writer w = new Writer(texts);
    w.value(value);
    return w.out.toByteArray();
  }

  /** The value {@link #encode} wrote; a damaged or foreign input throws {@link IllegalStateException}. */
  static Object decode(byte[] bytes, Texts texts) {
    RecordDecoder r = new RecordDecoder(bytes, texts);
    Object v = r.value();
    if (r.at != bytes.length) throw new IllegalStateException("trailing bytes in a cache entry");
    return v;
  }

  private static final class Writer {
    final ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    final Texts texts;
    final Map<Class<?>, Integer> classes = new HashMap<>();

    Writer(Texts texts) {
      this.texts = texts;
    }

    void value(Object v) {
      if (v == null) {
        out.write(NULL);
      } else if (v instanceof String s) {
        out.write(STRING);
        string(s);
      } else if (v instanceof Integer i) {
        out.write(INT);
        varlong(i);
      } else if (v instanceof Long l) {
        out.write(LONG);
        varlong(l);
      } else if (v instanceof Double d) {
        out.write(DOUBLE);
        fixed(Double.doubleToRawLongBits(d));
      } else if (v instanceof Float f) {
        out.write(FLOAT);
        varlong(Float.floatToRawIntBits(f));
      } else if (v instanceof Boolean b) {
        out.write(b ? TRUE : FALSE);
      } else if (v instanceof Optional<?> o) {
        if (o.isEmpty()) {
          out.write(EMPTY);
        } else {
          out.write(PRESENT);
          value(o.get());
        }
      } else if (v instanceof List<?> list) {
        out.write(LIST);
        varlong(list.size());
        for (Object x : list) value(x);
      } else if (v instanceof Set<?> set) {
        out.write(SET);
        varlong(set.size());
        for (Object x : set) value(x);
      } else if (v instanceof Map<?, ?> map) {
        out.write(MAP);
        varlong(map.size());
        for (Map.Entry<?, ?> e : map.entrySet()) {
          value(e.getKey());
          value(e.getValue());
        }
      } else if (v instanceof StoredText t) {
        long at = texts.place(t);
        out.write(TEXT);
        varlong(at);
        varlong(t.length());
        byte[] digest = t.digest();
        out.write(digest, 0, digest.length);
      } else if (v instanceof Record r) {
        out.write(RECORD);
        classRef(r.getClass());
        for (RecordComponent c : SHAPES.computeIfAbsent(r.getClass(), Shape::of).components()) {
          try {
            value(c.getAccessor().invoke(r));
          } catch (IllegalAccessException | InvocationTargetException e) {
            throw new Unsupported("cannot read " + c + ": " + e);
          }
        }
      } else if (v instanceof Enum<?> e) {
        out.write(ENUM);
        classRef(e.getDeclaringClass());
        string(e.name());
      } else {
        time(v);
      }
    }

    private void time(Object v) {
      if (v instanceof LocalDate d) {
        out.write(DATE);
        varlong(d.toEpochDay());
      } else if (v instanceof LocalDateTime dt) {
        out.write(DATE_TIME);
        varlong(dt.toLocalDate().toEpochDay());
        varlong(dt.toLocalTime().toNanoOfDay());
      } else if (v instanceof LocalTime t) {
        out.write(TIME);
        varlong(t.toNanoOfDay());
      } else if (v instanceof Duration d) {
        out.write(DURATION);
        varlong(d.getSeconds());
        varlong(d.getNano());
      } else if (v instanceof Instant i) {
        out.write(INSTANT);
        varlong(i.getEpochSecond());
        varlong(i.getNano());
      } else if (v instanceof ZoneId z) {
        out.write(ZONE);
        string(z.getId());
      } else if (v instanceof BigInteger b) {
        out.write(BIG_INTEGER);
        string(b.toString());
      } else if (v instanceof BigDecimal b) {
        out.write(BIG_DECIMAL);
        string(b.toString());
      } else if (v instanceof byte[] b) {
        out.write(BYTES);
        varlong(b.length);
        out.write(b, 0, b.length);
      } else {
        throw new Unsupported("cannot cache a " + v.getClass().getName());
      }
    }

    private void classRef(Class<?> c) {
      if (!c.getName().startsWith(OWN)) throw new Unsupported("cannot cache a " + c.getName());
      Integer known = classes.get(c);
      if (known != null) {
        varlong(known);
        return;
      }
      classes.put(c, classes.size());
      out.write(CLASS_REF); // never a valid index below: marks a new name
      varlong(classes.size() - 1);
      string(c.getName());
    }

    private void string(String s) {
      byte[] b = s.getBytes(StandardCharsets.UTF_8);
      varlong(b.length);
      out.write(b, 0, b.length);
    }

    private void varlong(long v) {
      long z = (v << 1) ^ (v >> 63); // zig-zag: small negatives stay short
      while ((z & ~0x7FL) != 0) {
        out.write((int) ((z & 0x7F) | 0x80));
        z >>>= 7;
      }
      out.write((int) z);
    }

    private void fixed(long v) {
      for (int i = 0; i < 8; i++) out.write((int) (v >>> (8 * i)));
    }
  }
}
