// Filters a table's rows by the <select>s of a form[data-filter-table]; rows carry data-<name>
// attributes. Without JavaScript the form stays hidden and every row shows.
for (const form of document.querySelectorAll('form[data-filter-table]')) {
  const table = document.getElementById(form.dataset.filterTable);
  if (!table) continue;
  const rows = Array.from(table.tBodies[0].rows);
  const out = form.querySelector('output');
  const apply = () => {
    const wanted = Array.from(form.querySelectorAll('select')).filter((s) => s.value !== '');
    let shown = 0;
    for (const row of rows) {
      const ok = wanted.every((s) => row.dataset[s.name] === s.value);
      row.hidden = !ok;
      if (ok) shown++;
    }
    if (out) out.textContent = shown + ' of ' + rows.length + ' shown';
  };
  form.addEventListener('change', apply);
  form.hidden = false;
  apply();
}
