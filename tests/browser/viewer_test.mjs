// Browser test of the web viewer: starts the real `chronicle serve` on a free
// loopback port, drives Debian's Chromium with playwright-core (never a
// downloaded browser) and checks what the page draws:
//   1. the bundled example pasted and annotated by the live pipeline, every
//      layer the server returns drawn (the checks grow as stages land);
//   2. tests/server/full_document.json (invented text carrying every layer):
//      entity highlights with their tooltips, quote-speaker links, times with
//      values, the post card, event rows and the timeline;
//   3. an error from the server shown to the user;
//   4. keyboard access and no sideways scrolling at 390 px.
// Screenshots at 1280 and 390 px go to --out (docs/screenshots to refresh the README's).
//
// usage: node viewer_test.mjs --chronicle BUILD/chronicle [--out DIR]
// exit: 0 pass, 1 fail, 77 skipped (playwright-core or chromium missing).
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, existsSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const chronicle = arg('--chronicle', path.join(root, 'build/release/chronicle'));
const outDir = path.resolve(arg('--out', path.join(root, 'build/release/screenshots')));
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

let chromium;
try {
  ({ chromium } = await import('playwright-core'));
} catch (e) {
  console.log('SKIP: playwright-core is not installed (run: npm ci --prefix tests/browser)');
  process.exit(77);
}
if (!existsSync(chromiumPath)) {
  console.log(`SKIP: no Chromium at ${chromiumPath} (Debian package chromium)`);
  process.exit(77);
}

const scratch = mkdtempSync(path.join(tmpdir(), 'chronicle-browser-'));
const portFile = path.join(scratch, 'port');
const server = spawn(chronicle, ['serve', '--port', '0', '--port-file', portFile, '--threads', '4', '--timeout', '120'],
                     { stdio: ['ignore', 'inherit', 'inherit'] });
let browser;

