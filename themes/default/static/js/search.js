// The search page: results as you type over the exported index (search-core.js). Content is only
// ever inserted with textContent, never as HTML, so a title like <img onerror=…> stays text.
import { SearchIndex } from "./search-core.js";
import { analyze } from "./search-analyzer.js";

/** Results shown at first and per "More results": each costs a card shard share and a snippet text. */
const PAGE = 5;
const DEBOUNCE_MS = 120;
const LABELS = { root_cause: "Root cause", severity: "Severity", service: "Service", tag: "Tags", year: "Year" };
const PLURALS = { root_cause: "root causes", severity: "severities", service: "services", tag: "tags", year: "years" };

const form = document.getElementById("search-form");
const input = document.getElementById("search-q");
const sortSelect = document.getElementById("search-sort");
const status = document.getElementById("search-status");
const list = document.getElementById("search-results");
const facetBox = document.getElementById("search-facets");
const facetGroups = document.getElementById("search-facet-groups");
// The script sits in <root>/js/, so the index is <root>/search/ wherever the site is published.
const index = new SearchIndex(new URL("../search/", import.meta.url).href);
const filters = new Map(); // dim -> Set of values
let timer = 0, generation = 0, last = null, shown = PAGE;
const more = el("button", "More results", "search-more");
more.type = "button";
more.hidden = true;
list.after(more);
more.addEventListener("click", () => { shown += PAGE; if (last) showResults(last, generation); });

function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

function filterList() {
  return [...filters].map(([dim, vs]) => ({ dim, values: [...vs] }));
}

function stateUrl() {
  const u = new URL(location.href);
  u.search = "";
  if (input.value) u.searchParams.set("q", input.value);
  if (sortSelect.value !== "relevance") u.searchParams.set("sort", sortSelect.value);
  for (const [dim, vs] of filters) for (const v of vs) u.searchParams.append("f", dim + ":" + v);
  return u.href;
}

function readUrl() {
  const p = new URLSearchParams(location.search);
  input.value = p.get("q") || "";
  sortSelect.value = p.get("sort") === "date" ? "date" : "relevance";
  filters.clear();
  for (const f of p.getAll("f")) {
    const i = f.indexOf(":");
    if (i > 0) addFilter(f.slice(0, i), f.slice(i + 1));
  }
}

function addFilter(dim, value) {
  if (!filters.has(dim)) filters.set(dim, new Set());
  filters.get(dim).add(value);
}

async function run(push, asTyped) {
  const g = ++generation;
  const q = input.value;
  if (push) history.pushState(null, "", stateUrl());
  else history.replaceState(null, "", stateUrl());
  // One character matches too much to be useful while typing; Enter still searches it.
  if (!q.trim() || (asTyped && q.trim().length < 2)) {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = "";
    facetBox.hidden = true;
    return;
  }
  if (filters.size || facetBox.open) await index.init().then(() => index.facets());
  const t0 = performance.now();
  const r = await index.search(q, { prefix: asTyped, filters: filterList(), sort: sortSelect.value });
  const ms = performance.now() - t0;
  if (g !== generation) return; // a newer query started meanwhile
  last = r;
  shown = PAGE;
  document.body.dataset.searchMs = ms.toFixed(2);
  showStatus(q, r);
  facetBox.hidden = false;
  if (facetBox.open) await showFacets(r, g);
  await showResults(r, g);
}

function showStatus(q, r) {
  status.replaceChildren();
  if (r.corrections.length) {
    const p = el("span", "Showing results for ", "search-corrected");
    r.corrections.forEach((c, i) => {
      if (i > 0) p.append(", ");
      const strong = el("strong", c.to);
      strong.dataset.term = c.to;
      p.append(strong);
      p.append(" (you typed " + c.from + ")");
    });
    p.append(". ");
    status.append(p);
  }
  const n = r.matches.length;
  if (n === 0) {
    status.append(el("span", "No incidents match \u201c" + q + "\u201d. Try fewer or other words, remove filters, or browse by tag.", "search-empty"));
  } else {
    status.append(n === 1 ? "1 incident" : n + " incidents");
  }
}

async function showResults(r, g) {
  const docs = Array.from(r.matches.subarray(0, shown));
  more.hidden = r.matches.length <= shown;
  const cards = await Promise.all(docs.map((d) => index.card(d)));
  if (g !== generation) return;
  const items = cards.map((c) => {
    const li = el("li");
    li.dataset.doc = c.doc;
    const a = el("a", c.title || c.url);
    a.href = new URL("../" + c.url, import.meta.url).href;
    const h = el("h2");
    h.append(a);
    const meta = [c.date, c.severity, c.services.join(", "), c.rootCause].filter((x) => x).join(" \u00b7 ");
    const snippet = el("p", "", "snippet");
    li.append(h, el("div", meta, "meta"), snippet);
    return li;
  });
  list.replaceChildren(...items);
  // Snippets follow the cards: results show as soon as postings and cards are in.
  await Promise.all(cards.map(async (c, i) => {
    const parts = await index.snippet(c.doc, r.terms);
    if (g !== generation) return;
    items[i].querySelector(".snippet").replaceChildren(...parts.map((p) => (p.hit ? el("mark", p.text) : document.createTextNode(p.text))));
  }));
  if (g === generation) showCorrectedWords();
}

/** The notice names corrected terms as they appear in the results ("memory", not the stem "memori"). */
function showCorrectedWords() {
  for (const strong of status.querySelectorAll("strong[data-term]")) {
    const mark = [...list.querySelectorAll("mark")].find((m) => analyze(m.textContent).includes(strong.dataset.term));
    if (mark) strong.textContent = mark.textContent.toLowerCase();
  }
}

async function showFacets(r, g) {
  await index.facets();
  if (g !== generation) return;
  const counts = index.counts(r.unfiltered, filterList());
  const groups = [];
  for (const dim of index.manifest.facets.dims) {
    const fs = el("fieldset");
    fs.dataset.dim = dim;
    fs.append(el("legend", LABELS[dim] || dim));
    const selected = filters.get(dim) || new Set();
    for (const { value, count } of counts[dim]) {
      const label = el("label");
      const box = el("input");
      box.type = "checkbox";
      box.value = value;
      box.checked = selected.has(value);
      box.addEventListener("change", () => {
        if (box.checked) addFilter(dim, value);
        else filters.get(dim)?.delete(value);
        if (filters.get(dim)?.size === 0) filters.delete(dim);
        run(true, false);
      });
      label.append(box, " " + value + " ", el("span", "(" + count + ")", "n"));
      fs.append(label, el("br"));
    }
    // The panel counts a dimension's most frequent values; the rest load when asked for.
    const col = index.columns[dim];
    if (col && !col.complete) {
      const all = el("button", "All " + col.total + " " + (PLURALS[dim] || dim), "search-all-values");
      all.type = "button";
      all.addEventListener("click", async () => {
        all.disabled = true;
        await index.fullColumn(dim);
        if (last) await showFacets(last, generation);
      });
      fs.append(all);
    }
    groups.push(fs);
  }
  facetGroups.replaceChildren(...groups);
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
facetBox.addEventListener("toggle", () => { if (facetBox.open && last) run(false, false); });

// Keyboard: arrows move between the box and result links; Escape returns to the box.
document.addEventListener("keydown", (e) => {
  const links = [...list.querySelectorAll("li h2 a")];
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
index.init().then(() => { if (input.value) run(false, false); }).catch((e) => {
  status.textContent = "Search is unavailable: " + e.message;
});
