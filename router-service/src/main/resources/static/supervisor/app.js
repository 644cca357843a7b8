/* 页面切换（#overview / #search / #stats / #whatif）、现行规则库版本、退出登录。 */
(function () {
  'use strict';
  const SV = window.SV;
  const PAGES = {
    overview: function () { return SV.showOverview(); },
    search: function () { return SV.showSearch(); },
    stats: function () { return SV.showStats(); },
    whatif: function () { return SV.showWhatif(); }
  };
  const visited = {};

  function show() {
    let name = location.hash.replace('#', '');
    if (!PAGES[name]) { name = 'overview'; }
    Object.keys(PAGES).forEach(function (page) {
      document.getElementById('page-' + page).hidden = page !== name;
    });
    Array.prototype.forEach.call(document.querySelectorAll('#tabs a'), function (a) {
      const active = a.dataset.tab === name;
      a.classList.toggle('active', active);
      if (active) { a.setAttribute('aria-current', 'page'); } else { a.removeAttribute('aria-current'); }
    });
    // 总览 reloads on every visit (it is "now"); the other pages keep what the user set.
    if (name === 'overview' || !visited[name]) {
      visited[name] = true;
      PAGES[name]();
    }
  }

  SV.loadLiveVersion = async function () {
    const label = document.getElementById('live-version');
    try {
      const live = await SV.api.get('/api/v1/admin/rulebase');
      SV.liveVersion = live.version;
      label.textContent = '现行规则库 ' + live.version + '（' + live.transferItems + ' 个转办事项）';
      label.title = live.version;
    } catch (e) {
      label.textContent = e.status === 401 ? '登录已过期' : '规则库版本读取失败';
    }
  };

  document.getElementById('logout').addEventListener('click', async function () {
    try {
      await SV.api.post('/logout');
    } catch (e) {
      // whatever the answer, the sign-in page follows
    }
    location.assign('/login.html?logout');
  });

  window.addEventListener('hashchange', show);
  show();
  SV.loadLiveVersion();
})();
