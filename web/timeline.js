// timeline.js -- events per day, week or month as SVG bars (counts from
// /api/stats with every filter but the dates); dragging across it picks
// the date range that filters the map and the table.
import { filters, get, params, showError, changed } from './api.js';

const NS = 'http://www.w3.org/2000/svg';
const PAD = { l: 34, r: 8, t: 8, b: 18 };
let svg, seq = 0, scale = null;

function node(tag, attrs, text) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

const DAY = 86400000;
const toMs = (s) => Date.parse(`${s}T00:00:00Z`);
const toIso = (ms) => new Date(ms).toISOString().slice(0, 10);

function buckets(stats) {
  const norm = (s) => `${s}-01-01`.slice(0, 10);
  const span = stats.date_min && stats.date_max ? (toMs(norm(stats.date_max)) - toMs(norm(stats.date_min))) / DAY : 0;
  if (span <= 120) return { unit: 'jour', len: 1, rows: stats.by_day.map(([d, n]) => [d, n]) };
  if (span <= 1500) return { unit: 'semaine', len: 7, rows: stats.by_week.map(([d, n]) => [d, n]) };
  return { unit: 'mois', len: 31, rows: stats.by_month.map(([m, n]) => [`${m}-01`, n]) };
}

export function initTimeline() {
  svg = document.getElementById('timeline-svg');
  let start = null, rect = null;
  const xOf = (ev) => ev.clientX - svg.getBoundingClientRect().left;
  svg.addEventListener('pointerdown', (ev) => {
    if (!scale) return;
    start = xOf(ev);
    rect = node('rect', { class: 'brush', x: start, y: PAD.t, width: 0, height: svg.clientHeight - PAD.t - PAD.b });
    svg.appendChild(rect);
    svg.setPointerCapture(ev.pointerId);
  });
  svg.addEventListener('pointermove', (ev) => {
    if (start === null) return;
    const x = xOf(ev);
    rect.setAttribute('x', Math.min(start, x));
    rect.setAttribute('width', Math.abs(x - start));
  });
  svg.addEventListener('pointerup', (ev) => {
    if (start === null) return;
    const x = xOf(ev), a = Math.min(start, x), b = Math.max(start, x);
    start = null;
    if (b - a < 3) { filters.from = filters.to = ''; } // a click clears the range
    else { filters.from = toIso(scale.inv(a)); filters.to = toIso(scale.inv(b)); }
    changed('timeline');
  });
}

export async function refreshTimeline() {
  const my = ++seq;
  let stats;
  try { stats = await get('/api/stats', params(['from', 'to'])); } catch (e) { showError(e.message); return; }
  if (my !== seq) return;
  draw(stats);
  return stats;
}

function draw(stats) {
  svg.replaceChildren();
  const w = svg.clientWidth || 600, h = svg.clientHeight || 120;
  const { unit, len, rows } = buckets(stats);
  if (!rows.length) {
    svg.appendChild(node('text', { x: PAD.l, y: h / 2 }, 'aucun événement daté'));
    scale = null;
    return;
  }
  const t0 = toMs(rows[0][0]), t1 = toMs(rows[rows.length - 1][0]) + len * DAY;
  const span = Math.max(t1 - t0, DAY);
  const px = (t) => PAD.l + ((t - t0) / span) * (w - PAD.l - PAD.r);
  scale = { inv: (x) => t0 + ((x - PAD.l) / (w - PAD.l - PAD.r)) * span };
  const max = Math.max(...rows.map((r) => r[1]));
  const y = (n) => h - PAD.b - (n / max) * (h - PAD.t - PAD.b);
  const bw = Math.max(1, px(t0 + len * DAY) - px(t0) - 1);
  for (const [d, n] of rows) {
    const t = toMs(d);
    const inside = (!filters.from || toIso(t + (len - 1) * DAY) >= filters.from) && (!filters.to || d <= filters.to);
    const r = node('rect', { class: inside ? 'bar' : 'bar out', x: px(t), y: y(n), width: bw, height: h - PAD.b - y(n) });
    r.appendChild(node('title', {}, `${d} (${unit}) : ${n}`));
    svg.appendChild(r);
  }
  svg.appendChild(node('text', { x: 2, y: PAD.t + 8 }, String(max)));
  svg.appendChild(node('text', { x: PAD.l, y: h - 4 }, rows[0][0]));
  svg.appendChild(node('text', { x: w - PAD.r, y: h - 4, 'text-anchor': 'end' }, `${rows[rows.length - 1][0]} · par ${unit}`));
  if (filters.from || filters.to) {
    const a = filters.from ? px(toMs(filters.from)) : PAD.l, b = filters.to ? px(toMs(filters.to) + DAY) : w - PAD.r;
    svg.appendChild(node('rect', { class: 'brush', x: a, y: PAD.t, width: Math.max(1, b - a), height: h - PAD.t - PAD.b }));
  }
}
