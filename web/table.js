// table.js -- the events that match the filters, a page at a time
// (/api/events with limit and offset); a click opens the record.
import { COLORS, el, get, params, showError, filters, changed } from './api.js';

const LIMIT = 50;
let offset = 0, total = 0, seq = 0;
let onPick = () => {};

export function initTable(pick) {
  onPick = pick;
  document.getElementById('prev').addEventListener('click', () => { offset = Math.max(0, offset - LIMIT); refreshTable(); });
  document.getElementById('next').addEventListener('click', () => {
    if (offset + LIMIT < total) { offset += LIMIT; refreshTable(); }
  });
}

export function resetPaging() { offset = 0; }

export function typeChip(type) {
  const c = el('span', 'chip', type || '?');
  c.style.background = COLORS[type] || COLORS.OTHER;
  return c;
}

function row(e) {
  const tr = el('tr');
  tr.dataset.id = e.id;
  tr.appendChild(el('td', 'date', e.date || ''));
  const t = el('td');
  t.appendChild(typeChip(e.event));
  tr.appendChild(t);
  tr.appendChild(el('td', null, [e.place, e.country].filter(Boolean).join(', ')));
  const who = [e.actor_code || e.actor, e.recipient_code || e.recipient];
  tr.appendChild(el('td', null, who[0] || who[1] ? `${who[0] || '?'} → ${who[1] || '?'}` : ''));
  tr.appendChild(el('td', null, e.trigger || ''));
  const title = el('td', 'title', e.title || e.doc_id);
  title.title = e.title || e.doc_id;
  tr.appendChild(title);
  tr.addEventListener('click', () => {
    for (const x of tr.parentNode.querySelectorAll('tr.sel')) x.classList.remove('sel');
    tr.classList.add('sel');
    onPick(e.id, false, e);
  });
  return tr;
}

export async function refreshTable() {
  const my = ++seq;
  let data;
  try { data = await get('/api/events', params([], { limit: LIMIT, offset })); } catch (e) { showError(e.message); return; }
  if (my !== seq) return;
  total = data.total;
  const body = document.querySelector('#events tbody');
  body.replaceChildren(...data.events.map(row));
  const info = document.getElementById('page-info');
  info.textContent = total ? `${offset + 1}–${Math.min(offset + LIMIT, total)} sur ${total}` : 'aucun événement';
  if (filters.bbox) {
    const b = el('button', 'zone', 'zone de la carte ✕');
    b.type = 'button';
    b.addEventListener('click', () => { filters.bbox = ''; changed('bbox'); });
    info.append(' ', b);
  }
}
