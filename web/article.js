// article.js -- one article in the manner of displaCy: its text with the
// entities, places, times, counts, quotations, event triggers and repeated
// passages highlighted, and beside it the event records, each field linked
// to the words it comes from.  Offsets are Unicode code points (the output
// contract), so the text is cut with Array.from.  Every piece of data goes
// on screen through textContent: an article holding <script> shows it.
import { COLORS, el, get, showError } from './api.js';
import { typeChip } from './table.js';

const isSpan = (o) => o && typeof o === 'object' && Number.isInteger(o.start) && Number.isInteger(o.end) && o.end > o.start;
let segs = [];
let onOpen = () => {};

export function initArticle(open) { onOpen = open; }

export async function openArticle(docId, eventId) {
  let d;
  try { d = await get(`/api/documents/${encodeURIComponent(docId)}`); } catch (e) { showError(e.message); return; }
  render(d);
  document.getElementById('table-view').hidden = true;
  document.getElementById('article-view').hidden = false;
  document.querySelector('main').classList.add('reading');
  document.getElementById('right').scrollTop = 0;
  if (eventId) focusEvent(eventId);
}

export function closeArticle() {
  document.getElementById('article-view').hidden = true;
  document.getElementById('table-view').hidden = false;
  document.querySelector('main').classList.remove('reading');
}

function docLink(id, title) {
  const a = el('a', 'ev-link', title || id);
  a.addEventListener('click', () => onOpen(id));
  return a;
}

function safeUrl(u) {
  try { const x = new URL(u); return x.protocol === 'http:' || x.protocol === 'https:' ? x.href : null; } catch { return null; }
}

function renderHead(d) {
  document.getElementById('article-title').textContent = d.title || d.id;
  const meta = document.getElementById('article-meta');
  meta.replaceChildren(el('span', null, [d.id, d.published, d.source].filter(Boolean).join(' · ')));
  const url = d.url && safeUrl(d.url);
  if (url) {
    const a = el('a', null, ` ${url}`);
    a.href = url;
    a.rel = 'noopener noreferrer';
    a.target = '_blank';
    meta.appendChild(a);
  }
  const notes = document.getElementById('article-notes');
  notes.replaceChildren();
  if (d.duplicate_of) {
    const sim = typeof d.similarity === 'number' ? ` (similarité ${d.similarity.toFixed(2)})` : '';
    const n = el('div', 'note dup-of', `Quasi-doublon d’un article antérieur${sim} : `);
    n.appendChild(docLink(d.duplicate_of));
    notes.appendChild(n);
  }
  if (d.duplicates && d.duplicates.length) {
    const n = el('div', 'note dups', 'Articles qui le reprennent : ');
    d.duplicates.forEach((x, i) => { if (i) n.append(', '); n.appendChild(docLink(x.id, x.title)); });
    notes.appendChild(n);
  }
  if (d.repeated && d.repeated.length)
    notes.appendChild(el('div', 'note repeats', `${d.repeated.length} passage(s) répété(s) dans l’article (soulignés en pointillé rouge).`));
  if (d.text == null)
    notes.appendChild(el('div', 'note', 'Texte de l’article indisponible (ni en base ni dans le fichier source) : seules les phrases des événements sont montrées.'));
}

// every highlighted span of the document: {s, e, cls, label, title, ...}
function collectSpans(d) {
  const out = [];
  const add = (m, x) => { if (isSpan(m)) out.push({ s: m.start, e: m.end, ...x }); };
  for (const ent of d.entities || [])
    for (const m of ent.mentions || [])
      add(m, { cls: `hl-${ent.type}`, label: ent.type, title: [ent.name, ent.title, ent.role, ent.actor && ent.actor.code].filter(Boolean).join(' · ') });
  for (const p of d.places || [])
    for (const m of p.mentions || [])
      add(m, { cls: 'hl-PLACE', label: p.country_code || 'GEO', title: `${p.name} (${p.country_code || '?'}) ${p.lat}, ${p.lon} · ${p.precision || ''}` });
  for (const t of d.times || []) add(t, { cls: 'hl-TIME', label: t.type, title: `${t.type} ${t.value || ''}` });
  for (const q of d.quantities || []) add(q, { cls: 'hl-QTY', label: `${q.of || ''}=${q.value}`, title: `${q.value} ${q.of || ''}` });
  const names = Object.fromEntries((d.entities || []).map((x) => [x.id, x.name]));
  for (const q of d.quotes || []) add(q, { cls: 'hl-QUOTE', title: `citation${q.speaker ? ` de ${names[q.speaker] || q.speaker}` : ''}` });
  for (const ev of d.events || []) {
    add(ev.trigger, { cls: 'hl-TRIGGER', label: ev.event, title: `${ev.event} (${ev.cameo || ''}) ${ev.id}`, event: ev });
    add(ev.text_info, { silent: true });
    walkSpans(ev, (m) => add(m, { silent: true }));
  }
  for (const r of d.repeated || []) {
    add(r, { cls: 'hl-REPEAT', title: 'passage répété', same: r.same_as });
    if (r.same_as) add(r.same_as, { silent: true });
  }
  return out;
}

