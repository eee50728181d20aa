// SearchIndex's lookups (search-core.js): a word's entry in the sorted blocks, the hashed slots or
// its synonym group's record, a pair's, and the postings of an entry. They come with the first query
// with words (search-query.js imports this module), so a page listing every incident, which needs
// none of them, does not download them; the page asks for this module early when the address holds
// a query.
import { SearchIndex } from "./search-core.js";
import { inflateRaw } from "./search-transport.js";
import { Reader, slotBody } from "./search-codec.js";

// Written as a subclass for the method syntax only: its methods become SearchIndex's own.
class Lookups extends SearchIndex {
  /** The entries of the block holding {@code term} (or, with {@code next}, of the block after it). */
  block(term, next = 0) {
    const i = blockOf(this.m.terms.k, term) + next;
    return i < this.roots.length ? this.leaf(this.m.terms.f, this.roots[i]) : Promise.resolve([]);
  }

  leaf(files, at) {
    const t = this.m.terms;
    return this.once("b" + at.join(","), async () => {
      const entries = decodeBlock(await this.t.inflated(files[at[0]], at[1], at[2]), t.i);
      for (const e of entries) e.pf = t.pf;
      return entries;
    });
  }

  /** The entry of a word in one document (hashed slots), or null. */
  slot(dict, term) {
    const b = fnv1a(term) % dict.k, part = Math.floor(b / dict.per);
    return this.once("s" + dict.f[part] + "/" + b, async () => {
      const bytes = await this.t.range(dict.f[part], (b % dict.per) * dict.s, dict.s);
      const entries = decodeBlock(await inflateRaw(slotBody(bytes)), dict.i);
      for (const e of entries) e.pf = dict.pf;
      return entries;
    }).then((entries) => find(entries, term));
  }

  /**
   * A word's entry: a word a synonym group expands to from the record the export's map (m.sy.w)
   * names, common words from the sorted blocks, words of one document from their slots. The maps
   * are the writer's own: it put every word and pair of them that the index has in the record they
   * name, so one missing there is absent, and no block or slot is read for the expansions of a
   * synonym the corpus lacks (a request each, a round trip later than the page's early ones).
   */
  word(term) {
    const g = this.cover && this.cover.words.get(term);
    if (g !== undefined) return this.once("w" + term, async () => find((await this.group(g)).words, term));
    return this.once("w" + term, async () => find(await this.block(term), term) || (await this.slot(this.m.rare, term)));
  }

  pair(term) {
    const g = this.cover && this.cover.pairs.get(term);
    if (g !== undefined) return this.once("p" + term, async () => find((await this.group(g)).pairs, term));
    return this.m.pairs ? this.once("p" + term, () => this.slot(this.m.pairs, term)) : Promise.resolve(null);
  }

  /** Synonym group {@code g}'s record (SynonymEntries): {words, pairs} entries, sorted. */
  group(g) {
    return this.once("y" + g, async () => {
      const sy = this.m.sy, at = sy.a[g], bytes = await this.t.inflated(sy.f[at[0]], at[1], at[2]);
      const r = new Reader(bytes), n = r.varint();
      const words = decodeBlock(bytes.subarray(r.pos, r.pos + n), this.m.terms.i);
      const pairs = this.m.pairs ? decodeBlock(bytes.subarray(r.pos + n), this.m.pairs.i) : [];
      for (const e of words) e.pf = this.m.terms.pf;
      for (const e of pairs) e.pf = this.m.pairs.pf;
      return { words, pairs };
    });
  }

  /** Doc ids (ascending) and scores of an entry. */
  post(e) {
    if (e.inline) return Promise.resolve(e.inline);
    if (!e.posting) {
      const [part, offset, length, deflated] = e.at;
      e.posting = this.t.range(e.pf[part], offset, length).then(async (b) => {
        e.inline = decodePostings(deflated ? await inflateRaw(b) : b, e, this.n);
        return e.inline;
      });
    }
    return e.posting;
  }

}

