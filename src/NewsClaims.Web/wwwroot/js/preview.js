// "Add claim from selection": the selected words of the article become a new claim row with their offsets.
(function () {
  const article = document.getElementById('preview-text');
  const button = document.getElementById('add-from-selection');
  const template = document.getElementById('new-claim-row');
  const rows = document.getElementById('claim-rows');
  if (!article || !button || !template || !rows) return;

  // characters of the article text before a point in the DOM (the element holds the text exactly)
  const offsetOf = (node, offset) => {
    const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
    let count = 0;
    while (walker.nextNode()) {
      if (walker.currentNode === node) return count + offset;
      count += walker.currentNode.textContent.length;
    }
    return -1;
  };

  button.addEventListener('click', () => {
    const selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) { window.alert('Select the words of the claim in the text first.'); return; }
    const range = selection.getRangeAt(0);
    if (!article.contains(range.startContainer) || !article.contains(range.endContainer)) { window.alert('Select words inside the article text.'); return; }
    const start = offsetOf(range.startContainer, range.startOffset);
    const end = offsetOf(range.endContainer, range.endOffset);
    if (start < 0 || end <= start) return;
    const index = rows.querySelectorAll('tr.claim-edit').length;
    const html = template.innerHTML.replaceAll('__i__', String(index));
    const holder = document.createElement('tbody');
    holder.innerHTML = html;
    const row = holder.firstElementChild;
    const text = selection.toString();
    row.querySelector('input[name$=".EvidenceStart"]').value = String(start);
    row.querySelector('input[name$=".EvidenceEnd"]').value = String(end);
    row.querySelector('input[name$=".QuantityText"]').value = text;
    row.querySelector('.selection-text').textContent = text;
    rows.appendChild(row);
    row.querySelector('input[name$=".Source"]').focus();
  });
})();
