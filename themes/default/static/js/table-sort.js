// Makes the headers of table.sortable clickable: ascending, then descending. Without JavaScript
// the table keeps its server-side order (newest first) and every row is still there.
const minutes = (text) => {
  // Durations read "3d 4h", "2h 30m" or "47m"; anything else sorts last.
  const m = /^(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?$/.exec(text.trim());
  if (!m || text.trim() === '') return Number.POSITIVE_INFINITY;
  return (+(m[1] || 0)) * 1440 + (+(m[2] || 0)) * 60 + (+(m[3] || 0));
};
for (const table of document.querySelectorAll('table.sortable')) {
  const body = table.tBodies[0];
  table.querySelectorAll('thead th').forEach((th, col) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent;
    th.textContent = '';
    th.appendChild(button);
    button.addEventListener('click', () => {
      const asc = th.getAttribute('aria-sort') !== 'ascending';
      table.querySelectorAll('thead th').forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', asc ? 'ascending' : 'descending');
      const key = (row) => {
        const text = row.cells[col].textContent;
        return th.dataset.sort === 'number' ? minutes(text) : text.toLowerCase();
      };
      const rows = Array.from(body.rows);
      rows.sort((a, b) => {
        const x = key(a), y = key(b);
        const c = x < y ? -1 : x > y ? 1 : 0;
        return asc ? c : -c;
      });
      rows.forEach((r) => body.appendChild(r));
    });
  });
}
