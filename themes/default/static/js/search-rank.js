// Ranking of a query's matches (search-eval.js scores them): a page of results at a time, by
// falling score, ties by doc id as Lucene breaks them.

/**
 * Doc ids by falling score, ties by doc id (as Lucene breaks them), ranked as far as they are
 * read: a page of results costs a selection over the matches, not a sort of all of them (tens of
 * thousands for a common word at 100k). Reads like an Int32Array: length, subarray, iteration.
 */
export function rank(docs, scores) {
  return new Ranked(docs, scores);
}

/** (score, doc) packed into one number, so typed arrays order them natively. */
const DOCS = 2097152;

class Ranked {
  constructor(docs, scores) {
    // Exact integers below 2^53: 31 bits of score (1e-5 steps, scores stay far below 21,000) × 2^21 docs.
    this.keys = new Float64Array(docs.length);
    for (let i = 0; i < docs.length; i++) this.keys[i] = (2147483648 - Math.round(scores[docs[i]] * 1e5)) * DOCS + docs[i];
    this.out = new Int32Array(docs.length);
    this.length = docs.length;
    this.done = 0; // keys[0, done) are the smallest, sorted, and out[0, done) their docs
  }

  /** Ranks at least the first {@code k}: the next smallest keys selected, then sorted. */
  upTo(k) {
    if (k <= this.done) return;
    const keys = this.keys, from = this.done;
    // Rank ahead (pages follow each other); from a quarter of the matches, sorting the rest is cheaper.
    let to = Math.min(this.length, Math.max(k, 2 * from, 128));
    if (to * 4 > this.length) to = this.length;
    else select(keys, from, this.length, to - 1);
    keys.subarray(from, to).sort();
    for (let i = from; i < to; i++) this.out[i] = keys[i] % DOCS;
    this.done = to;
  }

  subarray(from, to = this.length) {
    this.upTo(Math.min(to, this.length));
    return this.out.subarray(from, to);
  }

  [Symbol.iterator]() {
    return this.subarray(0)[Symbol.iterator]();
  }
}

/** Hoare's selection: a[lo, hi) rearranged so that a[k] is in its sorted place, smaller keys before it (all distinct). */
function select(a, lo, hi, k) {
  hi--;
  while (hi > lo) {
    const x = a[lo], y = a[(lo + hi) >> 1], z = a[hi];
    const pivot = x < y ? (y < z ? y : x < z ? z : x) : (x < z ? x : y < z ? z : y);
    let i = lo, j = hi;
    while (i <= j) {
      while (a[i] < pivot) i++;
      while (a[j] > pivot) j--;
      if (i <= j) { const t = a[i]; a[i] = a[j]; a[j] = t; i++; j--; }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}
