// A few DOM calls, enough for search-filters.js to draw its boxes under node --test: elements
// with children, text, attributes and listeners; a stylesheet link "loads" once it is appended.
class Element {
  constructor(tag) {
    this.tagName = tag.toUpperCase();
    this.children = [];
    this.dataset = {};
    this.attributes = {};
    this.listeners = {};
    this.text = "";
    this.hidden = false;
  }
  get textContent() {
    return this.text + this.children.map((c) => (typeof c === "string" ? c : c.textContent)).join("");
  }
  set textContent(t) {
    this.text = String(t);
    this.children = [];
  }
  append(...xs) {
    this.children.push(...xs);
    for (const x of xs) if (x && x.tagName === "LINK" && x.onload) x.onload();
  }
  replaceChildren(...xs) {
    this.text = "";
    this.children = xs;
  }
  setAttribute(k, v) {
    this.attributes[k] = String(v);
  }
  addEventListener(type, f) {
    (this.listeners[type] ??= []).push(f);
  }
  /** Runs the listeners of {@code type}, waiting for those that return a promise. */
  async fire(type) {
    for (const f of this.listeners[type] || []) await f({ type });
  }
  /** Elements below this one (not itself) that {@code test} accepts, in document order. */
  all(test) {
    const out = [];
    for (const c of this.children) {
      if (typeof c === "string") continue;
      if (test(c)) out.push(c);
      out.push(...c.all(test));
    }
    return out;
  }
}

export function installDom() {
  globalThis.document = { createElement: (tag) => new Element(tag), head: new Element("head") };
}

/** The page's element helper (search.js el). */
export function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (cls) e.className = cls;
  return e;
}

export { Element };
