// The search page: results as you type over the exported index (search-core.js). Content is only
// ever inserted with textContent, never as HTML, so a title like <img onerror=…> stays text.
import { SearchIndex } from "./search-core.js";
import { minutesText } from "./search-codec.js";

/** The filters that are ranges (search-facets.js). */
const DATE = "date", DURATION = "duration";

/** Results per page; rows load as they come on screen. */
const PAGE = 20;
/** A result row's height (title, facts, two lines of snippet), to guess how many fit the screen. */
const ROW_REM = 7.25;
const DEBOUNCE_MS = 120;

const $ = (id) => document.getElementById(id);
const form = $("search-form"), input = $("search-q"), sortSelect = $("search-sort"), status = $("search-status");
const list = $("search-results"), panel = $("search-facets"), groups = $("search-facet-groups"), more = $("search-more");
// The script sits in <root>/js/, so the index is <root>/search/ wherever the site is published.
const root = new URL("../", import.meta.url);
const index = new SearchIndex(new URL("search/", root).href, undefined, window.pmkbEarly);
const inline = document.querySelector("meta[name=pmkb-search]");
const filters = new Map(); // dim -> Set of values
const ranges = { date: { from: "", to: "" }, duration: { min: "", max: "" } };
const expanded = new Set();
const opened = new Set(); // the lazy filter boxes open (search-filters.js)
// Labels as the other pages show them (search.html lists those that differ from the value).
const labels = new Map([...document.querySelectorAll("#search-labels li")].map((li) => [li.dataset.dim + "\u0000" + li.dataset.value, li.textContent]));
const label = (dim, value) => labels.get(dim + "\u0000" + value) ?? value.replace(/-/g, " ");
/** A value as the filters name it: its label where the page has one, else as it is (tags keep their hyphens). */
const named = (dim, value) => labels.get(dim + "\u0000" + value) ?? value;
let timer = 0, generation = 0, last = null, shown = 0, limit = PAGE;
let batches = Promise.resolve();
let notice = Promise.resolve(null);

// The last row shown, watched while the page has more rows to load: once it is wholly on screen,
// the next rows load.
const seen = "IntersectionObserver" in window ? new IntersectionObserver((entries) => {
  for (const e of entries) if (e.intersectionRatio >= 1) { seen.unobserve(e.target); if (last) showMore(last, generation).then(showCorrectedWords); }
}, { threshold: 1 }) : null;

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
  seen?.disconnect();
  shown = 0;
  batches = Promise.resolve(); // a new query does not wait on the last one's rows
  limit = PAGE;
  const facets = panel.open ? showFacets(r, g) : null;
  await showMore(r, g);
  await facets;
  if (g === generation) showCorrectedWords();
}

function showStatus(q, r) {
  status.replaceChildren();
  // A corrected query's notice (search-notice.js, loaded with the first) goes before the count.
  notice = r.corrections.length ? import("./search-notice.js").then((m) => {
    if (last === r) status.prepend(m.notice(q, r.corrections, el));
    return m;
  }) : Promise.resolve(null);
  const n = r.matches.length;
  if (n === 0) {
    status.append(el("span", "No incidents match" + (q.trim() ? " \u201c" + q + "\u201d" : "") +
      ". Try fewer or other words, remove filters, or browse by tag.", "search-empty"));
  } else {
    const what = n === 1 ? "1 incident" : n.toLocaleString("en") + " incidents";
    status.append(q.trim() ? what : what + ", newest first");
  }
}

/**
 * Rows of the page from {@code shown}: first as many as fit the screen, then the rest of the page as the last
 * row comes into view. A row's card and snippet text are asked for together, all rows of a batch at once,
 * so a row appears whole, in one round trip after the postings; each is shown as soon as it and the rows
 * above it are there (no row moves once shown).
 */
function showMore(r, g) {
  // One batch after another: a click on "More" while the observer's batch waits must not put its rows first.
  batches = batches.then(() => appendRows(r, g));
  return batches;
}

async function appendRows(r, g) {
  if (g !== generation) return;
  // A page starts with the rows that fit the screen; the next batch is the rest of the page.
  const count = seen && shown % PAGE === 0 ? Math.min(PAGE, onScreen()) : PAGE;
  const docs = Array.from(r.matches.subarray(shown, Math.min(limit, shown + count)));
  shown += docs.length;
  more.hidden = r.matches.length <= limit;
  const rows = docs.map((d) => Promise.all([index.card(d), index.snippet(d, r.terms)]));
  let li = null;
  for (const pending of rows) {
    const [c, parts] = await pending;
    if (g !== generation) return;
    li = row(c, parts);
    list.append(li);
    if (!document.body.dataset.firstResults) document.body.dataset.firstResults = performance.now().toFixed(0);
  }
  if (li && shown < Math.min(limit, r.matches.length)) seen?.observe(li);
}

/** Rows that fit between the list's top and the bottom of the window, the last one perhaps in part. */
function onScreen() {
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
  const top = Math.max(0, list.getBoundingClientRect().top);
  return Math.max(3, Math.ceil((innerHeight - top) / (ROW_REM * rem)));
}

function row(c, parts) {
  const li = el("li");
  li.dataset.doc = c.doc;
  const a = el("a", c.title || c.url, "title");
  a.href = new URL(c.url, root).href;
  const meta = el("div", "", "meta");
  if (c.date) meta.append(el("time", c.date));
  const cause = c.rootCause && c.rootCause !== "unknown" ? label("root_cause", c.rootCause) : "";
  const facts = [c.severity, minutesText(c.minutes), cause].filter((x) => x && x !== "unknown");
  if (facts.length) meta.append(el("span", facts.join(" \u00b7 ")));
  const p = el("p", "", "snippet");
  p.append(...parts.map((x) => (x.hit ? el("mark", x.text) : document.createTextNode(x.text))));
  li.append(a, meta, p);
  return li;
}

/** Names the corrected words of the notice as the results write them (search-notice.js). */
async function showCorrectedWords() {
  const m = await notice;
  if (m) await m.nameCorrected(status, list);
}

/** The filter panel (search-filters.js, loaded when it first opens). */
async function showFacets(r, g) {
  const chosen = filterList();
  let render, facets;
  try {
    [{ render }, facets] = await Promise.all([import("./search-filters.js"),
      index.facets().then((f) => f.open(r.unfiltered, chosen, opened))]);
  } catch (e) { // read again the next time the panel draws
    if (g === generation) groups.replaceChildren(el("p", "Filters could not load: " + e.message));
    return;
  }
  if (g !== generation) return;
  render(facets, r, {
    filters, ranges, expanded, opened, groups, toggle, el, label, named,
    durations: index.m.facets.duration.b,
    chosen,
    rerun: () => run(true, false),
    refresh: () => last && showFacets(last, generation),
  });
}

input.addEventListener("input", () => {
  index.warm().catch(() => {}); // a failure shows when the query runs
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
more.addEventListener("click", () => {
  if (!last) return;
  limit += PAGE;
  showMore(last, generation).then(showCorrectedWords);
});

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
const unavailable = (e) => { status.textContent = "Search is unavailable: " + e.message; };
index.init(inline ? JSON.parse(inline.content) : undefined).then(() => run(false, false).catch(unavailable), (e) => {
  document.documentElement.classList.remove("search-ready"); // no controls that would do nothing
  unavailable(e);
});

/** The page's engine, for bench/ChromiumTiming.java to time queries once the data is there. */
export { index };
