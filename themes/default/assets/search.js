/* BriefingSite search: loads search/index.json only when the reader starts searching, then matches in the browser.
   Typo-tolerant for names: a query word matches a word of a title, name, alias or summary exactly, as a prefix,
   inside it, or within a small edit distance (Damerau-Levenshtein: 1 edit for 4-6 letters, 2 from 7), so
   "Zelensky" and "Zelenskiy" both find "Zelenskyy". No dependencies, no network beyond the index file. */
(function () {
  'use strict';
  var form = document.querySelector('form[data-search]');
  if (!form || !window.fetch) return;
  var input = form.querySelector('input[type="search"]');
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var base = form.getAttribute('data-base') || '/';
  var indexUrl = form.getAttribute('data-index');
  var nojs = document.querySelector('.search-nojs');
  if (nojs) nojs.hidden = true;
  form.classList.add('is-enhanced');

  var MAX_SHOWN = 30;
  var WEIGHT = { name: 1, alias: 0.95, summary: 0.6 };
  var KIND_LABEL = { article: 'Briefing', person: 'Person', organization: 'Organisation', country: 'Country', event: 'Event' };
  var records = null;
  var loading = null;
  var timer = 0;

  function fold(text) {
    return String(text).toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      .replace(/[\u2019']/g, '').replace(/[^a-z0-9\u0400-\u04ff]+/g, ' ').trim();
  }
  function words(text) { var f = fold(text); return f ? f.split(' ') : []; }

  function load() {
    if (!loading) {
      status.textContent = 'Loading the search index…';
      loading = fetch(indexUrl, { credentials: 'same-origin' })
        .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
        .then(function (data) { records = prepare(data); return records; })
        .catch(function () { loading = null; status.textContent = 'The search index could not be loaded. Check your connection and try again.'; throw new Error('index'); });
    }
    return loading;
  }

  function prepare(data) {
    var out = [];
    (data.actors || []).forEach(function (r) {
      out.push(record('actor', r[2], r[1], base + 'actors/' + r[0] + '/', '', '', [r[1]], r[3] || [], []));
    });
    (data.events || []).forEach(function (r) {
      out.push(record('event', 'event', r[1], base + 'events/' + r[0] + '/', r[2], '', [r[1]], [], []));
    });
    (data.articles || []).forEach(function (r) {
      out.push(record('article', 'article', r[1], base + 'articles/' + r[0] + '/', r[2], r[3], [r[1]], [], [r[3]]));
    });
    return out;
  }

  function record(type, kind, title, url, date, summary, names, aliases, summaries) {
    var fields = [];
    names.forEach(function (t) { fields.push({ w: WEIGHT.name, words: words(t) }); });
    aliases.forEach(function (t) { fields.push({ w: WEIGHT.alias, words: words(t) }); });
    summaries.forEach(function (t) { fields.push({ w: WEIGHT.summary, words: words(t) }); });
    return { type: type, kind: kind, title: title, url: url, date: date, summary: summary, fields: fields };
  }

  /* Optimal string alignment distance, stopping early once it exceeds max. */
  function distance(a, b, max) {
    if (Math.abs(a.length - b.length) > max) return max + 1;
    var prev2 = null, prev = [], cur, i, j;
    for (j = 0; j <= b.length; j++) prev[j] = j;
    for (i = 1; i <= a.length; i++) {
      cur = [i];
      var rowMin = i;
      for (j = 1; j <= b.length; j++) {
        var cost = a[i - 1] === b[j - 1] ? 0 : 1;
        var v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost);
        if (prev2 && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
        cur[j] = v;
        if (v < rowMin) rowMin = v;
      }
      if (rowMin > max) return max + 1;
      prev2 = prev; prev = cur;
    }
    return prev[b.length];
  }

  /* How well one query word matches one indexed word, from 0 (not at all) to 1 (the same word). */
  function wordScore(q, w) {
    if (q === w) return 1;
    if (w.length > q.length && w.lastIndexOf(q, 0) === 0) return q.length >= 3 ? 0.9 : 0.6;
    if (q.length >= 4 && w.indexOf(q) > 0) return 0.7;
    if (q.length < 4) return 0;
    var max = q.length >= 7 ? 2 : 1;
    var d = distance(q, w, max);
    if (d <= max) return 0.85 - 0.1 * d;
    // A misspelt prefix while typing ("zelens" for "zelenskyy"): compare with the word's start.
    if (w.length > q.length && distance(q, w.slice(0, q.length), max) <= max) return 0.5;
    return 0;
  }

  function search(query) {
    var terms = words(query).filter(function (t, i, all) { return all.indexOf(t) === i; });
    if (!terms.length) return [];
    var caches = terms.map(function () { return Object.create(null); });
    var results = [];
    records.forEach(function (rec) {
      var total = 0;
      for (var t = 0; t < terms.length; t++) {
        var best = 0;
        for (var f = 0; f < rec.fields.length; f++) {
          var field = rec.fields[f];
          for (var k = 0; k < field.words.length; k++) {
            var w = field.words[k];
            var s = caches[t][w];
            if (s === undefined) s = caches[t][w] = wordScore(terms[t], w);
            if (s * field.w > best) best = s * field.w;
          }
        }
        if (best === 0) return; // every query word must match somewhere
        total += best;
      }
      var score = total / terms.length + (rec.type === 'article' ? 0 : 0.05);
      results.push({ rec: rec, score: score });
    });
    results.sort(function (a, b) {
      return b.score - a.score || (b.rec.date || '').localeCompare(a.rec.date || '') || a.rec.title.localeCompare(b.rec.title);
    });
    return results;
  }

  var MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  /* "2025-02-13" → "13 February 2025", "2025-02" → "February 2025", "2025" stays: the precision the text gave. */
  function showDate(iso) {
    var p = iso.split('-');
    if (p.length === 3) return +p[2] + ' ' + MONTHS[+p[1] - 1] + ' ' + p[0];
    if (p.length === 2) return MONTHS[+p[1] - 1] + ' ' + p[0];
    return iso;
  }

  function render(query) {
    var found = search(query);
    list.textContent = '';
    found.slice(0, MAX_SHOWN).forEach(function (r) {
      var li = document.createElement('li');
      li.className = 'result result-' + r.rec.type;
      var meta = document.createElement('p');
      meta.className = 'result-meta';
      var kind = document.createElement('span');
      kind.className = 'result-kind';
      kind.textContent = KIND_LABEL[r.rec.kind] || r.rec.kind;
      meta.appendChild(kind);
      if (r.rec.date) meta.appendChild(document.createTextNode(showDate(r.rec.date)));
      var a = document.createElement('a');
      a.href = r.rec.url;
      a.textContent = r.rec.title;
      li.appendChild(meta);
      li.appendChild(a);
      if (r.rec.summary && r.rec.summary !== r.rec.title) {
        var p = document.createElement('p');
        p.textContent = r.rec.summary;
        li.appendChild(p);
      }
      list.appendChild(li);
    });
    var shown = Math.min(found.length, MAX_SHOWN);
    status.textContent = !query.trim() ? ''
      : found.length === 0 ? 'No results for “' + query.trim() + '”.'
      : found.length > shown ? 'Showing the best ' + shown + ' of ' + found.length + ' results for “' + query.trim() + '”.'
      : found.length + (found.length === 1 ? ' result' : ' results') + ' for “' + query.trim() + '”.';
  }

  function run() {
    var q = input.value;
    load().then(function () {
      render(q);
      var url = new URL(window.location.href);
      if (q.trim()) url.searchParams.set('q', q.trim()); else url.searchParams.delete('q');
      window.history.replaceState(null, '', url.toString());
    }, function () { /* status already says why */ });
  }

  input.addEventListener('focus', function () { load().catch(function () {}); });
  input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 120); });
  form.addEventListener('submit', function (e) { e.preventDefault(); clearTimeout(timer); run(); });

  function links() { return Array.prototype.slice.call(list.querySelectorAll('a')); }
  input.addEventListener('keydown', function (e) {
    if (e.key === 'ArrowDown') { var l = links(); if (l.length) { e.preventDefault(); l[0].focus(); } }
  });
  list.addEventListener('keydown', function (e) {
    var l = links();
    var i = l.indexOf(document.activeElement);
    if (i < 0) return;
    if (e.key === 'ArrowDown') { e.preventDefault(); l[Math.min(i + 1, l.length - 1)].focus(); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); if (i === 0) input.focus(); else l[i - 1].focus(); }
    else if (e.key === 'Escape') { e.preventDefault(); input.focus(); }
    else if (e.key === 'Home') { e.preventDefault(); l[0].focus(); }
    else if (e.key === 'End') { e.preventDefault(); l[l.length - 1].focus(); }
  });

  var initial = new URLSearchParams(window.location.search).get('q');
  if (initial) { input.value = initial; run(); }
})();