function walkSpans(o, fn, depth = 0) {
  if (!o || typeof o !== 'object' || depth > 4) return;
  if (isSpan(o)) fn(o);
  for (const v of Object.values(o)) if (v && typeof v === 'object') walkSpans(v, fn, depth + 1);
}

function renderText(d) {
  const box = document.getElementById('article-text');
  box.replaceChildren();
  segs = [];
  if (d.text == null) {
    for (const ev of d.events || []) if (ev.text_info) box.appendChild(el('p', null, ev.text_info.text));
    return;
  }
  const cps = Array.from(d.text);
  const n = cps.length;
  const spans = collectSpans(d).filter((x) => x.s < n);
  const cuts = new Set([0, n]);
  for (const x of spans) { cuts.add(x.s); cuts.add(Math.min(x.e, n)); }
  const pts = [...cuts].sort((a, b) => a - b);
  const frag = document.createDocumentFragment();
  for (let i = 0; i + 1 < pts.length; i++) {
    const a = pts[i], b = pts[i + 1];
    const text = cps.slice(a, b).join('');
    const cover = spans.filter((x) => !x.silent && x.s <= a && x.e >= b);
    const node = el('span', cover.length ? `hl ${[...new Set(cover.map((x) => x.cls))].join(' ')}` : null, text);
    node.dataset.s = a;
    node.dataset.e = b;
    if (cover.length) {
      node.title = cover.map((x) => x.title).filter(Boolean).join('\n');
      const trig = cover.find((x) => x.event);
      if (trig) node.style.textDecorationColor = COLORS[trig.event.event] || COLORS.OTHER;
      node.addEventListener('click', () => {
        if (trig) focusEvent(trig.event.id);
        const rep = cover.find((x) => x.same);
        if (rep) flash([rep.same]);
      });
    }
    frag.appendChild(node);
    segs.push({ a, b, node, events: cover.filter((x) => x.event).map((x) => x.event.id) });
    for (const x of cover) if (x.label && x.e === b) frag.appendChild(el('span', 'lbl', x.label));
  }
  box.appendChild(frag);
}

// highlights the words of every span of RANGES and scrolls to the first
export function flash(ranges) {
  for (const s of segs) s.node.classList.remove('flash');
  let first = null;
  for (const r of ranges)
    for (const s of segs)
      if (s.a >= r.start && s.b <= r.end) { s.node.classList.add('flash'); first = first || s.node; }
  if (first) first.scrollIntoView({ block: 'center', behavior: 'smooth' });
}

function link(label, ranges) {
  const a = el('a', 'ev-link', label);
  a.addEventListener('click', () => flash(ranges));
  return a;
}

function field(card, name, ...content) {
  const f = el('span', 'f');
  f.appendChild(el('b', null, name));
  for (const c of content) f.append(c);
  card.appendChild(f);
}

