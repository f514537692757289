// Browser tests on the API with the repository's sample (桓仁满族自治县 2024), then real reports
// uploaded through the dashboard. Each test is independent of the others' page state, but the
// upload test must come before those that read the uploaded reports.
import { readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { ADMIN } from './lib/api.mjs';
import { downloadOf, openPage, pngSize } from './lib/browser.mjs';

/** The sample report as the overview must draw it: category text → figure. */
const EXPECTED = [
  { panel: 'requests', category: '本年新收申请', value: 13, what: 'requests received' },
  { panel: 'requests', category: '予以公开', value: 11, what: 'granted' },
  { panel: 'requests', category: '部分公开', value: 2, what: 'partly granted' },
  { panel: 'enforcement', category: '行政许可', value: 37292, what: 'licensing decisions (行政许可)' },
  { panel: 'enforcement', category: '行政处罚', value: 938, what: 'penalty decisions (行政处罚)' },
  { panel: 'fees', category: '收费', value: 5087.94, what: 'fees (万元)' },
];
/** The same figures by metric key, for the national scope's by-province chart. */
const BY_METRIC = [
  ['requestsReceived', 13],
  ['outcomeGranted', 11],
  ['outcomePartiallyGranted', 2],
  ['licensingDecisions', 37292],
  ['punishmentDecisions', 938],
  ['feesWan', 5087.94],
];

/** "37,292" / "5,087.94" → number (labels use locale grouping). */
const parseFigure = (text) => Number(String(text).replace(/[,\s]/g, ''));

/** For each category of a panel's bar chart, its label and the figure drawn on its first bar. */
function readPanel(page, panel) {
  return page.$$eval(`[data-panel="${panel}"] [data-category]`, (groups) =>
    groups.map((g) => ({ category: g.querySelector('.category-label')?.textContent ?? '', text: g.querySelector('.bar-label')?.textContent ?? '' })),
  );
}

export async function sampleTests({ h, browser, api, corpusDir, shotsDir, tmpDir, webDist }) {
  const { check, test } = h;
  const base = api.baseUrl;
  const shared = { reports: {} };

  await test('first view: the JavaScript the overview loads is at most 300 KB gzipped', async () => {
    const { page, context, errors } = await openPage(browser);
    const scripts = new Set();
    page.on('request', (r) => {
      const path = new URL(r.url()).pathname;
      if (path.endsWith('.js')) scripts.add(path);
    });
    await page.goto(`${base}/`, { waitUntil: 'networkidle' });
    await page.waitForSelector('[data-panel="breakdown"] [data-chart="rank"]');
    const sizes = [...scripts].map((path) => gzipSync(readFileSync(join(webDist, path)), { level: 9 }).length);
    const total = sizes.reduce((a, b) => a + b, 0);
    h.notes.push(`first view (overview): ${scripts.size} JavaScript files, ${(total / 1024).toFixed(1)} KB gzipped`);
    check(total <= 300 * 1024, `the first view loads ${(total / 1024).toFixed(1)} KB of gzipped JavaScript (budget 300 KB)`);
    check(![...scripts].some((p) => p.includes('Recharts')), 'the overview does not load the recharts chunk');
    check(errors.length === 0, `first view: console errors ${JSON.stringify(errors)}`);
    await context.close();
  });

  await test('overview: 本溪市 and 辽宁省 draw the sample figures on their bars, with unit and coverage', async () => {
    const { page, context, errors } = await openPage(browser);
    for (const scope of ['210500', '210000']) {
      await page.goto(`${base}/?scope=${scope}`, { waitUntil: 'domcontentloaded' });
      await page.waitForFunction(() => ['requests', 'enforcement', 'fees'].every((id) => document.querySelector(`[data-panel="${id}"] .bar-label`)));
      for (const want of EXPECTED) {
        const drawn = await readPanel(page, want.panel);
        const match = drawn.find((f) => f.category.includes(want.category));
        check(match && parseFigure(match.text) === want.value, `${scope}: ${want.what}: expected the bar label ${want.value} next to "${want.category}", drew ${JSON.stringify(drawn)}`);
      }
      const feesMeta = await page.locator('section:has([data-panel="fees"]) .panel__meta').first().textContent();
      check(feesMeta?.includes('万元'), `${scope}: the fees panel shows its unit 万元, got ${JSON.stringify(feesMeta)}`);
      const coverage = await page.locator('[data-kpi="coverage"]').textContent();
      check(/1 \/ \d+ 个县级政府已发布/.test(coverage ?? ''), `${scope}: the coverage card says how many counties published, got ${JSON.stringify(coverage)}`);
    }
    await page.goto(`${base}/?scope=210500`, { waitUntil: 'networkidle' });
    check((await page.locator('[data-testid="synthetic-notice"]').count()) === 0, 'the real sample report is not announced as synthetic data');
    await page.screenshot({ path: join(shotsDir, 'overview.png'), fullPage: true });
    check(errors.length === 0, `overview: console errors ${JSON.stringify(errors)}`);
    await context.close();
  });

  await test('overview: the whole country lists each sample figure for 辽宁省, metric picked from the list', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}/`, { waitUntil: 'domcontentloaded' });
    for (const [metric, value] of BY_METRIC) {
      await page.selectOption('[data-testid="breakdown-metric"]', metric);
      const label = page.locator('[data-panel="breakdown"] [data-item="r:210000"] .rank-chart__value');
      await page.waitForFunction(
        ([m]) => new URL(location.href).searchParams.get('metric') === m && document.querySelector('[data-panel="breakdown"] [data-item="r:210000"] .rank-chart__value'),
        [metric],
      );
      const text = await label.textContent();
      check(parseFigure(text) === value, `nation, ${metric}: expected the bar label ${value} for 辽宁省, got ${JSON.stringify(text)}`);
    }
    check((await page.locator('[data-panel="breakdown"] [data-item="r:210000"]').textContent())?.includes('辽宁省'), 'nation: the bar is labelled 辽宁省');
    check(errors.length === 0, `nation: console errors ${JSON.stringify(errors)}`);
    await context.close();
  });

  await test('language: the English toggle relabels from the catalogue, keeps the URL, and back returns to Chinese', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}/?scope=210500`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('[data-panel="requests"] .category-label');
    await page.click('[data-testid="language-toggle"]');
    await page.waitForFunction(() => [...document.querySelectorAll('[data-panel="requests"] .category-label')].some((t) => t.textContent === 'Requests received'));
    const url = new URL(page.url());
    check(url.searchParams.get('lang') === 'en' && url.searchParams.get('scope') === '210500', `the URL keeps scope and language: ${page.url()}`);
    check((await page.locator('html').getAttribute('lang')) === 'en', 'html lang="en" after the toggle');
    check((await page.locator('h1').textContent()) === 'Overview', 'the page title is in English');
    check((await page.locator('[data-panel="requests"] .bar-label').first().textContent()) === '13', 'the figures stay the same in English');
    await page.goBack();
    await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
    check((await page.locator('h1').textContent()) === '年报概览', 'back returns to Chinese');
    check(errors.length === 0, `language: console errors ${JSON.stringify(errors)}`);
    await context.close();
  });

  await test('upload: several real reports by file input, each with its result; a waiting one assigned; the report shows 21 new requests', async () => {
    const { page, context, errors } = await openPage(browser, { timeout: 90_000 });
    const junk = join(tmpDir, 'not-a-report.txt');
    writeFileSync(junk, '这不是年度报告。\nThis is not an annual report.\n');
    const files = [
      join(corpusDir, 'real/pingtan-jiaotongjiansheju-2025.txt'),
      join(corpusDir, 'peer/huaian-hongzequ-2023.pdf'),
      join(corpusDir, 'peer/huaian-hongzequ-2024.pdf'),
      join(corpusDir, 'peer/suqian-shuyangxian-2025.txt'),
      junk,
    ];
    await page.goto(`${base}/upload`, { waitUntil: 'domcontentloaded' });
    // Writing needs an admin: sign in on the page.
    const form = page.locator('[data-testid="sign-in"]');
    await form.waitFor();
    await form.locator('input[autocomplete="username"]').fill(ADMIN.username);
    await form.locator('input[type="password"]').fill(ADMIN.password);
    await form.locator('button[type="submit"]').click();
    await page.locator('[data-testid="user-menu"]').waitFor();
    check((await page.locator('[data-testid="user-menu"]').textContent())?.includes(ADMIN.username), 'the header shows the signed-in admin');
    await page.setInputFiles('[data-testid="file-input"]', files);
    await page.click('[data-testid="upload-submit"]');
    await page.waitForSelector('[data-testid="upload-results"] tr[data-status]');
    const rows = await page.$$eval('[data-testid="upload-results"] tr[data-status]', (trs) =>
      trs.map((tr) => ({ file: tr.dataset.file, status: tr.dataset.status, link: tr.querySelector('a[data-testid="result-report"]')?.getAttribute('href') ?? null, text: tr.textContent })),
    );
    const status = (name) => rows.find((r) => r.file === name);
    check(rows.length === 5, `one result per file: ${JSON.stringify(rows)}`);
    for (const name of ['pingtan-jiaotongjiansheju-2025.txt', 'huaian-hongzequ-2023.pdf', 'huaian-hongzequ-2024.pdf']) {
      check(status(name)?.status === 'stored' && status(name)?.link, `${name} is stored with a report link: ${JSON.stringify(status(name))}`);
      shared.reports[name] = status(name).link.split('?')[0];
    }
    check(status('suqian-shuyangxian-2025.txt')?.status === 'needsAssignment', `the OCR'd 沭阳 report (printed 沐阳) waits for assignment: ${JSON.stringify(status('suqian-shuyangxian-2025.txt'))}`);
    check(status('not-a-report.txt')?.status === 'failed' && /not-a-report\.txt/.test(status('not-a-report.txt').text), `a file that is not a report fails with a reason naming it: ${JSON.stringify(status('not-a-report.txt'))}`);

    // Assign the waiting report: search the region, keep the kind, confirm.
    const item = page.locator('.pending-item:has-text("suqian-shuyangxian-2025.txt")');
    await item.locator('input[type="search"]').fill('沭阳');
    await item.locator('[role="option"][data-code="321322"]').click();
    await item.locator('[data-testid="assign-submit"]').click();
    const done = page.locator('[data-testid="assign-done"]');
    await done.waitFor();
    check(/已归属/.test((await done.textContent()) ?? ''), 'the assignment is confirmed');

    // The same file again is "unchanged".
    await page.setInputFiles('[data-testid="file-input"]', [files[0]]);
    await page.click('[data-testid="upload-submit"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="upload-results"] tr[data-status]').length === 1);
    check((await page.locator('[data-testid="upload-results"] tr[data-status]').getAttribute('data-status')) === 'unchanged', 'the same file again is unchanged');
    await page.waitForLoadState('networkidle');
    await page.screenshot({ path: join(shotsDir, 'upload.png'), fullPage: true });

    // Find it: the report page of the uploaded file shows 21 new requests.
    await page.goto(`${base}${shared.reports['pingtan-jiaotongjiansheju-2025.txt']}`, { waitUntil: 'domcontentloaded' });
    const total = page.locator('[data-key="requests.newReceived.total"]');
    await total.waitFor();
    check((await total.textContent()) === '21', `the uploaded report shows 21 new requests, got ${await total.textContent()}`);
    const href = await page.locator('[data-testid="download-original"]').getAttribute('href');
    const original = await fetch(`${base}${href}`);
    const bytes = Buffer.from(await original.arrayBuffer());
    check(original.status === 200 && bytes.length === 8819, `the original file downloads byte for byte (HTTP ${original.status}, ${bytes.length} bytes)`);
    check(errors.length === 0, `upload: console errors ${JSON.stringify(errors)}`);
    await context.close();
  });

  await test('report: findings on their exact cells, provenance on focus (PDF page and box), revisions, original file', async () => {
    const path = shared.reports['huaian-hongzequ-2023.pdf'];
    check(path, 'the 洪泽区 2023 report was uploaded');
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}${path}`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('[data-key="requests.newReceived.total"]');
    check((await page.locator('[data-key="requests.newReceived.total"]').textContent()) === '21', '洪泽区 2023: 21 new requests');
    const firstFinding = page.locator('[data-testid="report-findings"] .finding-list__rule button').first();
    await firstFinding.waitFor();
    await firstFinding.click();
    await page.waitForFunction(() => new URL(location.href).searchParams.has('finding') && document.querySelector('.cell--selected'));
    const selected = await page.$$eval('.cell--selected', (cells) => cells.map((c) => c.dataset.key));
    check(selected.length > 0 && selected.every((k) => /^[a-zA-Z]+\.[a-zA-Z]+\.[a-zA-Z]+$/.test(k)), `the selected finding marks canonical cells: ${JSON.stringify(selected)}`);
    const cell = page.locator(`[data-key="${selected[0]}"]`);
    await cell.focus();
    const tip = page.locator('[role="tooltip"]');
    await tip.waitFor();
    const tipText = (await tip.textContent()) ?? '';
    check(/PDF 第 \d+ 页/.test(tipText) && tipText.includes('原文行名'), `the tooltip gives the row as printed and the PDF page and box: ${tipText}`);
    check((await cell.getAttribute('aria-describedby')) === (await tip.getAttribute('id')), 'the focused cell is described by the tooltip');
    check((await page.locator('[data-testid="revisions"] li').count()) === 1, 'one revision listed');
    await page.screenshot({ path: join(shotsDir, 'report.png') });
    check(errors.length === 0, `report: console errors ${JSON.stringify(errors)}`);
    await context.close();
  });

  await test('compare: two counties picked by name, chart PNG/SVG and table CSV/XLSX exports, the shared URL reproduces the view', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}/compare`, { waitUntil: 'domcontentloaded' });
    await page.click('[data-testid="selection-mode"] [data-value="issuers"]');
    for (const name of ['桓仁', '洪泽']) {
      await page.fill('[data-testid="issuer-search"]', name);
      await page.locator('[role="option"]').first().click();
    }
    await page.waitForSelector('[data-panel="rank"] [data-layout="bars"]');
    await page.waitForFunction(() => document.querySelectorAll('[data-panel="rank"] .rank-chart__value').length === 2);
    const bars = await page.$$eval('[data-panel="rank"] [data-item]', (gs) => gs.map((g) => g.textContent));
    check(bars.some((b) => b.includes('桓仁') && b.includes('13')), `桓仁 is drawn with 13 requests: ${JSON.stringify(bars)}`);
    check(bars.some((b) => b.includes('洪泽')), `洪泽区 is drawn: ${JSON.stringify(bars)}`);
    const url = new URL(page.url());
    check(url.searchParams.get('by') === 'issuers' && url.searchParams.get('issuers')?.split(',').length === 2, `the URL holds the selection: ${page.url()}`);

    const svgBox = await page.locator('[data-panel="rank"] svg[data-chart-root]').boundingBox();
    const png = await downloadOf(page, () => page.click('section:has([data-panel="rank"]) [data-export="png"]'));
    const size = pngSize(png.bytes);
    const expectedWidth = Math.max(Math.ceil(svgBox.width) + 48, 480) * 2;
    check(size !== null, `the chart PNG has the PNG signature (${png.name})`);
    check(size.width === expectedWidth && size.height > svgBox.height * 2 + 100, `the PNG is the chart at 2× with title and source: ${size.width}×${size.height}, chart ${svgBox.width}×${svgBox.height}`);
    const svg = (await downloadOf(page, () => page.click('section:has([data-panel="rank"]) [data-export="svg"]'))).bytes.toString('utf8');
    check(svg.includes('<svg') && svg.includes('排序：本年新收申请') && svg.includes('单位：件') && svg.includes('数据来源'), 'the chart SVG carries its title, unit and source');

    const csv = await downloadOf(page, () => page.click('section:has([data-testid="compare-table"]) [data-export="csv"]'));
    check(csv.bytes[0] === 0xef && csv.bytes[1] === 0xbb && csv.bytes[2] === 0xbf, 'the CSV starts with the UTF-8 BOM');
    check(!csv.name.includes('合成'), `real figures are not exported as synthetic: ${csv.name}`);
    const lines = csv.bytes.toString('utf8').slice(1).trim().split('\r\n');
    check(lines.length === 3 && lines[0].startsWith('发布单位,') && lines.some((l) => l.startsWith('桓仁满族自治县,13,')), `the CSV has a header and one row per county: ${JSON.stringify(lines)}`);
    const xlsx = await downloadOf(page, () => page.click('section:has([data-testid="compare-table"]) [data-export="xlsx"]'));
    check(xlsx.bytes.subarray(0, 2).toString() === 'PK' && xlsx.bytes.includes(Buffer.from('xl/worksheets/sheet1.xml')), `the Excel file is a ZIP package with a worksheet (${xlsx.name})`);

    // A shared link in a fresh browser context shows the same view.
    const shared = await openPage(browser);
    await shared.page.goto(page.url(), { waitUntil: 'domcontentloaded' });
    await shared.page.waitForFunction(() => document.querySelectorAll('[data-panel="rank"] .rank-chart__value').length === 2);
    const again = await shared.page.$$eval('[data-panel="rank"] [data-item]', (gs) => gs.map((g) => g.textContent));
    check(JSON.stringify(again) === JSON.stringify(bars), `the shared URL draws the same bars: ${JSON.stringify(again)}`);
    check((await shared.page.locator('[data-testid="issuer-chips"] li').count()) === 2, 'the shared URL restores both picked issuers');
    check(shared.errors.length === 0 && errors.length === 0, `compare: console errors ${JSON.stringify([...errors, ...shared.errors])}`);
    await shared.context.close();
    await context.close();
  });

  await test('trends: 洪泽区 over two years with the API’s year-on-year change', async () => {
    const { page, context, errors } = await openPage(browser);
    await page.goto(`${base}/trends?regions=320813,210522`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('[data-panel="trend"] .recharts-wrapper svg');
    await page.waitForSelector('[data-panel="trend-change"] [data-chart="columns"]');
    await page.click('section:has([data-panel="trend"]) [data-action="view-table"]');
    const rows = await page.$$eval('[data-panel="trend"] tbody tr', (trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent)));
    check(rows.length === 2 && rows[0][0] === '2023' && rows[1][0] === '2024', `one row per year: ${JSON.stringify(rows)}`);
    check(rows[1][2] && /%$/.test(rows[1][2]), `洪泽区 2024 has a year-on-year change: ${JSON.stringify(rows[1])}`);
    check(errors.length === 0, `trends: console errors ${JSON.stringify(errors)}`);
    await context.close();
  });

  await test('every view loads without console errors (sample data)', async () => {
    const { page, context, errors } = await openPage(browser);
    const views = [
      ['/outcomes?scope=210500', '[data-panel="outcomes"] [data-chart="stacked"]'],
      ['/benchmark?region=210522', '[data-chart="benchmark"]'],
      ['/quality', '[data-testid="findings-table"]'],
      ['/quality?scope=210500', '[data-testid="coverage-table"]'],
      ['/upload', '[data-testid="sign-in"]'],
      ['/compare?scope=210500', '[data-panel="rank"] [data-chart="rank"]'],
      ['/nowhere', 'h1'],
    ];
    for (const [path, selector] of views) {
      await page.goto(`${base}${path}`, { waitUntil: 'domcontentloaded' });
      await page.waitForSelector(selector);
    }
    check(errors.length === 0, `console errors: ${JSON.stringify(errors)}`);
    await context.close();
  });
}
