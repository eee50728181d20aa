package io.github.pmkb.plan;

import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.HashMap;
import java.util.EnumSet;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import io.github.pmkb.model.Postmortem;
import io.github.pmkb.model.RecordAccessors;
import io.github.pmkb.model.StoredText;
import io.github.pmkb.plan.Views.IncidentSummary;

/**
 * A digest of what a page is made from: its output path, its template and every value of its
 * model ({@link PageSpec#model()}, the parts of a {@link Pages.Deferred} one, which make the page
 * by a pure function). Two pages with the same digest, rendered by the same templates and the
 * same pmkb, have the same bytes, so a build that kept the digests of the site on disk renders
 * only the pages whose digest changed.
 *
 * <p>The walk knows records, lists, sets, maps, optionals, strings, numbers, booleans, enums, dates and
 * zones, and stored texts (by their own digest). A page holding anything else has no digest
 * ({@link #of} gives null): it is always rendered, never wrongly skipped.
 */
public final class ViewDigest {
  /** Bytes of one digest: a 128-bit hash ({@link Hash128}), far from any accidental collision at a site's page count. */
  public static final int BYTES = Hash128.BYTES;


  private final Hash128 md = new Hash128();
  private final byte[] buf = new byte[8192];
  private final Memo shared;
  private int n;

  private ViewDigest(Memo shared) {
    this.shared = shared;
  }

  /**
   * A memo for the digests of the pages of one plan: a postmortem or an incident's summary is
   * walked once, not on each of the many list pages (and the API shard) that show it.
   */
  public static final class Memo {
    private final Map<Object, byte[]> digests = Collections.synchronizedMap(new IdentityHashMap<>());

    private Memo() {}
  }

  /** A new, empty {@link Memo}, for the pages of one plan. */
  public static Memo memo() {
    return new Memo();
  }

  /** The page's digest, or null when its model holds a value this walk does not know. */
  public static byte[] of(PageSpec page) {
    return of(page, memo());
  }

  /** {@link #of(PageSpec)}, sharing {@code memo} ({@link #memo()}) with the other pages of the same plan. */
  public static byte[] of(PageSpec page, Memo memo) {
    ViewDigest d = new ViewDigest(memo);
    d.string(page.outputPath());
    d.string(page.template());
    if (!d.value(page.model())) return null;
    d.flush();
    return d.md.finish();
  }

