// Browser test of the built dashboard: boots the built API (which also serves apps/web/dist),
// drives Debian chromium with playwright-core and checks the figures the charts draw.
// Run with `npx nx e2e web` (builds web and api first). Plain Node ESM, no test runner.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const apiMain = resolve(webDir, '../api/dist/main.js');
const webDist = resolve(webDir, 'dist');
const screenshotPath = resolve(webDir, 'e2e/screenshots/overview.png');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TOTAL_BUDGET_MS = 60_000;

/** The sample report (桓仁满族自治县 2024) as the charts must draw it: category text → figure. */
const EXPECTED = [
  { panel: 'requests', category: '本年新收申请', value: 13, what: 'requests received' },
  { panel: 'requests', category: '予以公开', value: 11, what: 'granted' },
  { panel: 'requests', category: '部分公开', value: 2, what: 'partly granted' },
  { panel: 'enforcement', category: '行政许可', value: 37292, what: 'licensing decisions (行政许可)' },
  { panel: 'enforcement', category: '行政处罚', value: 938, what: 'penalty decisions (行政处罚)' },
  { panel: 'fees', category: '收费', value: 5087.94, what: 'fees (万元)' },
];

class CheckFailed extends Error {}

let passed = 0;
function check(condition, message) {
  if (!condition) throw new CheckFailed(message);
  passed += 1;
}

