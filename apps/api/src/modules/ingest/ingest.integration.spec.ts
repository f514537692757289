import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RegionAttributesService } from '../attributes/region-attributes.service.js';
import { createTestDatabase, graphql, startTestApp, type TestDatabase } from '../../testing/test-app.js';
import { onlyNaturalPersons, syntheticReport } from '../../testing/synthetic-report.js';
import type { IngestOutcome } from './ingest-outcome.js';
import { IngestService } from './ingest.service.js';

const CORPUS = new URL('../../../../../../shared/corpus/', import.meta.url).pathname;
const corpusFiles = ['seed', 'real', 'peer'].flatMap((dir) =>
  readdirSync(join(CORPUS, dir))
    .filter((f) => f !== 'MANIFEST.md')
    .map((f) => join(dir, f)),
);
const utf8 = (text: string) => Buffer.from(text, 'utf8');

interface IssuerRow {
  name: string;
  kind: string;
  region_code: string | null;
}

describe('ingesting the shared corpus', () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let ingest: IngestService;
  let sql: DataSource;
  const outcomes = new Map<string, IngestOutcome>();

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(database, { LOAD_SAMPLES: 'false' });
    ingest = app.app.get(IngestService);
    sql = app.app.get(DataSource);
    for (const file of corpusFiles) outcomes.set(file, await ingest.ingest(readFileSync(join(CORPUS, file)), file));
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('stores every report, refuses the three JSON outputs, and asks about 沐阳县', () => {
    const byStatus = (status: string) => [...outcomes].filter(([, o]) => o.status === status).map(([f]) => f);
    expect(byStatus('failed').sort()).toEqual([
      'peer/huaian-jinhuxian-2023.parsed-v31.json',
      'peer/huaian-jinhuxian-2023.report33-dump.json',
      'peer/unknown-region20-2023.report29-dump.json',
    ]);
    expect(outcomes.get('peer/huaian-jinhuxian-2023.parsed-v31.json')?.reason).toMatch(/^peer\/huaian-jinhuxian-2023\.parsed-v31\.json: not a government/);
    expect(byStatus('needsAssignment')).toEqual(['peer/suqian-shuyangxian-2025.txt']);
    // The OCR slip 沐阳 is one character from 沭阳县 (and from other ?阳县): offered, not taken.
    expect(outcomes.get('peer/suqian-shuyangxian-2025.txt')?.candidates?.map((c) => c.regionCode)).toContain('321322');
    expect(byStatus('stored')).toHaveLength(corpusFiles.length - 4);
  });

  it('attributes issuers to regions from their names', async () => {
    const issuers = (await sql.query('SELECT name, kind, region_code FROM issuer ORDER BY name')) as IssuerRow[];
    const byName = Object.fromEntries(issuers.map((i) => [i.name, i]));
    expect(byName['桓仁满族自治县']).toMatchObject({ kind: 'government', region_code: '210522' });
    expect(byName['上海市人民政府办公厅']).toMatchObject({ kind: 'government', region_code: '310000' });
    expect(byName['上海市科委']).toMatchObject({ kind: 'department', region_code: '310000' });
    expect(byName['平潭综合实验区公安局']).toMatchObject({ kind: 'department', region_code: '350128' });
    // 洪泽区人民政府 (2023) and 淮安市洪泽区人民政府 (2024) are one government: one issuer, one alias.
    expect(issuers.filter((i) => i.region_code === '320813')).toEqual([{ name: '洪泽区人民政府', kind: 'government', region_code: '320813' }]);
    const aliases = (await sql.query('SELECT alias FROM issuer_alias')) as { alias: string }[];
    expect(aliases.map((a) => a.alias)).toContain('淮安市洪泽区人民政府');
  });

  it('returns the MANIFEST figures through the API', async () => {
    const data = await graphql<{ compare: { metric: string; issuerName: string; year: number; value: number | null }[] }>(
      app.url,
      `{ compare(metrics: ["requestsReceived", "requestsProcessed", "punishmentDecisions", "reviews"], regionCode: "350128") { metric issuerName year value } }`,
    );
    const figure = (issuer: string, year: number, metric: string) =>
      data.compare.find((r) => r.issuerName === `平潭综合实验区${issuer}` && r.year === year && r.metric === metric)?.value;
    // MANIFEST #10, #18, #21, #22, #23.
    expect(figure('自然资源与生态环境局', 2022, 'requestsReceived')).toBe(30);
    expect(figure('交通与建设局', 2023, 'requestsReceived')).toBe(14);
    expect(figure('行政审批局', 2024, 'requestsProcessed')).toBe(28);
    expect(figure('交通与建设局', 2025, 'reviews')).toBe(9);
    expect(figure('市场监督管理局', 2025, 'punishmentDecisions')).toBe(187);
    expect(figure('市场监督管理局', 2025, 'requestsProcessed')).toBe(19);
  });

  it('keeps a year-to-year chain of the same issuer consistent (洪泽区 2023 → 2024)', async () => {
    const findings = (await sql.query(
      `SELECT f.rule FROM finding f JOIN report r ON r.id = f.report_id JOIN issuer i ON i.id = r.issuer_id
        WHERE i.region_code = '320813' AND f.scope = 'crossReport'`,
    )) as { rule: string }[];
    // Carried forward 0 → carried over 0 and documents in force 5 + 3 − 0 = 8 hold; 行政许可 550 → 9,487 is more than fivefold.
    expect(findings).toEqual([{ rule: 'outlier.yoy' }]);
  });

  it('assigns a report that needs assignment, and remembers the printed name', async () => {
    const pendingId = outcomes.get('peer/suqian-shuyangxian-2025.txt')?.pendingId;
    const pending = await graphql<{ pendingReports: { id: number; printedIssuer: string; candidates: { path: string }[] }[] }>(
      app.url,
      '{ pendingReports { id printedIssuer candidates { path } } }',
      {},
      app.adminToken,
    );
    expect(pending.pendingReports.map((p) => [p.id, p.printedIssuer])).toEqual([[pendingId, '沐阳县人民政府']]);
    expect(pending.pendingReports[0]?.candidates).toContainEqual({ path: '江苏省 › 宿迁市 › 沭阳县' });
    const assigned = await graphql<{ assignPendingReport: { status: string; reportId: number } }>(
      app.url,
      `mutation($id: Int!) { assignPendingReport(pendingId: $id, to: { regionCode: "321322", kind: government, issuerName: "沭阳县人民政府" }) { status reportId } }`,
      { id: pendingId },
      app.adminToken,
    );
    expect(assigned.assignPendingReport.status).toBe('stored');
    const after = await graphql<{ pendingReports: unknown[] }>(app.url, '{ pendingReports { id } }', {}, app.adminToken);
    expect(after.pendingReports).toEqual([]);
    // Next year's report printed the same way is attributed on its own.
    const next = await ingest.ingest(utf8(syntheticReport({ issuer: '沐阳县人民政府', year: 2026 })), 'shuyang-2026.txt');
    expect(next.status).toBe('stored');
    const issuer = (await sql.query('SELECT i.name, i.region_code FROM report r JOIN issuer i ON i.id = r.issuer_id WHERE r.id = $1', [next.reportId])) as IssuerRow[];
    expect(issuer).toEqual([{ name: '沭阳县人民政府', region_code: '321322' }]);
  });

  it('rejects an assignment to a region that does not exist', async () => {
    const waiting = await ingest.ingest(utf8(syntheticReport({ issuer: '鼓楼区人民政府', year: 2024 })), 'gulou.txt');
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${app.adminToken}` },
      body: JSON.stringify({
        query: `mutation($id: Int!) { assignPendingReport(pendingId: $id, to: { regionCode: "999999", kind: government }) { status } }`,
        variables: { id: waiting.pendingId },
      }),
    });
    const body = (await response.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0]).toMatchObject({ message: 'no region with code 999999', extensions: { code: 'BAD_ASSIGNMENT' } });
  });

  it('re-parsing every stored original with the same parser changes nothing', async () => {
    const before = (await sql.query('SELECT count(*)::int AS n FROM report_revision')) as { n: number }[];
    const results = await ingest.reparseAll();
    expect(new Set(results.map((r) => r.status))).toEqual(new Set(['unchanged']));
    expect(await sql.query('SELECT count(*)::int AS n FROM report_revision')).toEqual(before);
  });
});

describe('attribution, cross-year and cross-report findings', () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let ingest: IngestService;
  let sql: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(database, { LOAD_SAMPLES: 'false' });
    ingest = app.app.get(IngestService);
    sql = app.app.get(DataSource);
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  const crossFindings = async (reportId: number | null) =>
    (await sql.query(`SELECT rule, expected, actual FROM finding WHERE report_id = $1 AND scope = 'crossReport' ORDER BY rule`, [reportId])) as {
      rule: string;
      expected: number | null;
      actual: number | null;
    }[];

  it('resolves a name found in four places (鼓楼区) from the parent named in the text, and asks when the text does not say', async () => {
    const fuzhou = await ingest.ingest(
      utf8(syntheticReport({ issuer: '鼓楼区人民政府', year: 2023, prose: '根据福州市人民政府办公厅要求，现将本区2023年报告如下。' })),
      'gulou-fuzhou.txt',
    );
    expect(fuzhou.status).toBe('stored');
    const [region] = (await sql.query('SELECT i.region_code FROM report r JOIN issuer i ON i.id = r.issuer_id WHERE r.id = $1', [fuzhou.reportId])) as {
      region_code: string;
    }[];
    expect(region?.region_code).toBe('350102');
    const unclear = await ingest.ingest(utf8(syntheticReport({ issuer: '鼓楼区人民政府', year: 2022 })), 'gulou-unknown.txt');
    expect(unclear.status).toBe('needsAssignment');
    expect(unclear.reason).toMatch(/"鼓楼区" exists in 4 places/);
    expect(unclear.candidates?.map((c) => c.path).sort()).toEqual(['江苏省 › 南京市 › 鼓楼区', '江苏省 › 徐州市 › 鼓楼区', '河南省 › 开封市 › 鼓楼区', '福建省 › 福州市 › 鼓楼区']);
    // The same unresolved file again does not queue twice.
    const again = await ingest.ingest(utf8(syntheticReport({ issuer: '鼓楼区人民政府', year: 2022 })), 'gulou-unknown.txt');
    expect(again.pendingId).toBe(unclear.pendingId);
  });

  it('finds a broken carry-over chain, and clears it when the corrected neighbour arrives', async () => {
    const issuer = '本溪满族自治县';
    const y2023 = await ingest.ingest(
      utf8(syntheticReport({ issuer, year: 2023, requests: { newReceived: onlyNaturalPersons(5), granted: onlyNaturalPersons(2), totalProcessed: onlyNaturalPersons(2), carriedForward: onlyNaturalPersons(3) } })),
      'benxi-2023.txt',
    );
    const y2024 = await ingest.ingest(
      utf8(syntheticReport({ issuer, year: 2024, requests: { newReceived: onlyNaturalPersons(4), carriedOver: onlyNaturalPersons(2), granted: onlyNaturalPersons(6), totalProcessed: onlyNaturalPersons(6) } })),
      'benxi-2024.txt',
    );
    expect(await crossFindings(y2024.reportId)).toEqual([{ rule: 'crossYear.carryOver', expected: 3, actual: 2 }]);
    expect(await crossFindings(y2023.reportId)).toEqual([]);
    // A corrected 2023 report (2 carried forward, 3 processed) arrives as a new revision.
    const corrected = await ingest.ingest(
      utf8(syntheticReport({ issuer, year: 2023, requests: { newReceived: onlyNaturalPersons(5), granted: onlyNaturalPersons(3), totalProcessed: onlyNaturalPersons(3), carriedForward: onlyNaturalPersons(2) } })),
      'benxi-2023-corrected.txt',
    );
    expect(corrected).toMatchObject({ status: 'revised', revisionNo: 2 });
    expect(await crossFindings(y2024.reportId)).toEqual([]);
  });

  it('checks the stock of normative documents and fivefold changes', async () => {
    const issuer = '明山区';
    await ingest.ingest(utf8(syntheticReport({ issuer, year: 2023, normativeDocuments: [2, 0, 10], licensing: 100 })), 'mingshan-2023.txt');
    const y2024 = await ingest.ingest(utf8(syntheticReport({ issuer, year: 2024, normativeDocuments: [3, 1, 15], licensing: 900 })), 'mingshan-2024.txt');
    // 10 + 3 − 1 = 12, not 15; licensing 100 → 900 is more than fivefold.
    expect(await crossFindings(y2024.reportId)).toEqual([
      { rule: 'crossYear.stock', expected: 12, actual: 15 },
      { rule: 'outlier.yoy', expected: 100, actual: 900 },
    ]);
  });

  it('flags tables copied between issuers on both reports', async () => {
    const figures = {
      licensing: 321,
      punishment: 45,
      coercion: 3,
      feesWan: 12.5,
      normativeDocuments: [2, 1, 12] as const,
      // Applicant columns: natural persons, commercial, research, social, legal services, other, total.
      requests: { newReceived: [9, 3, 0, 1, 0, 0, 13], granted: [6, 2, 0, 1, 0, 0, 9], partiallyGranted: [3, 1, 0, 0, 0, 0, 4], totalProcessed: [9, 3, 0, 1, 0, 0, 13] },
    };
    const a = await ingest.ingest(utf8(syntheticReport({ issuer: '平山区', year: 2024, ...figures })), 'pingshan-2024.txt');
    const b = await ingest.ingest(utf8(syntheticReport({ issuer: '溪湖区', year: 2024, ...figures })), 'xihu-2024.txt');
    for (const report of [a, b]) expect((await crossFindings(report.reportId)).map((f) => f.rule)).toEqual(['duplicate.tables']);
    const [message] = (await sql.query(`SELECT message FROM finding WHERE report_id = $1 AND rule = 'duplicate.tables' ORDER BY message LIMIT 1`, [b.reportId])) as {
      message: string;
    }[];
    expect(message?.message).toBe(`二、主动公开政府信息情况、三、收到和处理政府信息公开申请情况 identical to 平山区's 2024 report (report ${a.reportId})`);
    // A third copy: every member names both others, the earlier links are kept.
    const c = await ingest.ingest(utf8(syntheticReport({ issuer: '桓仁满族自治县', year: 2024, ...figures })), 'huanren-copy-2024.txt');
    for (const report of [a, b, c]) expect((await crossFindings(report.reportId)).map((f) => f.rule)).toEqual(['duplicate.tables', 'duplicate.tables']);
    // Sparse tables (all zeros; a few requests, all granted) are common and prove nothing.
    const zeros = await ingest.ingest(utf8(syntheticReport({ issuer: '南芬区', year: 2024 })), 'nanfen-2024.txt');
    const zeros2 = await ingest.ingest(utf8(syntheticReport({ issuer: '南芬区', year: 2023 })), 'nanfen-2023.txt');
    expect(await crossFindings(zeros.reportId)).toEqual([]);
    expect(await crossFindings(zeros2.reportId)).toEqual([]);
    const fewRequests = { requests: { newReceived: onlyNaturalPersons(7), granted: onlyNaturalPersons(7), totalProcessed: onlyNaturalPersons(7) } };
    const small = await ingest.ingest(utf8(syntheticReport({ issuer: '明山区', year: 2024, ...fewRequests })), 'mingshan-2024.txt');
    const small2 = await ingest.ingest(utf8(syntheticReport({ issuer: '明山区', year: 2023, ...fewRequests })), 'mingshan-2023.txt');
    expect(await crossFindings(small.reportId)).toEqual([]);
    expect(await crossFindings(small2.reportId)).toEqual([]);
  });

  it('stores nothing of a broken file in the middle of a batch', async () => {
    const before = (await sql.query('SELECT (SELECT count(*) FROM report)::int AS reports, (SELECT count(*) FROM source_file)::int AS files')) as unknown[];
    const batch = [
      utf8(syntheticReport({ issuer: '桓仁满族自治县', year: 2021 })),
      Uint8Array.from({ length: 3000 }, (_, i) => (i * 31) % 256),
      utf8(syntheticReport({ issuer: '桓仁满族自治县', year: 2022 })),
    ];
    const results = [];
    for (const [i, bytes] of batch.entries()) results.push(await ingest.ingest(bytes, `batch-${i}.txt`));
    expect(results.map((r) => r.status)).toEqual(['stored', 'failed', 'stored']);
    expect(results[1]?.reason).toMatch(/^batch-1\.txt: the file is binary data/);
    const after = (await sql.query('SELECT (SELECT count(*) FROM report)::int AS reports, (SELECT count(*) FROM source_file)::int AS files')) as {
      reports: number;
      files: number;
    }[];
    const [b] = before as { reports: number; files: number }[];
    expect(after).toEqual([{ reports: (b?.reports ?? 0) + 2, files: (b?.files ?? 0) + 2 }]);
  });

  it('imports a figure per region from CSV, all or nothing', async () => {
    const attributes = app.app.get(RegionAttributesService);
    const dir = mkdtempSync(join(tmpdir(), 'dlens-csv-'));
    try {
      writeFileSync(join(dir, 'area.csv'), 'code,name,area_km2\n210522,桓仁满族自治县,3547\n999999,不存在,1\n');
      const result = await attributes.importCsv(readFileSync(join(dir, 'area.csv'), 'utf8'), 'area.csv', { key: 'area_km2', year: 2020, source: 'test' });
      expect(result).toEqual({ imported: 1, unknownCodes: [{ line: 3, code: '999999' }], errors: [] });
      await expect(
        attributes.importCsv('code,area_km2\n210522,12\n210521,abc\n', 'bad.csv', { key: 'area_km2', year: 2021, source: 'test' }),
      ).rejects.toThrow('bad.csv, line 3, column "area_km2": "abc" is not a number');
      const stored = await sql.query(`SELECT region_code, year, value FROM region_attribute WHERE key = 'area_km2' ORDER BY year`);
      expect(stored).toEqual([{ region_code: '210522', year: 2020, value: 3547 }]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
