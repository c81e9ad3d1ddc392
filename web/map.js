// map.js -- the Leaflet map: country shapes from world-atlas (TopoJSON,
// converted by topojson-client), no tile server; the events as clusters
// computed by the server (/api/clusters) for the current view.
import * as L from '/vendor/leaflet/leaflet-src.esm.js';
import { feature } from '/vendor/topojson-client/index.js';
import { COLORS, el, get, params, showError, filters, changed } from './api.js';

let map, layer, seq = 0;
let onPick = () => {};

export async function initMap(pick) {
  onPick = pick;
  map = L.map('map', { worldCopyJump: true, minZoom: 1, maxZoom: 14, zoomSnap: 1 }).setView([25, 15], 2);
  map.attributionControl.addAttribution('Natural Earth via world-atlas');
  layer = L.layerGroup().addTo(map);
  new ResizeObserver(() => map.invalidateSize()).observe(document.getElementById('map'));
  try {
    const r = await fetch('/vendor/world-atlas/countries-110m.json');
    const topo = await r.json();
    const shapes = feature(topo, topo.objects.countries);
    for (const f of shapes.features) unwrapGeometry(f.geometry);
    L.geoJSON(shapes, {
      style: { color: '#8a8a80', weight: 0.6, fillColor: '#f2efe6', fillOpacity: 1 },
      interactive: false
    }).addTo(map);
  } catch (e) {
    showError(`country shapes not loaded: ${e.message}`);
  }
  map.on('moveend', () => refreshMap());
}

// rings that cross the antimeridian (Russia, Fiji, Antarctica) jump by
// 360 degrees: continue them past 180 instead of drawing a line across
function unwrapRing(ring) {
  for (let i = 1; i < ring.length; i++) {
    const d = ring[i][0] - ring[i - 1][0];
    if (d > 180) ring[i][0] -= 360 * Math.round(d / 360);
    else if (d < -180) ring[i][0] += 360 * Math.round(-d / 360);
  }
}

function unwrapGeometry(g) {
  if (!g) return;
  if (g.type === 'Polygon') g.coordinates.forEach(unwrapRing);
  else if (g.type === 'MultiPolygon') g.coordinates.forEach((p) => p.forEach(unwrapRing));
}

function viewBox() {
  const b = map.getBounds().pad(0.2);
  const w = Math.max(-180, b.getWest()), e = Math.min(180, b.getEast());
  const s = Math.max(-90, b.getSouth()), n = Math.min(90, b.getNorth());
  if (e - w >= 359 || b.getWest() < -180 || b.getEast() > 180) return null;
  return [w, s, e, n].map((x) => x.toFixed(4)).join(',');
}

export async function refreshMap() {
  if (!map) return;
  const my = ++seq;
  const z = Math.max(0, Math.min(20, Math.round(map.getZoom())));
  const box = viewBox();
  const extra = { zoom: z };
  if (box) extra.bbox = box;
  let data;
  try {
    data = await get('/api/clusters', params(box ? ['bbox'] : [], extra));
  } catch (e) { showError(e.message); return; }
  if (my !== seq) return;
  layer.clearLayers();
  for (const c of data.clusters) layer.addLayer(c.n === 1 ? single(c) : cluster(c, data.cell_deg));
}

function single(c) {
  const m = L.circleMarker([c.lat, c.lon], {
    radius: 7, color: '#fff', weight: 1.5, fillColor: COLORS[c.type] || COLORS.OTHER, fillOpacity: 0.95,
    className: 'event-marker'
  });
  m.bindTooltip(c.type);
  m.on('click', () => onPick(c.id, true));
  return m;
}

function cluster(c, cell) {
  const size = Math.round(22 + 8 * Math.log10(c.n));
  const div = el('div', 'cluster', c.n);
  div.style.width = div.style.height = `${size}px`;
  div.style.background = COLORS[c.type] || COLORS.OTHER;
  const m = L.marker([c.lat, c.lon], {
    icon: L.divIcon({ html: div, className: 'event-cluster', iconSize: [size, size] }),
    title: `${c.n} événements (surtout ${c.type})`
  });
  m.on('click', () => {
    if (map.getZoom() < 10) { map.setView([c.lat, c.lon], map.getZoom() + 2); return; }
    // events too close to tell apart: the table shows the cell's events
    const w = Math.floor((c.lon + 180) / cell) * cell - 180, s = Math.floor((c.lat + 90) / cell) * cell - 90;
    const clamp = (x, a) => Math.max(-a, Math.min(a, x)).toFixed(5);
    filters.bbox = [clamp(w, 180), clamp(s, 90), clamp(w + cell, 180), clamp(s + cell, 90)].join(',');
    changed('map');
  });
  return m;
}

export function focusPoint(lat, lon) {
  if (map && lat != null && lon != null) map.setView([lat, lon], Math.max(map.getZoom(), 5));
}

export function popupRecord(lat, lon, node) {
  if (map && lat != null && lon != null) L.popup({ maxWidth: 360 }).setLatLng([lat, lon]).setContent(node).openOn(map);
}