function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function startApi(port) {
  const env = {
    ...process.env, // DATABASE_URL, when set, is passed through: the API then uses that PostgreSQL.
    PORT: String(port),
    HOST: '127.0.0.1',
    PGLITE_DATA_DIR: 'memory',
    WEB_DIST_DIR: webDist,
    LOAD_SAMPLES: 'true',
    LOG_LEVEL: 'warn',
  };
  const child = spawn(process.execPath, [apiMain], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = [];
  const keep = (chunk) => log.push(chunk.toString());
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise((r) => child.once('exit', (code, signal) => r({ code, signal })));
  return { child, log, exited };
}

async function waitForHealth(baseUrl, api, deadline) {
  let lastProblem = 'no answer';
  while (Date.now() < deadline) {
    if (api.child.exitCode !== null) throw new Error(`the API exited with code ${api.child.exitCode} before /health answered`);
    try {
      const response = await fetch(`${baseUrl}/health`, { signal: AbortSignal.timeout(2000) });
      if (response.status === 200) return;
      lastProblem = `HTTP ${response.status}`;
    } catch (error) {
      lastProblem = error.cause?.code ?? error.message;
    }
    await sleep(200);
  }
  throw new Error(`the API did not answer /health with 200 in time (last: ${lastProblem})`);
}

async function stopApi(api) {
  if (api.child.exitCode !== null || api.child.signalCode !== null) return;
  api.child.kill('SIGTERM');
  const done = await Promise.race([api.exited.then(() => true), sleep(5000).then(() => false)]);
  if (!done) {
    api.child.kill('SIGKILL');
    await api.exited;
  }
}

/** For each panel, pairs every bar's value label with the category tick on the same row. */
function readDrawnFigures(page) {
  return page.evaluate(() => {
    const centre = (el) => {
      const r = el.getBoundingClientRect();
      return r.top + r.height / 2;
    };
    const result = {};
    for (const panel of document.querySelectorAll('[data-panel]')) {
      const ticks = [...panel.querySelectorAll('.recharts-yAxis-tick-labels .recharts-cartesian-axis-tick-value')].map((t) => ({
        text: t.textContent ?? '',
        y: centre(t),
      }));
      result[panel.dataset.panel] = [...panel.querySelectorAll('.recharts-label-list text')]
        .map((label) => {
          const y = centre(label);
          const tick = ticks.reduce((best, t) => (!best || Math.abs(t.y - y) < Math.abs(best.y - y) ? t : best), null);
          return { category: tick?.text ?? '', text: label.textContent ?? '' };
        })
        .filter((f) => f.text.trim() !== '');
    }
    return result;
  });
}

/** "37,292" / "5,087.94" → number (labels use locale grouping). */
const parseFigure = (text) => Number(text.replace(/[,\s]/g, ''));

async function main() {
  const started = Date.now();
  const deadline = started + TOTAL_BUDGET_MS;
  for (const [path, hint] of [
    [apiMain, 'run `npx nx build api`'],
    [resolve(webDist, 'index.html'), 'run `npx nx build web`'],
    [chromiumPath, 'install it with `apt-get install -y chromium` or set CHROMIUM_PATH'],
  ]) {
    if (!existsSync(path)) throw new CheckFailed(`missing ${path}: ${hint}`);
  }

  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const api = startApi(port);
  const onSignal = (signal) => {
    api.child.kill('SIGKILL');
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let browser;
  const consoleErrors = [];
  const pageErrors = [];
  const watchdog = setTimeout(() => {
    console.error(`e2e: FAILED: over the ${TOTAL_BUDGET_MS / 1000} s budget`);
    api.child.kill('SIGKILL');
    process.exit(1);
  }, TOTAL_BUDGET_MS + 5000);

  try {
    await waitForHealth(baseUrl, api, Math.min(deadline, Date.now() + 40_000));
    const apiReadyMs = Date.now() - started;

    browser = await chromium.launch({
      executablePath: chromiumPath,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, locale: 'zh-CN' });
    page.setDefaultTimeout(Math.max(1000, deadline - Date.now()));
    page.on('console', (msg) => {
      if (msg.type() === 'error') consoleErrors.push(msg.text());
    });
    page.on('pageerror', (error) => pageErrors.push(error.message));

    await page.goto(`${baseUrl}/`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.recharts-bar-rectangle path');
    // Every panel has drawn its bars and labels (the chart chunk is shared, the data is one query).
    await page.waitForFunction(() =>
      ['requests', 'enforcement', 'fees'].every(
        (id) =>
          document.querySelector(`[data-panel="${id}"] .recharts-bar-rectangle path`) &&
          document.querySelector(`[data-panel="${id}"] .recharts-label-list text`),
      ),
    );

    const drawn = await readDrawnFigures(page);
    for (const want of EXPECTED) {
      const figures = drawn[want.panel] ?? [];
      const match = figures.find((f) => f.category.includes(want.category));
      check(
        match && parseFigure(match.text) === want.value,
        `${want.what}: expected the bar label ${want.value} next to "${want.category}" in the ${want.panel} chart, ` +
          `drew ${JSON.stringify(figures)}`,
      );
    }
    const feesMeta = await page.locator('section:has([data-panel="fees"]) .panel__meta').textContent();
    check(feesMeta?.includes('万元'), `the fees panel shows its unit 万元, got ${JSON.stringify(feesMeta)}`);

    mkdirSync(dirname(screenshotPath), { recursive: true });
    await page.screenshot({ path: screenshotPath, fullPage: true });

    await page.click('[data-testid="language-toggle"]');
    const englishTicks = '[data-panel="requests"] .recharts-cartesian-axis-tick-value';
    await page
      .waitForFunction((sel) => [...document.querySelectorAll(sel)].some((t) => t.textContent === 'Requests received'), englishTicks, {
        timeout: 10_000,
      })
      .catch(() => undefined);
    const ticks = await page.locator(englishTicks).allTextContents();
    check(ticks.includes('Requests received'), `after the toggle the catalogue's English label "Requests received" is drawn, got ${JSON.stringify(ticks)}`);
    check(new URL(page.url()).searchParams.get('lang') === 'en', `the URL keeps the language: expected lang=en in ${page.url()}`);
    check(
      (await page.locator('html').getAttribute('lang')) === 'en',
      'the document language follows the toggle (html lang="en")',
    );

    check(consoleErrors.length === 0, `console errors: ${JSON.stringify(consoleErrors)}`);
    check(pageErrors.length === 0, `page errors: ${JSON.stringify(pageErrors)}`);

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `e2e: ${passed} checks passed in ${seconds} s (API ready after ${(apiReadyMs / 1000).toFixed(1)} s` +
        `${process.env.DATABASE_URL ? ', on DATABASE_URL' : ', on embedded PGlite'}); screenshot: ${screenshotPath}`,
    );
  } catch (error) {
    const message = error instanceof CheckFailed ? error.message : (error?.stack ?? String(error));
    console.error(`e2e: FAILED after ${passed} passed checks: ${message}`);
    if (consoleErrors.length) console.error(`  console errors: ${JSON.stringify(consoleErrors)}`);
    if (pageErrors.length) console.error(`  page errors: ${JSON.stringify(pageErrors)}`);
    const apiLog = api.log.join('').trim();
    if (apiLog) console.error(`  API output:\n${apiLog.split('\n').slice(-30).map((l) => `    ${l}`).join('\n')}`);
    process.exitCode = 1;
  } finally {
    clearTimeout(watchdog);
    await browser?.close().catch(() => undefined);
    await stopApi(api);
  }
}

main().catch((error) => {
  console.error(`e2e: FAILED: ${error instanceof CheckFailed ? error.message : (error?.stack ?? error)}`);
  process.exitCode = 1;
});
