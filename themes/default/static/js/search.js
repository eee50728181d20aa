// The search page: results as you type over the exported index (search-core.js). Content is only
// ever inserted with textContent, never as HTML, so a title like <img onerror=…> stays text.
import { SearchIndex } from "./search-core.js";
import { minutesText, natural } from "./search-codec.js";
import { analyze } from "./search-analyzer.js";

/** The filters that are ranges (search-facets.js). */
const DATE = "date", DURATION = "duration";

/** Results per page; snippets load only for rows on screen. */
const PAGE = 20;
/** Values a filter shows before its "Show all" button. */
const SHOWN_VALUES = 8;
const DEBOUNCE_MS = 120;

const $ = (id) => document.getElementById(id);
const form = $("search-form"), input = $("search-q"), sortSelect = $("search-sort"), status = $("search-status");
const list = $("search-results"), panel = $("search-facets"), groups = $("search-facet-groups"), more = $("search-more");
// The script sits in <root>/js/, so the index is <root>/search/ wherever the site is published.
const root = new URL("../", import.meta.url);
const index = new SearchIndex(new URL("search/", root).href);
const inline = $("search-manifest");
const filters = new Map(); // dim -> Set of values
const ranges = { date: { from: "", to: "" }, duration: { min: "", max: "" } };
const expanded = new Set();
let timer = 0, generation = 0, last = null, shown = 0;

const seen = "IntersectionObserver" in window ? new IntersectionObserver((entries) => {
  for (const e of entries) if (e.isIntersecting) { seen.unobserve(e.target); fillSnippet(e.target); }
}, { rootMargin: "200px" }) : null;

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function filterList() {
  const out = [...filters].map(([dim, vs]) => ({ dim, values: [...vs] }));
  if (ranges.date.from || ranges.date.to) out.push({ dim: DATE, from: ranges.date.from, to: ranges.date.to });
  const { min, max } = ranges.duration;
  if (min !== "" || max !== "") out.push({ dim: DURATION, min: min === "" ? null : +min, max: max === "" ? null : +max });
  return out;
}

function stateUrl() {
  const u = new URL(location.href);
  u.search = "";
  if (input.value) u.searchParams.set("q", input.value);
  if (sortSelect.value !== "relevance") u.searchParams.set("sort", sortSelect.value);
  for (const [dim, vs] of filters) for (const v of vs) u.searchParams.append("f", dim + ":" + v);
  for (const [k, v] of [["from", ranges.date.from], ["to", ranges.date.to], ["dmin", ranges.duration.min], ["dmax", ranges.duration.max]]) {
    if (v !== "") u.searchParams.set(k, v);
  }
  return u.href;
}

function readUrl() {
  const p = new URLSearchParams(location.search);
  input.value = p.get("q") || "";
  sortSelect.value = p.get("sort") === "date" ? "date" : "relevance";
  filters.clear();
  for (const f of p.getAll("f")) {
    const i = f.indexOf(":");
    if (i > 0) toggle(f.slice(0, i), f.slice(i + 1), true);
  }
  ranges.date = { from: p.get("from") || "", to: p.get("to") || "" };
  ranges.duration = { min: p.get("dmin") || "", max: p.get("dmax") || "" };
}

function toggle(dim, value, on) {
  if (on) {
    if (!filters.has(dim)) filters.set(dim, new Set());
    filters.get(dim).add(value);
  } else {
    filters.get(dim)?.delete(value);
    if (filters.get(dim)?.size === 0) filters.delete(dim);
  }
}

async function run(push, asTyped) {
  const g = ++generation;
  const q = input.value;
  if (push) history.pushState(null, "", stateUrl());
  else history.replaceState(null, "", stateUrl());
  // One character matches too much to be useful while typing; Enter still searches it.
  if (asTyped && q.trim().length === 1) return;
  const t0 = performance.now();
  const r = await index.search(q, { prefix: asTyped ? "typing" : "missing", filters: filterList(), sort: sortSelect.value });
  document.body.dataset.searchMs = (performance.now() - t0).toFixed(2);
  if (g !== generation) return; // a newer query started meanwhile
  last = r;
  showStatus(q, r);
  list.replaceChildren();
  shown = 0;
  const facets = panel.open ? showFacets(r, g) : null;
  await showMore(r, g);
  await facets;
  if (g === generation) showCorrectedWords();
}

