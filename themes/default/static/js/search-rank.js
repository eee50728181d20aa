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

/** Results ranked when a query runs: a page and more, as SearchPage shows 20 and pages follow. */
const FIRST = 128;

class Ranked {
  constructor(docs, scores) {
    const m = docs.length, keys = new Float64Array(m);
    // Exact integers below 2^53: 31 bits of score (1e-5 steps, scores stay far below 21,000) × 2^21 docs.
    // The smallest FIRST keys are kept in a max-heap as the keys are made, so the first page costs
    // no pass over the matches beyond this one (a selection would make several).
    const k = Math.min(m, FIRST), heap = new Float64Array(k);
    for (let i = 0; i < m; i++) {
      const key = (2147483648 - Math.round(scores[docs[i]] * 1e5)) * DOCS + docs[i];
      keys[i] = key;
      if (i < k) siftUp(heap, i, key);
      else if (key < heap[0]) siftDown(heap, k, key);
    }
    this.keys = keys;
    this.length = m;
    heap.sort();
    this.out = new Int32Array(k); // grows as pages are read
    for (let i = 0; i < k; i++) this.out[i] = heap[i] % DOCS;
    this.done = k; // out[0, done) are the docs of the smallest keys, in order
  }

  /** Ranks at least the first {@code k}: the smallest keys selected, then sorted (keys holds them all). */
  upTo(k) {
    if (k <= this.done) return;
    const keys = this.keys;
    // Rank ahead (pages follow each other); from a quarter of the matches, sorting them all is cheaper.
    let to = Math.min(this.length, Math.max(k, 2 * this.done));
    if (to * 4 > this.length) to = this.length;
    else select(keys, 0, this.length, to - 1);
    keys.subarray(0, to).sort();
    const out = new Int32Array(to);
    out.set(this.out.subarray(0, this.done));
    for (let i = this.done; i < to; i++) out[i] = keys[i] % DOCS;
    this.out = out;
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

/** Adds {@code key} at {@code i} of max-heap {@code h} (h[0, i) a heap). */
function siftUp(h, i, key) {
  while (i > 0) {
    const parent = (i - 1) >> 1;
    if (h[parent] >= key) break;
    h[i] = h[parent];
    i = parent;
  }
  h[i] = key;
}

/** Replaces the largest key of max-heap {@code h} (its first {@code n}) with a smaller {@code key}. */
function siftDown(h, n, key) {
  let i = 0;
  for (;;) {
    let c = 2 * i + 1;
    if (c >= n) break;
    if (c + 1 < n && h[c + 1] > h[c]) c++;
    if (h[c] <= key) break;
    h[i] = h[c];
    i = c;
  }
  h[i] = key;
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