for (const name of Object.getOwnPropertyNames(Lookups.prototype)) {
  if (name !== "constructor" && !Object.hasOwn(SearchIndex.prototype, name)) {
    Object.defineProperty(SearchIndex.prototype, name, Object.getOwnPropertyDescriptor(Lookups.prototype, name));
  }
}

// ---- decoders of dictionary entries and postings (formats in io.github.pmkb.search.export) ----

/** An IEEE half-precision float (Bytes.half in Java). */
export function half(h) {
  const exp = (h >> 10) & 0x1f, mant = h & 0x3ff;
  if (exp === 0) return mant * 2 ** -24;
  return (1 + mant / 1024) * 2 ** (exp - 15);
}

/** 32-bit FNV-1a over UTF-16 units: the bucket of a hashed dictionary (HashedDictionary.hash). */
export function fnv1a(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * A dictionary block (TermEntries): [{term, df, min, range, inline: {docs, scores} | null,
 * at: [part, offset, length, deflated] | null}] in term order.
 */
export function decodeBlock(bytes, inlineDf) {
  const r = new Reader(bytes);
  const count = r.varint(), out = new Array(count);
  let prev = "";
  for (let i = 0; i < count; i++) {
    const p = r.varint(), n = r.varint();
    const term = prev.slice(0, p) + r.utf8(n);
    prev = term;
    const df = r.varint(), min = half(r.u16()), range = df > 1 ? half(r.u16()) : 0;
    const e = { term, df, min, range, inline: null, at: null };
    if (df <= inlineDf) {
      const docs = new Int32Array(df), scores = new Float32Array(df), scale = range / 255;
      let d = 0;
      for (let k = 0; k < df; k++) {
        d += r.varint();
        docs[k] = d;
        scores[k] = df > 1 ? min + r.u8() * scale : min;
      }
      e.inline = { docs, scores };
    } else {
      const part = r.varint(), offset = r.varint(), len = r.varint();
      e.at = [part, offset, Math.floor(len / 2), len % 2 === 1];
    }
    out[i] = e;
  }
  return out;
}

/** The entry of {@code term} in decoded {@code entries} (sorted), or null. */
export function find(entries, term) {
  let lo = 0, hi = entries.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1, t = entries[mid].term;
    if (t === term) return entries[mid];
    if (t < term) lo = mid + 1; else hi = mid - 1;
  }
  return null;
}

/** A postings record (inflated): ascending doc ids and their scores. */
export function decodePostings(bytes, e, n) {
  const docs = new Int32Array(e.df), scores = new Float32Array(e.df), scale = e.range / 255;
  let pos = 1;
  if (bytes[0] & 1) {
    const len = (n + 7) >> 3;
    let i = 0;
    for (let byte = 0; byte < len; byte++) {
      let v = bytes[1 + byte];
      while (v) {
        const bit = 31 - Math.clz32(v & -v);
        docs[i++] = byte * 8 + bit;
        v &= v - 1;
      }
    }
    pos = 1 + len;
  } else {
    const r = new Reader(bytes, 1);
    let d = 0;
    for (let i = 0; i < e.df; i++) {
      d += r.varint();
      docs[i] = d;
    }
    pos = r.pos;
  }
  if (bytes[0] & 2) {
    // Only the best documents carry an impact; the others score the list's floor.
    scores.fill(e.min);
    const r = new Reader(bytes, pos), k = r.varint();
    for (let j = 0, i = 0; j < k; j++) {
      i += r.varint();
      scores[i] = e.min + r.u8() * scale;
    }
  } else {
    for (let i = 0; i < e.df; i++) scores[i] = e.min + bytes[pos + i] * scale;
  }
  return { docs, scores };
}

/** Index of the last key ≤ {@code term} in sorted {@code keys} (keys[0] is ""). */
export function blockOf(keys, term) {
  let lo = 0, hi = keys.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (keys[mid] <= term) lo = mid; else hi = mid - 1;
  }
  return lo;
}