function showStatus(q, r) {
  status.replaceChildren();
  if (r.corrections.length) {
    const p = el("span", "Showing results for ", "search-corrected");
    r.corrections.forEach((c, i) => {
      if (i > 0) p.append(", ");
      const strong = el("strong", c.to);
      strong.dataset.term = c.to;
      p.append(strong, " (you typed " + c.from + ")");
    });
    p.append(". ");
    status.append(p);
  }
  const n = r.matches.length;
  if (n === 0) {
    status.append(el("span", "No incidents match" + (q.trim() ? " \u201c" + q + "\u201d" : "") +
      ". Try fewer or other words, remove filters, or browse by tag.", "search-empty"));
  } else {
    const what = n === 1 ? "1 incident" : n.toLocaleString("en") + " incidents";
    status.append(q.trim() ? what : what + ", newest first");
  }
}

/** The next page of rows: cards first (the rows show), snippets as each row comes into view. */
async function showMore(r, g) {
  const docs = Array.from(r.matches.subarray(shown, shown + PAGE));
  shown += docs.length;
  more.hidden = r.matches.length <= shown;
  const cards = await Promise.all(docs.map((d) => index.card(d)));
  if (g !== generation) return;
  const items = cards.map((c) => {
    const li = el("li");
    li.dataset.doc = c.doc;
    const a = el("a", c.title || c.url, "title");
    a.href = new URL(c.url, root).href;
    const meta = el("div", "", "meta");
    if (c.date) meta.append(el("time", c.date));
    const facts = [c.severity, minutesText(c.minutes), c.rootCause.replace(/-/g, " ")].filter((x) => x && x !== "unknown");
    if (facts.length) meta.append(el("span", facts.join(" \u00b7 ")));
    li.append(a, meta, el("p", "", "snippet"));
    return li;
  });
  list.append(...items);
  if (!document.body.dataset.firstResults) document.body.dataset.firstResults = performance.now().toFixed(0);
  for (const li of items) seen ? seen.observe(li) : fillSnippet(li);
}

async function fillSnippet(li) {
  const g = generation, r = last;
  if (!r) return;
  const parts = await index.snippet(+li.dataset.doc, r.terms);
  if (g !== generation) return;
  li.querySelector(".snippet").replaceChildren(...parts.map((p) => (p.hit ? el("mark", p.text) : document.createTextNode(p.text))));
  showCorrectedWords();
}

/** The notice names corrected terms as they appear in the results ("memory", not the stem "memori"). */
function showCorrectedWords() {
  for (const strong of status.querySelectorAll("strong[data-term]")) {
    const mark = [...list.querySelectorAll("mark")].find((m) => analyze(m.textContent).some((t) => t.startsWith(strong.dataset.term)));
    if (mark) strong.textContent = mark.textContent.toLowerCase();
  }
}

