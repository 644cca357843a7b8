/* 内联 SVG 图表：分组柱状图、横向比例条。坐标保留一位小数。 */
(function () {
  'use strict';
  const SV = window.SV;
  const NS = 'http://www.w3.org/2000/svg';

  function s(tag, attrs, text) {
    const node = document.createElementNS(NS, tag);
    Object.keys(attrs || {}).forEach(function (k) {
      const v = attrs[k];
      node.setAttribute(k, typeof v === 'number' ? String(Math.round(v * 10) / 10) : v);
    });
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  /** A round upper bound for the y axis and its step: 1, 2, 5 × 10ⁿ. */
  function niceScale(max, ticks) {
    if (!(max > 0)) { return { max: 1, step: 1 }; }
    const raw = max / ticks;
    const power = Math.pow(10, Math.floor(Math.log10(raw)));
    const step = [1, 2, 5, 10].map(function (m) { return m * power; }).filter(function (v) { return v >= raw; })[0];
    const stepInt = Math.max(1, Math.ceil(step));
    return { max: Math.ceil(max / stepInt) * stepInt, step: stepInt };
  }

  /**
   * Grouped vertical bars. spec: {title, categories: [label], series: [{name, color, values: [n]}], width, height}; width and
   * height are in pixels at which the chart looks right (the SVG scales to its box).
   */
  SV.barChart = function (spec) {
    const width = Math.round(spec.width || 900);
    const height = spec.height || 300;
    const margin = { top: 36, right: 16, bottom: 46, left: 52 };
    const plotW = width - margin.left - margin.right;
    const plotH = height - margin.top - margin.bottom;
    const categories = spec.categories;
    const series = spec.series;
    let max = 0;
    series.forEach(function (se) { se.values.forEach(function (v) { max = Math.max(max, v || 0); }); });
    const scale = niceScale(max, 5);

    const svg = s('svg', {
      viewBox: '0 0 ' + width + ' ' + height, width: '100%', role: 'img', class: 'chart',
      'aria-label': spec.title || '柱状图', preserveAspectRatio: 'xMidYMid meet'
    });
    svg.appendChild(s('title', {}, spec.title || '柱状图'));

    // legend
    let lx = margin.left;
    series.forEach(function (se) {
      svg.appendChild(s('rect', { x: lx, y: 10, width: 12, height: 12, rx: 2, fill: se.color }));
      const label = s('text', { x: lx + 17, y: 21, class: 'legend' }, se.name);
      svg.appendChild(label);
      lx += 30 + se.name.length * 13 + 20;
    });

    // grid and y axis
    for (let v = 0; v <= scale.max; v += scale.step) {
      const y = margin.top + plotH - (v / scale.max) * plotH;
      svg.appendChild(s('line', { x1: margin.left, x2: width - margin.right, y1: y, y2: y, class: v === 0 ? 'axis' : 'grid' }));
      svg.appendChild(s('text', { x: margin.left - 8, y: y + 4, 'text-anchor': 'end', class: 'tick' }, v));
    }

    if (!categories.length) {
      svg.appendChild(s('text', { x: width / 2, y: margin.top + plotH / 2, 'text-anchor': 'middle', class: 'tick' }, '暂无数据'));
      return svg;
    }

    const band = plotW / categories.length;
    const groupW = Math.min(band * 0.8, 36 * series.length);
    const barW = groupW / series.length;
    const labelEvery = Math.max(1, Math.ceil(categories.length / 14));
    categories.forEach(function (cat, i) {
      const x0 = margin.left + band * i + (band - groupW) / 2;
      series.forEach(function (se, j) {
        const v = se.values[i] || 0;
        const h = (v / scale.max) * plotH;
        const x = x0 + j * barW;
        const y = margin.top + plotH - h;
        const rect = s('rect', { x: x + 1, y: y, width: Math.max(1, barW - 2), height: Math.max(0, h), fill: se.color, class: 'bar' });
        rect.appendChild(s('title', {}, cat + ' · ' + se.name + '：' + v));
        svg.appendChild(rect);
        if (v > 0 && barW >= 16 && categories.length <= 16) {
          svg.appendChild(s('text', { x: x + barW / 2, y: y - 4, 'text-anchor': 'middle', class: 'value' }, v));
        }
      });
      if (i % labelEvery === 0) {
        svg.appendChild(s('text', { x: margin.left + band * i + band / 2, y: height - margin.bottom + 18, 'text-anchor': 'middle', class: 'tick' }, cat));
      }
    });
    return svg;
  };

  /**
   * Horizontal bars of a share 0..1 per row. spec: {title, rows: [{label, value, note}], color, width}
   */
  SV.rateChart = function (spec) {
    const rows = spec.rows;
    const width = Math.round(spec.width || 900);
    const rowH = 26;
    const labelW = Math.min(250, Math.round(width * 0.3));
    const noteW = 70;
    const height = Math.max(40, rows.length * rowH + 14);
    const plotW = width - labelW - noteW - 10;
    const svg = s('svg', {
      viewBox: '0 0 ' + width + ' ' + height, width: '100%', role: 'img', class: 'chart rate',
      'aria-label': spec.title || '按时率', preserveAspectRatio: 'xMinYMin meet'
    });
    svg.appendChild(s('title', {}, spec.title || '按时率'));
    if (!rows.length) {
      svg.appendChild(s('text', { x: width / 2, y: 24, 'text-anchor': 'middle', class: 'tick' }, '暂无数据'));
      return svg;
    }
    rows.forEach(function (row, i) {
      const y = 7 + i * rowH;
      const share = row.value === null || row.value === undefined || isNaN(row.value) ? 0 : Math.max(0, Math.min(1, row.value));
      svg.appendChild(s('text', { x: labelW - 8, y: y + 15, 'text-anchor': 'end', class: 'tick' }, SV.truncate(row.label, 18)));
      svg.appendChild(s('rect', { x: labelW, y: y + 3, width: plotW, height: 16, rx: 3, class: 'track' }));
      const color = share >= 0.9 ? '#2e8b57' : share >= 0.7 ? '#e0961b' : '#c0392b';
      svg.appendChild(s('rect', { x: labelW, y: y + 3, width: plotW * share, height: 16, rx: 3, fill: spec.color || color, class: 'bar' }));
      svg.appendChild(s('text', { x: labelW + plotW + 8, y: y + 15, class: 'value left' }, row.note || SV.pct(row.value)));
    });
    return svg;
  };
})();
