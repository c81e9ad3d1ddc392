#!/usr/bin/env node
// scripts/centroids.mjs -- each country's centre, derived from its shape:
// the area-weighted centroid of the country's largest polygon (its main
// landmass) in world-atlas's countries-50m.json (Natural Earth shapes),
// computed on the sinusoidal (equal-area) projection around the polygon's
// middle meridian.  When the centroid falls outside the polygon (crescent
// shapes) world-countries' latlng is kept if it lies inside, else the
// polygon's boundary point nearest the centroid.  Writes one line a country:
//   CCA3 TAB lat TAB lon TAB method(centroid|latlng|nearest) TAB name
// read by tools/mkmodel.c (--centroids FILE).  Countries world-atlas lacks
// (small islands) are not written: mkmodel keeps their latlng.
//
//   node scripts/centroids.mjs NODE_MODULES_DIR OUT.tsv
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [nm = 'node_modules', out = 'build/centroids.tsv'] = process.argv.slice(2);
const { feature } = await import(pathToFileURL(resolve(nm, 'topojson-client/src/index.js')).href);
const topo = JSON.parse(readFileSync(`${nm}/world-atlas/countries-50m.json`, 'utf8'));
const countries = JSON.parse(readFileSync(`${nm}/world-countries/countries.json`, 'utf8'));
const RAD = Math.PI / 180;

// sinusoidal projection around meridian lon0 (degrees in, degrees out)
const proj = (lon0) => ([lon, lat]) => [(lon - lon0) * Math.cos(lat * RAD), lat];

// signed area and area moment of one projected ring (shoelace)
function ringSums(ring) {
    let a = 0, mx = 0, my = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [x0, y0] = ring[j], [x1, y1] = ring[i];
        const c = x0 * y1 - x1 * y0;
        a += c;
        mx += (x0 + x1) * c;
        my += (y0 + y1) * c;
    }
    return { a: a / 2, mx: mx / 6, my: my / 6 };
}

// area and centroid of a projected polygon: outer ring minus its holes
function polySums(rings) {
    let a = 0, mx = 0, my = 0;
    rings.forEach((r, k) => {
        const s = ringSums(r), sign = Math.sign(s.a) * (k === 0 ? 1 : -1);
        a += sign * s.a;
        mx += sign * s.mx;
        my += sign * s.my;
    });
    return { a, cx: mx / a, cy: my / a };
}

function inside(rings, [x, y]) {          // even-odd over every ring
    let odd = false;
    for (const r of rings)
        for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
            const [xi, yi] = r[i], [xj, yj] = r[j];
            if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
        }
    return odd;
}

function nearest(rings, [x, y]) {         // nearest boundary point
    let best = null, bd = Infinity;
    for (const r of rings)
        for (let i = 0, j = r.length - 1; i < r.length; j = i++) {
            const [x0, y0] = r[j], [x1, y1] = r[i];
            const dx = x1 - x0, dy = y1 - y0, l = dx * dx + dy * dy;
            const t = l ? Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / l)) : 0;
            const px = x0 + t * dx, py = y0 + t * dy, d = (px - x) ** 2 + (py - y) ** 2;
            if (d < bd) { bd = d; best = [px, py]; }
        }
    return best;
}

// longitudes made continuous along the polygon (shapes across 180°)
function unwrap(rings) {
    const ref = rings[0][0][0];
    return rings.map((r) => r.map(([lon, lat]) => [lon + 360 * Math.round((ref - lon) / 360), lat]));
}

function centre(geom, latlng) {
    const polys = (geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates).map(unwrap);
    let best = null;
    for (const rings of polys) {
        const lons = rings[0].map((p) => p[0]);
        const lon0 = (Math.min(...lons) + Math.max(...lons)) / 2;
        const pr = rings.map((r) => r.map(proj(lon0)));
        const s = polySums(pr);
        if (!best || s.a > best.s.a) best = { s, pr, lon0 };
    }
    const { s, pr, lon0 } = best;
    const wrap = (lon) => ((((lon + 180) % 360) + 360) % 360) - 180;
    const back = ([x, y]) => [y, wrap(lon0 + x / Math.cos(y * RAD))];
    if (inside(pr, [s.cx, s.cy])) return [...back([s.cx, s.cy]), 'centroid'];
    if (latlng && inside(pr, proj(lon0)([latlng[1], latlng[0]]))) return [...latlng, 'latlng'];
    return [...back(nearest(pr, [s.cx, s.cy])), 'nearest'];
}

const byNum = new Map(), byName = new Map();
for (const c of countries) {
    if (c.ccn3) byNum.set(String(Number(c.ccn3)), c);
    byName.set(c.name.common, c);
}
const lines = [];
for (const f of feature(topo, topo.objects.countries).features) {
    const c = (f.id && byNum.get(String(Number(f.id)))) || byName.get(f.properties.name);
    if (!c || !f.geometry) { console.error(`centroids: no country for ${f.id} ${f.properties.name}`); continue; }
    const [lat, lon, how] = centre(f.geometry, c.latlng);
    if (how !== 'centroid') console.error(`centroids: ${c.cca3} ${c.name.common}: centroid outside, ${how}`);
    lines.push(`${c.cca3}\t${lat.toFixed(4)}\t${lon.toFixed(4)}\t${how}\t${c.name.common}`);
}
lines.sort();
writeFileSync(out, `# CCA3\tlat\tlon\tmethod\tname (scripts/centroids.mjs, world-atlas countries-50m)\n${lines.join('\n')}\n`);
console.error(`centroids: ${lines.length} countries -> ${out}`);
