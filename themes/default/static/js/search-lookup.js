// SearchIndex's lookups (search-core.js): a word's entry in the sorted blocks, the hashed slots or
// its synonym group's record, a pair's, and the postings of an entry. They come with the first query
// with words (search-query.js imports this module), so a page listing every incident, which needs
// none of them, does not download them; the page asks for this module early when the address holds
// a query.
import { SearchIndex } from "./search-core.js";
import { inflateRaw } from "./search-transport.js";
import { Reader, blockOf, decodeBlock, decodePostings, find, fnv1a, slotBody } from "./search-codec.js";

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
