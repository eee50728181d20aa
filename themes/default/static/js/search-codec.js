// Decoders of the files io.github.pmkb.search.export writes (formats in its javadoc): pure
// functions from bytes to values, no I/O, so Node tests them directly. Those of dictionary
// entries and postings are in search-lookup.js, which comes with the first query with words.

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
