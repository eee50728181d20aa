// A fetch() over a local folder for Node tests and the benchmark; counts raw and gzip bytes.
// Honours single "Range: bytes=a-b" requests with 206, as GitHub Pages does for .bin packs.
import { readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";

export function fileFetcher(counter = { files: 0, raw: 0, gzip: 0 }) {
  const fetcher = async (url, init = {}) => {
    let bytes;
    try {
      bytes = await readFile(new URL(url));
    } catch (e) {
      return { ok: false, status: 404 };
    }
    let status = 200;
    const range = init.headers && init.headers.Range && /^bytes=(\d+)-(\d+)$/.exec(init.headers.Range);
    if (range) {
      bytes = bytes.subarray(Number(range[1]), Math.min(bytes.length, Number(range[2]) + 1));
      status = 206;
    }
    counter.files++;
    counter.raw += bytes.length;
    // GitHub Pages compresses text types; binary packs go as they are.
    counter.gzip += url.endsWith(".bin") ? bytes.length : gzipSync(bytes, { level: 6 }).length;
    const text = () => Promise.resolve(bytes.toString("utf8"));
    return { ok: true, status, text, json: () => text().then(JSON.parse),
      arrayBuffer: () => Promise.resolve(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length)) };
  };
  return { fetcher, counter };
}
