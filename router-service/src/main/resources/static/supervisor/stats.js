/* 3. 统计：按日 / 按周的来件量、转办、按时率（按事项、按部门）与热点地点。 */
(function () {
  'use strict';
  const SV = window.SV;
  const h = SV.h;
  const form = document.getElementById('stats-form');
  let loaded = false;

  function bucketLabel(start, granularity) {
    return granularity === 'week' ? SV.shortDate(start) + ' 起一周' : SV.shortDate(start);
  }

  /** The inner width of a panel in the statistics page, for charts drawn at the size they are shown. */
  function panelWidth() {
    const w = document.getElementById('stats-body').clientWidth;
    return w > 0 ? w - 38 : 1280;
  }

  function onTimeSection(title, rows, keyName, id) {
    const sorted = (rows || []).slice().sort(function (a, b) { return (a.rate === null ? 2 : a.rate) - (b.rate === null ? 2 : b.rate); });
    return h('div', { class: 'panel', id: id },
      h('h2', null, title),
      sorted.length ? h('div', { class: 'grid-2 ontime' },
        SV.table([
          { title: keyName, render: function (r) { return keyName === '承办部门' ? SV.department(r.key) : r.key; } },
          { title: '按时', render: function (r) { return SV.num(r.met); }, class: 'num' },
          { title: '超时', render: function (r) { return SV.num(r.overdue); }, class: 'num' },
          { title: '按时率', render: function (r) { return SV.pct(r.rate); }, class: 'num' }
        ], sorted),
        h('div', { class: 'chart-box' }, SV.rateChart({
          title: title,
          width: (panelWidth() - 16) / 2,
          rows: sorted.slice(0, 20).map(function (r) {
            return { label: keyName === '承办部门' ? SV.departmentName(r.key) : r.key, value: r.rate };
          })
        }))) : SV.empty('该时段没有到期的办理时限。'));
  }

  async function loadHotspots(from, to, line) {
    const box = document.getElementById('stats-hotspots');
    SV.replace(box, SV.loading('正在统计热点…'));
    try {
      const answer = await SV.api.get('/api/v1/supervision/hotspots', { from: from, to: to, line: line });
      const places = answer.places || [];
      SV.replace(box, places.length ? SV.table([
        { title: '序号', render: function (r) { return String(places.indexOf(r) + 1); }, class: 'num' },
        { title: '地点', render: function (r) { return r.place; } },
        { title: '热线', render: function (r) { return SV.lineBadge(r.line); } },
        { title: '警情类别', render: function (r) { return SV.categoryName(r.category); } },
        { title: '转办事项', render: function (r) { return r.item; } },
        { title: '件数', render: function (r) { return SV.num(r.count); }, class: 'num' }
      ], places) : SV.empty('该时段没有重复出现的地点。'));
    } catch (e) {
      SV.replace(box, SV.errorBox(e, '统计热点'));
    }
  }

  async function load() {
    loaded = true;
    const body = document.getElementById('stats-body');
    const from = form.from.value;
    const to = form.to.value;
    const granularity = form.granularity.value;
    if (!from || !to || from > to) {
      SV.replace(body, SV.h('div', { class: 'error' }, '请填写正确的起止日期（起始日期不能晚于截止日期）。'));
      return;
    }
    SV.replace(body, SV.loading('正在统计…'));
    let stats;
    try {
      stats = await SV.api.get('/api/v1/supervision/stats', { from: from, to: to, granularity: granularity });
    } catch (e) {
      SV.replace(body, SV.errorBox(e, '统计'));
      return;
    }
    const buckets = stats.buckets || [];
    const labels = buckets.map(function (b) { return bucketLabel(b.start, stats.granularity || granularity); });
    const t = SV.sumBuckets(buckets);
    const totals = h('div', { class: 'cards small-cards' }, [
      ['110 来件', t.callsPerLine['110'] || 0, 'line-110'],
      ['12345 来件', t.callsPerLine['12345'] || 0, 'line-12345'],
      ['114 来件', t.callsPerLine['114'] || 0, 'line-114'],
      ['转办 110→12345', SV.transferKey(t.transfers, '110', '12345')],
      ['转办 12345→110', SV.transferKey(t.transfers, '12345', '110')],
      ['有效警情', t.validPoliceAlerts],
      ['挪车已通知占比', SV.pct(t.moveCar.notifiedShare)]
    ].map(function (c) {
      return h('div', { class: 'card ' + (c[2] || '') }, h('div', { class: 'card-label' }, c[0]),
        h('div', { class: 'card-value' }, typeof c[1] === 'number' ? SV.num(c[1]) : c[1]));
    }));

    const volumeChart = SV.barChart({
      title: '各热线来件量',
      width: panelWidth(),
      height: 300,
      categories: labels,
      series: SV.LINES.map(function (l) {
        return { name: l.name, color: SV.LINE_COLORS[l.code], values: buckets.map(function (b) { return (b.callsPerLine || {})[l.code] || 0; }) };
      })
    });
    const transferChart = SV.barChart({
      title: '双向转办量',
      width: panelWidth(),
      height: 230,
      categories: labels,
      series: [
        { name: '110→12345', color: '#7b4fa0', values: buckets.map(function (b) { return SV.transferKey(b.transfers, '110', '12345'); }) },
        { name: '12345→110', color: '#1a9a8a', values: buckets.map(function (b) { return SV.transferKey(b.transfers, '12345', '110'); }) }
      ]
    });
    const bucketTable = buckets.length ? SV.table([
      { title: stats.granularity === 'week' ? '周起始日' : '日期', render: function (b) { return b.start; } },
      { title: '110', render: function (b) { return SV.num((b.callsPerLine || {})['110'] || 0); }, class: 'num' },
      { title: '12345', render: function (b) { return SV.num((b.callsPerLine || {})['12345'] || 0); }, class: 'num' },
      { title: '114', render: function (b) { return SV.num((b.callsPerLine || {})['114'] || 0); }, class: 'num' },
      { title: '110→12345', render: function (b) { return SV.num(SV.transferKey(b.transfers, '110', '12345')); }, class: 'num' },
      { title: '12345→110', render: function (b) { return SV.num(SV.transferKey(b.transfers, '12345', '110')); }, class: 'num' },
      { title: '有效警情', render: function (b) { return SV.num(b.validPoliceAlerts); }, class: 'num' },
      { title: '挪车已通知', render: function (b) {
        const m = b.moveCar || {};
        return SV.num(m.notified || 0) + ' / ' + SV.num(m.tickets || 0) + '（' + SV.pct(m.notifiedShare) + '）';
      }, class: 'num' }
    ], buckets) : SV.empty('该时段没有工单。');

    const onTime = stats.onTime || {};
    SV.replace(body, [
      totals,
      h('div', { class: 'panel' }, h('h2', null, '各热线来件量'), h('div', { class: 'chart-box', id: 'chart-volume' }, volumeChart)),
      h('div', { class: 'panel' }, h('h2', null, '双向转办量'), h('div', { class: 'chart-box', id: 'chart-transfers' }, transferChart)),
      h('div', { class: 'panel' }, h('h2', null, '分时段明细'), bucketTable),
      onTimeSection('按时办结率 · 按转办事项', onTime.byItem, '转办事项', 'ontime-item'),
      onTimeSection('按时办结率 · 按承办部门', onTime.byDepartment, '承办部门', 'ontime-department'),
      h('div', { class: 'panel' }, h('h2', null, '热点地点'), h('div', { id: 'stats-hotspots' }))
    ]);
    await loadHotspots(from, to, form.line.value);
  }

  function init() {
    const today = SV.today();
    form.from.value = SV.addDays(today, -6);
    form.to.value = today;
    SV.fillSelect(form.line, SV.LINES.map(function (l) { return { value: l.code, label: l.name }; }), '全部热线');
    form.addEventListener('submit', function (e) { e.preventDefault(); load(); });
    form.granularity.addEventListener('change', function () {
      if (form.granularity.value === 'week' && form.from.value === SV.addDays(form.to.value, -6)) {
        form.from.value = SV.addDays(form.to.value, -55);
      }
    });
  }

  SV.showStats = function () {
    if (!loaded) { return load(); }
    return Promise.resolve();
  };

  init();
})();
