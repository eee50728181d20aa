// An incident page's heading links: a "#" before each heading of the postmortem's text, shown on
// hover or focus (site.css), to copy a link to that part of the page. Added here rather than
// written into every page's HTML, where they were about 400 bytes of each incident page.
for (const h of document.querySelectorAll('.body h1[id], .body h2[id], .body h3[id], .body h4[id], .body h5[id], .body h6[id]')) {
  const a = document.createElement('a');
  a.href = '#' + h.id;
  a.className = 'anchor';
  // Named by its heading, so a list of the page's links tells them apart; placed after the text
  // (site.css draws it in the margin) so the heading is read by its own words first.
  a.setAttribute('aria-label', 'Link to section: ' + h.textContent.trim());
  h.append(a);
}