async function waitForPort() {
  for (let i = 0; i < 600; ++i) {
    if (existsSync(portFile)) {
      const p = parseInt(readFileSync(portFile, 'utf8'), 10);
      if (p > 0) return p;
    }
    if (server.exitCode !== null) throw new Error(`chronicle serve exited with ${server.exitCode}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('chronicle serve did not start');
}

const checks = [];
function check(name, fn) { checks.push([name, fn]); }

async function show(page, source, { date = '', tz = '' } = {}) {
  await page.fill('#source', source);
  await page.fill('#date', date);
  await page.fill('#tz', tz);
  // Forget the last answer, so the wait below sees this one.
  await page.evaluate(() => {
    document.getElementById('status').textContent = '';
    document.getElementById('error').hidden = true;
  });
  await page.click('#annotate');
  await page.waitForFunction(() => {
    const status = document.getElementById('status').textContent;
    return !document.getElementById('error').hidden || (status !== '' && status !== 'Annotating…');
  });
}

// For every layer the document carries, the page must draw it.
async function assertLayersDrawn(page, doc) {
  const count = (sel) => page.locator(sel).count();
  const mentions = (doc.entities || []).reduce((n, e) => n + (e.mentions || []).length, 0);
  assert.equal(await count('#text .ent'), mentions, 'one highlight per entity mention');
  assert.equal(await count('#text .quote'), (doc.quotes || []).length, 'one underline per quote');
  assert.equal(await count('#text .time'), (doc.times || []).length, 'one mark per time expression');
  assert.equal(await count('#text .post-card'), (doc.posts || []).length, 'one card per post');
  assert.equal(await count('#text .tag'), (doc.hashtags || []).length, 'hashtags marked');
  assert.equal(await count('#events tbody tr'), (doc.events || []).length, 'one row per event');
  const dates = new Set((doc.events || []).map((v) => v.date || 'undated'));
  assert.equal(await count('#timeline .timeline > li'), dates.size, 'one timeline entry per date');
  assert.equal(await count('#text p'), (doc.paragraphs || [{}]).length, 'one block per paragraph');
  // The article reads as the document's text, paragraph by paragraph.
  const drawn = await page.$$eval('#text p', (ps) => ps.map((p) => {
    const c = p.cloneNode(true);
    c.querySelectorAll('.tip, .time-value, .speaker-link').forEach((n) => n.remove());
    return c.textContent;
  }));
  const cps = Array.from(doc.text);
  const expected = (doc.paragraphs || [{ start: 0, end: cps.length }]).map((p) => cps.slice(p.start, p.end).join(''));
  assert.deepEqual(drawn, expected, 'the text is drawn unchanged');
}

try {
  const port = await waitForPort();
  const base = `http://127.0.0.1:${port}`;
  const userDir = path.join(scratch, 'profile');
  // A fresh profile directory per run (playwright passes it as --user-data-dir).
  browser = await chromium.launchPersistentContext(userDir, {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1280, height: 900 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = browser.pages()[0] || await browser.newPage();
  const consoleErrors = [];
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  // The 400 the error check provokes is logged by Chromium; anything else is a defect.
  page.on('console', (m) => {
    if (m.type() === 'error' && !/status of 400 \(Bad Request\)/.test(m.text())) consoleErrors.push(m.text());
  });
  mkdirSync(outDir, { recursive: true });

  const example = readFileSync(path.join(root, 'examples/harbour-talks.txt'), 'utf8');
  const fixture = JSON.parse(readFileSync(path.join(root, 'tests/server/full_document.json'), 'utf8'));

  check('page loads from the binary', async () => {
    const res = await page.goto(base + '/');
    assert.equal(res.status(), 200);
    assert.equal(await page.title(), 'chronicle viewer');
    await page.waitForFunction(() => document.getElementById('version').textContent.startsWith('chronicle '));
  });

  check('bundled example through the live pipeline', async () => {
    await show(page, example, { date: '2025-02-12', tz: 'America/Toronto' });
    assert.equal(await page.locator('#error').isHidden(), true, await page.locator('#error').textContent());
    const doc = await page.evaluate(async () => {
      const r = await fetch('/annotate?text=true&date=2025-02-12&tz=America/Toronto',
                            { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: document.getElementById('source').value });
      return r.json();
    });
    assert.equal(doc.schema, 'chronicle.document/1');
    assert.ok(doc.paragraphs.length > 5, 'the example has paragraphs');
    assert.ok(doc.posts.length >= 1, 'the example embeds a post');
    await assertLayersDrawn(page, doc);
    const meta = await page.locator('#meta').textContent();
    assert.match(meta, /date 2025-02-12 \(cli\)/);
    assert.match(meta, /zone America\/Toronto/);
    await page.locator('.post-card').first().scrollIntoViewIfNeeded();
    assert.match(await page.locator('.post-card header').first().textContent(), /@OmarHaddadMP/);
    await page.screenshot({ path: path.join(outDir, 'example-1280.png'), fullPage: false });
  });

  check('every layer of a full document', async () => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await show(page, JSON.stringify(fixture));
    await assertLayersDrawn(page, fixture);
    // Entities highlighted by type; hovering shows name, actor code, coordinates.
    assert.equal(await page.locator('#text .ent-PERSON').count(), 6);
    const troms = page.locator('#text .ent[data-entity="E4"]');
    await troms.hover();
    const tip = troms.locator('.tip');
    assert.equal(await tip.isVisible(), true, 'tooltip on hover');
    assert.match(await tip.textContent(), /Tromsø · GPE/);
    assert.match(await tip.textContent(), /69\.649, 18\.955/);
    const solberg = page.locator('#text .ent[data-entity="E1"]').first();
    await solberg.hover();
    assert.match(await solberg.locator('.tip').textContent(), /actor NORGOV/);
    // Quotes underlined and linked to their speaker.
    const link = page.locator('#text .speaker-link[data-speaker="E1"]');
    assert.equal(await link.getAttribute('href'), '#entity-E1');
    assert.match(await link.textContent(), /Ingrid Solberg/);
    await link.click();
    assert.equal(await page.locator('#text .ent.lit[data-entity="E1"]').count(), 3, 'speaker mentions lit');
    assert.equal(await page.locator('#text .quote[data-kind="reported"][data-speaker="E9"]').count(), 1);
    // Times with their values.
    assert.equal(await page.locator('#text .time[data-value="2025-02-11T09:05"] .time-value').textContent(),
                 '2025-02-11T09:05 (UTC+01:00)');
    // The post as a card, signature included.
    const card = page.locator('#text .post-card');
    assert.match(await card.locator('header').textContent(), /Marc Tremblay @MarcTremblayCA · 2025-02-11/);
    assert.equal(await card.locator('p').count(), 2);
    // Event table: source, CAMEO code + name, target, date, place, mood.
    const row = await page.$$eval('#events tbody tr[data-event="V3"] td', (tds) => tds.map((t) => t.textContent));
    assert.deepEqual(row, ['Ottawa (CANGOV)', '042 Make a visit', 'Reykjavik (ISL)', '2025-02-11', 'Reykjavik', 'cancelled']);
    const v4 = await page.$$eval('#events tbody tr[data-event="V4"] td', (tds) => tds.map((t) => t.textContent));
    assert.deepEqual(v4, ['Nordic Council (NMCIGO)', '036 Express intent to meet or negotiate', '—', '2025-02-20', '—', 'intended']);
    // Timeline by date, in order.
    const dates = await page.$$eval('#timeline .timeline > li', (lis) => lis.map((li) => li.dataset.date));
    assert.deepEqual(dates, ['2025-02-11', '2025-02-18', '2025-02-20']);
    assert.match(await page.locator('#timeline').textContent(), /Norway \(NOR\) — Host a visit — Canada \(CAN\) \(intended\)/);
    await page.mouse.move(1200, 10);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(outDir, 'viewer-1280.png'), fullPage: true });
  });

  check('keyboard: Tab reaches the highlights and shows their details', async () => {
    await page.focus('#annotate');
    let found = false;
    for (let i = 0; i < 10 && !found; ++i) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => document.activeElement && document.activeElement.classList.contains('ent'));
    }
    assert.ok(found, 'an entity highlight takes keyboard focus');
    const visible = await page.evaluate(() => getComputedStyle(document.activeElement.querySelector('.tip')).display);
    assert.equal(visible, 'block', 'its details show on focus');
    // Enter on the speaker link moves to the speaker's entry.
    await page.focus('#text .speaker-link[data-speaker="E5"]');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => location.hash), '#entity-E5');
    // Ctrl+Enter in the text box annotates.
    await page.fill('#source', 'Talks resumed in Oslo on Monday.');
    await page.focus('#source');
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() => document.getElementById('status').textContent.startsWith('document:'));
  });

  check('server errors are shown', async () => {
    await show(page, '{"id": 7}');
    assert.equal(await page.locator('#error').isVisible(), true);
    assert.match(await page.locator('#error').textContent(), /400 malformed_input: .*missing field "text"/);
  });

  check('readable at 390 px', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await show(page, JSON.stringify(fixture));
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `no sideways scrolling (page is ${width} px wide)`);
    const box = await page.locator('#events').boundingBox();
    const text = await page.locator('#text').boundingBox();
    assert.ok(box.y > text.y, 'the panel stacks below the article');
    await page.screenshot({ path: path.join(outDir, 'viewer-390.png'), fullPage: true });
    await show(page, example, { date: '2025-02-12', tz: 'America/Toronto' });
    await page.screenshot({ path: path.join(outDir, 'example-390.png'), fullPage: false });
  });

  let failed = 0;
  for (const [name, fn] of checks) {
    try {
      await fn();
      console.log(`ok - ${name}`);
    } catch (e) {
      failed += 1;
      console.log(`FAIL - ${name}\n  ${e.stack || e}`);
    }
  }
  if (consoleErrors.length) {
    failed += 1;
    console.log(`FAIL - page errors: ${consoleErrors.join(' | ')}`);
  }
  console.log(failed ? `${failed} of ${checks.length} checks failed` : `all ${checks.length} checks passed; screenshots in ${outDir}`);
  process.exitCode = failed ? 1 : 0;
} catch (e) {
  console.log(`FAIL - ${e.stack || e}`);
  process.exitCode = 1;
} finally {
  if (browser) await browser.close().catch(() => {});
  server.kill('SIGTERM');
  await new Promise((r) => { if (server.exitCode !== null) r(); else server.on('exit', r); });
  rmSync(scratch, { recursive: true, force: true });
}
