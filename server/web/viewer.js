// chronicle viewer: sends the article to POST /annotate and draws every layer
// of the chronicle.document/1 answer that is present. Offsets in the document
// are Unicode code points, so the text is handled as an array of code points.
'use strict';

(function () {
  const $ = (id) => document.getElementById(id);

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') node.className = v;
      else if (k === 'text') node.textContent = v;
      else node.setAttribute(k, v === true ? '' : String(v));
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }

  // Inline annotations of a text block, nested as a tree. Spans that cross
  // one another cannot nest: the later one is dropped from the drawing (it is
  // still listed in the side panel).
  function buildTree(spans) {
    spans.sort((a, b) => a.start - b.start || b.end - a.end || a.rank - b.rank);
    const root = { start: -Infinity, end: Infinity, children: [] };
    const stack = [root];
    for (const s of spans) {
      while (stack.length > 1 && stack[stack.length - 1].end <= s.start) stack.pop();
      const parent = stack[stack.length - 1];
      if (s.end > parent.end) continue;
      s.children = [];
      parent.children.push(s);
      stack.push(s);
    }
    return root;
  }

  class Renderer {
    constructor(doc) {
      this.doc = doc;
      this.cps = Array.from(doc.text || '');
      this.entities = new Map((doc.entities || []).map((e) => [e.id, e]));
    }

    slice(a, b) { return this.cps.slice(a, b).join(''); }

    entityLabel(id, actor) {
      const e = id ? this.entities.get(id) : null;
      const name = e ? e.name : '';
      const code = actor || (e && e.actor && e.actor.code) || '';
      if (!name && !code) return '—';
      return name && code ? `${name} (${code})` : name || code;
    }

    entityTip(e) {
      const lines = [`${e.name} · ${e.type}`];
      if (e.actor && e.actor.code) lines.push(`actor ${e.actor.code}` + (e.actor.source ? ` (${e.actor.source})` : ''));
      if (e.geo) lines.push(`${Number(e.geo.lat).toFixed(3)}, ${Number(e.geo.lon).toFixed(3)}` +
                             (e.geo.country ? ` · ${e.geo.country}` : '') + (e.geo.feature ? ` · ${e.geo.feature}` : ''));
      if (e.handles && e.handles.length) lines.push(e.handles.map((h) => '@' + h).join(' '));
      if (e.ambiguous) lines.push('ambiguous');
      return lines;
    }

    // Every inline span inside [a, b).
    spansIn(a, b) {
      const out = [];
      const inside = (s) => s.start >= a && s.end <= b && s.end > s.start;
      (this.doc.quotes || []).forEach((q, i) => { if (inside(q)) out.push({ kind: 'quote', rank: 0, start: q.start, end: q.end, q, i }); });
      for (const e of this.doc.entities || []) {
        for (const m of e.mentions || []) if (inside(m)) out.push({ kind: 'entity', rank: 1, start: m.start, end: m.end, e, m });
      }
      (this.doc.times || []).forEach((t, i) => { if (inside(t)) out.push({ kind: 'time', rank: 2, start: t.start, end: t.end, t, i }); });
      for (const h of this.doc.hashtags || []) if (inside(h)) out.push({ kind: 'tag', rank: 3, start: h.start, end: h.end });
      for (const m of this.doc.mentions || []) if (inside(m)) out.push({ kind: 'handle', rank: 3, start: m.start, end: m.end });
      for (const u of this.doc.urls || []) if (inside(u)) out.push({ kind: 'url', rank: 3, start: u.start, end: u.end });
      return out;
    }

    inline(a, b) {
      const frag = document.createDocumentFragment();
      this.fill(frag, buildTree(this.spansIn(a, b)), a, b);
      return frag;
    }

    fill(parent, node, a, b) {
      let at = a;
      for (const c of node.children) {
        if (c.start > at) parent.append(this.slice(at, c.start));
        parent.append(this.spanNode(c));
        at = c.end;
      }
      if (b > at) parent.append(this.slice(at, b));
    }

    spanNode(s) {
      let node;
      if (s.kind === 'entity') {
        const e = s.e;
        node = el('span', { class: `ent ent-${e.type}`, tabindex: 0, 'data-entity': e.id,
                            'data-kind': s.m.kind, 'aria-label': `${this.slice(s.start, s.end)}: ${this.entityTip(e).join('; ')}` });
        this.fill(node, s, s.start, s.end);
        node.append(el('span', { class: 'tip', role: 'tooltip' }, ...this.entityTip(e).flatMap((l, i) => (i ? [el('br'), l] : [l]))));
        return node;
      }
      if (s.kind === 'quote') {
        const q = s.q;
        node = el('span', { class: 'quote', id: `quote-${s.i}`, 'data-quote': s.i, 'data-kind': q.kind,
                            'data-speaker': q.speaker || null });
        this.fill(node, s, s.start, s.end);
        const wrap = el('span', { class: 'quote-wrap' }, node);
        if (q.speaker || q.speaker_text) {
          const who = q.speaker && this.entities.get(q.speaker) ? this.entities.get(q.speaker).name : q.speaker_text;
          const link = el('a', { class: 'speaker-link', href: q.speaker ? `#entity-${q.speaker}` : null,
                                 'data-speaker': q.speaker || null, 'aria-label': `quote by ${who}` }, '— ' + who);
          if (q.speaker) link.addEventListener('click', () => this.light(q.speaker));
          wrap.append(link);
        }
        return wrap;
      }
      if (s.kind === 'time') {
        const t = s.t;
        const value = t.value + (t.utc_offset ? ` (UTC${t.utc_offset})` : '');
        node = el('span', { class: 'time', tabindex: 0, 'data-time': s.i, 'data-value': t.value,
                            'aria-label': `${this.slice(s.start, s.end)}: ${t.type} ${value}` });
        this.fill(node, s, s.start, s.end);
        node.append(el('span', { class: 'time-value', 'aria-hidden': 'true' }, value));
        return node;
      }
      node = el('span', { class: s.kind });
      this.fill(node, s, s.start, s.end);
      return node;
    }

    light(entityId) {
      for (const n of document.querySelectorAll('.ent.lit')) n.classList.remove('lit');
      for (const n of document.querySelectorAll(`.ent[data-entity="${CSS.escape(entityId)}"]`)) n.classList.add('lit');
    }

    // Paragraph blocks; the paragraphs of an embedded post become one card.
    article() {
      const out = $('text');
      out.replaceChildren();
      const n = this.cps.length;
      const paras = (this.doc.paragraphs && this.doc.paragraphs.length) ? this.doc.paragraphs : [{ start: 0, end: n }];
      const posts = this.doc.posts || [];
      const postOf = (p) => posts.find((post) => p.start >= post.start && p.end <= Math.max(post.end, post.signature ? post.signature.end : post.end));
      let card = null, cardPost = null;
      for (const p of paras) {
        const post = postOf(p);
        if (post) {
          if (post !== cardPost) {
            cardPost = post;
            const who = [post.author ? el('strong', {}, post.author) : null, post.handle ? ` @${post.handle}` : null,
                         post.date ? ` · ${post.date}` : null, ` · ${post.platform || 'post'}`];
            const authorEntity = post.author_entity && this.entities.get(post.author_entity);
            card = el('article', { class: 'post-card', 'aria-label': `post by ${post.author || post.handle || 'unknown'}`,
                                   'data-entity': post.author_entity || null },
                      el('header', {}, ...who, authorEntity ? ` · ${authorEntity.name}` : null));
            out.append(card);
          }
          const sig = post.signature && p.start >= post.signature.start;
          card.append(el('p', { class: sig ? 'signature' : null }, this.inline(p.start, p.end)));
        } else {
          cardPost = null;
          out.append(el('p', {}, this.inline(p.start, p.end)));
        }
      }
    }

    meta() {
      const m = this.doc.meta || {};
      const items = [`id ${this.doc.id}`];
      if (m.date) items.push(`date ${m.date}` + (m.date_source ? ` (${m.date_source})` : ''));
      if (m.timezone) items.push(`zone ${m.timezone}`);
      for (const [stage, model] of Object.entries(m.models || {})) items.push(`${stage} ${model}`);
      $('meta').replaceChildren(...items.map((t) => el('span', {}, t)));
      const types = [...new Set((this.doc.entities || []).map((e) => e.type))];
      const legend = types.map((t) => el('span', { class: `ent-${t}` }, t));
      if ((this.doc.quotes || []).length) legend.push(el('span', { class: 'quote' }, 'quote'));
      if ((this.doc.times || []).length) legend.push(el('span', { class: 'time' }, 'time'));
      $('legend').replaceChildren(...legend);
    }

    placeName(id) {
      const e = id && this.entities.get(id);
      return e ? e.name : '';
    }

    events() {
      const evs = this.doc.events || [];
      if (!evs.length) return $('events').replaceChildren(el('p', { class: 'empty' }, this.doc.events ? 'No events.' : 'Event coding did not run.'));
      const head = el('tr', {}, ...['Source', 'CAMEO', 'Target', 'Date', 'Place', 'Mood'].map((h) => el('th', { scope: 'col' }, h)));
      const rows = evs.map((v) => el('tr', { 'data-event': v.id },
        el('td', {}, this.entityLabel(v.source && v.source.entity, v.source && v.source.actor)),
        el('td', {}, el('span', { class: 'code' }, v.cameo || '?'), ' ', v.cameo_name || ''),
        el('td', {}, this.entityLabel(v.target && v.target.entity, v.target && v.target.actor)),
        el('td', {}, v.date || '—'),
        el('td', {}, this.placeName(v.location) || '—'),
        el('td', {}, el('span', { class: 'mood' }, v.mood || '—'))));
      $('events').replaceChildren(el('div', { class: 'table-wrap', tabindex: 0, 'aria-label': 'event table' },
        el('table', {}, el('thead', {}, head), el('tbody', {}, ...rows))));
    }

    timeline() {
      const evs = this.doc.events || [];
      if (!evs.length) return $('timeline').replaceChildren(el('p', { class: 'empty' }, this.doc.events ? 'No events.' : 'Event coding did not run.'));
      const byDate = new Map();
      for (const v of evs) {
        const k = v.date || '';
        if (!byDate.has(k)) byDate.set(k, []);
        byDate.get(k).push(v);
      }
      const keys = [...byDate.keys()].sort((a, b) => (a === '') - (b === '') || a.localeCompare(b));
      const items = keys.map((k) => el('li', { 'data-date': k || 'undated' },
        k ? el('time', { datetime: k }, k) : el('span', { class: 'undated' }, 'undated'),
        el('ul', {}, ...byDate.get(k).map((v) => {
          const parts = [this.entityLabel(v.source && v.source.entity, v.source && v.source.actor), v.cameo_name || v.cameo,
                         this.entityLabel(v.target && v.target.entity, v.target && v.target.actor)].filter((p) => p && p !== '—');
          return el('li', {}, parts.join(' — ') + (v.mood && v.mood !== 'asserted' ? ` (${v.mood})` : ''));
        }))));
      $('timeline').replaceChildren(el('ol', { class: 'timeline' }, ...items));
    }

    entitiesPanel() {
      const es = this.doc.entities || [];
      if (!es.length) return $('entities').replaceChildren(el('p', { class: 'empty' }, this.doc.entities ? 'No entities.' : 'Entity recognition did not run.'));
      $('entities').replaceChildren(el('ul', { class: 'list' }, ...es.map((e) => {
        const b = el('button', { type: 'button', class: 'linkish', 'aria-label': `highlight ${e.name}` }, 'show');
        b.addEventListener('click', () => this.light(e.id));
        return el('li', { id: `entity-${e.id}`, tabindex: -1 }, el('span', { class: `ent-${e.type}` }, e.name), ` ${e.type}`,
                  e.actor && e.actor.code ? ` · ${e.actor.code}` : '', e.geo ? ` · ${Number(e.geo.lat).toFixed(2)}, ${Number(e.geo.lon).toFixed(2)}` : '',
                  ` · ${(e.mentions || []).length} mentions `, b);
      })));
    }

    quotesPanel() {
      const qs = this.doc.quotes || [];
      if (!qs.length) return $('quotes').replaceChildren(el('p', { class: 'empty' }, this.doc.quotes ? 'No quotes.' : 'Quote attribution did not run.'));
      $('quotes').replaceChildren(el('ul', { class: 'list' }, ...qs.map((q, i) => el('li', { 'data-quote': i },
        el('a', { href: `#quote-${i}` }, `“${q.text || this.slice(q.start, q.end)}”`), ` — ${q.speaker ? this.entityLabel(q.speaker) : (q.speaker_text || 'unattributed')}`,
        ` (${q.kind}${q.cue ? ', ' + q.cue : ''})`))));
    }

    timesPanel() {
      const ts = this.doc.times || [];
      if (!ts.length) return $('times').replaceChildren(el('p', { class: 'empty' }, this.doc.times ? 'No time expressions.' : 'Time normalisation did not run.'));
      $('times').replaceChildren(el('ul', { class: 'list' }, ...ts.map((t) => el('li', {},
        `${t.text || ''} → `, el('span', { class: 'code' }, t.value), ` ${t.type}` + (t.utc_offset ? ` UTC${t.utc_offset}` : '')))));
    }

    notesPanel() {
      const es = this.doc.errors || [];
      $('notes').replaceChildren(es.length ? el('ul', { class: 'list' }, ...es.map((e) => el('li', {}, el('span', { class: 'code' }, e.code), ' ', e.message)))
                                           : el('p', { class: 'empty' }, 'None.'));
    }

    render() {
      this.meta();
      this.article();
      this.events();
      this.timeline();
      this.entitiesPanel();
      this.quotesPanel();
      this.timesPanel();
      this.notesPanel();
      $('result').hidden = false;
    }
  }

  function showError(message) {
    $('error').textContent = message;
    $('error').hidden = !message;
  }

  function render(doc) {
    if (!doc || doc.schema !== 'chronicle.document/1') throw new Error('not a chronicle.document/1 document');
    if (typeof doc.text !== 'string') throw new Error('the document has no "text" to display');
    showError('');
    new Renderer(doc).render();
    $('status').textContent = `${doc.id}: ${(doc.entities || []).length} entities, ${(doc.quotes || []).length} quotes, ` +
                              `${(doc.times || []).length} times, ${(doc.events || []).length} events, ${(doc.posts || []).length} posts`;
  }

  async function annotate(source) {
    let body = source, type = 'text/plain; charset=utf-8';
    if (/^\s*\{/.test(source)) {
      let parsed = null;
      try { parsed = JSON.parse(source); } catch (e) { /* not JSON: annotate it as text */ }
      if (parsed && parsed.schema === 'chronicle.document/1') return render(parsed);
      if (parsed) type = 'application/json';
    }
    const q = new URLSearchParams({ text: 'true' });
    if ($('date').value) q.set('date', $('date').value);
    if ($('tz').value.trim()) q.set('tz', $('tz').value.trim());
    $('status').textContent = 'Annotating…';
    const res = await fetch(`/annotate?${q}`, { method: 'POST', headers: { 'Content-Type': type }, body });
    const answer = await res.json().catch(() => null);
    if (!res.ok) {
      $('status').textContent = '';
      throw new Error(answer && answer.error ? `${res.status} ${answer.error.code}: ${answer.error.message}` : `HTTP ${res.status}`);
    }
    render(answer);
  }

  function submit(ev) {
    if (ev) ev.preventDefault();
    annotate($('source').value).catch((e) => showError(e.message));
  }

  $('input-form').addEventListener('submit', submit);
  $('source').addEventListener('keydown', (ev) => { if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) submit(ev); });
  fetch('/version').then((r) => r.json()).then((v) => { $('version').textContent = `chronicle ${v.chronicle}`; }).catch(() => {});
  // For scripts and tests: draw a chronicle.document/1 object directly.
  window.chronicleViewer = { render };
})();
