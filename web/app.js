// app.js -- wires depeche's web page together: the filters (form, type
// chips, timeline brush) drive the map, the timeline and the table; a
// record opens its article (#doc=ID&event=ID in the address).
import { TYPES, COLORS, filters, get, params, changed, onChange, exportUrl, el, showError } from './api.js';
import { initMap, refreshMap, focusPoint, popupRecord } from './map.js';
import { initTimeline, refreshTimeline } from './timeline.js';
import { initTable, refreshTable, resetPaging, typeChip } from './table.js';
import { initArticle, openArticle, closeArticle } from './article.js';

const form = document.getElementById('filters');

function readForm() {
  for (const k of ['from', 'to', 'country', 'actor', 'q']) filters[k] = form.elements[k].value.trim();
}

function writeForm() {
  for (const k of ['from', 'to', 'country', 'actor', 'q']) form.elements[k].value = filters[k];
}

function drawChips(byType) {
  const box = document.getElementById('types');
  const counts = Object.fromEntries(byType || []);
  box.replaceChildren(...TYPES.map((t) => {
    const c = el('span', `chip${filters.types.size && !filters.types.has(t) ? ' off' : ''}`, t);
    c.dataset.type = t;
    c.style.background = COLORS[t];
    c.appendChild(el('span', 'n', counts[t] || 0));
    c.addEventListener('click', () => {
      if (filters.types.has(t)) filters.types.delete(t); else filters.types.add(t);
      changed('types');
    });
    return c;
  }));
}

function updateExports() {
  document.getElementById('export-csv').href = exportUrl('csv');
  document.getElementById('export-geojson').href = exportUrl('geojson');
}

async function refreshAll(origin) {
  updateExports();
  resetPaging();
  if (origin === 'timeline') writeForm();
  const [stats] = await Promise.all([refreshTimeline(), refreshTable(), refreshMap()]);
  // the chips count every type under the other filters
  let byType = stats && stats.by_type;
  if (filters.types.size) {
    try { byType = (await get('/api/stats', params(['type']))).by_type; } catch (err) { showError(err.message); }
  }
  drawChips(byType);
}

function recordNode(e) {
  const box = el('div', 'record');
  box.appendChild(typeChip(e.event));
  const dl = el('dl');
  const rows = [['date', e.date], ['lieu', [e.place, e.country].filter(Boolean).join(', ')], ['acteur', e.actor_code || e.actor],
    ['cible', e.recipient_code || e.recipient], ['déclencheur', e.trigger], ['morts', e.dead], ['blessés', e.injured],
    ['article', e.title || e.doc_id]];
  for (const [k, v] of rows) if (v != null && v !== '') { dl.appendChild(el('dt', null, k)); dl.appendChild(el('dd', null, v)); }
  box.appendChild(dl);
  box.appendChild(el('p', 'muted', e.sentence || ''));
  const b = el('button', null, 'ouvrir l’article');
  b.type = 'button';
  b.addEventListener('click', () => openDoc(e.doc_id, e.id));
  box.appendChild(b);
  return box;
}

// a record picked on the map (FROM_MAP) or in the table (E given)
async function pick(id, fromMap, e) {
  if (!e) {
    try {
      const p = new URLSearchParams({ id, limit: '1' });
      const r = await get('/api/events', p);
      e = r.events[0];
    } catch (err) { showError(err.message); return; }
    if (!e) return;
  }
  if (fromMap) popupRecord(e.lat, e.lon, recordNode(e));
  else { focusPoint(e.lat, e.lon); openDoc(e.doc_id, e.id); }
}

function openDoc(doc, ev) {
  const h = new URLSearchParams({ doc });
  if (ev) h.set('event', ev);
  location.hash = h.toString();
}

function route() {
  const h = new URLSearchParams(location.hash.slice(1));
  if (h.get('doc')) openArticle(h.get('doc'), h.get('event'));
  else closeArticle();
}

async function main() {
  initTimeline();
  initTable(pick);
  initArticle((doc) => openDoc(doc));
  onChange(refreshAll);
  let t = null;
  form.addEventListener('input', () => { clearTimeout(t); t = setTimeout(() => { readForm(); changed('form'); }, 300); });
  form.addEventListener('submit', (ev) => ev.preventDefault());
  document.getElementById('reset').addEventListener('click', () => {
    Object.assign(filters, { from: '', to: '', country: '', actor: '', q: '', bbox: '' });
    filters.types.clear();
    writeForm();
    changed('reset');
  });
  document.getElementById('close-article').addEventListener('click', () => { location.hash = ''; });
  window.addEventListener('hashchange', route);
  try {
    const meta = await get('/api/meta');
    document.getElementById('summary').textContent =
      `${meta.events} événements (${meta.located} localisés) dans ${meta.documents} articles`;
  } catch (err) { showError(err.message); }
  await initMap(pick);
  await refreshAll('start');
  route();
  document.body.dataset.ready = '1';
}

main();
