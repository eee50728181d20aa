// The bench's web server (bench/search-web.sh): serves a built site over HTTP/2 with TLS, as
// GitHub Pages does, answering single byte ranges with 206 and gzipping text types (HTML, CSS,
// JS, JSON, SVG, XML) when not asked for a range; binary files (.bin, Pagefind's .pf_* and wasm)
// go as they are. Prints the port once listening.
// Every response is logged to <log> as "bytes status path [from-to]" (body bytes as sent), so requests
// from Web Workers, which the page's DevTools events do not show, are counted too.
//   node bench/serve-ranges.mjs <site> <key.pem> <cert.pem> <log>
import http2 from "node:http2";
import { appendFileSync } from "node:fs";
import { open, readFile } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import { join, normalize, extname } from "node:path";

const [site, key, cert, log] = process.argv.slice(2);
const sent = (res, status, body, path, range = "") => {
  appendFileSync(log, `${body.length} ${status} ${path}${range && " " + range}\n`);
  res.end(body);
};
const TYPES = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".mjs": "text/javascript",
  ".json": "application/json", ".svg": "image/svg+xml", ".xml": "application/xml", ".txt": "text/plain" };
const server = http2.createSecureServer({ key: await readFile(key), cert: await readFile(cert), allowHTTP1: true });
server.on("request", async (req, res) => {
  let path = decodeURIComponent(new URL(req.url, "https://x").pathname);
  if (path.endsWith("/")) path += "index.html";
  const file = normalize(join(site, path));
  if (!file.startsWith(normalize(site))) { res.writeHead(403); res.end(); return; }
  const type = TYPES[extname(file)];
  const headers = { "content-type": type || "application/octet-stream", "cache-control": "max-age=600", "accept-ranges": "bytes" };
  const range = /^bytes=(\d+)-(\d*)$/.exec(req.headers.range || "");
  let fh, body;
  try {
    fh = await open(file);
    const size = (await fh.stat()).size;
    if (range) {
      // Only the bytes asked for are read: reading a whole pack per request would slow the server
      // down under many small ranges, which a real host does not.
      const from = Number(range[1]), to = Math.min(size - 1, range[2] === "" ? size - 1 : Number(range[2]));
      if (from >= size || to < from) { res.writeHead(416, { "content-range": "bytes */" + size }); res.end(); return; }
      const part = Buffer.alloc(to - from + 1);
      await fh.read(part, 0, part.length, from);
      res.writeHead(206, { ...headers, "content-range": `bytes ${from}-${to}/${size}` });
      sent(res, 206, part, path, from + "-" + to);
      return;
    }
    body = await fh.readFile();
  } catch {
    res.writeHead(404, { "content-type": "text/plain" });
    res.end("not found");
    return;
  } finally {
    await fh?.close();
  }
  if (type && /gzip/.test(req.headers["accept-encoding"] || "")) {
    body = gzipSync(body, { level: 6 });
    headers["content-encoding"] = "gzip";
  }
  res.writeHead(200, headers);
  sent(res, 200, body, path);
});
server.listen(0, "127.0.0.1", () => console.log(server.address().port));
