/* 4. 规则试算：用候选转办事项目录（CSV）或规则文件（DRL）回放近几天的工单，对比现行规则；批准上线；版本历史。 */
(function () {
  'use strict';
  const SV = window.SV;
  const h = SV.h;
  const form = document.getElementById('whatif-form');
  let loaded = false;

  function kind() {
    return form.querySelector('input[name=kind]:checked').value;
  }

  function listOf(answer, key) {
    if (Array.isArray(answer)) { return answer; }
    if (answer && Array.isArray(answer[key])) { return answer[key]; }
    if (answer && Array.isArray(answer.items)) { return answer.items; }
    return [];
  }

  function changeCard(id, label, value) {
    return h('div', { class: 'card' + (value ? ' changed' : ''), id: id },
      h('div', { class: 'card-label' }, label),
      h('div', { class: 'card-value' }, SV.num(value || 0)));
  }

  function decisionCell(d, other) {
    if (!d) { return '—'; }
    const field = function (label, key, text) {
      const differs = other && String(other[key] || '') !== String(d[key] || '');
      return h('div', { class: differs ? 'diff' : '' }, label + '：' + (text || '—'));
    };
    return h('div', { class: 'decision-cell' },
      field('热线', 'line', SV.lineName(d.line)),
      d.line === '110' || (other && other.category) ? field('类别', 'category', SV.categoryName(d.category)) : null,
      field('事项', 'item', d.item),
      field('部门', 'department', SV.departmentName(d.department)));
  }

  function approveBlock(run) {
    const box = h('div', { class: 'approve', id: 'whatif-approve' });
    if (run.approvedBy) {
      SV.append(box, h('p', { class: 'ok' }, '已于 ' + SV.time(run.approvedAt) + ' 由 ' + run.approvedBy + ' 批准上线。'));
      return box;
    }
    const message = h('div', { id: 'whatif-approve-msg', class: 'approve-msg' });
    const confirmRow = h('span', { class: 'confirm', hidden: true },
      h('span', null, '确认将候选版本 ', h('span', { class: 'mono' }, run.candidateVersion || ''), ' 上线？ '),
      h('button', { type: 'button', id: 'whatif-approve-confirm', class: 'danger', onclick: function () { approve(run, message, button, confirmRow); } }, '确认上线'),
      h('button', { type: 'button', class: 'secondary', onclick: function () { confirmRow.hidden = true; button.hidden = false; } }, '取消'));
    const button = h('button', {
      type: 'button', id: 'whatif-approve-button', class: 'approve-button',
      onclick: function () { button.hidden = true; confirmRow.hidden = false; SV.replace(message, null); }
    }, '批准上线');
    SV.append(box, [button, confirmRow, message]);
    return box;
  }

  async function approve(run, message, button, confirmRow) {
    confirmRow.hidden = true;
    SV.replace(message, SV.loading('正在批准上线…'));
    try {
      const result = await SV.api.post('/api/v1/supervision/whatif/' + encodeURIComponent(run.id) + '/approve');
      const v = result.data || {};
      SV.replace(message, h('p', { class: 'ok' }, '已批准上线：规则库版本 ' + (v.version || '') + '（批准人 ' + (v.approvedBy || '') + '，' + SV.time(v.approvedAt) + '）'));
      SV.toast('候选规则已上线', 'ok');
      loadRuns();
      loadVersions();
      SV.loadLiveVersion();
    } catch (e) {
      button.hidden = false;
      if (e.status === 403) {
        SV.replace(message, h('div', { class: 'error', role: 'alert' }, h('strong', null, '无权限：只有督导员可以批准上线，当前账号只能查看试算结果。')));
      } else if (e.status === 409) {
        SV.replace(message, SV.errorBox(e, '批准上线'));
      } else {
        SV.replace(message, SV.errorBox(e, '批准上线'));
      }
    }
  }

  function renderRun(run) {
    const panel = document.getElementById('whatif-result-panel');
    const box = document.getElementById('whatif-result');
    panel.hidden = false;
    const changed = run.changed || {};
    const examples = run.examples || [];
    const none = !changed.any;
    SV.replace(box, [
      h('div', { class: 'timeline-head' },
        h('h2', null, '试算结果'),
        h('span', { class: 'mono small' }, '编号 ' + (run.id || '')),
        h('span', { class: 'muted small' }, SV.runKindName(run.kind) + (run.name ? '（' + run.name + '）' : '') + ' · 回放最近 ' + run.days + ' 天 · '
          + (run.createdBy || '') + ' 提交于 ' + SV.time(run.createdAt))),
      h('dl', { class: 'kv' },
        [h('dt', null, '现行版本'), h('dd', null, h('span', { class: 'mono' }, run.liveVersion || '—'))],
        [h('dt', null, '候选版本'), h('dd', null, h('span', { class: 'mono' }, run.candidateVersion || '—'))],
        [h('dt', null, '回放工单'), h('dd', { id: 'whatif-replayed' }, SV.num(run.replayed) + ' 件')],
        [h('dt', null, '无法回放'), h('dd', null, SV.num(run.unmatched) + ' 件')]),
      h('p', { id: 'whatif-summary', class: none ? 'ok' : 'warn-text' }, none
        ? '候选规则与现行规则判定一致：回放 ' + SV.num(run.replayed) + ' 件，无变化。'
        : '共 ' + SV.num(changed.any) + ' 件工单的判定会改变，请逐条核对下方示例。'),
      h('div', { class: 'cards small-cards' },
        changeCard('whatif-changed-line', '派往热线改变', changed.line),
        changeCard('whatif-changed-category', '警情类别改变', changed.category),
        changeCard('whatif-changed-item', '转办事项改变', changed.item),
        changeCard('whatif-changed-department', '承办部门改变', changed.department),
        changeCard('whatif-changed-any', '有变化的工单', changed.any)),
      none ? null : h('div', { class: 'chart-box' }, SV.barChart({
        title: '判定变化件数', height: 220, width: Math.max(600, box.clientWidth || 1280),
        categories: ['派往热线', '警情类别', '转办事项', '承办部门', '合计'],
        series: [{ name: '变化件数', color: '#c0392b', values: [changed.line || 0, changed.category || 0, changed.item || 0, changed.department || 0, changed.any || 0] }]
      })),
      h('h3', null, '变化示例（现行 → 候选）'),
      examples.length ? SV.table([
        { title: '工单号', render: function (x) { return h('span', { class: 'mono', title: x.ticketId }, SV.truncate(x.ticketId, 13)); } },
        { title: '内容', render: function (x) { return h('span', { title: x.text }, SV.truncate(x.text, 40)); }, class: 'text' },
        { title: '现行判定', render: function (x) { return decisionCell(x.live, x.candidate); } },
        { title: '候选判定', render: function (x) { return decisionCell(x.candidate, x.live); } }
      ], examples, { onRowClick: function (x) { SV.openTicket(x.ticketId); }, rowTitle: '点击查看工单轨迹' })
        : SV.empty('没有判定改变的工单。'),
      approveBlock(run)
    ]);
  }

  async function run(event) {
    event.preventDefault();
    const box = document.getElementById('whatif-result');
    const panel = document.getElementById('whatif-result-panel');
    const body = form.body.value;
    const days = parseInt(form.days.value, 10);
    panel.hidden = false;
    if (!body.trim()) {
      SV.replace(box, h('div', { class: 'error' }, '请先粘贴或载入候选规则内容。'));
      return;
    }
    if (!(days >= 1 && days <= 31)) {
      SV.replace(box, h('div', { class: 'error' }, '回放天数应为 1 到 31 之间的整数。'));
      return;
    }
    const k = kind();
    const params = { days: days, kind: k };
    if (k === 'drl') {
      if (!/\.drl$/.test(form.name.value.trim())) {
        SV.replace(box, h('div', { class: 'error' }, '请填写要替换的规则文件名（以 .drl 结尾）。'));
        return;
      }
      params.name = form.name.value.trim();
    }
    const button = document.getElementById('whatif-run');
    button.disabled = true;
    SV.replace(box, SV.loading('正在试算：构建候选规则库并回放最近 ' + days + ' 天的工单，可能需要几十秒…'));
    try {
      const result = await SV.api.post('/api/v1/supervision/whatif', params, body,
        k === 'drl' ? 'text/plain; charset=utf-8' : 'text/csv; charset=utf-8');
      renderRun(result.data);
      loadRuns();
    } catch (e) {
      if (e.status === 422) {
        SV.replace(box, SV.errorBox(e, '候选规则校验'));
      } else if (e.status === 403) {
        SV.replace(box, h('div', { class: 'error', role: 'alert' }, h('strong', null, '无权限：只有督导员可以提交试算。')));
      } else {
        SV.replace(box, SV.errorBox(e, '试算'));
      }
    } finally {
      button.disabled = false;
    }
  }

  async function openRun(id) {
    const box = document.getElementById('whatif-result');
    document.getElementById('whatif-result-panel').hidden = false;
    SV.replace(box, SV.loading());
    try {
      renderRun(await SV.api.get('/api/v1/supervision/whatif/' + encodeURIComponent(id)));
      document.getElementById('whatif-result-panel').scrollIntoView({ block: 'start' });
    } catch (e) {
      SV.replace(box, SV.errorBox(e, '读取试算结果'));
    }
  }

  async function loadRuns() {
    const box = document.getElementById('whatif-runs');
    SV.replace(box, SV.loading());
    try {
      const runs = listOf(await SV.api.get('/api/v1/supervision/whatif'), 'runs').slice().sort(function (a, b) {
        return String(b.createdAt || '').localeCompare(String(a.createdAt || ''));
      });
      SV.replace(box, runs.length ? SV.table([
        { title: '提交时间', render: function (r) { return SV.time(r.createdAt); }, class: 'nowrap' },
        { title: '提交人', render: function (r) { return r.createdBy; } },
        { title: '类型', render: function (r) { return SV.runKindName(r.kind); } },
        { title: '天数', render: function (r) { return r.days; }, class: 'num' },
        { title: '变化', render: function (r) { return r.changed ? SV.num(r.changed.any) : ''; }, class: 'num' },
        { title: '状态', render: function (r) { return r.approvedBy ? h('span', { class: 'badge status-met' }, '已上线') : h('span', { class: 'badge status-pending' }, '未批准'); } },
        { title: '', render: function (r) { return h('button', { type: 'button', class: 'link open-run', onclick: function (e) { e.stopPropagation(); openRun(r.id); } }, '查看'); } }
      ], runs.slice(0, 10), { rowKey: function (r) { return r.id; } }) : SV.empty('还没有试算记录。'));
    } catch (e) {
      SV.replace(box, SV.errorBox(e, '读取试算记录'));
    }
  }

  async function loadVersions() {
    const box = document.getElementById('whatif-versions');
    SV.replace(box, SV.loading());
    try {
      const versions = listOf(await SV.api.get('/api/v1/supervision/rulebase/versions'), 'versions');
      const live = versions.length ? null
        : SV.liveVersion || (await SV.api.get('/api/v1/admin/rulebase').catch(function () { return {}; })).version;
      SV.replace(box, versions.length ? SV.table([
        { title: '版本', render: function (v) { return h('span', { class: 'mono' }, v.version); } },
        { title: '类型', render: function (v) { return SV.runKindName(v.kind); } },
        { title: '提交人', render: function (v) { return v.submittedBy; } },
        { title: '提交时间', render: function (v) { return SV.time(v.submittedAt); } },
        { title: '批准人', render: function (v) { return v.approvedBy; } },
        { title: '批准时间', render: function (v) { return SV.time(v.approvedAt); } },
        { title: '试算编号', render: function (v) { return v.whatifRunId ? h('span', { class: 'mono small' }, SV.truncate(v.whatifRunId, 13)) : ''; } },
        { title: '状态', render: function (v) { return v.live ? h('span', { class: 'badge status-met' }, '现行') : h('span', { class: 'muted' }, '历史'); } }
      ], versions) : SV.empty('暂无批准上线的版本：现行规则库' + (live ? ' ' + live : '') + ' 为随程序发布的版本。'));
    } catch (e) {
      SV.replace(box, SV.errorBox(e, '读取版本历史'));
    }
  }

  function init() {
    form.addEventListener('submit', run);
    Array.prototype.forEach.call(form.querySelectorAll('input[name=kind]'), function (radio) {
      radio.addEventListener('change', function () { document.getElementById('whatif-name-row').hidden = kind() !== 'drl'; });
    });
    document.getElementById('whatif-file').addEventListener('change', function (e) {
      const file = e.target.files && e.target.files[0];
      if (!file) { return; }
      const reader = new FileReader();
      reader.onload = function () {
        form.body.value = String(reader.result);
        if (/\.drl$/i.test(file.name)) {
          form.querySelector('input[name=kind][value=drl]').checked = true;
          form.name.value = file.name;
          document.getElementById('whatif-name-row').hidden = false;
        } else if (/\.csv$/i.test(file.name)) {
          form.querySelector('input[name=kind][value=catalogue]').checked = true;
          document.getElementById('whatif-name-row').hidden = true;
        }
        document.getElementById('whatif-file-name').textContent = SV.mask(file.name);
        SV.toast('已载入 ' + file.name + '（' + SV.num(reader.result.length) + ' 字）');
      };
      reader.onerror = function () { SV.toast('无法读取文件 ' + file.name, 'error'); };
      reader.readAsText(file, 'utf-8');
    });
  }

  SV.showWhatif = function () {
    if (!loaded) {
      loaded = true;
      return Promise.all([loadRuns(), loadVersions()]);
    }
    return Promise.resolve();
  };

  init();
})();
