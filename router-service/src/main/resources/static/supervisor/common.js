/* 督办台公用部分：DOM 构造、接口调用（会话 Cookie + CSRF）、错误提示、中文标签、北京时间日期。 ES2017，无外部依赖。 */
(function () {
  'use strict';
  const SV = window.SV = window.SV || {};

  // ---- 号码遮蔽：接口已遮蔽来电号码；页面再兜底一次，任何 11 位手机号都不以明文显示。 ----
  const PHONE = /(^|\D)(1[3-9]\d)(\d{4})(\d{4})(?!\d)/g;
  SV.mask = function (value) {
    if (value === null || value === undefined) { return ''; }
    return String(value).replace(PHONE, '$1$2****$4');
  };

  // ---- DOM ----
  /** h('div', {class: 'x', onclick: fn}, child, 'text', [children]) — 文本一律作为文本节点插入（不解析 HTML）。 */
  SV.h = function (tag, attrs) {
    const node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (key) {
        const value = attrs[key];
        if (value === null || value === undefined || value === false) { return; }
        if (key.indexOf('on') === 0 && typeof value === 'function') {
          node.addEventListener(key.substring(2), value);
        } else if (key === 'class') {
          node.className = value;
        } else if (key === 'dataset') {
          Object.keys(value).forEach(function (k) { node.dataset[k] = value[k]; });
        } else if (value === true) {
          node.setAttribute(key, '');
        } else {
          node.setAttribute(key, SV.mask(value));
        }
      });
    }
    for (let i = 2; i < arguments.length; i++) { append(node, arguments[i]); }
    return node;
  };

  function append(node, child) {
    if (child === null || child === undefined || child === false) { return; }
    if (Array.isArray(child)) { child.forEach(function (c) { append(node, c); }); return; }
    if (child instanceof Node) { node.appendChild(child); return; }
    node.appendChild(document.createTextNode(SV.mask(child)));
  }
  SV.append = append;

  SV.replace = function (container, content) {
    while (container.firstChild) { container.removeChild(container.firstChild); }
    append(container, content);
  };

  SV.loading = function (text) {
    return SV.h('p', { class: 'loading' }, SV.h('span', { class: 'spinner', 'aria-hidden': 'true' }), text || '加载中…');
  };

  SV.empty = function (text) {
    return SV.h('p', { class: 'empty' }, text || '暂无数据');
  };

  SV.toast = function (text, kind) {
    const box = document.getElementById('toast');
    box.textContent = SV.mask(text);
    box.className = 'toast ' + (kind || 'info');
    box.hidden = false;
    clearTimeout(SV.toast.timer);
    SV.toast.timer = setTimeout(function () { box.hidden = true; }, 4000);
  };

  /**
   * A table. columns: [{title, render(row) → text|Node, class}]. options.onRowClick(row), options.rowKey(row).
   */
  SV.table = function (columns, rows, options) {
    const opts = options || {};
    const head = SV.h('tr', null, columns.map(function (c) { return SV.h('th', { class: c.class }, c.title); }));
    const body = SV.h('tbody', null, rows.map(function (row) {
      const tr = SV.h('tr', {
        class: opts.onRowClick ? 'clickable' : null,
        tabindex: opts.onRowClick ? '0' : null,
        title: opts.rowTitle || null
      }, columns.map(function (c) {
        const value = c.render(row);
        return SV.h('td', { class: c.class }, value === null || value === undefined || value === '' ? '—' : value);
      }));
      if (opts.rowKey) { tr.dataset.key = opts.rowKey(row); }
      if (opts.onRowClick) {
        tr.addEventListener('click', function () { opts.onRowClick(row, tr); });
        tr.addEventListener('keydown', function (e) { if (e.key === 'Enter') { opts.onRowClick(row, tr); } });
      }
      return tr;
    }));
    return SV.h('div', { class: 'table-wrap' }, SV.h('table', { class: opts.class || 'data' }, SV.h('thead', null, head), body));
  };

  // ---- 接口 ----
  function cookie(name) {
    const parts = document.cookie ? document.cookie.split('; ') : [];
    for (let i = 0; i < parts.length; i++) {
      const eq = parts[i].indexOf('=');
      if (parts[i].substring(0, eq) === name) { return decodeURIComponent(parts[i].substring(eq + 1)); }
    }
    return null;
  }

  class ApiError extends Error {
    constructor(status, problem, message) {
      super(message || ('HTTP ' + status));
      this.status = status;
      this.problem = problem || null;
    }
  }
  SV.ApiError = ApiError;

  async function send(method, path, body, contentType) {
    const attempt = async function () {
      const token = cookie('XSRF-TOKEN');
      const headers = { 'Accept': 'application/json, application/problem+json', 'X-Requested-With': 'XMLHttpRequest' };
      if (token) { headers['X-XSRF-TOKEN'] = token; }
      if (contentType) { headers['Content-Type'] = contentType; }
      let response;
      try {
        response = await fetch(path, { method: method, headers: headers, body: body, credentials: 'same-origin', cache: 'no-store' });
      } catch (e) {
        throw new ApiError(0, null, '无法连接服务器');
      }
      return { response: response, token: token };
    };
    let result = await attempt();
    // 403 with a new XSRF-TOKEN cookie is the CSRF check (the token was missing or renewed at sign-in): once more.
    if (method !== 'GET' && result.response.status === 403 && cookie('XSRF-TOKEN') && cookie('XSRF-TOKEN') !== result.token) {
      result = await attempt();
    }
    const response = result.response;
    if (response.redirected && new URL(response.url).pathname === '/login.html') {
      throw new ApiError(401, null, '登录已过期');
    }
    const text = await response.text();
    let data = null;
    if (text) {
      try { data = JSON.parse(text); } catch (e) { data = null; }
    }
    if (!response.ok) {
      throw new ApiError(response.status, data && typeof data === 'object' ? data : null);
    }
    if (text && data === null) {
      throw new ApiError(response.status, null, '服务器返回的不是 JSON');
    }
    return { status: response.status, data: data };
  }

  SV.api = {
    get: async function (path, params) {
      return (await send('GET', path + SV.query(params))).data;
    },
    post: async function (path, params, body, contentType) {
      return send('POST', path + SV.query(params), body, contentType);
    }
  };

  SV.query = function (params) {
    if (!params) { return ''; }
    const q = new URLSearchParams();
    Object.keys(params).forEach(function (k) {
      const v = params[k];
      if (v !== null && v !== undefined && v !== '') { q.set(k, v); }
    });
    const s = q.toString();
    return s ? '?' + s : '';
  };

  /** 把接口错误写成中文提示（含问题详情 detail 与逐条问题）。 */
  SV.errorBox = function (error, what) {
    const status = error && error.status;
    const problem = (error && error.problem) || {};
    let message;
    if (status === 0) {
      message = '无法连接服务器，请检查网络后重试。';
    } else if (status === 400) {
      message = '参数有误（HTTP 400）。';
    } else if (status === 401) {
      message = '登录已过期，请重新登录。';
    } else if (status === 403) {
      message = '无权限：当前账号不能执行此操作。';
    } else if (status === 404) {
      message = '未找到（HTTP 404）：接口尚未开放或对象不存在。';
    } else if (status === 409) {
      message = '操作冲突（HTTP 409）。';
    } else if (status === 422) {
      message = '内容有误，未被接受（HTTP 422）。';
    } else if (status >= 500) {
      message = '服务器内部错误（HTTP ' + status + '），请稍后重试。';
    } else if (status) {
      message = '请求失败（HTTP ' + status + '）。';
    } else {
      message = '页面出错：' + (error && error.message ? error.message : String(error));
    }
    const list = [].concat(problem.problems || [], problem.errors || []).map(function (p) {
      return SV.h('li', null, typeof p === 'string' ? p : Object.keys(p).map(function (k) { return p[k]; }).join(' · '));
    });
    return SV.h('div', { class: 'error', role: 'alert' },
      SV.h('strong', null, (what ? what + '失败：' : '') + message),
      problem.detail ? SV.h('div', { class: 'detail' }, '详情：' + problem.detail) : null,
      list.length ? SV.h('ul', { class: 'problems' }, list) : null,
      status === 401 ? SV.h('div', null, SV.h('a', { href: '/login.html' }, '重新登录')) : null);
  };

  // ---- 北京时间 ----
  const ZONE = 'Asia/Shanghai';
  const dateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
  const timeFormat = new Intl.DateTimeFormat('en-GB', {
    timeZone: ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false
  });

  SV.today = function () {
    return SV.isoDate(new Date());
  };
  SV.isoDate = function (date) {
    const parts = {};
    dateFormat.formatToParts(date).forEach(function (p) { parts[p.type] = p.value; });
    return parts.year + '-' + parts.month + '-' + parts.day;
  };
  /** An ISO local date moved by n days (calendar arithmetic, no time zone involved). */
  SV.addDays = function (iso, n) {
    const d = new Date(iso + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().substring(0, 10);
  };
  SV.time = function (value) {
    if (!value) { return ''; }
    const d = new Date(value);
    if (isNaN(d.getTime())) { return String(value); }
    const parts = {};
    timeFormat.formatToParts(d).forEach(function (p) { parts[p.type] = p.value; });
    const hour = parts.hour === '24' ? '00' : parts.hour;
    return parts.year + '-' + parts.month + '-' + parts.day + ' ' + hour + ':' + parts.minute + ':' + parts.second;
  };
  SV.shortDate = function (iso) {
    return iso ? String(iso).substring(5).replace('-', '/') : '';
  };

  // ---- 数字 ----
  SV.num = function (n) {
    return n === null || n === undefined ? '—' : Number(n).toLocaleString('zh-CN');
  };
  SV.pct = function (share) {
    if (share === null || share === undefined || isNaN(share)) { return '—'; }
    return (Math.round(share * 1000) / 10).toFixed(1) + '%';
  };
  SV.micros = function (us) {
    if (us === null || us === undefined) { return '—'; }
    return us >= 1000 ? (us / 1000).toFixed(2) + ' 毫秒' : us + ' 微秒';
  };
  SV.confidence = function (c) {
    if (c === null || c === undefined) { return '—'; }
    if (typeof c === 'number') { return SV.pct(c); }
    return ({ high: '高', medium: '中', low: '低' })[String(c).toLowerCase()] || String(c);
  };

  // ---- 中文标签 ----
  SV.LINES = [
    { code: '110', name: '110 报警' },
    { code: '12345', name: '12345 政务服务' },
    { code: '114', name: '114 挪车' }
  ];
  SV.LINE_COLORS = { '110': '#c0392b', '12345': '#1f6fb5', '114': '#e0961b' };
  SV.lineName = function (code) {
    const line = SV.LINES.filter(function (l) { return l.code === String(code); })[0];
    return line ? line.name : (code ? String(code) : '');
  };
  SV.lineBadge = function (code) {
    if (!code) { return null; }
    return SV.h('span', { class: 'badge line-' + code }, String(code));
  };

  SV.CATEGORIES = {
    '1': '刑事案件', '2': '治安案事件', '3': '群体性事件', '4': '灾害事故',
    '5': '其他违法犯罪警情', '6': '紧急求助', '7': '民警违法违纪'
  };
  SV.categoryName = function (c) {
    if (c === null || c === undefined || c === '') { return ''; }
    return SV.CATEGORIES[String(c)] ? c + ' ' + SV.CATEGORIES[String(c)] : String(c);
  };

  SV.DEPARTMENTS = {
    URBAN_MGMT: '城市管理综合执法', HOUSING: '住房和城乡建设', MARKET_REG: '市场监督管理', ECO_ENV: '生态环境',
    HR_SOCIAL: '人力资源和社会保障', WATER: '水务', POWER: '供电公司', GAS_HEAT: '燃气和供热', TRANSPORT: '交通运输',
    TRAFFIC_POLICE: '公安交通管理', HEALTH: '卫生健康', EDUCATION: '教育', CIVIL_AFFAIRS: '民政', COMMUNITY: '街道和社区',
    GREENING: '园林绿化', ANIMAL: '农业农村', CULTURE_TOURISM: '文化和旅游', TELECOM: '通信管理', MEDICAL_INS: '医疗保障',
    TAX: '税务', EMERGENCY_MGMT: '应急管理', PSB_ADMIN: '公安局户政和出入境', HOTLINE_SUPERVISION: '热线督办'
  };
  SV.departmentName = function (code) {
    if (!code) { return ''; }
    return SV.DEPARTMENTS[code] || String(code);
  };
  SV.department = function (code) {
    if (!code) { return null; }
    return SV.h('span', { title: code }, SV.departmentName(code));
  };

  SV.CHANNELS = { call: '电话', sms: '短信', wechat: '微信', open311: '开放接口', exchange: '平台互转' };
  SV.channelName = function (c) { return c ? (SV.CHANNELS[c] || String(c)) : ''; };

  SV.STATES = { routed: '已派单', received: '已签收', accepted: '已受理', handled: '已办结', closed: '已关闭', disputed: '争议待裁决' };
  SV.stateName = function (s) { return s ? (SV.STATES[s] || String(s)) : ''; };

  SV.KINDS = {
    routed: '派单', rerouted: '退回改派', feedback: '反馈', implied: '推定环节', late: '迟到反馈', refused: '拒收反馈',
    escalated: '督办升级', escalation: '督办升级', reminded: '超时提醒', outcome: '结果回告', telephony: '话务指令',
    decision: '派单决定', decided: '派单决定', overdue: '超时'
  };
  SV.kindName = function (k) { return k ? (SV.KINDS[k] || String(k)) : ''; };

  SV.STAGES = {
    received: '签收', accepted: '受理', progress: '进展', handled: '办结', rejected: '退回', notified: '已通知车主',
    delivered: '短信已送达', failed: '通知失败', moved: '已挪车', closed: '关闭', duplicate: '重复来件', throttled: '限流',
    receive: '签收', accept: '受理', feedback: '反馈', finish: '办结'
  };
  SV.stageName = function (s) { return s ? (SV.STAGES[s] || String(s)) : ''; };

  SV.ACTIONS = { tow: '拖车', 'on-site': '现场处置', review: '人工复核', supervise: '督办' };
  SV.actionName = function (a) { return a ? (SV.ACTIONS[a] || String(a)) : ''; };

  SV.REASONS = {
    OVERDUE_RECEIVE: '签收超时', OVERDUE_ACCEPT: '受理超时', OVERDUE_FEEDBACK: '反馈超时', OVERDUE_FINISH: '办结超时',
    OVERDUE: '超时', SECOND_REJECTION: '二次退回', FIRST_RECEIVER_RESPONSIBLE: '首接负责', HARASSMENT_SUSPECTED: '疑似骚扰',
    UNKNOWN_PLATE: '车牌未登记', COLOUR_CONFLICT: '车牌颜色不符', NO_PLATE: '未说明车牌', SMS_UNDELIVERED: '短信未送达',
    NOT_SENT_IN_TIME: '短信未及时发出', NO_DELIVERY_RECEIPT: '无送达回执', ALREADY_NOTIFIED: '已通知过', ALREADY_ACCEPTED: '已受理',
    TICKET_CLOSED: '工单已关闭', UNKNOWN_TICKET: '未知工单', STAGE_NOT_FOR_LINE: '环节不适用于该热线', NOT_ASSIGNED: '未派给该方',
    KEY_MISMATCH: '编号不符', LOOP_FAILED: '闭环处理失败', INVALID_EVENT: '事件无效', MOVED: '已挪车'
  };
  SV.reasonName = function (r) { return r ? (SV.REASONS[r] || String(r)) : ''; };

  SV.DEADLINE_KINDS = { receive: '签收时限', accept: '受理时限', feedback: '反馈时限', finish: '办结时限' };
  SV.deadlineKindName = function (k) { return k ? (SV.DEADLINE_KINDS[k] || String(k)) : ''; };

  SV.DEADLINE_STATUS = { pending: '进行中', met: '按时完成', overdue: '已超时', cancelled: '已取消' };
  SV.deadlineStatus = function (s) {
    if (!s) { return null; }
    return SV.h('span', { class: 'badge status-' + s }, SV.DEADLINE_STATUS[s] || String(s));
  };

  SV.SOURCES = { '/hotline/router': '路由派单', '/hotline/loop': '闭环跟踪', '/hotline/movecar': '114 挪车', '/hotline/intake': '受理' };
  SV.sourceName = function (s) { return s ? (SV.SOURCES[s] || String(s)) : ''; };

  SV.KINDS_OF_RUN = { catalogue: '转办事项目录', drl: '规则文件', shipped: '随程序发布', builtin: '随程序发布', classpath: '随程序发布', release: '发布' };
  SV.runKindName = function (k) { return k ? (SV.KINDS_OF_RUN[k] || String(k)) : ''; };

  /** 时限写法：30m、2h、1d、1wd，或 ISO-8601 时长 PT2H。 */
  SV.limit = function (value) {
    if (value === null || value === undefined || value === '') { return ''; }
    const s = String(value);
    let m = /^(\d+)(m|h|d|wd)$/.exec(s);
    if (m) {
      return m[1] + ({ m: ' 分钟', h: ' 小时', d: ' 天', wd: ' 个工作日' })[m[2]];
    }
    m = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/.exec(s);
    if (m) {
      const out = [];
      if (m[1]) { out.push(m[1] + ' 天'); }
      if (m[2]) { out.push(m[2] + ' 小时'); }
      if (m[3]) { out.push(m[3] + ' 分钟'); }
      if (m[4]) { out.push(m[4] + ' 秒'); }
      return out.join(' ') || s;
    }
    return s;
  };

  SV.truncate = function (text, n) {
    if (!text) { return ''; }
    const s = String(text);
    return s.length > n ? s.substring(0, n) + '…' : s;
  };

  /** 选择框的选项：[{value, label}]，第一项“全部”。 */
  SV.fillSelect = function (select, options, allLabel) {
    SV.replace(select, [SV.h('option', { value: '' }, allLabel || '全部')].concat(options.map(function (o) {
      return SV.h('option', { value: o.value }, o.label);
    })));
  };
})();
