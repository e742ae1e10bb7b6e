// sourcecheck HTML report: filters and the detail panel; reads and writes only this page.
(function () {
  'use strict';
  var rank = { info: 1, warning: 2, error: 3 };
  var meta = {};
  var rows = document.querySelectorAll('tr.finding');
  rows.forEach(function (r) {
    meta[r.id] = { sev: r.getAttribute('data-sev'), cat: r.getAttribute('data-cat'), rule: r.getAttribute('data-rule') };
  });
  var form = document.getElementById('filters');
  var groups = ['severity', 'category', 'rule'];
  var keyOf = { severity: 'sev', category: 'cat', rule: 'rule' };

  function chosen() {
    var s = {};
    groups.forEach(function (g) {
      s[g] = {};
      form.querySelectorAll('input[name="' + g + '"]').forEach(function (box) {
        if (box.checked) { s[g][box.value] = true; }
      });
    });
    return s;
  }

  function visible(id, s) {
    var m = meta[id];
    return !!m && groups.every(function (g) { return s[g][m[keyOf[g]]]; });
  }

  function apply() {
    var s = chosen();
    var shown = 0;
    rows.forEach(function (r) {
      var v = visible(r.id, s);
      r.classList.toggle('hidden', !v);
      if (v) { shown++; }
    });
    document.querySelectorAll('mark[data-f]').forEach(function (el) {
      var ids = el.getAttribute('data-f').split(' ').filter(function (id) { return visible(id, s); });
      el.className = el.className.replace(/\b(sev|cat)-\S+|\boff\b/g, '').trim();
      if (ids.length === 0) {
        el.classList.add('off');
        return;
      }
      var best = ids.reduce(function (a, b) { return rank[meta[b].sev] > rank[meta[a].sev] ? b : a; });
      el.classList.add('sev-' + meta[best].sev, 'cat-' + meta[best].cat);
    });
    document.querySelectorAll('.xs, ul.whole li').forEach(function (box) {
      var m = box.querySelector('mark[data-f]');
      box.classList.toggle('hidden', !!m && m.classList.contains('off'));
    });
    document.getElementById('shown').textContent = shown + ' of ' + rows.length + ' findings shown';
    writeHash(s);
  }

  function writeHash(s) {
    var parts = [];
    groups.forEach(function (g) {
      var all = form.querySelectorAll('input[name="' + g + '"]');
      var on = Object.keys(s[g]);
      if (on.length < all.length) { parts.push(g + '=' + on.map(encodeURIComponent).join(',')); }
    });
    var h = parts.join('&');
    if (h !== location.hash.replace(/^#/, '') && history.replaceState) {
      history.replaceState(null, '', h ? '#' + h : location.pathname + location.search);
    }
  }

  function readHash() {
    var h = location.hash.replace(/^#/, '');
    if (!h || h.indexOf('=') < 0) { return; }
    h.split('&').forEach(function (part) {
      var kv = part.split('=');
      if (groups.indexOf(kv[0]) < 0) { return; }
      var on = {};
      (kv[1] || '').split(',').forEach(function (v) { on[decodeURIComponent(v)] = true; });
      form.querySelectorAll('input[name="' + kv[0] + '"]').forEach(function (box) { box.checked = !!on[box.value]; });
    });
  }

  var panel = document.getElementById('detail');
  function show(el) {
    document.querySelectorAll('mark.focus').forEach(function (m) { m.classList.remove('focus'); });
    el.classList.add('focus');
    var list = panel.querySelector('.items');
    while (list.firstChild) { list.removeChild(list.firstChild); }
    el.getAttribute('data-f').split(' ').forEach(function (id) {
      var r = document.getElementById(id);
      if (!r || r.classList.contains('hidden')) { return; }
      var m = meta[id];
      var help = document.getElementById('rule-' + m.rule);
      var h4 = document.createElement('h4');
      h4.textContent = m.rule + ' (' + m.sev + ')';
      var msg = document.createElement('p');
      msg.textContent = r.cells[4].textContent;
      list.appendChild(h4);
      list.appendChild(msg);
      if (help && help.nextElementSibling) {
        var hp = document.createElement('p');
        hp.className = 'meta';
        hp.textContent = help.nextElementSibling.textContent;
        list.appendChild(hp);
      }
    });
    panel.hidden = !list.firstChild;
  }

  document.addEventListener('click', function (e) {
    var el = e.target.closest ? e.target.closest('mark[data-f]') : null;
    if (el && !el.classList.contains('off')) { show(el); return; }
    var row = e.target.closest ? e.target.closest('tr.finding') : null;
    if (row && !e.target.closest('a')) {
      var m = document.querySelector('mark[data-f~="' + row.id + '"]');
      if (m) { m.scrollIntoView({ block: 'center' }); show(m); }
    }
  });
  panel.querySelector('button').addEventListener('click', function () { panel.hidden = true; });
  form.addEventListener('change', apply);
  form.querySelectorAll('button[data-all]').forEach(function (b) {
    b.addEventListener('click', function (e) {
      e.preventDefault();
      var on = b.getAttribute('data-all') === 'on';
      form.querySelectorAll('input[name="' + b.getAttribute('data-group') + '"]').forEach(function (box) { box.checked = on; });
      apply();
    });
  });
  readHash();
  apply();
  document.body.setAttribute('data-ready', 'true');
}());
