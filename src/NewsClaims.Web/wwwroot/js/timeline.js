// The interactive series chart (Apache ECharts). The page already shows a server-drawn chart and a
// table; this replaces the drawing with one that zooms, toggles sources and explains each point on hover.
(function () {
  const box = document.getElementById('series-chart');
  const dataElement = document.getElementById('series-data');
  if (!box || !dataElement || typeof window.echarts === 'undefined') return;
  const data = JSON.parse(dataElement.textContent);

  // Okabe–Ito: distinguishable with the common colour-vision deficiencies
  const palette = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9', '#000000', '#F0E442'];
  const number = new Intl.NumberFormat('en-US');
  const escape = (s) => String(s ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
  // a cross for denied figures; the other statuses use built-in shapes
  const cross = 'path://M2,0 L5,3 L8,0 L10,2 L7,5 L10,8 L8,10 L5,7 L2,10 L0,8 L3,5 L0,2 Z';
  const symbolFor = (status) => ({ Confirmed: 'circle', Unreviewed: 'emptyCircle', Disputed: 'emptyDiamond', Denied: cross }[status] || 'emptyCircle');

  // long series leave the evidence out of the page: fetch a point's sentence when it is hovered, once
  const evidence = new Map();
  const withEvidence = (p, html, ticket, callback) => {
    if (!data.evidenceOnHover || p.evidence) return html(p.evidence);
    if (evidence.has(p.claim)) return html(evidence.get(p.claim));
    fetch(`/api/claims/${p.claim}`, { headers: { Accept: 'application/json' } })
      .then((r) => (r.ok ? r.json() : null))
      .then((row) => {
        evidence.set(p.claim, (row && row.evidence) || '');
        callback(ticket, html(evidence.get(p.claim)));
      })
      .catch(() => {});
    return html('…');
  };

  const pointTooltip = (source, p, sentence) =>
    `<div class="tip"><strong>${escape(p.figure)}</strong>${p.text ? ` <span class="tip-words">“${escape(p.text)}”</span>` : ''}` +
    `<br>${escape(source)}${p.via ? ` via ${escape(p.via)}` : ''} · said ${escape(p.date)} · ${escape(p.precision || '')} · ${escape(p.status)}` +
    (p.projectedTo ? `<br>projection ${escape(p.relation)} ${escape(p.refersTo)}` : '') +
    (sentence ? `<p class="tip-evidence">${escape(sentence)}</p>` : '') + '<span class="tip-hint">Click to open the claim</span></div>';

  const series = [];
  // consensus band: an invisible floor and the band's height stacked on it
  if (data.band.length > 1) {
    const common = { type: 'line', color: '#888', stack: 'consensus', step: 'end', symbol: 'none', silent: true, tooltip: { show: false }, z: 1 };
    series.push({ ...common, name: 'Consensus band', data: data.band.map((b) => [b.date, b.low]), lineStyle: { opacity: 0 } });
    series.push({ ...common, name: 'Consensus band', data: data.band.map((b) => [b.date, b.high - b.low]), lineStyle: { opacity: 0 }, areaStyle: { color: '#888', opacity: 0.18 } });
  }

  data.sources.forEach((source, i) => {
    const colour = palette[i % palette.length];
    const current = source.points.filter((p) => p.value != null && !p.projectedTo);
    const item = (p, y) => ({
      value: [p.date, y], claim: p.claim, point: p,
      symbol: symbolFor(p.status), symbolSize: p.status === 'Denied' ? 11 : 10,
      itemStyle: p.status === 'Confirmed' ? { color: colour } : { color: colour, borderColor: colour, borderWidth: 2 },
    });
    const revisions = data.revisions.filter((r) => r.source === source.name);
    series.push({
      type: 'line', name: source.name, step: 'end', color: colour, z: 3,
      data: current.map((p) => item(p, p.value)),
      lineStyle: { width: 2 },
      markPoint: revisions.length === 0 ? undefined : {
        symbol: 'pin', symbolSize: 46, symbolOffset: [0, -14], itemStyle: { color: colour },
        label: { fontSize: 9, formatter: (m) => m.data.short },
        tooltip: { formatter: (m) => `<div class="tip">Revision: ${escape(m.data.label)}</div>` },
        data: revisions.map((r) => ({ coord: [r.date, r.after], label: r.label, short: r.short })),
      },
    });
    // projections: dashed from the day said to the target date, with the point itself
    source.points.filter((p) => p.projectedTo && p.value != null).forEach((p) => {
      series.push({
        type: 'line', name: source.name, color: colour, z: 3,
        lineStyle: { type: 'dashed', width: 2 },
        data: [item(p, p.value), { value: [p.projectedTo, p.value], claim: p.claim, point: p, symbol: 'arrow', symbolRotate: -90, symbolSize: 9 }],
      });
    });
    // ranges and vague figures: error bars from low to high (vague: from the floor upwards), never a point
    const spans = source.points.filter((p) => p.value == null || p.precision === 'range' || p.precision === 'vague');
    if (spans.length > 0) {
      series.push({
        type: 'custom', name: source.name, color: colour, z: 2,
        data: spans.map((p) => ({ value: [p.date, p.low ?? 0, p.high ?? -1], claim: p.claim, point: p })),
        encode: { x: 0, y: [1, 2] },
        renderItem: (params, api) => {
          const x = api.coord([api.value(0), 0])[0];
          const low = api.coord([api.value(0), api.value(1)])[1];
          const open = api.value(2) < 0;
          const high = open ? params.coordSys.y : api.coord([api.value(0), api.value(2)])[1];
          const style = { stroke: colour, lineWidth: 2, lineDash: open ? [4, 3] : null };
          return {
            type: 'group',
            children: [
              { type: 'line', shape: { x1: x, y1: low, x2: x, y2: high }, style },
              { type: 'line', shape: { x1: x - 6, y1: low, x2: x + 6, y2: low }, style: { stroke: colour, lineWidth: 2 } },
              open ? { type: 'polygon', shape: { points: [[x - 5, high + 8], [x + 5, high + 8], [x, high]] }, style: { fill: colour } }
                : { type: 'line', shape: { x1: x - 6, y1: high, x2: x + 6, y2: high }, style: { stroke: colour, lineWidth: 2 } },
            ],
          };
        },
      });
    }
  });

  if (data.stances.length > 0) {
    series.push({
      type: 'scatter', name: 'Denials and refusals', color: '#555', z: 4,
      symbol: 'triangle', symbolSize: 12,
      data: data.stances.map((s) => ({ value: [s.date, 0], claim: s.claim, stance: s })),
    });
  }

  const chart = window.echarts.init(box, null, { renderer: 'canvas' });
  chart.setOption({
    aria: { enabled: true },
    animation: false,
    grid: { left: 70, right: 30, top: 60, bottom: 80 },
    legend: { type: 'scroll', top: 0, data: [...data.sources.map((s) => s.name), ...(data.band.length > 1 ? ['Consensus band'] : []), ...(data.stances.length > 0 ? ['Denials and refusals'] : [])] },
    toolbox: {
      right: 10, top: 24,
      feature: {
        dataZoom: { yAxisIndex: 'none', title: { zoom: 'Zoom to a time span', back: 'Undo zoom' } },
        restore: { title: 'Reset' },
        saveAsImage: { title: 'Save as PNG', name: data.title.replace(/[^\w-]+/g, '-'), pixelRatio: 2 },
      },
    },
    tooltip: {
      trigger: 'item', confine: true, className: 'chart-tooltip', enterable: false,
      formatter: (params, ticket, callback) => {
        const d = params.data || {};
        if (d.stance) return `<div class="tip"><strong>${escape(d.stance.source)} ${escape(d.stance.stance)}</strong> · ${escape(d.stance.date)}<p class="tip-evidence">${escape(d.stance.evidence)}</p></div>`;
        if (d.point) return withEvidence(d.point, (sentence) => pointTooltip(params.seriesName, d.point, sentence), ticket, callback);
        return '';
      },
    },
    xAxis: { type: 'time', name: 'Said on', nameLocation: 'middle', nameGap: 30 },
    yAxis: { type: 'value', name: 'Figure', min: 0, axisLabel: { formatter: (v) => number.format(v) } },
    dataZoom: [{ type: 'inside', xAxisIndex: 0, filterMode: 'none' }, { type: 'slider', xAxisIndex: 0, filterMode: 'none', bottom: 10 }],
    series,
  });
  chart.on('click', (params) => {
    const claim = params.data && params.data.claim;
    if (claim) window.location.href = `/claims/${claim}`;
  });
  window.addEventListener('resize', () => chart.resize());

  box.hidden = false;
  chart.resize();
  // tests and power users reach the chart from the console
  window.newsClaimsChart = chart;
})();

// Filters apply as soon as they change; the URL carries them, so every view is a permalink.
(function () {
  const form = document.getElementById('series-filters');
  if (!form) return;
  form.addEventListener('change', () => form.requestSubmit());
})();
