// Decoders of the files io.github.pmkb.search.export writes (formats in its javadoc): pure
// functions from bytes to values, no I/O, so Node tests them directly.

const UTF8 = new TextDecoder();

/** Reads LEB128 varints, uint8 and uint16 from {@code bytes} starting at {@code pos}. */
export class Reader {
  constructor(bytes, pos = 0) {
    this.b = bytes;
    this.pos = pos;
  }

  varint() {
    let v = 0, shift = 0, c;
    do {
      c = this.b[this.pos++];
      v += (c & 0x7f) * 2 ** shift;
      shift += 7;
    } while (c & 0x80);
    return v;
  }

  u8() { return this.b[this.pos++]; }

  u16() {
    const v = this.b[this.pos] | (this.b[this.pos + 1] << 8);
    this.pos += 2;
    return v;
  }

  utf8(n) {
    const s = UTF8.decode(this.b.subarray(this.pos, this.pos + n));
    this.pos += n;
    return s;
  }
}

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

/**
 * Where each record of a root level is: {@code l} lengths, {@code p} indices starting a new
 * part; records of one part follow each other from {@code start} ([part, offset]).
 */
export function layout(l, p, start = [0, 0]) {
  const at = new Array(l.length);
  let part = start[0], offset = start[1], k = 0;
  for (let i = 0; i < l.length; i++) {
    if (k < p.length && p[k] === i) { part++; offset = 0; k++; }
    at[i] = [part, offset, l[i]];
    offset += l[i];
  }
  return at;
}

/** A card slot: {url, title, date, severity, rootCause, minutes}. */
export function decodeCard(bytes, u) {
  const [url, title, date, severity, rootCause, minutes] = JSON.parse(UTF8.decode(bytes));
  return { url: u[0] + url + u[1], title, date, severity, rootCause, minutes };
}

/** The deflated part of a fixed slot: a uint16 length, then that many bytes. */
export function slotBody(bytes) {
  return bytes.subarray(2, 2 + (bytes[0] | (bytes[1] << 8)));
}

/** "95 min" as the site writes durations: "1 h 35 min", "2 d 4 h". */
export function minutesText(m) {
  if (m < 0) return "";
  if (m < 60) return m + " min";
  const h = Math.floor(m / 60);
  if (h < 48) return m % 60 === 0 ? h + " h" : h + " h " + (m % 60) + " min";
  const d = Math.floor(h / 24);
  return h % 24 === 0 ? d + " d" : d + " d " + (h % 24) + " h";
}
