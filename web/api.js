// api.js -- the JSON API of `depeche serve` (docs/API.md) and the filter
// state shared by the map, the timeline and the table.

export const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST',
  'ACCUSE', 'REJECT', 'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];

// cooperation in blues and greens, verbal conflict in oranges, material conflict in reds
export const COLORS = {
  AGREE: '#2a9d8f', CONSULT: '#4c9bd6', SUPPORT: '#3a7d44', CONCEDE: '#7fb069', COOPERATE: '#1f6f8b',
  AID: '#55a630', RETREAT: '#8d99ae', REQUEST: '#6c757d', ACCUSE: '#f4a261', REJECT: '#e76f51',
  THREATEN: '#d4800b', PROTEST: '#b5651d', SANCTION: '#9c6644', MOBILIZE: '#7b2cbf', COERCE: '#c1121f',
  ASSAULT: '#780000', OTHER: '#555555'
};

// the current filters: {from, to, types: Set, country, actor, q, bbox}
export const filters = { from: '', to: '', types: new Set(), country: '', actor: '', q: '', bbox: '' };

// URLSearchParams of the filters; SKIP names the ones to leave out
export function params(skip = [], extra = {}) {
  const p = new URLSearchParams();
  const f = filters;
  if (f.from && !skip.includes('from')) p.set('from', f.from);
  if (f.to && !skip.includes('to')) p.set('to', f.to);
  if (f.types.size && !skip.includes('type')) p.set('type', [...f.types].join(','));
  if (f.country && !skip.includes('country')) p.set('country', f.country.replace(/\s+/g, '').toUpperCase());
  if (f.actor && !skip.includes('actor')) p.set('actor', f.actor);
  if (f.q && !skip.includes('q')) p.set('q', f.q);
  if (f.bbox && !skip.includes('bbox')) p.set('bbox', f.bbox);
  for (const [k, v] of Object.entries(extra)) p.set(k, String(v));
  return p;
}

export class ApiError extends Error {}

export async function get(path, p) {
  const url = p && [...p.keys()].length ? `${path}?${p}` : path;
  const r = await fetch(url, { headers: { Accept: 'application/json' } });
  let body = null;
  try { body = await r.json(); } catch { /* not JSON */ }
  if (!r.ok) throw new ApiError((body && body.error) || `${r.status} ${r.statusText}`);
  return body;
}

export function exportUrl(format) {
  return `/api/export?${params([], { format })}`;
}

// listeners called when the filters change
const listeners = [];
export function onChange(fn) { listeners.push(fn); }
export function changed(origin) { for (const fn of listeners) fn(origin); }

// an element with class and text: the one way the page puts data on screen
export function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined && text !== null) e.textContent = String(text);
  return e;
}

export function showError(msg) {
  const box = document.getElementById('error');
  box.textContent = msg;
  box.hidden = false;
  clearTimeout(showError.t);
  showError.t = setTimeout(() => { box.hidden = true; }, 6000);
}
