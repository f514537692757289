// Browser tests of the built dashboard in Debian chromium (playwright-core), against the built API.
// Two API instances, each on its own fresh database:
//  - "sample": the repository's sample report (桓仁满族自治县 2024); real reports are uploaded
//    through the dashboard during the run;
//  - "national": a synthetic report (tools/synth, marked synthetic) for every county of the
//    country for one year, plus the two years before for 辽宁省, generated into a temporary folder and
//    uploaded through the API.
// The national instance loads while the sample tests run. One command (`npx nx e2e web`), a
// summary at the end, exit code 1 on any failure, and both APIs are always stopped.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase, startApi, stopApi, uploadFolder, waitForHealth } from './lib/api.mjs';
import { launchBrowser } from './lib/browser.mjs';
import { buildSyntheticCorpus, runningGenerators } from './lib/corpus.mjs';
import { createHarness, seconds } from './lib/harness.mjs';
import { nationalTests } from './national.spec.mjs';
import { sampleTests } from './sample.spec.mjs';

const webDir = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(webDir, '../..');
const apiMain = resolve(webDir, '../api/dist/main.js');
const webDist = resolve(webDir, 'dist');
const shotsDir = resolve(webDir, 'e2e/screenshots');
// The shared corpus sits beside the repository (../shared/corpus), in CI as here.
const corpusDir = resolve(process.env.CORPUS_DIR ?? join(repoRoot, '../shared/corpus'));
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CORPUS_YEAR = 2023;
const HARD_LIMIT_MS = 330_000;

const h = createHarness();
h.notes = [];
const started = Date.now();
const apis = [];
const databases = [];
let browser;
let tmpDir;

async function cleanUp() {
  for (const child of runningGenerators) child.kill('SIGKILL');
  await browser?.close().catch(() => undefined);
  await Promise.all(apis.map((api) => stopApi(api).catch(() => undefined)));
  await Promise.all(databases.map((db) => db.drop().catch(() => undefined)));
  if (tmpDir) rmSync(tmpDir, { recursive: true, force: true });
}

function abort(reason, code) {
  console.error(`e2e: ABORTED: ${reason}`);
  for (const api of apis) api.child.kill('SIGKILL');
  for (const child of runningGenerators) child.kill('SIGKILL');
  if (tmpDir) rmSync(tmpDir, { recursive: true, force: true });
  process.exit(code);
}
process.once('SIGINT', () => abort('interrupted', 130));
process.once('SIGTERM', () => abort('terminated', 143));
const watchdog = setTimeout(() => abort(`over the hard limit of ${HARD_LIMIT_MS / 1000} s`, 1), HARD_LIMIT_MS);

function printApiLog(api) {
  const text = api.log.join('').trim();
  if (text) console.error(`  ${api.name} API output (last lines):\n${text.split('\n').slice(-25).map((l) => `    ${l}`).join('\n')}`);
}

async function main() {
  for (const [path, hint] of [
    [apiMain, 'run `npx nx build api`'],
    [resolve(webDist, 'index.html'), 'run `npx nx build web`'],
    [chromiumPath, 'install it with `apt-get install -y chromium` or set CHROMIUM_PATH'],
    [join(corpusDir, 'real/pingtan-jiaotongjiansheju-2025.txt'), 'the shared corpus is expected at ../shared/corpus beside the repository (or set CORPUS_DIR)'],
  ]) {
    if (!existsSync(path)) throw new Error(`missing ${path}: ${hint}`);
  }
  mkdirSync(shotsDir, { recursive: true });
  tmpDir = mkdtempSync(join(tmpdir(), 'dlens-e2e-'));

  const sampleDb = await createDatabase(apiMain, 'sample');
  databases.push(sampleDb);
  const sample = await startApi({ name: 'sample', apiMain, webDist, database: sampleDb });
  apis.push(sample);

  // The national instance: it boots while the synthetic corpus is generated, then the reports
  // are uploaded through the API (50 per request); all in the background of the sample tests.
  const national = (async () => {
    const t0 = Date.now();
    const db = await createDatabase(apiMain, 'national');
    databases.push(db);
    const api = await startApi({ name: 'national', apiMain, webDist, database: db, loadSamples: false });
    apis.push(api);
    const [corpus] = await Promise.all([
      buildSyntheticCorpus({ repoRoot, tmpDir, year: CORPUS_YEAR, extraYears: '2021-2022', extraProvince: '21' }).then((c) => {
        h.time(`national: generate ${c.count} synthetic reports`, Date.now() - t0);
        return c;
      }),
      waitForHealth(api, 60_000),
    ]);
    const t1 = Date.now();
    const totals = await uploadFolder(api, corpus.dir);
    h.time(`national: upload ${corpus.count} reports (${db.description})`, Date.now() - t1);
    h.notes.push(`national data: ${Object.entries(totals).map(([k, v]) => `${v} ${k}`).join(', ')}`);
    h.time('national: ready (boot, corpus, upload)', Date.now() - t0);
    return api;
  })();
  national.catch(() => undefined);

  const sampleReady = await waitForHealth(sample, 60_000);
  h.time(`sample: API start (${sampleDb.description})`, sampleReady);
  browser = await launchBrowser(chromiumPath);

  const t1 = Date.now();
  await sampleTests({ h, browser, api: sample, corpusDir, shotsDir, tmpDir, webDist });
  h.time('sample: browser tests', Date.now() - t1);
  await stopApi(sample);

  const t2 = Date.now();
  let nationalApi;
  try {
    nationalApi = await national;
  } catch (error) {
    h.results.push({ name: 'national API start', ok: false, ms: Date.now() - t2, message: error?.message ?? String(error) });
  }
  h.time('waiting for the national API after the sample tests', Date.now() - t2);
  if (nationalApi) {
    const t3 = Date.now();
    await nationalTests({ h, browser, api: nationalApi, shotsDir, corpusYear: CORPUS_YEAR });
    h.time('national: browser tests', Date.now() - t3);
  }
}

let crashed = null;
try {
  await main();
} catch (error) {
  crashed = error;
} finally {
  clearTimeout(watchdog);
  await cleanUp();
}

const failed = h.results.filter((r) => !r.ok);
console.log('\ne2e summary');
for (const r of h.results) console.log(`  ${r.ok ? '✓' : '✗'} ${r.name} (${seconds(r.ms)})${r.ok ? '' : `\n      ${r.message.split('\n').join('\n      ')}`}`);
console.log('timings');
for (const t of h.timings) console.log(`  ${t.label}: ${t.ms >= 1000 ? seconds(t.ms) : `${t.ms} ms`}`);
for (const note of h.notes) console.log(`  ${note}`);
if (crashed) console.error(`e2e: FAILED to run: ${crashed?.stack ?? crashed}`);
if (failed.length || crashed) for (const api of apis) printApiLog(api);
console.log(
  `e2e: ${h.results.length - failed.length} passed, ${failed.length} failed (${h.passedChecks()} checks) in ${seconds(Date.now() - started)}; screenshots in ${shotsDir}`,
);
process.exitCode = failed.length || crashed || h.results.length === 0 ? 1 : 0;
