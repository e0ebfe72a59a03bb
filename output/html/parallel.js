// synoptic's parallel edition: draws the rows from the embedded alignment,
// then adds highlighting, navigation, toggles and the overview strip.
// Texts become DOM text nodes, never markup. Everything interactive works
// by event delegation on the table, so its cost does not grow with the text.
(function () {
  'use strict';
  var d = document, body = d.body;
  var table = d.getElementById('al');
  if (!table) return;
  var tbody = table.querySelector('.bd');
  var rows = tbody.children;
  var data = JSON.parse(d.getElementById('alignment-data').textContent);
  var view = JSON.parse(d.getElementById('view-data').textContent);
  // The columns shown, in order: all editions unless the page was made
  // for some of them.
  var cols = view.columns || data.editions.map(function (x, e) { return e; });
  table.style.setProperty('--n', String(cols.length));

  // Drawing the rows.
  function el(tag, cls, text) {
    var e = d.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }
  var first = view.labels[view.base] || 'the first edition';
  var kinds = {
    deleted: ['del', '\u2212', (view.versions ? 'deleted' : 'omitted') + ': only in ' + first],
    inserted: ['ins', '+', (view.versions ? 'inserted' : 'added') + ': not in ' + first],
    moved: ['mov', '\u21c5', 'moved'],
    changed: ['chg', '\u2260', 'changed']
  };
  var eds = view.eds.map(function (v, e) {
    var heads = {};
    v.heads.forEach(function (p) { heads[p] = true; });
    return { v: v, heads: heads, sents: data.editions[e].sentences, lang: view.langs[e], dir: view.dirs[e] };
  });
  var tableLang = view.langs[cols[0]];
  // diffInto returns the word diff whose result is edition e's text, in
  // a row of more than two editions.
  function diffInto(row, e) {
    for (var k = 0; row.diffs && k < row.diffs.length; k++) {
      if (row.diffs[k].to === e) return row.diffs[k];
    }
    return null;
  }
  function drawRow(row, r) {
    var tr = el('div', 'row');
    tr.id = 'r-' + r;
    tr.setAttribute('role', 'row');
    var k = kinds[row.kind];
    if (!k && row.ops) k = ['chg', '', ''];
    if (row.doubtful) {
      // A doubtful row (its score below align.DoubtfulBelow, as the
      // JSON says): "?" alone, or after the symbol of its kind.
      tr.classList.add('unc');
      if (k && k[1]) k = [k[0], k[1] + '?', k[2] + ' (uncertain)'];
      else k = [k ? k[0] : 'unc', '?', row.kind === 'match' ? 'uncertain match' : 'uncertain row'];
    }
    if (k) tr.classList.add(k[0]);
    var th = el('div', 'n'), a = el('a', null, String(r));
    th.setAttribute('role', 'rowheader');
    a.href = '#r-' + r;
    th.appendChild(a);
    if (k && k[1]) {
      var sym = el('span', 'sym', k[1]);
      sym.setAttribute('aria-hidden', 'true');
      th.appendChild(sym);
      th.appendChild(el('span', 'sr', ' ' + k[2]));
    }
    tr.appendChild(th);
    cols.forEach(function (e) {
      var cell = row.cells[e];
      var td = el('div', 'c');
      td.setAttribute('role', 'cell');
      if (!cell.length) {
        td.classList.add('gap');
        if (tableLang !== 'en') td.lang = 'en';
        if (row.kind === 'moved') {
          var up = row.peer < r;
          // Where the sentence stands now (the row with its diff, or
          // the second edition's of two) the gap says where it was.
          var from = row.cells.length === 2 ? e === 0 : !!row.diffs;
          var link = el('a', 'mv', (from ? 'moved from row ' : 'moved to row ') + row.peer + (up ? ' \u2191' : ' \u2193'));
          link.href = '#r-' + row.peer;
          td.appendChild(link);
        } else {
          td.textContent = { deleted: view.versions ? 'deleted' : 'omitted', inserted: view.versions ? 'inserted' : 'added' }[row.kind] || 'nothing here';
        }
      } else {
        var ed = eds[e];
        if (ed.lang !== tableLang) td.lang = ed.lang;
        if (ed.dir) td.dir = ed.dir;
        var dif = diffInto(row, e);
        if (row.ops && row.cells.length === 2) drawOps(td, row.ops, e, cell);
        else if (dif) drawInline(td, dif, e, cell);
        else cell.forEach(function (s, i) {
          if (i && sep(e, cell[i - 1], s)) td.appendChild(d.createTextNode(' '));
          drawSentence(td, e, s);
        });
      }
      tr.appendChild(td);
    });
    return tr;
  }
  // One side of a word diff: the first edition's text with its
  // deletions, or the second's with its insertions.
  function drawOps(td, ops, e, cell) {
    var want = e === 0 ? 'delete' : 'insert', tag = e === 0 ? 'del' : 'ins';
    var words = e === 0 ? '[deleted, ' : '[inserted, ';
    var put = placer(e, cell);
    ops.forEach(function (op) {
      var into = td;
      if (op.type === 'form') {
        // The same characters written otherwise (NFC, NFD): not a change.
        if (op.op === want) put(td, op.text);
        return;
      }
      if (op.op === want) {
        into = td.appendChild(el(tag, 't-' + op.type));
        into.appendChild(el('span', 'sr', words + op.type + '] '));
      } else if (op.op !== 'same') return;
      put(into, op.text);
    });
  }
  // A version's cell in a row of more than two editions: its text with
  // the words of the edition it was compared with that it lacks struck
  // through and its own new words underlined, as the terminal shows it.
  function drawInline(td, dif, e, cell) {
    var put = placer(e, cell), from = view.labels[dif.from];
    dif.ops.forEach(function (op) {
      if (op.type === 'form') {
        if (op.op === 'insert') put(td, op.text);
        return;
      }
      if (op.op === 'delete') {
        var x = td.appendChild(el('del', 't-' + op.type));
        x.appendChild(el('span', 'sr', '[only in ' + from + ', ' + op.type + '] '));
        x.appendChild(d.createTextNode(op.text));
        return;
      }
      var into = td;
      if (op.op === 'insert') {
        into = td.appendChild(el('ins', 't-' + op.type));
        into.appendChild(el('span', 'sr', '[not in ' + from + ', ' + op.type + '] '));
      }
      put(into, op.text);
    });
  }
  // sep is what stands between sentences a and b of edition e in a cell,
  // as editions.Edition.Separator says: nothing where b follows a in the
  // text with nothing between them (Chinese, Japanese), else a space.
  function sep(e, a, b) {
    var ss = eds[e].sents;
    return b === a + 1 && ss[a].end === ss[b].start ? '' : ' ';
  }
  // placer returns a function that appends the successive pieces of edition
  // e's text in a cell — its sentences joined as sep joins them — with their
  // note markers linked as elsewhere.
  function placer(e, cell) {
    var ed = eds[e], marks = [], base = 0, pos = 0;
    cell.forEach(function (si, i) {
      if (i) base += sep(e, cell[i - 1], si).length;
      (ed.v.anchors[si] || []).forEach(function (an) {
        if (an[2].charAt(0) === 'm') marks.push([base + an[0], base + an[1], an]);
      });
      base += ed.sents[si].text.length;
    });
    return function (into, text) {
      var at = 0, end = pos + text.length;
      marks.forEach(function (m) {
        var a = Math.max(m[0], pos), b = Math.min(m[1], end);
        if (a >= b) return;
        if (a - pos > at) into.appendChild(d.createTextNode(text.slice(at, a - pos)));
        into.appendChild(marker(e, m[2], text.slice(a - pos, b - pos)));
        at = b - pos;
      });
      if (at < text.length) into.appendChild(d.createTextNode(text.slice(at)));
      pos = end;
    };
  }
  // A note marker, linked to its note.
  function marker(e, an, t) {
    var x = el('a', 'fn', t), v = eds[e].v;
    if (an[4] >= 0) {
      x.href = '#n' + e + '-' + an[4];
      if (v.noteText[an[4]]) x.title = v.noteText[an[4]];
      if (an[3] & 2) x.id = 'm' + e + '-' + an[4];
    }
    return x;
  }
  function drawSentence(td, e, si) {
    var ed = eds[e], s = ed.sents[si], v = ed.v, p = s.paragraph, into = td;
    var note = v.notes[p];
    if (ed.heads[p]) into = td.appendChild(el('b', 'h'));
    else if (note !== undefined) {
      into = td.appendChild(el('small', 'note'));
      if (v.noteStart[si] !== undefined) into.id = 'n' + e + '-' + v.noteStart[si];
    } else if (si === 0 || ed.sents[si - 1].paragraph !== p) td.appendChild(el('i', 'pm'));
    var text = s.text, pos = 0;
    (v.anchors[si] || []).forEach(function (an) {
      if (an[0] > pos) into.appendChild(d.createTextNode(text.slice(pos, an[0])));
      var t = text.slice(an[0], an[1]), x;
      if (an[2].charAt(0) === 'm') {
        x = marker(e, an, t);
      } else {
        x = el('mark', null, t);
        x.setAttribute('data-k', an[2]);
      }
      if (an[3] & 1) x.classList.add('x');
      into.appendChild(x);
      pos = an[1];
    });
    if (pos < text.length) into.appendChild(d.createTextNode(text.slice(pos)));
    var n = v.noteStart[si];
    if (n !== undefined && hasRef(v, n)) {
      var back = el('a', 'back', '\u21a9');
      back.href = '#m' + e + '-' + n;
      back.setAttribute('aria-label', 'back to the reference');
      into.appendChild(d.createTextNode(' '));
      into.appendChild(back);
    }
  }
  // hasRef reports whether some marker points to note n: its note then
  // links back to the first.
  function hasRef(v, n) {
    if (!v.refs) {
      v.refs = {};
      Object.keys(v.anchors).forEach(function (s) {
        (v.anchors[s] || []).forEach(function (an) { if (an[3] & 2) v.refs[an[4]] = true; });
      });
    }
    return v.refs[n] === true;
  }
  // A row with nothing in the columns shown is left out; the others keep
  // their numbers, so that #r-N cites the same row in every page.
  function shown(row) { return cols.some(function (e) { return row.cells[e].length; }); }
  // fresh is called with every row drawn (the review page marks its
  // confirmed rows with it).
  var fresh = null;
  function makeRow(row, r) {
    var tr = drawRow(row, r);
    if (fresh) fresh(tr, row, r);
    return tr;
  }
  // The rows are drawn in order: those a reader sees first (to the row
  // the address names, and a screenful after it) at once, the others a
  // slice at a time, between which the page shows itself and answers
  // the reader. Whatever needs a row not drawn yet draws up to it first
  // (drawTo), so that nothing waits on the slices. On a novel (Verne,
  // 3,600 rows) the rows cost Chromium about 200 ms to make and lay out:
  // drawn at once, the page showed nothing until all were.
  var drawn = 0; // rows of data.rows drawn
  var whenAll = [];
  function drawTo(n) {
    n = Math.min(n, data.rows.length);
    if (drawn >= n) return;
    var frag = d.createDocumentFragment();
    for (; drawn < n; drawn++) {
      if (shown(data.rows[drawn])) frag.appendChild(makeRow(data.rows[drawn], drawn));
    }
    tbody.appendChild(frag);
    if (drawn === data.rows.length) allDrawn();
  }
  function allDrawn() {
    var fns = whenAll;
    whenAll = [];
    fns.forEach(function (fn) { fn(); });
  }
  function drawAll() { drawTo(data.rows.length); }
  // FIRST rows fill the tallest screen (rows are 1.5 lines at least);
  // SLICE rows take Chromium about 15 ms to make, so that the page
  // answers a key between slices within a frame or two. Both by hand,
  // on Verne.
  var FIRST = 80, SLICE = 400;
  var hashRow = /^#r-(\d+)$/.exec(location.hash);
  drawTo((hashRow ? +hashRow[1] + 1 : 0) + FIRST);
  // The address may name a row that did not exist when the page loaded.
  if (location.hash.length > 1) {
    if (!hashRow) drawAll();
    var target = d.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (target) {
      target.tabIndex = -1;
      target.focus({ preventScroll: true });
      target.scrollIntoView();
    }
  }
  (function more() {
    if (drawn < data.rows.length) setTimeout(function () { drawTo(drawn + SLICE); more(); }, 0);
  })();
  var head = table.querySelector('.hd');
  var status = d.getElementById('status');
  var types = d.getElementById('types');
  var strip = d.getElementById('strip');
  d.getElementById('controls').hidden = false;
  if (types) types.hidden = false;

  function rowOf(el) {
    var tr = el && el.closest ? el.closest('.row') : null;
    return tr && tr.parentNode === tbody ? tr : null;
  }
  function num(tr) { return +tr.id.slice(2); }
  // The other end of a move, from the link in its empty cell.
  function peer(tr) {
    var a = tr.querySelector('a.mv');
    return a ? d.getElementById(a.getAttribute('href').slice(1)) : null;
  }

  // Counterparts: the row under the pointer or holding the focus is lit
  // in every column, with the other end of a move.
  var lit = [];
  function light(tr) {
    if (lit[0] === tr) return;
    lit.forEach(function (r) { r.classList.remove('hl'); });
    lit = [];
    if (!tr) return;
    lit.push(tr);
    var p = peer(tr);
    if (p) lit.push(p);
    lit.forEach(function (r) { r.classList.add('hl'); });
  }
  // Anchors: the same number, date, name or marker in the row's columns.
  var keyed = [];
  function lightKey(m) {
    keyed.forEach(function (x) { x.classList.remove('hk'); });
    keyed = [];
    if (!m) return;
    var k = m.getAttribute('data-k');
    rowOf(m).querySelectorAll('mark').forEach(function (x) {
      if (x.getAttribute('data-k') === k) { x.classList.add('hk'); keyed.push(x); }
    });
  }
  tbody.addEventListener('mouseover', function (ev) {
    light(rowOf(ev.target));
    lightKey(ev.target.closest('mark[data-k]'));
  });
  tbody.addEventListener('mouseleave', function () {
    light(rowOf(d.activeElement));
    lightKey(null);
  });
  tbody.addEventListener('focusin', function (ev) { light(rowOf(ev.target)); });

  // Differences: rows omitted, added, moved or changed; a changed row
  // counts only while one of its types of difference is shown.
  var hidden = {};
  var diffs = [];
  function findDiffs() { diffs = Array.prototype.slice.call(tbody.querySelectorAll('.del,.ins,.mov,.chg')); }
  function counts(tr) {
    if (!tr.classList.contains('chg')) return true;
    if (!tr.diffTypes) {
      var t = {};
      tr.querySelectorAll('ins,del').forEach(function (x) { t[x.className.slice(2)] = 1; });
      tr.diffTypes = Object.keys(t);
    }
    return tr.diffTypes.some(function (t) { return !hidden[t]; });
  }
  function visibleDiffs() { return diffs.filter(counts); }

  // The current row: the one focused, else the first under the header.
  function current() {
    var tr = rowOf(d.activeElement);
    if (tr) return num(tr);
    var top = head.getBoundingClientRect().bottom;
    var lo = 0, hi = rows.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (rows[mid].getBoundingClientRect().bottom <= top) lo = mid + 1; else hi = mid;
    }
    // Between rows: the next one down is "next". (Rows left out of the
    // page make row numbers and positions differ.)
    return lo < rows.length ? num(rows[lo]) - 0.5 : data.rows.length;
  }
  function go(step) {
    drawAll();
    var list = visibleDiffs();
    if (!list.length) { say('No differences shown.'); return; }
    var at = current(), k;
    if (step > 0) {
      for (k = 0; k < list.length && num(list[k]) <= at; k++);
      if (k === list.length) { say('No further difference.'); return; }
    } else {
      for (k = list.length - 1; k >= 0 && num(list[k]) >= at; k--);
      if (k < 0) { say('No earlier difference.'); return; }
    }
    show(list[k]);
    var sr = list[k].querySelector('.n .sr');
    say('Difference ' + (k + 1) + ' of ' + list.length + ': row ' + num(list[k]) + (sr ? ', ' + sr.textContent : ''));
  }
  function show(tr) {
    tr.tabIndex = -1;
    tr.focus({ preventScroll: true });
    tr.scrollIntoView({ block: 'center' });
    if (history.replaceState) history.replaceState(null, '', '#' + tr.id);
    light(tr);
  }
  function say(s) { status.textContent = s; }
  d.getElementById('next').addEventListener('click', function () { go(1); });
  d.getElementById('prev').addEventListener('click', function () { go(-1); });
  d.addEventListener('keydown', function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey || ev.defaultPrevented) return;
    var t = ev.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) && t.type !== 'checkbox')) return;
    var step = { n: 1, j: 1, p: -1, k: -1 }[ev.key];
    if (step) { ev.preventDefault(); go(step); }
  });

  // Toggles: a hidden type is shown as plain text, and skipped.
  if (types) {
    types.addEventListener('change', function (ev) {
      var t = ev.target.value;
      hidden[t] = !ev.target.checked;
      body.classList.toggle('hide-' + t, hidden[t]);
      measure();
    });
    types.querySelectorAll('input').forEach(function (x) { hidden[x.value] = !x.checked; });
  }

  // The overview strip: where the differences stand in the whole text,
  // drawn on a canvas so that thousands of them cost one element. Each
  // kind has its own place across the strip as well as its colour.
  var marks = [], ctx = strip.getContext && strip.getContext('2d');
  var place = { del: [0, 0.5], ins: [0.5, 1], chg: [0.2, 0.8], mov: [0, 1] };
  var colours = {};
  function measure() {
    if (!ctx) return;
    var top = tbody.getBoundingClientRect().top + window.scrollY;
    marks = visibleDiffs().map(function (tr) {
      return { tr: tr, y: top + tr.offsetTop, h: tr.offsetHeight, kind: tr.classList[1] };
    });
    var cs = getComputedStyle(d.documentElement);
    ['dell', 'insl', 'chg', 'movl', 'mute'].forEach(function (v) { colours[v] = cs.getPropertyValue('--' + v).trim(); });
    draw();
  }
  var pending = false;
  function draw() {
    pending = false;
    var w = strip.clientWidth, h = strip.clientHeight, dpr = window.devicePixelRatio || 1;
    if (strip.width !== Math.round(w * dpr) || strip.height !== Math.round(h * dpr)) {
      strip.width = Math.round(w * dpr); strip.height = Math.round(h * dpr);
    }
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, w, h);
    var total = d.documentElement.scrollHeight, f = h / total;
    var fill = { del: colours.dell, ins: colours.insl, chg: colours.chg, mov: colours.movl };
    marks.forEach(function (m) {
      var p = place[m.kind] || [0, 1];
      ctx.fillStyle = fill[m.kind] || colours.mute;
      ctx.fillRect(w * p[0] + 1, m.y * f, w * (p[1] - p[0]) - 2, Math.max(2, m.h * f));
    });
    ctx.strokeStyle = colours.mute;
    ctx.lineWidth = 1;
    ctx.strokeRect(0.5, window.scrollY * f + 0.5, w - 1, Math.max(4, window.innerHeight * f) - 1);
  }
  function later() { if (!pending) { pending = true; requestAnimationFrame(draw); } }
  // measureSoon measures once the next frame is drawn, when the rows are
  // laid out already: measuring at once would lay them out first, and
  // hold back the frame that shows a change.
  function measureSoon() {
    if (ctx) requestAnimationFrame(function () { setTimeout(measure, 0); });
  }
  if (ctx) {
    strip.addEventListener('click', function (ev) {
      var f = d.documentElement.scrollHeight / strip.clientHeight;
      var y = ev.offsetY * f, best = null, dist = Infinity;
      marks.forEach(function (m) {
        var dm = Math.abs(m.y + m.h / 2 - y);
        if (dm < dist) { dist = dm; best = m; }
      });
      // Near a mark (within a few pixels of the strip) go to its row;
      // elsewhere, to that place in the text.
      if (best && dist / f < 6) show(best.tr);
      else window.scrollTo(0, y - window.innerHeight / 2);
    });
    // Rows off screen are not laid out (content-visibility) and stand
    // at an estimated height until seen: measure again once a scroll
    // has settled, as the estimates give way to real heights.
    var settle = 0;
    window.addEventListener('scroll', function () {
      later();
      clearTimeout(settle);
      settle = setTimeout(measure, 300);
    }, { passive: true });
    window.addEventListener('resize', measure);
    if (window.matchMedia) window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', measure);
  }
  // Once every row is drawn: the differences listed, the strip drawn.
  whenAll.push(function () {
    findDiffs();
    if (ctx) {
      strip.hidden = false;
      measureSoon();
    }
    if (window.performance && performance.mark) performance.mark('synoptic-ready');
    d.documentElement.setAttribute('data-ready', '');
  });
  if (drawn === data.rows.length) allDrawn();

  // splice shows a change of the rows without loading the page again
  // (the review page): from row at, removed rows give way to rows (in
  // the alignment JSON's model), whose sentences have the anchors given
  // ([edition, sentence, anchors], as the view data has them). The rows
  // after are numbered again.
  function splice(at, removed, rows, anchors) {
    drawAll();
    rows.forEach(function (row) {
      row.cells.forEach(function (cell, e) {
        cell.forEach(function (s) { delete eds[e].v.anchors[s]; });
      });
    });
    anchors.forEach(function (x) { eds[x[0]].v.anchors[x[1]] = x[2]; });
    eds.forEach(function (ed) { ed.v.refs = null; });
    Array.prototype.splice.apply(data.rows, [at, removed].concat(rows));
    drawn = data.rows.length;
    var lo = 0, hi = tbody.children.length;
    while (lo < hi) {
      var mid = (lo + hi) >> 1;
      if (num(tbody.children[mid]) < at) lo = mid + 1; else hi = mid;
    }
    var next = tbody.children[lo] || null;
    while (next && num(next) < at + removed) {
      var gone = next;
      next = next.nextElementSibling;
      tbody.removeChild(gone);
    }
    var delta = rows.length - removed;
    for (var tr = next; delta && tr; tr = tr.nextElementSibling) {
      var n = num(tr) + delta, a = tr.firstChild.firstChild;
      tr.id = 'r-' + n;
      a.firstChild.data = String(n);
      a.href = '#r-' + n;
    }
    var frag = d.createDocumentFragment();
    rows.forEach(function (row, k) { if (shown(row)) frag.appendChild(makeRow(row, at + k)); });
    tbody.insertBefore(frag, next);
    light(null);
    lightKey(null);
    findDiffs();
    measureSoon();
  }
  // What the review page's script uses.
  table.synoptic = {
    data: data, view: view, cols: cols, splice: splice, drawTo: drawTo, drawAll: drawAll,
    fresh: function (fn) { fresh = fn; },
    whenAll: function (fn) { if (drawn === data.rows.length) fn(); else whenAll.push(fn); }
  };
})();
