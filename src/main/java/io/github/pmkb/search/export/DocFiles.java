package io.github.pmkb.search.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.zip.Deflater;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import io.github.pmkb.index.Fields;
import io.github.pmkb.index.WholeIndex;

/**
 * The result rows' file, in fixed-size slots so that the page computes where a document's row is
 * from its doc id alone and asks for it in the same round trip as the others on screen. Slot
 * {@code d} of {@code r.<hash>.bin} is document {@code d}'s row, in two parts:
 *
 * <ul>
 *   <li>its card, {@code c} bytes: UTF-8 JSON {@code [url, title, date, severity, rootCause,
 *       minutes]} padded with spaces ({@code url} without the prefix and suffix all URLs share,
 *       {@code minutes} the duration or -1). {@code c} fits 99% of the cards; longer titles are
 *       shortened to fit.
 *   <li>its snippet text, {@link #TEXT_SLOT} bytes: a little-endian uint16 length, then the
 *       raw-deflated start of the document's plain text, as much as fits, cut at a word boundary.
 * </ul>
 *
 * Every row shown needs both, so one range reads a row. Manifest entry: {@code "rows":{"f":[parts],
 * "s":slot,"c":card bytes,"per":slots per part,"u":[prefix,suffix]}}.
 */
final class DocFiles {
  /** Bytes of a text slot: about 1,100 characters of English prose, read for each row on screen. */
  static final int TEXT_SLOT = 512;

  private DocFiles() {}

  /**
   * One document's stored values, read once; of its body only the text slot ({@link #TEXT_SLOT}
   * bytes at most, made as it is read: every body at once would be most of the export's memory).
   */
  record Doc(String url, String title, String date, byte[] text, long minutes) {}

