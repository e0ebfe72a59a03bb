// synoptic review: the controls of the review page, over the parallel
// edition drawn above. A row is selected by a click (a cell also selects
// its edition); every action has a button and a key, and goes to the
// page's server as one batch of ops (POST /api/ops, the API of package
// review). The server answers once the change is saved, with the rows
// that changed (answer=change); the page redraws those rows in place and
// numbers the rows after them again, so that it shows what loading it
// again would show. Another tab's change, found when the server refuses
// one of this tab's (412), loads the page again.
(function () {
  'use strict';
  var d = document;
  var table = d.getElementById('al');
  if (!table || !table.synoptic) return;
  var page = table.synoptic;
  var tbody = table.querySelector('.bd');
  var data = page.data, view = page.view, cols = page.cols;
  // The version of the state the page shows: changes name it, and the
  // server refuses them (412) once another tab has changed the rows.
  var version = JSON.parse(d.getElementById('review-data').textContent).version;
  var rows = data.rows; // changed in place by page.splice
  var sel = { row: -1, ed: cols[0] };
  var store = window.sessionStorage;

  function el(tag, cls, text) {
    var e = d.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    return e;
  }
  function rowEl(r) { return d.getElementById('r-' + r); }

  // The confirmed rows, marked as they are drawn; the queue: rows not
  // confirmed, the least certain first.
  function mark(tr) {
    var n = tr.querySelector('.n');
    tr.classList.add('ok');
    var m = el('span', 'ok', '\u2713');
    m.setAttribute('aria-hidden', 'true');
    n.appendChild(m);
    n.appendChild(el('span', 'sr okr', ' confirmed'));
  }
  var queue, confirmed;
  function makeQueue() {
    queue = [];
    rows.forEach(function (row, r) { if (row.status !== 'confirmed') queue.push(r); });
    queue.sort(function (x, y) { return rows[x].score - rows[y].score || x - y; });
    confirmed = rows.length - queue.length;
  }
  rows.forEach(function (row, r) {
    var tr = row.status === 'confirmed' && rowEl(r);
    if (tr) mark(tr);
  });
  page.fresh(function (tr, row) { if (row.status === 'confirmed') mark(tr); });
  makeQueue();

  // The toolbar.
  var top = d.querySelector('header.top');
  var bar = el('div', 'rv');
  bar.setAttribute('role', 'toolbar');
  bar.setAttribute('aria-label', 'Review');
  var actions = [
    ['merge', 'Merge with next', 'm'],
    ['split', 'Split\u2026', 's'],
    ['up', 'Shift up', 'u'],
    ['down', 'Shift down', 'd'],
    ['alone', 'Omission/addition\u2026', 'o'],
    ['confirm', 'Confirm', 'c'],
    ['undo', 'Undo', 'z'],
    ['redo', 'Redo', 'y'],
    ['next', 'Next to review', 'q'],
    ['findings', 'Coverage findings', 'f'],
    ['accept', 'Accept finding', 'a'],
    ['realign', 'Realign', 'R']
  ];
  var buttons = {};
  actions.forEach(function (a) {
    var b = el('button', null, a[1] + ' ');
    b.type = 'button';
    b.id = 'rv-' + a[0];
    b.appendChild(el('kbd', null, a[2]));
    b.setAttribute('aria-keyshortcuts', a[2] === 'R' ? 'Shift+R' : a[2]);
    bar.appendChild(b);
    buttons[a[0]] = b;
  });
  var counts = el('span', 'counts');
  counts.id = 'rv-counts';
  bar.appendChild(counts);
  var msg = el('span', null, '');
  msg.id = 'rv-msg';
  msg.setAttribute('role', 'status');
  bar.appendChild(msg);
  top.appendChild(bar);

  var panel = el('div', 'rv-panel');
  var qbox = el('div');
  qbox.appendChild(el('h2', null, 'To review, least certain first'));
  var qlist = el('ol');
  qlist.id = 'rv-queue';
  // The queue shows its first rows; q and Next to review go through all.
  function drawQueue() {
    counts.textContent = confirmed + ' confirmed \u00b7 ' + queue.length + ' to review';
    while (qlist.firstChild) qlist.removeChild(qlist.firstChild);
    queue.slice(0, 200).forEach(function (r) {
      var li = el('li'), a = el('a', null, 'row ' + r + ' \u00b7 ' + rows[r].score.toFixed(2));
      a.href = '#r-' + r;
      a.setAttribute('data-row', r);
      li.appendChild(a);
      qlist.appendChild(li);
    });
  }
  drawQueue();
  qbox.appendChild(qlist);
  panel.appendChild(qbox);
  var found = el('div');
  found.id = 'rv-findings';
  panel.appendChild(found);
  var splits = el('div', 'splits');
  splits.id = 'rv-splits';
  panel.appendChild(splits);
  top.appendChild(panel);
  var keys = el('p', 'keys', 'Click a row (a cell: its edition) to select it; J/K select the next and previous row, e the next edition.');
  top.appendChild(keys);

  function say(text, err) {
    msg.textContent = text;
    msg.className = err ? 'err' : '';
  }

  // Selection.
  function select(r, e, scroll) {
    var old = rowEl(sel.row);
    if (old) {
      old.classList.remove('sel');
      old.querySelectorAll('.c.ed').forEach(function (c) { c.classList.remove('ed'); });
    }
    if (r < 0 || r >= rows.length) return;
    page.drawTo(r + 1);
    sel.row = r;
    if (e !== undefined) sel.ed = e;
    var tr = rowEl(r);
    if (tr) {
      tr.classList.add('sel');
      var td = tr.children[1 + cols.indexOf(sel.ed)];
      if (td) td.classList.add('ed');
      if (scroll) tr.scrollIntoView({ block: 'center' });
    }
    drawSplits();
  }
  // The panel of the selected cell: a button to split the row before
  // each of its sentences, and one to give the first or the last a row
  // of its own (an omission or an addition).
  function drawSplits() {
    while (splits.firstChild) splits.removeChild(splits.firstChild);
    var row = rows[sel.row];
    if (!row) return;
    splits.appendChild(el('h2', null, 'Row ' + sel.row + ', ' + view.labels[sel.ed]));
    var cell = row.cells[sel.ed];
    var others = row.cells.some(function (c, e) { return e !== sel.ed && c.length; });
    var omit = sel.ed === view.base ? 'omission' : 'addition';
    cell.forEach(function (s, k) {
      var text = (k + 1) + '. ' + data.editions[sel.ed].sentences[s].text;
      if (k > 0 || others) splits.appendChild(button('split', s, 'split before ' + text));
      if ((k === 0 || k === cell.length - 1) && (others || cell.length > 1)) splits.appendChild(button('alone', s, omit + ': ' + text));
    });
    if (splits.children.length === 1) splits.appendChild(el('span', 'counts', 'nothing to split'));
  }
  function button(op, at, text) {
    var b = el('button', null, text);
    b.type = 'button';
    b.setAttribute('data-op', op);
    b.setAttribute('data-at', at);
    return b;
  }
  tbody.addEventListener('click', function (ev) {
    var tr = ev.target.closest ? ev.target.closest('.row') : null;
    if (!tr || tr.parentNode !== tbody || ev.target.closest('a')) return;
    var td = ev.target.closest('.c');
    var k = td ? Array.prototype.indexOf.call(tr.children, td) - 1 : -1;
    select(+tr.id.slice(2), k >= 0 ? cols[k] : undefined, false);
  });
  qlist.addEventListener('click', function (ev) {
    var a = ev.target.closest('a');
    if (a) select(+a.getAttribute('data-row'), undefined, false);
  });
  splits.addEventListener('click', function (ev) {
    var b = ev.target.closest('button');
    if (b) send([{ op: b.getAttribute('data-op'), row: sel.row, edition: sel.ed, at: +b.getAttribute('data-at') }], ev.timeStamp);
  });

  // Coverage findings: what synoptic coverage reports of the alignment
  // as it now is, each with the row it is in; accepting one writes its
  // id to the accept file (review --accept FILE).
  var findings = null;
  function rowOfSentence(e, s) {
    for (var r = 0; r < rows.length; r++) if (rows[r].cells[e].indexOf(s) >= 0) return r;
    return -1;
  }
  function loadFindings(then) {
    fetch('/api/coverage', { credentials: 'same-origin' }).then(function (resp) {
      return resp.text().then(function (text) {
        if (!resp.ok) throw new Error(text.trim() || resp.statusText);
        var rep = JSON.parse(text);
        findings = [];
        (rep.omissions || []).forEach(function (f) { findings.push({ id: f.id, what: 'omission (' + f.kind + ')', text: f.text, row: rowOfSentence(0, f.sentences[0]), ok: f.accepted }); });
        (rep.additions || []).forEach(function (f) { findings.push({ id: f.id, what: 'addition (' + f.kind + ')', text: f.text, row: rowOfSentence(1, f.sentences[0]), ok: f.accepted }); });
        (rep.mismatches || []).forEach(function (m) { findings.push({ id: m.id, what: m.kind + ' ' + m.source_value + ' / ' + (m.target_value || 'none'), text: '', row: rowOfSentence(0, m.source_sentences[0]), ok: m.accepted }); });
        findings.sort(function (x, y) { return x.row - y.row; });
        drawFindings();
        if (then) then();
      });
    }).catch(function (err) { say(String(err.message || err), true); });
  }
  function drawFindings() {
    while (found.firstChild) found.removeChild(found.firstChild);
    var open = findings.filter(function (f) { return !f.ok; }).length;
    found.appendChild(el('h2', null, 'Coverage findings: ' + open + ' to accept, ' + (findings.length - open) + ' accepted'));
    var ol = el('ol');
    findings.forEach(function (f) {
      var li = el('li'), a = el('a', null, 'row ' + f.row);
      a.href = '#r-' + f.row;
      a.setAttribute('data-row', f.row);
      li.appendChild(a);
      li.appendChild(d.createTextNode(' \u00b7 ' + f.what + (f.text ? ': ' + f.text.slice(0, 80) : '') + ' '));
      if (f.ok) li.appendChild(el('span', 'counts', 'accepted'));
      else {
        var b = el('button', null, 'Accept');
        b.type = 'button';
        b.setAttribute('data-id', f.id);
        li.appendChild(b);
      }
      ol.appendChild(li);
    });
    found.appendChild(ol);
  }
  function accept(id) {
    fetch('/api/accept', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ id: id })
    }).then(function (resp) {
      return resp.text().then(function (text) {
        if (!resp.ok) throw new Error(text.trim() || resp.statusText);
        say('accepted ' + id);
        loadFindings();
      });
    }).catch(function (err) { say(String(err.message || err), true); });
  }
  found.addEventListener('click', function (ev) {
    var b = ev.target.closest('button'), a = ev.target.closest('a');
    if (b) accept(b.getAttribute('data-id'));
    else if (a) select(+a.getAttribute('data-row'), undefined, false);
  });

  // Talking to the server.
  var busy = false;
  // post sends a change; the page shows the rows that changed where they
  // stand (show), or loads again when another tab changed the alignment.
  // t0 is when the reader asked for it (the key or click), which the
  // page's measure of the change counts from.
  function post(path, body, t0) {
    if (busy) return;
    busy = true;
    say('saving\u2026');
    fetch(path + '?answer=change', {
      method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'If-Match': version }, body: body
    }).then(function (resp) {
      return resp.text().then(function (text) {
        if (resp.status === 412) {
          keep('not done: the alignment was changed in another tab; here it is now');
          location.reload();
          return;
        }
        if (!resp.ok) throw new Error(text.trim() || resp.statusText);
        busy = false;
        var warn = resp.headers.get('X-Synoptic-Warning');
        show(JSON.parse(text), t0);
        say(warn ? 'saved; ' + warn : 'saved');
      });
    }).catch(function (err) {
      busy = false;
      say(String(err.message || err), true);
    });
  }
  function send(ops, t0) { post('/api/ops', JSON.stringify({ ops: ops }), t0); }
  // show shows a change as the server describes it (output.ReviewPage's
  // WriteChange): the rows, the header's summary, warnings and counts of
  // differences, the queue, the selection where it was.
  function show(ch, t0) {
    var r = sel.row;
    select(-1);
    page.splice(ch.at, ch.removed, ch.rows, ch.anchors);
    if (!header(ch)) {
      keep('saved');
      location.reload();
      return;
    }
    version = ch.version;
    makeQueue();
    drawQueue();
    if (findings) loadFindings();
    if (r >= 0) select(Math.min(r, rows.length - 1), sel.ed, false);
    d.body.dataset.version = version;
    shown('synoptic-change', t0);
  }
  // header shows the summary, warnings and types of difference of the
  // new state; it reports false when the types differ from those the
  // page has toggles for, which only loading the page again redraws.
  function header(ch) {
    var top = d.querySelector('header.top');
    var types = d.getElementById('types');
    var boxes = types ? types.querySelectorAll('input') : [];
    if (boxes.length !== ch.types.length) return false;
    for (var k = 0; k < boxes.length; k++) {
      if (boxes[k].value !== ch.types[k].name) return false;
      boxes[k].parentNode.querySelector('.count').textContent = String(ch.types[k].count);
    }
    top.querySelector('.summary').textContent = ch.summary;
    top.querySelectorAll('.warning').forEach(function (p) { p.parentNode.removeChild(p); });
    var after = top.querySelector('.summary');
    ch.warnings.forEach(function (w) {
      var p = el('p', 'warning', 'Warning: ' + w);
      p.setAttribute('role', 'alert');
      after.parentNode.insertBefore(p, after.nextSibling);
      after = p;
    });
    return true;
  }
  // shown measures, as name, the time from t0 to the first frame drawn
  // after now: what the reader waited (performance.getEntriesByName).
  function shown(name, t0) {
    if (t0 === undefined || !window.performance || !performance.measure) return;
    requestAnimationFrame(function () {
      setTimeout(function () { performance.measure(name, { start: t0 }); }, 0);
    });
  }
  function keep(text) {
    try {
      store.setItem('synoptic-review', JSON.stringify({ row: sel.row, ed: sel.ed, y: window.scrollY, msg: text }));
    } catch (e) { /* storage refused: the page reloads at its top */ }
  }
  function need(what) {
    if (sel.row >= 0) return true;
    say('select a row first (click it) to ' + what, true);
    return false;
  }
  // choose does op at the one place the panel offers, or lets the user
  // choose among several (Tab, Enter).
  function choose(op, what, which) {
    if (!need(what)) return;
    var b = splits.querySelectorAll('button[data-op="' + op + '"]');
    if (b.length === 1) b[0].click();
    else if (b.length) { b[0].focus(); say('choose ' + which + ' (Tab, Enter)'); }
    else say('row ' + sel.row + ': nothing to ' + what + ' in this edition', true);
  }
  var act = {
    merge: function (t0) { if (need('merge it')) send([{ op: 'merge', row: sel.row }], t0); },
    split: function () { choose('split', 'split it', 'where to split'); },
    alone: function () { choose('alone', 'mark an omission or addition', 'which sentence stands alone'); },
    up: function (t0) { if (need('shift a sentence')) send([{ op: 'shift', row: sel.row, edition: sel.ed, dir: 'up' }], t0); },
    down: function (t0) { if (need('shift a sentence')) send([{ op: 'shift', row: sel.row, edition: sel.ed, dir: 'down' }], t0); },
    confirm: function (t0) {
      if (!need('confirm it')) return;
      send([{ op: rows[sel.row].status !== 'confirmed' ? 'confirm' : 'unconfirm', row: sel.row }], t0);
    },
    undo: function (t0) { send([{ op: 'undo' }], t0); },
    redo: function (t0) { send([{ op: 'redo' }], t0); },
    next: function () {
      var i = queue.indexOf(sel.row);
      var r = queue[i + 1 < queue.length ? i + 1 : 0];
      if (r === undefined) say('nothing left to review');
      else select(r, undefined, true);
    },
    realign: function (t0) { say('realigning\u2026'); post('/api/realign', '', t0); },
    findings: function () { say('checking coverage\u2026'); loadFindings(function () { say(''); }); },
    accept: function () {
      if (!need('accept its finding')) return;
      var go = function () {
        var f = findings.filter(function (f) { return f.row === sel.row && !f.ok; })[0];
        if (f) accept(f.id);
        else say('row ' + sel.row + ' has no finding to accept', true);
      };
      if (findings) go(); else loadFindings(go);
    }
  };
  Object.keys(act).forEach(function (k) {
    buttons[k].addEventListener('click', function (ev) { act[k](ev.timeStamp); });
  });
  var keyOf = {};
  actions.forEach(function (a) { keyOf[a[2]] = a[0]; });
  d.addEventListener('keydown', function (ev) {
    if (ev.ctrlKey || ev.metaKey || ev.altKey || ev.defaultPrevented) return;
    var t = ev.target;
    if (t && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName) && t.type !== 'checkbox')) return;
    var k = ev.key;
    if (k === 'J' || k === 'K') {
      ev.preventDefault();
      select(Math.max(0, Math.min(rows.length - 1, sel.row + (k === 'J' ? 1 : -1))), undefined, true);
      return;
    }
    if (k === 'e') {
      ev.preventDefault();
      select(sel.row, cols[(cols.indexOf(sel.ed) + 1) % cols.length], false);
      return;
    }
    if (keyOf[k]) { ev.preventDefault(); act[keyOf[k]](ev.timeStamp); }
  });

  // Back where the reader was before the last change.
  var kept = null;
  try { kept = JSON.parse(store.getItem('synoptic-review') || 'null'); store.removeItem('synoptic-review'); } catch (e) { kept = null; }
  if (kept) {
    if (kept.msg) say(kept.msg);
    page.drawAll();
    window.scrollTo(0, kept.y);
    select(Math.min(kept.row, rows.length - 1), kept.ed, false);
  }
  d.body.dataset.version = version;
  // The rows a reader sees are drawn and every key answers: the page is
  // ready to use (review-shown: its first frame since), while the other
  // rows are drawn a slice at a time; data-review says when all are.
  if (window.performance && performance.mark) {
    performance.mark('synoptic-review-interactive');
    shown('synoptic-review-shown', 0);
  }
  page.whenAll(function () {
    if (window.performance && performance.mark) performance.mark('synoptic-review-ready');
    d.body.setAttribute('data-review', 'ready');
  });
})();
