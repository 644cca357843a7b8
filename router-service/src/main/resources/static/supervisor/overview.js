/* 1. 总览：今日各热线来件、双向转办、有效警情、挪车通知率；超时工单与最新督办。 */
(function () {
  'use strict';
  const SV = window.SV;
  const h = SV.h;

  /** Sums every bucket of a stats answer into one. */
  SV.sumBuckets = function (buckets) {
    const total = { callsPerLine: {}, transfers: {}, validPoliceAlerts: 0, moveCar: { tickets: 0, notified: 0 } };
    (buckets || []).forEach(function (b) {
      Object.keys(b.callsPerLine || {}).forEach(function (k) { total.callsPerLine[k] = (total.callsPerLine[k] || 0) + (b.callsPerLine[k] || 0); });
      Object.keys(b.transfers || {}).forEach(function (k) { total.transfers[k] = (total.transfers[k] || 0) + (b.transfers[k] || 0); });
      total.validPoliceAlerts += b.validPoliceAlerts || 0;
      if (b.moveCar) {
        total.moveCar.tickets += b.moveCar.tickets || 0;
        total.moveCar.notified += b.moveCar.notified || 0;
      }
    });
    total.moveCar.notifiedShare = total.moveCar.tickets ? total.moveCar.notified / total.moveCar.tickets : null;
    return total;
  };

  function card(id, label, value, note, cls) {
    return h('div', { class: 'card ' + (cls || ''), id: id },
      h('div', { class: 'card-label' }, label),
      h('div', { class: 'card-value', dataset: { value: String(value) } }, value),
      note ? h('div', { class: 'card-note' }, note) : null);
  }

  SV.transferKey = function (transfers, from, to) {
    if (!transfers) { return 0; }
    const candidates = [from + '→' + to, from + '->' + to, from + '-' + to];
    for (let i = 0; i < candidates.length; i++) {
      if (transfers[candidates[i]] !== undefined) { return transfers[candidates[i]]; }
    }
    return 0;
  };

  async function loadCards(today) {
    const box = document.getElementById('overview-cards');
    SV.replace(box, SV.loading('正在读取今日统计…'));
    try {
      const stats = await SV.api.get('/api/v1/supervision/stats', { from: today, to: today, granularity: 'day' });
      const t = SV.sumBuckets(stats.buckets);
      const calls = t.callsPerLine;
      const total = (calls['110'] || 0) + (calls['12345'] || 0) + (calls['114'] || 0);
      SV.replace(box, [
        card('card-110', '今日来件 · 110 报警', SV.num(calls['110'] || 0), null, 'line-110'),
        card('card-12345', '今日来件 · 12345 政务服务', SV.num(calls['12345'] || 0), null, 'line-12345'),
        card('card-114', '今日来件 · 114 挪车', SV.num(calls['114'] || 0), null, 'line-114'),
        card('card-transfer-110', '转办 110→12345', SV.num(SV.transferKey(t.transfers, '110', '12345')), '110 接报，转 12345 承办'),
        card('card-transfer-12345', '转办 12345→110', SV.num(SV.transferKey(t.transfers, '12345', '110')), '12345 接报，转 110 处警'),
        card('card-alerts', '有效警情', SV.num(t.validPoliceAlerts), '今日派往 110 的有效报警'),
        card('card-movecar', '挪车已通知占比', SV.pct(t.moveCar.notifiedShare),
          '已通知 ' + SV.num(t.moveCar.notified) + ' / 共 ' + SV.num(t.moveCar.tickets) + ' 件'),
        card('card-total', '今日来件合计', SV.num(total), '三条热线合计', 'total')
      ]);
    } catch (e) {
      SV.replace(box, SV.errorBox(e, '读取今日统计'));
    }
  }

  SV.overdueTable = function (rows) {
    if (!rows.length) { return SV.empty('没有超时工单。'); }
    return SV.table([
      { title: '工单号', render: function (r) { return h('span', { class: 'mono' }, SV.truncate(r.ticketId, 13)); } },
      { title: '热线', render: function (r) { return SV.lineBadge(r.line); } },
      { title: '状态', render: function (r) { return SV.stateName(r.state); } },
      { title: '转办事项', render: function (r) { return r.item; } },
      { title: '承办部门', render: function (r) { return SV.department(r.department); } },
      { title: '超时环节', render: function (r) { return r.deadline ? SV.deadlineKindName(r.deadline.kind) : ''; } },
      { title: '截止时间', render: function (r) { return r.deadline ? SV.time(r.deadline.dueAt) : ''; } },
      { title: '时限', render: function (r) { return r.deadline ? SV.limit(r.deadline.limit) : ''; } },
      { title: '时限状态', render: function (r) { return r.deadline ? SV.deadlineStatus(r.deadline.status) : ''; } }
    ], rows, {
      onRowClick: function (r) { SV.openTicket(r.ticketId); },
      rowKey: function (r) { return r.ticketId; },
      rowTitle: '点击查看工单轨迹'
    });
  };

  SV.escalationTable = function (rows) {
    if (!rows.length) { return SV.empty('暂无督办记录。'); }
    return SV.table([
      { title: '时间', render: function (r) { return SV.time(r.at); } },
      { title: '工单号', render: function (r) { return h('span', { class: 'mono' }, SV.truncate(r.ticketId, 13)); } },
      { title: '热线', render: function (r) { return SV.lineBadge(r.line); } },
      { title: '督办动作', render: function (r) { return SV.actionName(r.action) || SV.kindName(r.kind); } },
      { title: '超时环节', render: function (r) { return SV.stageName(r.overdueStage); } },
      { title: '原因', render: function (r) { return SV.reasonName(r.reason); } },
      { title: '承办部门', render: function (r) { return SV.department(r.department); } }
    ], rows, {
      onRowClick: function (r) { SV.openTicket(r.ticketId); },
      rowKey: function (r) { return r.ticketId; },
      rowTitle: '点击查看工单轨迹'
    });
  };

  async function loadOverdue(today) {
    const from = SV.addDays(today, -6);
    document.getElementById('overdue-range').textContent = '（' + SV.shortDate(from) + ' 至 ' + SV.shortDate(today) + '）';
    const overdueBox = document.getElementById('overview-overdue');
    const escalationBox = document.getElementById('overview-escalations');
    SV.replace(overdueBox, SV.loading());
    SV.replace(escalationBox, SV.loading());
    try {
      const answer = await SV.api.get('/api/v1/supervision/overdue', { from: from, to: today });
      SV.replace(overdueBox, SV.overdueTable(answer.overdue || []));
      const escalations = (answer.escalations || []).slice().sort(function (a, b) {
        return String(b.at || '').localeCompare(String(a.at || ''));
      }).slice(0, 20);
      SV.replace(escalationBox, SV.escalationTable(escalations));
    } catch (e) {
      SV.replace(overdueBox, SV.errorBox(e, '读取超时工单'));
      SV.replace(escalationBox, SV.errorBox(e, '读取督办记录'));
    }
  }

  SV.showOverview = function () {
    const today = SV.today();
    document.getElementById('overview-date').textContent = '今日（北京时间）' + today;
    return Promise.all([loadCards(today), loadOverdue(today)]);
  };

  document.getElementById('overview-refresh').addEventListener('click', function () { SV.showOverview(); });
})();
