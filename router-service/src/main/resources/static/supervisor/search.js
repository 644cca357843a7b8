/* 2. 工单查询：条件、结果表、分页；点击工单看轨迹与“为什么派往这里”。 */
(function () {
  'use strict';
  const SV = window.SV;
  const h = SV.h;
  const PAGE_SIZE = 50;
  const form = document.getElementById('search-form');
  let lastQuery = null;

  function initForm() {
    SV.fillSelect(form.line, SV.LINES.map(function (l) { return { value: l.code, label: l.name }; }));
    SV.fillSelect(form.category, Object.keys(SV.CATEGORIES).map(function (k) { return { value: k, label: SV.categoryName(k) }; }));
    SV.fillSelect(form.department, Object.keys(SV.DEPARTMENTS).map(function (k) { return { value: k, label: SV.DEPARTMENTS[k] }; }));
    SV.fillSelect(form.channel, Object.keys(SV.CHANNELS).map(function (k) { return { value: k, label: SV.CHANNELS[k] }; }));
    resetDates();
  }

  function resetDates() {
    const today = SV.today();
    form.from.value = SV.addDays(today, -6);
    form.to.value = today;
  }

  function params(page) {
    const p = { page: page, size: PAGE_SIZE };
    ['from', 'to', 'line', 'category', 'item', 'department', 'rule', 'rulebaseVersion', 'channel', 'text'].forEach(function (k) {
      p[k] = form[k].value.trim();
    });
    return p;
  }

  function decisionLabel(r) {
    if (r.line === '110') { return SV.categoryName(r.category); }
    if (r.line === '114') { return r.plate ? '车牌 ' + r.plate : '挪车'; }
    return SV.departmentName(r.department);
  }

  async function search(page) {
    const box = document.getElementById('search-results');
    const query = params(page);
    lastQuery = query;
    SV.replace(box, SV.loading('正在查询…'));
    try {
      const answer = await SV.api.get('/api/v1/supervision/decisions', query);
      if (lastQuery !== query) { return; }
      const rows = answer.items || [];
      const total = answer.total || 0;
      const pages = Math.max(1, Math.ceil(total / (answer.size || PAGE_SIZE)));
      const current = (answer.page || 0);
      if (!rows.length) {
        SV.replace(box, SV.empty('没有符合条件的工单。'));
        return;
      }
      const pager = h('div', { class: 'pager' },
        h('span', { id: 'search-total' }, '共 ' + SV.num(total) + ' 条，第 ' + (current + 1) + ' / ' + pages + ' 页'),
        h('button', { type: 'button', class: 'secondary', disabled: current <= 0, onclick: function () { search(current - 1); } }, '上一页'),
        h('button', { type: 'button', class: 'secondary', disabled: current + 1 >= pages, onclick: function () { search(current + 1); } }, '下一页'));
      SV.replace(box, [pager, SV.table([
        { title: '派单时间', render: function (r) { return SV.time(r.decidedAt); }, class: 'nowrap' },
        { title: '工单号', render: function (r) { return h('span', { class: 'mono', title: r.ticketId }, SV.truncate(r.ticketId, 13)); } },
        { title: '渠道', render: function (r) { return SV.channelName(r.channel); } },
        { title: '派往', render: function (r) { return SV.lineBadge(r.line); } },
        { title: '类别 / 部门', render: function (r) { return decisionLabel(r); } },
        { title: '转办事项', render: function (r) { return r.item; } },
        { title: '来电号码', render: function (r) { return r.callerPhone; }, class: 'nowrap' },
        { title: '内容', render: function (r) { return h('span', { title: r.text }, SV.truncate(r.text, 34)); }, class: 'text' },
        { title: '复核', render: function (r) { return r.needsReview ? h('span', { class: 'badge status-overdue' }, '需复核') : ''; } },
        { title: '规则库版本', render: function (r) { return h('span', { class: 'mono small' }, r.rulebaseVersion); } }
      ], rows, {
        onRowClick: function (r, tr) {
          Array.prototype.forEach.call(tr.parentNode.children, function (row) { row.classList.remove('selected'); });
          tr.classList.add('selected');
          SV.showTimeline(r.ticketId);
        },
        rowKey: function (r) { return r.ticketId; },
        rowTitle: '点击查看工单轨迹和派单依据',
        class: 'data results'
      })]);
    } catch (e) {
      SV.replace(box, SV.errorBox(e, '查询'));
    }
  }

  form.addEventListener('submit', function (e) { e.preventDefault(); search(0); });
  form.addEventListener('reset', function () {
    setTimeout(function () { resetDates(); }, 0);
  });

  // ---- 轨迹 ----
  function kv(label, value) {
    return [h('dt', null, label), h('dd', null, value === null || value === undefined || value === '' ? '—' : value)];
  }

  function whyView(d, index, count) {
    const fired = (d.rules || []).map(function (rule) { return h('li', { class: 'rule' }, rule); });
    const facts = (d.matchedFacts || []).map(function (f) { return h('li', { class: 'fact' }, f); });
    const also = (d.alsoNotify || []).map(function (l) { return SV.lineName(l) || l; }).join('、');
    return h('div', { class: 'why' },
      h('h3', null, '为什么派往这里' + (count > 1 ? '（第 ' + (index + 1) + ' 次判定）' : '')),
      h('div', { class: 'why-decision' },
        h('span', { class: 'why-target' }, '派往 ', SV.lineBadge(d.line), ' ', SV.lineName(d.line)),
        d.category ? h('span', { class: 'chip' }, '警情类别：' + SV.categoryName(d.category)) : null,
        d.item ? h('span', { class: 'chip' }, '转办事项：' + d.item) : null,
        d.department ? h('span', { class: 'chip' }, '承办部门：' + SV.departmentName(d.department)) : null,
        d.plate ? h('span', { class: 'chip' }, '车牌：' + d.plate) : null,
        also ? h('span', { class: 'chip' }, '同时通知：' + also) : null,
        d.needsReview ? h('span', { class: 'badge status-overdue' }, '需人工复核') : null),
      h('div', { class: 'grid-2 why-lists' },
        h('div', null, h('h4', null, '触发的规则'), fired.length ? h('ol', { class: 'rules' }, fired) : SV.empty('无')),
        h('div', null, h('h4', null, '匹配到的事实'), facts.length ? h('ul', { class: 'facts' }, facts) : SV.empty('无'))),
      h('dl', { class: 'kv' },
        kv('规则库版本', h('span', { class: 'mono rulebase-version' }, d.rulebaseVersion)),
        kv('判定耗时', SV.micros(d.tookMicros)),
        kv('置信度', SV.confidence(d.confidence)),
        kv('判定时间', SV.time(d.decidedAt)),
        kv('来件时间', SV.time(d.receivedAt)),
        kv('来件渠道', SV.channelName(d.channel)),
        kv('拨打号码', d.dialledLine),
        kv('来源', SV.sourceName(d.source)),
        kv('接件人', d.takenBy),
        kv('来电号码', d.callerPhone),
        kv('地址', d.address)),
      h('div', { class: 'ticket-text' }, h('h4', null, '工单内容'), h('p', null, d.text || '—')));
  }

  function eventDetail(e) {
    const parts = [];
    if (e.stage) { parts.push('环节：' + SV.stageName(e.stage)); }
    if (e.action) { parts.push('动作：' + SV.actionName(e.action)); }
    if (e.overdueStage) { parts.push('超时环节：' + SV.stageName(e.overdueStage)); }
    if (e.department) { parts.push('部门：' + SV.departmentName(e.department)); }
    if (e.dueAt) { parts.push('截止：' + SV.time(e.dueAt)); }
    if (e.reason) { parts.push('原因：' + SV.reasonName(e.reason)); }
    if (e.detail) { parts.push(typeof e.detail === 'string' ? e.detail : JSON.stringify(e.detail)); }
    return parts.join('；');
  }

  function eventList(events) {
    if (!events.length) { return SV.empty('暂无反馈或督办记录。'); }
    const sorted = events.slice().sort(function (a, b) { return String(a.at || '').localeCompare(String(b.at || '')); });
    return h('ol', { class: 'timeline' }, sorted.map(function (e) {
      const escalated = e.action || /escalat|overdue|remind/.test(String(e.kind));
      return h('li', { class: escalated ? 'warn' : '' },
        h('div', { class: 'tl-time' }, SV.time(e.at)),
        h('div', { class: 'tl-body' },
          h('span', { class: 'tl-kind' }, SV.kindName(e.kind)),
          e.line ? SV.lineBadge(e.line) : null,
          e.source ? h('span', { class: 'muted small' }, ' 来源：' + SV.sourceName(e.source)) : null,
          h('div', { class: 'tl-detail' }, eventDetail(e))));
    }));
  }

  function deadlineTable(deadlines) {
    if (!deadlines.length) { return SV.empty('暂无办理时限。'); }
    return SV.table([
      { title: '环节', render: function (d) { return SV.deadlineKindName(d.kind); } },
      { title: '热线', render: function (d) { return SV.lineBadge(d.line); } },
      { title: '截止时间', render: function (d) { return SV.time(d.dueAt); } },
      { title: '时限', render: function (d) { return SV.limit(d.limit); } },
      { title: '状态', render: function (d) { return SV.deadlineStatus(d.status); } }
    ], deadlines);
  }

  SV.showTimeline = async function (ticketId) {
    const panel = document.getElementById('timeline-panel');
    const box = document.getElementById('timeline');
    panel.hidden = false;
    SV.replace(box, SV.loading('正在读取工单轨迹…'));
    panel.scrollIntoView({ behavior: 'auto', block: 'start' });
    try {
      const t = await SV.api.get('/api/v1/supervision/tickets/' + encodeURIComponent(ticketId) + '/timeline');
      const state = t.state;
      const decisions = t.decisions || [];
      SV.replace(box, [
        h('div', { class: 'timeline-head' },
          h('h2', null, '工单轨迹'),
          h('span', { class: 'mono' }, t.ticketId || ticketId),
          h('button', { type: 'button', class: 'link close', onclick: function () { panel.hidden = true; } }, '收起')),
        state ? h('dl', { class: 'kv state' },
          kv('当前状态', h('strong', null, SV.stateName(state.state))),
          kv('当前热线', SV.lineName(state.line)),
          kv('首接热线', SV.lineName(state.firstReceiver)),
          kv('转办次数', state.hops),
          kv('更新时间', SV.time(state.updatedAt))) : h('p', { class: 'muted' }, '闭环跟踪尚未收到该工单的状态。'),
        decisions.length ? decisions.map(function (d, i) { return whyView(d, i, decisions.length); }) : SV.empty('没有派单判定记录。'),
        h('h3', null, '办理时限'),
        deadlineTable(state && state.deadlines ? state.deadlines : []),
        h('h3', null, '反馈与督办'),
        eventList(t.events || [])
      ]);
    } catch (e) {
      SV.replace(box, SV.errorBox(e, '读取工单轨迹'));
    }
  };

  /** From anywhere (总览 tables): open the search page with this ticket's timeline. */
  SV.openTicket = function (ticketId) {
    if (location.hash !== '#search') { location.hash = '#search'; }
    SV.showTimeline(ticketId);
  };

  SV.showSearch = function () { /* the form keeps its state between visits */ };

  initForm();
})();
