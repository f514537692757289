// Browser tests on an API loaded with a synthetic report (marked as such) for every county of
// the country: the chart of all ~2,900 counties, and the screenshots of the data-rich views.
import { join } from 'node:path';
import { downloadOf, openPage } from './lib/browser.mjs';

export async function nationalTests({ h, browser, api, shotsDir, corpusYear }) {
  const { check, test, time } = h;
  const base = api.baseUrl;

  // Not freezing is checked by what is drawn (a few SVG nodes, only the visible table rows); the
  // times are printed as measurements (BENCHMARKS.md), not asserted.
  await test(`compare: every county of the country (${corpusYear}) draws without freezing the page`, async () => {
    const { page, context, errors } = await openPage(browser, { timeout: 60_000 });
    const compareResponse = page.waitForResponse((r) => r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes('SelectionCompare'));
    const started = Date.now();
    await page.goto(`${base}/compare?by=counties&year=${corpusYear}`, { waitUntil: 'domcontentloaded' });
    const response = await compareResponse;
    const responseAt = Date.now();
    await page.waitForSelector('[data-panel="rank"] [data-chart="rank"][data-layout="columns"][data-render-ms]');
    const drawnAt = Date.now();
    const info = await page.evaluate(() => {
      const chart = document.querySelector('[data-panel="rank"] [data-chart="rank"]');
      const table = document.querySelector('[data-testid="compare-table"] table');
      return {
        points: Number(chart.getAttribute('data-points')),
        renderMs: Number(chart.getAttribute('data-render-ms')),
        svgNodes: chart.querySelectorAll('svg *').length,
        labels: chart.querySelectorAll('.rank-chart__label').length,
        tableRows: Number(table?.getAttribute('aria-rowcount') ?? 0) - 1,
        tableRowsInDom: table?.querySelectorAll('tbody tr[aria-rowindex]').length ?? 0,
        longTasks: window.__longTasks.map((t) => Math.round(t.duration)),
      };
    });
    const bytes = Number((await response.allHeaders())['content-length'] ?? 0) || (await response.body()).length;
    const longest = Math.max(0, ...info.longTasks);
    time('2,900-county chart: navigation → compare answer', responseAt - started);
    time('2,900-county chart: compare answer → chart drawn', drawnAt - responseAt);
    time('2,900-county chart: React render + commit of the chart (data-render-ms)', info.renderMs);
    time('2,900-county chart: longest main-thread task during the load', longest);
    h.notes.push(`2,900-county chart: ${info.points} bars as ${info.svgNodes} SVG nodes, ${info.labels} labels; table ${info.tableRows} rows with ${info.tableRowsInDom} in the DOM; compare answer ${(bytes / 1e6).toFixed(2)} MB`);
    check(info.points >= 2800, `the chart draws every county with a value (${info.points})`);
    check(info.svgNodes < 200, `the bars are a handful of SVG nodes, not one per county (${info.svgNodes})`);
    check(info.labels <= 8, `only a few bars are labelled (${info.labels})`);
    check(info.tableRows >= info.points && info.tableRowsInDom < 80, `the table holds every county but only the visible rows are in the DOM (${info.tableRowsInDom} of ${info.tableRows})`);

    // An interaction on the loaded data: sort by another metric, redrawn from the data in memory.
    const t0 = Date.now();
    await page.selectOption('[data-testid="compare-primary"]', 'grantRate');
    await page.waitForFunction(() => document.querySelector('section:has([data-panel="rank"]) h2')?.textContent?.includes('予以公开率'));
    await page.waitForSelector('[data-panel="rank"] [data-chart="rank"][data-layout="columns"]');
    time('2,900-county chart: re-sort by another metric', Date.now() - t0);

    // The table scrolls through thousands of rows without rendering them all.
    await page.locator('[data-testid="compare-table"]').evaluate((el) => (el.scrollTop = 40_000));
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="compare-table"] tbody tr[aria-rowindex]')?.getAttribute('aria-rowindex')) > 1000);
    check(errors.length === 0, `console errors: ${JSON.stringify(errors)}`);
    await context.close();
  });

  await test('screenshots of the data-rich views, and the benchmark brief prints on one A4 page', async () => {
    const { page, context, errors } = await openPage(browser, { timeout: 60_000 });
    const shots = [
      ['compare.png', `/compare?scope=210500&by=counties&year=${corpusYear}&metrics=requestsReceived,grantRate,feesWan`, '[data-panel="multiples"] [data-chart="multiples"]'],
      ['benchmark.png', `/benchmark?region=210522&year=${corpusYear}&peer=SAME_LEVEL_IN_PROVINCE`, '[data-chart="benchmark"]'],
      ['data-quality.png', `/quality?scope=130000&gaps=1`, '[data-testid="coverage-table"]'],
      ['trends.png', '/trends?regions=210100,210200,210300,210500,210600', '[data-panel="trend"] .recharts-wrapper svg'],
      ['outcomes.png', `/outcomes?scope=210000&year=${corpusYear}`, '[data-panel="outcomes"] .recharts-wrapper svg'],
      ['overview-province.png', `/?scope=210000&year=${corpusYear}`, '[data-panel="volume"] [data-chart="columns"]'],
    ];
    for (const [file, path, selector] of shots) {
      await page.goto(`${base}${path}`, { waitUntil: 'domcontentloaded' });
      await page.waitForSelector(selector);
      await page.waitForLoadState('networkidle');
      // The reports here are generated: every view says so above its figures.
      const notice = await page.locator('[data-testid="synthetic-notice"]').textContent({ timeout: 5000 }).catch(() => null);
      check(/^演示数据：数据库中有 \d+ 份合成年报/.test(notice ?? ''), `${file}: the view says the data is synthetic, got ${JSON.stringify(notice)}`);
      await page.screenshot({ path: join(shotsDir, file), fullPage: true });
    }
    // Exports say so too: a CSV (data only) by its name, an Excel file in its notes sheet as well.
    await page.goto(`${base}${shots[0][1]}`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('[data-testid="compare-table"] tbody tr');
    const csv = await downloadOf(page, () => page.click('section:has([data-testid="compare-table"]) [data-export="csv"]'));
    check(csv.name.startsWith('（含合成数据）'), `a CSV of synthetic figures is named as such: ${csv.name}`);
    const xlsx = await downloadOf(page, () => page.click('section:has([data-testid="compare-table"]) [data-export="xlsx"]'));
    check(xlsx.name.startsWith('（含合成数据）') && /份合成演示年报，其数字为虚构/.test(xlsx.bytes.toString('utf8')), `an Excel file of synthetic figures says so in its name and notes: ${xlsx.name}`);
    await page.goto(`${base}/benchmark?region=210522&year=${corpusYear}&peer=SAME_PARENT`, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('[data-chart="benchmark"]');
    const metrics = await page.locator('[data-chart="benchmark"] [data-metric]').count();
    check(metrics >= 20, `the brief lists every metric of the catalogue (${metrics})`);
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    check(pages === 1, `the benchmark brief prints on one A4 page (${pages} pages)`);
    check(errors.length === 0, `console errors: ${JSON.stringify(errors)}`);
    await context.close();
  });

  await test('every view loads without console errors (national data)', async () => {
    const { page, context, errors } = await openPage(browser, { timeout: 60_000 });
    const views = [
      ['/', '[data-panel="breakdown"] [data-chart="rank"]'],
      [`/?scope=210500&year=${corpusYear}&lang=en`, '[data-panel="requests"] .bar-label'],
      [`/outcomes?by=counties&scope=210500&year=${corpusYear}`, '[data-panel="applicants"] .recharts-wrapper svg'],
      [`/reports/1`, '[data-key]'],
      [`/quality?year=${corpusYear}`, '[data-testid="findings-table"]'],
    ];
    for (const [path, selector] of views) {
      await page.goto(`${base}${path}`, { waitUntil: 'domcontentloaded' });
      await page.waitForSelector(selector);
    }
    // Paging: the next page of findings, then back.
    const first = await page.locator('[data-testid="findings-table"] tbody tr').first().getAttribute('data-finding');
    await page.click('[data-testid="next-page"]');
    await page.waitForFunction((id) => new URL(location.href).searchParams.has('page') && document.querySelector('[data-testid="findings-table"] tbody tr')?.getAttribute('data-finding') !== id, first);
    await page.goBack();
    await page.waitForFunction((id) => document.querySelector('[data-testid="findings-table"] tbody tr')?.getAttribute('data-finding') === id, first);
    check(errors.length === 0, `console errors: ${JSON.stringify(errors)}`);
    await context.close();
  });
}