  /** Feeds {@code v} with a leading tag, so that no two different values give the same bytes. */
  private boolean value(Object v) {
    if (v == null) {
      tag('N');
    } else if (v instanceof String s) {
      string(s);
    } else if (v instanceof Postmortem || v instanceof IncidentSummary) {
      return shared(v);
    } else if (v instanceof Record r) {
      return record(r);
    } else if (unordered(v)) {
      return unorderedValues(v);
    } else if ((v instanceof Set<?> || v instanceof Map<?, ?>) && !ordered(v)) {
      return false; // neither known to be unordered nor known to be ordered
    } else if (v instanceof Collection<?> c) {
      tag('L');
      integer(c.size());
      for (Object o : c) if (!value(o)) return false;
    } else if (v instanceof Map<?, ?> m) {
      tag('M');
      integer(m.size());
      for (Map.Entry<?, ?> e : m.entrySet()) if (!value(e.getKey()) || !value(e.getValue())) return false;
    } else if (v instanceof Optional<?> o) {
      tag('O');
      return value(o.orElse(null));
    } else if (v instanceof Boolean b) {
      tag(b ? 'T' : 'F');
    } else if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
      tag('I');
      longValue(((Number) v).longValue());
    } else if (v instanceof Double || v instanceof Float) {
      tag('D');
      longValue(Double.doubleToLongBits(((Number) v).doubleValue()));
    } else if (v instanceof Character c) {
      tag('C');
      integer(c);
    } else if (v instanceof Enum<?> e) {
      tag('E');
      string(e.getDeclaringClass().getName());
      string(e.name());
    } else if (v instanceof StoredText t) {
      tag('S');
      integer(t.length());
      bytes(t.digest());
    } else if (v instanceof java.util.Date d) {
      tag('W');
      longValue(d.getTime());
    } else if (v instanceof TemporalAccessor || v instanceof TemporalAmount || v instanceof ZoneId || v instanceof BigDecimal
        || v instanceof BigInteger) {
      // Their strings are lossless and name their kind.
      tag('V');
      string(v.getClass().getName());
      string(v.toString());
    } else {
      return false;
    }
    return true;
  }

  /** Feeds the digest of a value many pages show, from the memo or walked once into it. */
  private boolean shared(Object v) {
    byte[] sub = shared.digests.get(v);
    if (sub == null) {
      ViewDigest d = new ViewDigest(shared);
      if (!d.record((Record) v)) return false;
      d.flush();
      sub = d.md.finish();
      shared.digests.put(v, sub);
    }
    tag('H');
    bytes(sub);
    return true;
  }

  /**
   * Hash sets and maps, whose iteration order may differ between runs (keys hashed by identity,
   * such as enums): their elements count, not their order. Only these exact classes: a wrapper
   * or view may keep an order a template prints.
   */
  private static final Set<Class<?>> UNORDERED = Set.of(HashSet.class, HashMap.class, Set.of().getClass(),
      Set.of(1).getClass(), Map.of().getClass(), Map.of(1, 1).getClass());

  private static boolean unordered(Object v) {
    return UNORDERED.contains(v.getClass());
  }

  /** Sets and maps that iterate in an order of their own: fed in that order. */
  private static boolean ordered(Object v) {
    return v instanceof SortedSet<?> || v instanceof LinkedHashSet<?> || v instanceof EnumSet<?>
        || v instanceof SortedMap<?, ?> || v instanceof LinkedHashMap<?, ?> || v instanceof EnumMap<?, ?>;
  }

  /** Feeds the sorted digests of the elements (entries, of a map) of {@code v}. */
  private boolean unorderedValues(Object v) {
    Collection<?> elements = v instanceof Map<?, ?> m ? m.entrySet() : (Collection<?>) v;
    List<byte[]> each = new ArrayList<>(elements.size());
    for (Object o : elements) {
      ViewDigest d = new ViewDigest(shared);
      boolean known = o instanceof Map.Entry<?, ?> e ? d.value(e.getKey()) && d.value(e.getValue()) : d.value(o);
      if (!known) return false;
      d.flush();
      each.add(d.md.finish());
    }
    each.sort(Arrays::compare);
    tag('U');
    integer(each.size());
    for (byte[] b : each) bytes(b);
    return true;
  }

  private boolean record(Record r) {
    tag('R');
    string(r.getClass().getName());
    for (Method m : RecordAccessors.of(r.getClass())) {
      Object component;
      try {
        component = m.invoke(r);
      } catch (ReflectiveOperationException | RuntimeException e) {
        return false;
      }
      if (!value(component)) return false;
    }
    return true;
  }

  private void string(String s) {
    byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
    tag('s');
    integer(utf8.length);
    if (n + utf8.length > buf.length) {
      bytes(utf8);
    } else {
      System.arraycopy(utf8, 0, buf, n, utf8.length);
      n += utf8.length;
    }
  }

  private void bytes(byte[] b) {
    flush();
    md.update(b);
  }

  private void tag(char c) {
    if (n + 1 > buf.length) flush();
    buf[n++] = (byte) c;
  }

  private void integer(int v) {
    if (n + 4 > buf.length) flush();
    buf[n++] = (byte) (v >>> 24);
    buf[n++] = (byte) (v >>> 16);
    buf[n++] = (byte) (v >>> 8);
    buf[n++] = (byte) v;
  }

  private void longValue(long v) {
    integer((int) (v >>> 32));
    integer((int) v);
  }

  private void flush() {
    md.update(buf, 0, n);
    n = 0;
  }
}
