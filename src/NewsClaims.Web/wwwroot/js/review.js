// Keyboard shortcuts for the review queue: j/k move between claims, c/d/x/u review the focused one.
(function () {
  const rows = Array.from(document.querySelectorAll('tr.claim-row'));
  if (rows.length === 0) return;
  let current = 0;
  const focus = (i) => {
    current = Math.max(0, Math.min(rows.length - 1, i));
    rows[current].focus();
  };
  document.addEventListener('keydown', (e) => {
    const tag = (e.target.tagName || '').toLowerCase();
    if (tag === 'input' || tag === 'textarea' || tag === 'select' || e.ctrlKey || e.metaKey || e.altKey) return;
    if (e.key === 'j') { focus(current + 1); e.preventDefault(); return; }
    if (e.key === 'k') { focus(current - 1); e.preventDefault(); return; }
    const button = rows[current].querySelector(`button[data-key="${e.key}"]`);
    if (!button) return;
    e.preventDefault();
    const note = rows[current].querySelector('input[name="note"]');
    if ((e.key === 'd' || e.key === 'x') && note && !note.value.trim()) {
      const text = window.prompt('A note is required: why is this claim denied or disputed?');
      if (!text) return;
      note.value = text;
    }
    button.click();
  });
  rows.forEach((row, i) => row.addEventListener('focus', () => { current = i; }));
})();