async function showFacets(r, g) {
  const facets = await (await index.facets()).open();
  if (g !== generation) return;
  const counts = facets.counts(r.unfiltered, filterList());
  const boxes = [];
  for (const d of facets.dims) {
    const selected = filters.get(d.id) || new Set();
    const values = (counts[d.id] || []).filter((v) => v.count > 0 || selected.has(v.value));
    for (const v of selected) if (!values.some((x) => x.value === v)) values.push({ value: v, count: 0 });
    if (values.length === 0) continue; // no empty boxes
    const fs = el("fieldset");
    fs.dataset.dim = d.id;
    fs.append(el("legend", d.label));
    const ul = el("ul");
    const open = expanded.has(d.id);
    values.forEach((v, i) => {
      const li = el("li");
      if (i >= SHOWN_VALUES && !open && !selected.has(v.value)) li.hidden = true;
      const label = el("label");
      const box = el("input");
      box.type = "checkbox";
      box.value = v.value;
      box.checked = selected.has(v.value);
      box.addEventListener("change", () => { toggle(d.id, v.value, box.checked); run(true, false); });
      label.append(box, " " + (d.words ? v.value.replace(/-/g, " ") : v.value) + " ", el("span", String(v.count), "n"));
      li.append(label);
      ul.append(li);
    });
    fs.append(ul);
    const col = facets.columns[d.id];
    if (values.length > SHOWN_VALUES || (col && !col.complete)) {
      const all = el("button", open ? "Show fewer" : "Show all " + (col && !col.complete ? d.n : values.length), "search-all-values");
      all.type = "button";
      all.addEventListener("click", async () => {
        if (open) expanded.delete(d.id); else expanded.add(d.id);
        if (!open) await facets.full(d.id);
        if (last) await showFacets(last, generation);
      });
      fs.append(all);
    }
    boxes.push(fs);
  }
  boxes.push(rangeBox("Year", DATE, counts[DATE].filter((y) => y.count > 0).map((y) => y.value).sort(natural),
    ranges.date, "from", "to", (y) => [y, y]));
  const b = index.m.facets.duration.b;
  boxes.push(rangeBox("Duration", DURATION, b.map(String), ranges.duration, "min", "max", (m) => [m, minutesText(+m)],
    "at least", "at most"));
  groups.replaceChildren(...boxes.filter((x) => x));
}

/** Two selects, from and to, over ordered {@code values}; [value, label] from {@code show}. */
function rangeBox(title, dim, values, state, lo, hi, show, loLabel = "from", hiLabel = "to") {
  if (values.length === 0 && !state[lo] && !state[hi]) return null;
  const fs = el("fieldset", "", "search-range");
  fs.dataset.dim = dim;
  fs.append(el("legend", title));
  for (const [key, label] of [[lo, loLabel], [hi, hiLabel]]) {
    const l = el("label", label + " ");
    const s = el("select");
    s.name = dim + "-" + key;
    s.append(Object.assign(el("option", "any"), { value: "" }));
    for (const v of values) {
      const [value, text] = show(v);
      s.append(Object.assign(el("option", text), { value }));
    }
    s.value = state[key];
    s.addEventListener("change", () => { state[key] = s.value; run(true, false); });
    l.append(s);
    fs.append(l);
  }
  return fs;
}

input.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(() => run(false, true), DEBOUNCE_MS);
});
form.addEventListener("submit", (e) => {
  e.preventDefault();
  clearTimeout(timer);
  run(true, false);
});
sortSelect.addEventListener("change", () => run(true, false));
panel.addEventListener("toggle", () => { if (panel.open && last) showFacets(last, generation); });
more.addEventListener("click", () => { if (last) showMore(last, generation); });

// Keyboard: arrows move between the box and result links; Escape returns to the box.
document.addEventListener("keydown", (e) => {
  const links = [...list.querySelectorAll("li a.title")];
  const at = links.indexOf(document.activeElement);
  if (e.key === "ArrowDown" && (document.activeElement === input || at >= 0)) {
    e.preventDefault();
    links[Math.min(at + 1, links.length - 1)]?.focus();
  } else if (e.key === "ArrowUp" && at >= 0) {
    e.preventDefault();
    (at === 0 ? input : links[at - 1]).focus();
  } else if (e.key === "Escape" && at >= 0) {
    input.focus();
  }
});
window.addEventListener("popstate", () => { readUrl(); run(false, false); });

readUrl();
if (filters.size || ranges.date.from || ranges.date.to || ranges.duration.min || ranges.duration.max) panel.open = true;
document.documentElement.classList.add("search-ready");
index.init(inline ? JSON.parse(inline.dataset.json) : undefined).then(() => run(false, false)).catch((e) => {
  status.textContent = "Search is unavailable: " + e.message;
});

/** The page's engine, for bench/ChromiumTiming.java to time queries once the data is there. */
export { index };
