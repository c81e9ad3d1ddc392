// e2e.mjs -- end-to-end test of depeche's web page in headless Chromium
// (Debian's /usr/bin/chromium, driven by playwright-core): the page loads,
// the map shows country shapes and event markers, the timeline has bars
// and brushing it filters the table, an article view shows highlights and
// event records linked to their words, and an article holding <script>
// shows it as text.  Saves screenshots.
// usage: node tests/web/e2e.mjs URL SCREENSHOT_DIR
import { chromium } from 'playwright-core';

const [url, shots = 'build'] = process.argv.slice(2);
if (!url) { console.error('usage: node tests/web/e2e.mjs URL SCREENSHOT_DIR'); process.exit(2); }
let passed = 0, failed = 0;
function check(name, ok, detail = '') {
  if (ok) { passed++; console.log(`ok   e2e: ${name}`); } else { failed++; console.log(`FAIL e2e: ${name} ${detail}`); }
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage']
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const errors = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  const offsite = [];
  page.on('request', (r) => { if (!r.url().startsWith(url.replace(/\/$/, ''))) offsite.push(r.url()); });

  await page.goto(url);
  await page.waitForSelector('body[data-ready="1"]', { timeout: 20000 });
  const count = (sel) => page.locator(sel).count();
  check('country shapes drawn', (await count('.leaflet-overlay-pane path')) > 100);
  const markers = (await count('.event-cluster')) + (await count('path.event-marker'));
  check('event markers on the map', markers > 0, `(${markers})`);
  const bars = await count('#timeline-svg rect.bar');
  check('timeline bars', bars > 0, `(${bars})`);
  const rows = await count('#events tbody tr');
  check('table rows', rows > 0, `(${rows})`);
  check('type chips with counts', (await count('#types .chip')) === 16);
  const info0 = await page.textContent('#page-info');
  await page.screenshot({ path: `${shots}/web-overview.png` });

  // brushing the timeline sets the date range and filters the table
  const box = await page.locator('#timeline-svg').boundingBox();
  await page.mouse.move(box.x + box.width * 0.55, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.95, box.y + box.height / 2, { steps: 5 });
  await page.mouse.up();
  await page.waitForFunction((old) => document.querySelector('#page-info').textContent !== old, info0, { timeout: 5000 }).catch(() => {});
  const from = await page.inputValue('input[name=from]');
  check('timeline brush sets the range', /^\d{4}-\d\d-\d\d$/.test(from), `(from='${from}')`);
  check('brush filters the table', (await page.textContent('#page-info')) !== info0);
  await page.click('#reset');

  // a type chip filters too
  await page.click('#types .chip[data-type="ASSAULT"]');
  await page.waitForTimeout(500);
  const chips = await page.locator('#events tbody tr .chip').allTextContents();
  check('type filter', chips.length > 0 && chips.every((t) => t === 'ASSAULT'), JSON.stringify(chips.slice(0, 3)));
  await page.click('#reset');

  // the article view of the seed
  await page.goto(`${url}#doc=seed`);
  await page.waitForSelector('#article-text .hl', { timeout: 10000 });
  const hl = await count('#article-text .hl');
  check('article highlights', hl > 20, `(${hl})`);
  for (const c of ['hl-PER', 'hl-PLACE', 'hl-TIME', 'hl-TRIGGER', 'hl-QUOTE', 'hl-REPEAT'])
    check(`article has ${c}`, (await count(`#article-text .${c}`)) > 0);
  const cards = await count('#article-events .ev');
  check('event records beside the text', cards > 0, `(${cards})`);
  await page.locator('#article-events .ev a.ev-link').first().click();
  check('a field flashes its evidence', (await count('#article-text .flash')) > 0);
  check('repeated passage noted', (await count('#article-notes .repeats')) === 1);
  await page.screenshot({ path: `${shots}/web-article.png` });

  // a row of the table opens its article
  await page.goto(url);
  await page.waitForSelector('body[data-ready="1"]');
  await page.locator('#events tbody tr').first().click();
  await page.waitForSelector('#article-view:not([hidden]) #article-events .ev.focus', { timeout: 10000 }).catch(() => {});
  check('table row opens the article', (await count('#article-events .ev.focus')) === 1);

  // a near-duplicate article links to the one it repeats (when ingest found one)
  const dup = await page.evaluate(async () => {
    const r = await fetch('/api/documents?limit=1000');
    const d = (await r.json()).documents.find((x) => x.duplicate_of);
    return d ? [d.id, d.duplicate_of] : null;
  });
  if (dup) {
    await page.goto(`${url}#doc=${encodeURIComponent(dup[0])}`);
    await page.waitForSelector('#article-notes .dup-of', { timeout: 10000 }).catch(() => {});
    check(`duplicate marked (${dup[0]} repeats ${dup[1]})`, (await count('#article-notes .dup-of a')) === 1);
    await page.locator('#article-notes .dup-of a').first().click();
    await page.waitForSelector('#article-notes .dups', { timeout: 10000 }).catch(() => {});
    check('the original lists its duplicates', (await page.textContent('#article-notes .dups') || '').length > 0);
  } else {
    console.log('e2e: no near-duplicate in this database: duplicate marks not checked');
  }

  // hostile markup shows as text
  await page.goto(`${url}#doc=hostile-1`);
  await page.waitForSelector('#article-view:not([hidden])', { timeout: 10000 });
  await page.waitForTimeout(300);
  const title = await page.textContent('#article-title');
  check('<script> in a title shows as text', title.includes('<script>'), `(${title})`);
  const text = await page.textContent('#article-text');
  check('<script> in the text shows as text', text.includes('<script>') && text.includes('<img'));
  check('no markup from data', (await count('#article-view script, #article-view img')) === 0);
  check('no script from data ran', (await page.evaluate(() => window.__pwned)) === undefined);

  check('no request leaves the server', offsite.length === 0, offsite.slice(0, 3).join(' '));
  check('no JavaScript errors', errors.length === 0, errors.slice(0, 3).join(' | '));
} finally {
  await browser.close();
}
console.log(`e2e: ${passed} passed, ${failed} failed; screenshots ${shots}/web-overview.png, ${shots}/web-article.png`);
process.exit(failed ? 1 : 0);