function renderEvents(d) {
  const box = document.getElementById('article-events');
  box.replaceChildren();
  const ents = Object.fromEntries((d.entities || []).map((x) => [x.id, x]));
  const places = Object.fromEntries((d.places || []).map((x) => [x.id, x]));
  const party = (p) => {
    const label = [p.text, p.code].filter(Boolean).join(' · ') || p.entity || '?';
    if (isSpan(p.span)) return link(label, [p.span]);  // the words that name it here
    if (isSpan(p)) return link(label, [p]);
    const ent = p.entity && ents[p.entity];
    return ent && ent.mentions && ent.mentions.length ? link(label, ent.mentions) : el('span', null, label);
  };
  for (const ev of d.events || []) {
    const card = el('div', 'ev');
    card.id = `ev-${ev.id}`;
    card.style.borderLeftColor = COLORS[ev.event] || COLORS.OTHER;
    const h = el('h4');
    h.append(typeChip(ev.event), ` ${ev.cameo || ''} `, el('span', 'muted', ev.id));
    card.appendChild(h);
    if (isSpan(ev.trigger)) field(card, 'déclencheur', link(ev.trigger.text, [ev.trigger]));
    for (const [key, name] of [['actor', 'acteur'], ['recipient', 'cible']]) {
      const list = ev[key] || [];
      if (!list.length) continue;
      const parts = [];
      list.forEach((p, i) => { if (i) parts.push(', '); parts.push(party(p)); });
      field(card, name, ...parts);
    }
    if (ev.event_loc) {
      const p = places[ev.event_loc.id] || ev.event_loc;
      const label = `${ev.event_loc.name || '?'} (${ev.event_loc.country_code || '?'})`;
      field(card, 'lieu', p.mentions && p.mentions.length ? link(label, p.mentions) : label);
    }
    if (ev.date) {
      const dspan = (ev.evidence && isSpan(ev.evidence.date) && ev.evidence.date) || (isSpan(ev.date_span) && ev.date_span);
      const label = `${ev.date} (${ev.date_precision || '?'})`;
      field(card, 'date', dspan ? link(label, [dspan]) : label);
    }
    const size = Object.entries(ev.size || {}).filter(([, v]) => v != null).map(([k, v]) => `${k} ${v}`).join(', ');
    if (size) field(card, 'bilan', size);
    if (ev.sources && ev.sources.length) {
      const parts = [];
      ev.sources.forEach((id, i) => {
        if (i) parts.push(', ');
        const ent = ents[id];
        parts.push(ent ? link(ent.name, ent.mentions || []) : el('span', null, id));
      });
      field(card, 'source', ...parts);
    }
    if (ev.acled && ev.acled.event_type) field(card, 'ACLED', `${ev.acled.event_type} / ${ev.acled.sub_event_type || ''}`);
    const aux = Object.entries(ev.aux || {}).filter(([, v]) => v).map(([k]) => k).join(', ');
    if (aux) field(card, 'modalité', aux);
    if (isSpan(ev.text_info)) field(card, 'phrase', link('voir la phrase', [ev.text_info]));
    const also = (ev.also_in || []).filter(isSpan);
    if (also.length) {
      const parts = [];
      also.forEach((x, i) => { if (i) parts.push(' '); parts.push(link(`[${i + 1}]`, [x])); });
      field(card, 'aussi dans', ...parts);
    }
    if (ev.evidence && typeof ev.evidence === 'object')
      for (const [k, v] of Object.entries(ev.evidence)) {
        const list = (Array.isArray(v) ? v : [v]).filter(isSpan);
        if (list.length && k !== 'date') field(card, `preuve ${k}`, link(list.map((x) => x.text).join(' … '), list));
      }
    field(card, 'confiance', `${ev.confidence ?? '?'}${ev.why ? ` · ${ev.why}` : ''}`);
    box.appendChild(card);
  }
  if (!(d.events || []).length) box.appendChild(el('p', 'muted', 'Aucun événement codé dans cet article.'));
}

function renderLegend() {
  const box = document.getElementById('article-legend');
  box.replaceChildren();
  for (const [cls, name] of [['hl-PER', 'personne'], ['hl-ORG', 'organisation'], ['hl-PLACE', 'lieu'], ['hl-MISC', 'divers'],
    ['hl-TIME', 'date'], ['hl-QTY', 'nombre'], ['hl-QUOTE', 'citation'], ['hl-TRIGGER', 'déclencheur'], ['hl-REPEAT', 'répétition']])
    box.appendChild(el('span', `hl ${cls}`, name));
}

function render(d) {
  renderHead(d);
  renderLegend();
  renderText(d);
  renderEvents(d);
}

export function focusEvent(id) {
  for (const c of document.querySelectorAll('.ev.focus')) c.classList.remove('focus');
  const card = document.getElementById(`ev-${id}`);
  if (!card) return;
  card.classList.add('focus');
  card.scrollIntoView({ block: 'nearest' });
  const trig = segs.find((s) => s.events.includes(id));
  if (trig) trig.node.scrollIntoView({ block: 'center' });
}
