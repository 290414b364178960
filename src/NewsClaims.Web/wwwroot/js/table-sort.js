// Sortable tables: each column header becomes a button; a cell's data-sort value (numbers, ISO dates)
// wins over its text. Without script the table keeps the server's order (by date).
(function () {
  document.querySelectorAll('table.sortable').forEach((table) => {
    const body = table.tBodies[0];
    const headers = Array.from(table.tHead.rows[0].cells);
    headers.forEach((th, column) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'sort';
      button.textContent = th.textContent;
      th.textContent = '';
      th.appendChild(button);
      button.addEventListener('click', () => {
        const ascending = th.getAttribute('aria-sort') !== 'ascending';
        headers.forEach((h) => h.removeAttribute('aria-sort'));
        th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
        const key = (row) => {
          const cell = row.cells[column];
          return cell.dataset.sort !== undefined ? cell.dataset.sort : cell.textContent.trim();
        };
        const numeric = Array.from(body.rows).every((r) => key(r) === '' || !Number.isNaN(Number(key(r))));
        const rows = Array.from(body.rows).sort((a, b) => {
          const [x, y] = [key(a), key(b)];
          const order = numeric ? (Number(x || -1) - Number(y || -1)) : x.localeCompare(y);
          return ascending ? order : -order;
        });
        rows.forEach((r) => body.appendChild(r));
      });
    });
  });
})();