  static List<Doc> docs(WholeIndex whole, Function<String, String> urlOfSlug) throws IOException {
    StoredFields stored = whole.storedFields();
    List<Doc> out = new ArrayList<>(whole.maxDoc());
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION, true);
    byte[] text = new byte[TEXT_SLOT];
    byte[] scratch = new byte[TEXT_SLOT * 4];
    for (int d = 0; d < whole.maxDoc(); d++) {
      Document doc = stored.document(d);
      IndexableField minutes = doc.getField(Fields.DURATION_MINUTES);
      Arrays.fill(text, (byte) 0);
      int length = fit(orEmpty(doc.get(Fields.BODY)), deflater, scratch, text);
      text[0] = (byte) length;
      text[1] = (byte) (length >>> 8);
      int end = text.length;
      while (end > 2 && text[end - 1] == 0) end--; // the slot's zero padding is not kept
      out.add(new Doc(urlOfSlug.apply(doc.get(Fields.SLUG)), orEmpty(doc.get(Fields.TITLE)), orEmpty(doc.get(Fields.DATE_ISO)),
          Arrays.copyOf(text, end), minutes == null ? -1 : minutes.numericValue().longValue()));
    }
    deflater.end();
    return out;
  }

  /** Per document and dimension, its values (from the facet doc values, as Lucene counts them). */
  static List<Map<String, List<String>>> facets(WholeIndex whole) throws IOException {
    List<Map<String, List<String>>> out = new ArrayList<>();
    for (int d = 0; d < whole.maxDoc(); d++) out.add(new TreeMap<>());
    SortedSetDocValues dv = whole.sortedSet(FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    if (dv == null) return out;
    for (int d = dv.nextDoc(); d != SortedSetDocValues.NO_MORE_DOCS; d = dv.nextDoc()) {
      for (int i = 0; i < dv.docValueCount(); i++) {
        String[] path = FacetsConfig.stringToPath(dv.lookupOrd(dv.nextOrd()).utf8ToString());
        if (path.length == 2) out.get(d).computeIfAbsent(path[0], k -> new ArrayList<>()).add(path[1]);
      }
    }
    return out;
  }

  /** The documents' cards, all {@code slot} bytes or shorter, and the prefix and suffix their URLs leave out. */
  private record Cards(List<byte[]> cards, int slot, String prefix, String suffix) {}

  /** Writes the row slots; returns the manifest entry. */
  static String rows(List<Doc> docs, List<Map<String, List<String>>> facets, ExportFiles files) {
    Cards cards = cards(docs, facets);
    int slot = cards.slot() + TEXT_SLOT;
    Pack pack = new Pack("r", files);
    byte[] row = new byte[slot];
    for (int i = 0; i < docs.size(); i++) {
      byte[] c = cards.cards().get(i);
      Arrays.fill(row, (byte) 0);
      Arrays.fill(row, 0, cards.slot(), (byte) ' ');
      System.arraycopy(c, 0, row, 0, c.length);
      byte[] text = docs.get(i).text();
      System.arraycopy(text, 0, row, cards.slot(), text.length);
      pack.add(row, slot);
    }
    Json j = new Json().raw("{\"f\":");
    Pack.names(j, pack.finish()).raw(",\"s\":").num(slot).raw(",\"c\":").num(cards.slot()).raw(",\"per\":")
        .num(files.partLimit() / slot).raw(",\"u\":[").str(cards.prefix()).raw(",").str(cards.suffix()).raw("]}");
    return j.toString();
  }

  private static Cards cards(List<Doc> docs, List<Map<String, List<String>>> facets) {
    String prefix = docs.isEmpty() ? "" : docs.get(0).url();
    String suffix = prefix;
    for (Doc d : docs) {
      prefix = prefix.substring(0, TermEntries.commonPrefix(prefix, d.url()));
      int s = 0;
      while (s < suffix.length() && s < d.url().length()
          && suffix.charAt(suffix.length() - 1 - s) == d.url().charAt(d.url().length() - 1 - s)) s++;
      suffix = suffix.substring(suffix.length() - s);
    }
    List<byte[]> cards = new ArrayList<>(docs.size());
    for (int i = 0; i < docs.size(); i++) {
      Doc d = docs.get(i);
      String url = d.url().substring(prefix.length(), Math.max(prefix.length(), d.url().length() - suffix.length()));
      cards.add(card(url, d.title(), d, facets.get(i)));
    }
    int[] lengths = cards.stream().mapToInt(c -> c.length).sorted().toArray();
    int slot = lengths.length == 0 ? 2 : lengths[Math.min(lengths.length - 1, (int) Math.ceil(lengths.length * 0.99) - 1)];
    for (int i = 0; i < cards.size(); i++) {
      if (cards.get(i).length <= slot) continue;
      Doc d = docs.get(i);
      String url = d.url().substring(prefix.length(), Math.max(prefix.length(), d.url().length() - suffix.length()));
      int[] cps = d.title().codePoints().toArray();
      byte[] c = card(url, "", d, facets.get(i));
      for (int keep = cps.length - 1; keep >= 0; keep--) {
        byte[] shorter = card(url, new String(cps, 0, keep) + "\u2026", d, facets.get(i));
        if (shorter.length <= slot) {
          c = shorter;
          break;
        }
      }
      cards.set(i, c);
      slot = Math.max(slot, c.length);
    }
    return new Cards(cards, slot, prefix, suffix);
  }

  private static byte[] card(String url, String title, Doc d, Map<String, List<String>> f) {
    return new Json().raw("[").str(url).raw(",").str(title).raw(",").str(d.date()).raw(",")
        .str(first(f.get(Fields.FACET_SEVERITY))).raw(",").str(first(f.get(Fields.FACET_ROOT_CAUSE))).raw(",")
        .num(d.minutes()).raw("]").toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Deflates the longest start of {@code text} (cut before a space) that fits the slot after its
   * two length bytes, into {@code slot} from byte 2; returns its deflated length. A few tries,
   * each guessing the cut from the last try's compression ratio.
   */
  private static int fit(String text, Deflater deflater, byte[] out, byte[] slot) {
    int room = slot.length - 2;
    int chars = Math.min(text.length(), room * 2);
    int bestChars = -1;
    int bestLength = 0;
    for (int attempt = 0; attempt < 6 && chars > 0; attempt++) {
      int cut = wordCut(text, chars);
      byte[] utf8 = text.substring(0, cut).getBytes(StandardCharsets.UTF_8);
      deflater.reset();
      deflater.setInput(utf8);
      deflater.finish();
      int n = 0;
      while (!deflater.finished() && n < out.length) n += deflater.deflate(out, n, out.length - n);
      boolean fits = deflater.finished() && n <= room;
      if (fits && cut > bestChars) {
        bestChars = cut;
        bestLength = n;
        System.arraycopy(out, 0, slot, 2, n);
      }
      if (cut >= text.length() && fits) break;
      int next = (int) (cut * (room / (double) Math.max(1, n)) * (fits ? 0.99 : 0.97));
      if (fits && next <= cut) break;
      chars = Math.min(text.length(), next);
    }
    return bestChars < 0 ? 0 : bestLength;
  }

  /** The largest cut ≤ {@code chars} at a space (or {@code chars} when the text has none before it). */
  private static int wordCut(String text, int chars) {
    if (chars >= text.length()) return text.length();
    for (int i = chars; i > chars / 2; i--) if (Character.isWhitespace(text.charAt(i))) return i;
    return Character.isHighSurrogate(text.charAt(chars - 1)) ? chars - 1 : chars;
  }

  static String first(List<String> vs) {
    return vs == null || vs.isEmpty() ? "" : vs.get(0);
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
