import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REQUEST_ROWS, RULES } from '@dlens/domain';
import { DataSource, type Logger } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestService } from '../ingest/ingest.service.js';
import { graphqlResponse } from '../../testing/graphql-multipart.js';
import { createTestDatabase, graphql, startTestApp, type TestDatabase } from '../../testing/test-app.js';

const CORPUS = new URL('../../../../../../shared/corpus/', import.meta.url).pathname;
const SEED = join(CORPUS, 'seed/huanren-2024.txt');
const PDF = join(CORPUS, 'peer/huaian-hongzequ-2023.pdf');
/** The PDF is ingested under a Chinese name, to check the download's Content-Disposition. */
const PDF_NAME = '洪泽区2023年政府信息公开工作年度报告.pdf';
const REAL = readdirSync(join(CORPUS, 'real'))
  .filter((f) => f !== 'MANIFEST.md')
  .sort();
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

interface Summary {
  id: number;
  year: number;
  issuerName: string;
  regionCode: string | null;
  regionName: string | null;
  template: string;
  findingCount: number;
}
interface Page<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

const SUMMARY_FIELDS = 'id year issuerName regionCode regionName template findingCount';
const LOCATION_FIELDS = `location { __typename ... on TextLocation { kind line start end } ... on HtmlLocation { kind table row column } ... on PdfLocation { kind page box } }`;

describe('reports, report detail, findings and original files', () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof startTestApp>>;
  let ingest: IngestService;

  const reports = async (args: string, fields = SUMMARY_FIELDS): Promise<Page<Summary>> =>
    (await graphql<{ reports: Page<Summary> }>(app.url, `{ reports(${args}) { edges { cursor node { ${fields} } } pageInfo { hasNextPage endCursor } totalCount } }`))
      .reports;

  /** Every node of a list, fetched page by page with `after`. */
  async function allPages<T>(list: 'reports' | 'findings', args: string, fields: string, first: number): Promise<{ nodes: T[]; pages: number }> {
    const nodes: T[] = [];
    let after: string | null = null;
    let pages = 0;
    for (;;) {
      const cursor: string = after ? `, after: ${JSON.stringify(after)}` : '';
      const data: Record<string, Page<T>> = await graphql<Record<string, Page<T>>>(
        app.url,
        `{ ${list}(first: ${first}${args ? `, ${args}` : ''}${cursor}) { edges { node { ${fields} } } pageInfo { hasNextPage endCursor } totalCount } }`,
      );
      const page = data[list] as Page<T>;
      pages += 1;
      nodes.push(...page.edges.map((e) => e.node));
      if (!page.pageInfo.hasNextPage) return { nodes, pages };
      after = page.pageInfo.endCursor;
    }
  }

  const idOf = async (issuer: string, year: number): Promise<number> => {
    const page = await reports(`search: ${JSON.stringify(issuer)}, year: ${year}`);
    expect(page.edges).toHaveLength(1);
    return page.edges[0]!.node.id;
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(database, { LOAD_SAMPLES: 'false' });
    ingest = app.app.get(IngestService);
    const files: [string, string][] = [
      [SEED, 'huanren-2024.txt'],
      ...REAL.map((f): [string, string] => [join(CORPUS, 'real', f), f]),
      [PDF, PDF_NAME],
      [join(CORPUS, 'peer/huaian-hongzequ-2024.pdf'), 'huaian-hongzequ-2024.pdf'],
    ];
    for (const [path, name] of files) {
      const outcome = await ingest.ingest(readFileSync(path), name);
      expect(outcome.status, `${name}: ${outcome.reason}`).toBe('stored');
    }
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  describe('the reports list', () => {
    it('pages through every report exactly once, newest year first, then by issuer name and id', async () => {
      const all = await reports('first: 100');
      expect(all.totalCount).toBe(REAL.length + 3);
      expect(all.edges).toHaveLength(all.totalCount);
      expect(all.pageInfo.hasNextPage).toBe(false);
      const nodes = all.edges.map((e) => e.node);
      const sorted = [...nodes].sort((a, b) => b.year - a.year || (a.issuerName < b.issuerName ? -1 : a.issuerName > b.issuerName ? 1 : 0) || a.id - b.id);
      expect(nodes.map((n) => n.id)).toEqual(sorted.map((n) => n.id));

      const paged = await allPages<Summary>('reports', '', 'id', 4);
      expect(paged.pages).toBe(Math.ceil(all.totalCount / 4));
      expect(paged.nodes.map((n) => n.id)).toEqual(nodes.map((n) => n.id));
      expect(new Set(paged.nodes.map((n) => n.id)).size).toBe(all.totalCount);
    });

    it('counts all matches on every page and hands out opaque cursors', async () => {
      const first = await reports('first: 2');
      expect(first.totalCount).toBe(REAL.length + 3);
      expect(first.pageInfo).toEqual({ hasNextPage: true, endCursor: first.edges[1]!.cursor });
      expect(first.edges[0]!.cursor).not.toMatch(/\d{4}|平潭|桓仁/);
      const empty = await reports('first: 0');
      expect(empty).toMatchObject({ edges: [], totalCount: REAL.length + 3, pageInfo: { hasNextPage: true, endCursor: null } });
    });

    it('keeps the summary fields the dashboard uses', async () => {
      const page = await reports('regionCode: "210522"');
      expect(page.edges.map((e) => e.node)).toEqual([
        { id: expect.any(Number), year: 2024, issuerName: '桓仁满族自治县', regionCode: '210522', regionName: '桓仁满族自治县', template: '2021', findingCount: 0 },
      ]);
    });

    it('filters by region subtree, level, year, issuer kind, findings, rule and name', async () => {
      const names = async (args: string) => {
        const page = await reports(`first: 100, ${args}`);
        // The count is a query of its own (without the revisions the page reads): the same reports.
        expect(page.totalCount).toBe(page.edges.length);
        return page.edges.map((e) => `${e.node.issuerName} ${e.node.year}`);
      };
      const total = REAL.length + 3;

      expect(await names('regionCode: "210000"')).toEqual(['桓仁满族自治县 2024']);
      expect(await names('regionCode: "320800"')).toEqual(['洪泽区人民政府 2024', '洪泽区人民政府 2023']);
      const pingtan = await names('regionCode: "350100"');
      expect(pingtan).toHaveLength(REAL.length);
      expect(pingtan.every((n) => n.startsWith('平潭综合实验区'))).toBe(true);

      expect(await names('level: county')).toHaveLength(total);
      expect(await names('level: prefecture')).toEqual([]);

      const y2023 = await reports('first: 100, year: 2023');
      expect(y2023.totalCount).toBe(6);
      expect(y2023.edges.every((e) => e.node.year === 2023)).toBe(true);

      expect(new Set((await names('issuerKind: government')).map((n) => n.split(' ')[0]))).toEqual(new Set(['桓仁满族自治县', '洪泽区人民政府']));
      expect(await names('issuerKind: department')).toHaveLength(REAL.length);
      expect(await names('issuerKind: department, year: 2023')).toHaveLength(5);

      const withFindings = (await reports('first: 100, hasFindings: true')).edges.map((e) => e.node);
      const without = (await reports('first: 100, hasFindings: false')).edges.map((e) => e.node);
      expect(withFindings.length + without.length).toBe(total);
      expect(withFindings.every((n) => n.findingCount > 0)).toBe(true);
      expect(without.every((n) => n.findingCount === 0)).toBe(true);

      // MANIFEST #19 and #15: applicant columns that do not add up to 总计.
      const columns = await names('rule: "requests.columns"');
      expect(columns).toEqual(expect.arrayContaining(['平潭综合实验区海坛片区管理局 2024', '平潭综合实验区农业农村局 2023']));
      const findings = await allPages<{ reportId: number }>('findings', 'rule: "requests.columns"', 'reportId', 100);
      const byRule = (await reports('first: 100, rule: "requests.columns"')).edges.map((e) => e.node.id);
      expect(new Set(byRule)).toEqual(new Set(findings.nodes.map((f) => f.reportId)));

      expect(await names('search: "海坛"')).toEqual(['平潭综合实验区海坛片区管理局 2024', '平潭综合实验区海坛片区管理局 2021']);
      expect(await names('search: "  桓仁 "')).toEqual(['桓仁满族自治县 2024']);
      expect(await names('search: "no such issuer"')).toEqual([]);
      // The text is matched as written: LIKE's wildcards and escape in it match only themselves.
      expect(await names('search: "%"')).toEqual([]);
      expect(await names('search: "_"')).toEqual([]);
      expect(await names('search: "\\\\"')).toEqual([]);
    });

    it('counts findings by rule and by severity as the findings list has them, each under the other filter', async () => {
      type Counts = { byRule: { rule: string; labelZh: string | null; severity: string; count: number }[]; bySeverity: { severity: string; count: number }[] };
      const counts = async (args: string) =>
        (await graphql<{ findingCounts: Counts }>(app.url, `{ findingCounts(${args}) { byRule { rule labelZh severity count } bySeverity { severity count } } }`)).findingCounts;
      const listed = async (args: string) => (await allPages<{ rule: string; severity: string }>('findings', args, 'rule severity', 100)).nodes;
      const tally = (nodes: { rule: string; severity: string }[], key: 'rule' | 'severity', value: string) => nodes.filter((n) => n[key] === value).length;

      for (const filter of ['', 'year: 2024', 'regionCode: "350128"']) {
        const all = await listed(filter);
        expect(all.length).toBeGreaterThan(0);
        const plain = await counts(filter || 'year: null');
        // Every rule of the catalogue is listed, with its label, counted as the list has it.
        expect(plain.byRule.map((r) => r.rule)).toEqual(RULES.map((r) => r.id));
        expect(plain.byRule.every((r) => r.labelZh !== null)).toBe(true);
        for (const r of plain.byRule) expect(r.count).toBe(tally(all, 'rule', r.rule));
        for (const s of plain.bySeverity) expect(s.count).toBe(tally(all, 'severity', s.severity));
        expect(plain.bySeverity.map((s) => s.severity)).toEqual(['error', 'warning', 'info']);

        // A rule filter narrows the severity counts, not the rule counts; a severity filter the other way round.
        const rule = plain.byRule.find((r) => r.count > 0)!.rule;
        const withRule = await counts(`${filter ? `${filter}, ` : ''}rule: "${rule}"`);
        expect(withRule.byRule).toEqual(plain.byRule);
        const ofRule = await listed(`${filter ? `${filter}, ` : ''}rule: "${rule}"`);
        for (const s of withRule.bySeverity) expect(s.count).toBe(tally(ofRule, 'severity', s.severity));
        const withSeverity = await counts(`${filter ? `${filter}, ` : ''}severity: warning`);
        expect(withSeverity.bySeverity).toEqual(plain.bySeverity);
        const warnings = await listed(`${filter ? `${filter}, ` : ''}severity: warning`);
        for (const r of withSeverity.byRule) expect(r.count).toBe(tally(warnings, 'rule', r.rule));
      }
    });

    it('refuses a page over the cap, a foreign or broken cursor, a bad region code and an unknown rule, with codes', async () => {
      const error = async (args: string, list = 'reports') =>
        (await graphqlResponse(app.url, `{ ${list}(${args}) { totalCount } }`)).errors?.[0] as { message: string; extensions: { code: string } };

      const tooMany = await error('first: 101');
      expect(tooMany.extensions.code).toBe('INVALID_PAGE_SIZE');
      expect(tooMany.message).toMatch(/first must be between 0 and 100 \(got 101\)/);
      expect((await error('first: -1')).extensions.code).toBe('INVALID_PAGE_SIZE');
      expect((await error('after: "garbage"')).extensions.code).toBe('INVALID_CURSOR');
      const findingCursor = (await graphql<{ findings: Page<unknown> }>(app.url, '{ findings(first: 1) { edges { cursor } } }')).findings.edges[0]!.cursor;
      expect((await error(`after: "${findingCursor}"`)).extensions.code).toBe('INVALID_CURSOR');
      expect((await error('regionCode: "21"')).extensions.code).toBe('INVALID_REGION_CODE');
      expect((await error('rule: "requests.nonsense"')).extensions.code).toBe('UNKNOWN_RULE');
      expect((await error('first: 500', 'findings')).extensions.code).toBe('INVALID_PAGE_SIZE');
      const countsError = async (args: string) =>
        (await graphqlResponse(app.url, `{ findingCounts(${args}) { bySeverity { count } } }`)).errors?.[0] as { message: string; extensions: { code: string } };
      expect((await countsError('rule: "requests.nonsense"')).extensions.code).toBe('UNKNOWN_RULE');
      expect((await countsError('regionCode: "21"')).extensions.code).toBe('INVALID_REGION_CODE');
    });
  });

  describe('report detail', () => {
    const DETAIL = `
      id year template title
      issuer { name kind regionCode region { code name level parent { name level parent { name level parent { name } } } } }
      currentRevision { id revisionNo current fileName parserVersion sha256 size mediaType downloadUrl missing
        tables { key labelZh template missing rows { key labelZh labelEn inTemplate missing columns { key labelZh labelEn unit }
          values { key column columnLabelZh columnLabelEn value raw inferred provenance { table row column ${LOCATION_FIELDS} } } } }
        findings { rule severity message cells expected actual ruleLabelZh }
        narrative { metric keys value raw ${LOCATION_FIELDS} } }
      revisions { id revisionNo current fileName sha256 downloadUrl createdAt }`;

    interface Value {
      key: string;
      column: string;
      columnLabelZh: string;
      columnLabelEn: string;
      value: number | null;
      raw: string;
      inferred: boolean;
      provenance: { table: string; row: string; column: string; location: Record<string, unknown> };
    }
    interface Row {
      key: string;
      labelZh: string;
      inTemplate: boolean;
      missing: boolean;
      columns: { key: string }[];
      values: Value[];
    }
    interface Revision {
      id: number;
      revisionNo: number;
      current: boolean;
      fileName: string;
      sha256: string;
      downloadUrl: string;
      missing: string[];
      tables: { key: string; template: string | null; missing: boolean; rows: Row[] }[];
      findings: { rule: string; severity: string; message: string; cells: string[]; expected: number | null; actual: number | null; ruleLabelZh: string }[];
      narrative: { metric: string; keys: string[]; value: number; raw: string; location: Record<string, unknown> }[];
    }
    interface Detail {
      id: number;
      year: number;
      template: string;
      title: string;
      issuer: { name: string; kind: string; regionCode: string; region: Record<string, unknown> };
      currentRevision: Revision;
      revisions: { id: number; revisionNo: number; current: boolean; fileName: string; sha256: string; downloadUrl: string; createdAt: string }[];
    }
    const detail = async (id: number) => (await graphql<{ report: Detail }>(app.url, `query($id: Int!) { report(id: $id) { ${DETAIL} } }`, { id })).report;
    const cell = (revision: Pick<Revision, 'tables'>, key: string): Value | undefined =>
      revision.tables.flatMap((t) => t.rows.flatMap((r) => r.values)).find((v) => v.key === key);

    it('returns the seed with its issuer, region chain, every value in template order and provenance', async () => {
      const report = await detail(await idOf('桓仁', 2024));
      expect(report).toMatchObject({ year: 2024, template: '2021', title: '桓仁满族自治县2024年政府信息公开工作年度报告' });
      expect(report.issuer).toEqual({
        name: '桓仁满族自治县',
        kind: 'government',
        regionCode: '210522',
        region: { code: '210522', name: '桓仁满族自治县', level: 'county', parent: { name: '本溪市', level: 'prefecture', parent: { name: '辽宁省', level: 'province', parent: null } } },
      });
      const revision = report.currentRevision;
      expect(revision).toMatchObject({ revisionNo: 1, current: true, fileName: 'huanren-2024.txt', mediaType: 'text/plain', missing: [], findings: [] });
      expect(revision.sha256).toBe(sha256(readFileSync(SEED)));
      expect(revision.downloadUrl).toBe(`/files/${revision.sha256}?revision=${revision.id}`);

      expect(revision.tables.map((t) => [t.key, t.template, t.missing])).toEqual([
        ['proactive', '2021', false],
        ['requests', '2021', false],
        ['reviewLitigation', null, false],
      ]);
      const requests = revision.tables[1]!;
      expect(requests.rows.map((r) => r.key)).toEqual(REQUEST_ROWS.map((r) => r.key));
      const newReceived = requests.rows[0]!;
      expect(newReceived).toMatchObject({ labelZh: '一、本年新收政府信息公开申请数量', inTemplate: true, missing: false });
      expect(newReceived.columns.map((c) => c.key)).toEqual(['naturalPerson', 'commercial', 'research', 'socialWelfare', 'legalService', 'otherOrg', 'total']);
      expect(newReceived.values.map((v) => v.column)).toEqual(newReceived.columns.map((c) => c.key));

      const total = cell(revision, 'requests.newReceived.total');
      expect(total).toEqual({
        key: 'requests.newReceived.total',
        column: 'total',
        columnLabelZh: '总计',
        columnLabelEn: 'Total',
        value: 13,
        raw: '13',
        inferred: false,
        provenance: {
          table: 'requests',
          row: '一、本年新收政府信息公开申请数量',
          column: '总计',
          location: { __typename: 'TextLocation', kind: 'text', line: 35, start: 44, end: 46 },
        },
      });
      // The location points at the figure in the original.
      const line = readFileSync(SEED, 'utf8').split('\n')[34]!;
      expect(line.slice(44, 46)).toBe('13');
      expect(cell(revision, 'proactive.fees.amountWan')?.value).toBe(5087.94);
      // Every stored value is in the grouped tables.
      const [{ n }] = (await app.app.get(DataSource).query('SELECT cardinality(keys) AS n FROM revision_values WHERE revision_id = $1', [revision.id])) as [{ n: number }];
      expect(revision.tables.flatMap((t) => t.rows.flatMap((r) => r.values))).toHaveLength(n);

      expect(revision.narrative).toEqual([
        {
          metric: 'requestsReceived',
          keys: ['requests.newReceived.total'],
          value: 13,
          raw: '收到以信件、网络形式的政府信息公开申请13件',
          location: { __typename: 'TextLocation', kind: 'text', line: 9, start: 87, end: 109 },
        },
      ]);
      expect(report.revisions).toEqual([expect.objectContaining({ id: revision.id, revisionNo: 1, current: true, fileName: 'huanren-2024.txt' })]);
    });

    it('returns a 平潭 report’s findings with their cells, errors first, and its missing rows', async () => {
      // MANIFEST #19 海坛 2024: the whole 总计 column is 0 while the applicant cells are not.
      const revision = (await detail(await idOf('海坛', 2024))).currentRevision;
      const columns = revision.findings.find((f) => f.message.startsWith('requests.newReceived'));
      expect(columns).toEqual({
        rule: 'requests.columns',
        severity: 'error',
        message: 'requests.newReceived: the applicant columns add up to 6 but 总计 says 0',
        cells: REQUEST_ROWS[0]!.columns.map((c) => `requests.newReceived.${c.key}`),
        expected: 6,
        actual: 0,
        ruleLabelZh: '申请人各列之和不等于总计列',
      });
      expect(revision.findings.find((f) => f.rule === 'narrative.totals')).toMatchObject({ severity: 'warning', cells: ['requests.newReceived.total'], expected: 6, actual: 0 });
      const ranks = revision.findings.map((f) => ['error', 'warning', 'info'].indexOf(f.severity));
      expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
      // 规章 row absent from this report (MANIFEST quirk 4).
      expect(revision.missing).toContain('proactive.regulations');
      const regulations = revision.tables[0]!.rows.find((r) => r.key === 'regulations');
      expect(regulations).toMatchObject({ missing: true, values: [] });
      expect(revision.narrative[0]).toMatchObject({ metric: 'requestsReceived', value: 6, raw: '受理政府信息公开申请6件' });
    });

    it('tells the three kinds of source location apart', async () => {
      const html = (await detail(await idOf('金井', 2025))).currentRevision;
      expect(cell(html, 'requests.newReceived.total')).toMatchObject({ value: 11, provenance: { location: { __typename: 'HtmlLocation', kind: 'html' } } });
      const pdf = (await detail(await idOf('洪泽区人民政府', 2023))).currentRevision;
      const location = cell(pdf, 'proactive.licensing.decisions')?.provenance.location as { __typename: string; page: number; box: number[] };
      expect(location.__typename).toBe('PdfLocation');
      expect(location.page).toBeGreaterThan(0);
      expect(location.box).toHaveLength(4);
      // A 2019 trial-format table 二 inside a 2021 report (MANIFEST #7).
      const mixed = await detail(await idOf('社会事业局', 2021));
      expect(mixed.template).toBe('mixed');
      expect(mixed.currentRevision.tables.map((t) => t.template)).toEqual(['2019', '2021', null]);
      expect(mixed.currentRevision.tables[0]!.rows.map((r) => r.key)).toContain('otherServices');
    });

    it('returns null for an unknown report or revision', async () => {
      expect(await graphql(app.url, '{ report(id: 999999) { id } revision(id: 999999) { id } }')).toEqual({ report: null, revision: null });
    });

    it('keeps an older revision readable after a corrected copy is ingested', async () => {
      // MANIFEST #12 行政审批局 2022, 行政许可 7677, re-issued with one figure changed.
      const file = join(CORPUS, 'real/pingtan-xingzhengshenpiju-2022.txt');
      const original = readFileSync(file, 'utf8');
      const corrected = original.replace('行政许可7677第二十条', '行政许可7678第二十条');
      expect(corrected).not.toBe(original);
      const id = await idOf('行政审批局', 2022);
      const before = await detail(id);
      expect(before.revisions).toHaveLength(1);
      const outcome = await ingest.ingest(Buffer.from(corrected), '平潭综合实验区行政审批局2022年报告（更正）.txt');
      expect(outcome).toMatchObject({ status: 'revised', reportId: id, revisionNo: 2 });

      const report = await detail(id);
      expect(report.revisions.map((r) => [r.revisionNo, r.current, r.fileName])).toEqual([
        [1, false, 'pingtan-xingzhengshenpiju-2022.txt'],
        [2, true, '平潭综合实验区行政审批局2022年报告（更正）.txt'],
      ]);
      expect(report.currentRevision.revisionNo).toBe(2);
      expect(cell(report.currentRevision, 'proactive.licensing.decisions')).toMatchObject({ value: 7678, raw: '7678' });

      const old = report.revisions[0]!;
      expect(old.id).toBe(before.currentRevision.id);
      const fields = `id revisionNo current fileName sha256 tables { key rows { key values { key value raw } } } findings { rule cells }`;
      const { revision } = await graphql<{ revision: Revision }>(app.url, `query($id: Int!) { revision(id: $id) { ${fields} } }`, { id: old.id });
      expect(revision).toMatchObject({ revisionNo: 1, current: false, fileName: 'pingtan-xingzhengshenpiju-2022.txt', sha256: sha256(readFileSync(file)) });
      expect(cell(revision, 'proactive.licensing.decisions')).toMatchObject({ value: 7677, raw: '7677' });
      expect(revision.findings).toEqual(before.currentRevision.findings.map((f) => ({ rule: f.rule, cells: f.cells })));
      expect(revision.findings.length).toBeGreaterThan(0);
      const byNumber = await graphql<{ report: { revision: { id: number } | null; none: { id: number } | null } }>(
        app.url,
        `query($id: Int!) { report(id: $id) { revision(revisionNo: 1) { id } none: revision(revisionNo: 9) { id } } }`,
        { id },
      );
      expect(byNumber.report).toEqual({ revision: { id: old.id }, none: null });
      // Both originals stay downloadable.
      for (const r of report.revisions) {
        const response = await fetch(`${app.url}${r.downloadUrl}`);
        expect(sha256(new Uint8Array(await response.arrayBuffer()))).toBe(r.sha256);
      }
    });
  });

  describe('GET /files/:sha256', () => {
    const revisions = async (issuer: string, year: number) =>
      (
        await graphql<{ report: { revisions: { id: number; sha256: string; fileName: string; downloadUrl: string }[] } }>(
          app.url,
          `query($id: Int!) { report(id: $id) { revisions { id sha256 fileName downloadUrl } } }`,
          { id: await idOf(issuer, year) },
        )
      ).report.revisions;

    it('returns the exact original bytes as an attachment named after the revision', async () => {
      const [revision] = await revisions('桓仁', 2024);
      const response = await fetch(`${app.url}${revision!.downloadUrl}`);
      expect(response.status).toBe(200);
      const bytes = new Uint8Array(await response.arrayBuffer());
      expect(sha256(bytes)).toBe(sha256(readFileSync(SEED)));
      expect(sha256(bytes)).toBe(revision!.sha256);
      expect(response.headers.get('content-type')).toBe('text/plain; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe('attachment; filename="huanren-2024.txt"');
      expect(response.headers.get('content-length')).toBe(String(bytes.length));
      expect(response.headers.get('etag')).toBe(`"${revision!.sha256}"`);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    });

    it('names a Chinese file with RFC 5987 filename* and serves PDFs as application/pdf', async () => {
      const [revision] = await revisions('洪泽区人民政府', 2023);
      expect(revision!.fileName).toBe(PDF_NAME);
      const response = await fetch(`${app.url}/files/${revision!.sha256}`);
      expect(response.status).toBe(200);
      expect(sha256(new Uint8Array(await response.arrayBuffer()))).toBe(sha256(readFileSync(PDF)));
      expect(response.headers.get('content-type')).toBe('application/pdf');
      const disposition = response.headers.get('content-disposition')!;
      expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''[A-Za-z0-9%!#$&+.^_`|~-]+$/);
      expect(decodeURIComponent(disposition.split("UTF-8''")[1]!)).toBe(PDF_NAME);
    });

    it('answers 404 with a JSON error for an unknown hash and 400 for a malformed one', async () => {
      const unknown = await fetch(`${app.url}/files/${'0'.repeat(64)}`);
      expect(unknown.status).toBe(404);
      expect(unknown.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await unknown.json()).toMatchObject({ statusCode: 404, code: 'FILE_NOT_FOUND', message: expect.stringContaining('0'.repeat(64)) });
      const malformed = await fetch(`${app.url}/files/not-a-hash`);
      expect(malformed.status).toBe(400);
      expect(await malformed.json()).toMatchObject({ statusCode: 400, code: 'BAD_SHA256' });
      const badRevision = await fetch(`${app.url}/files/${'0'.repeat(64)}?revision=x`);
      expect(badRevision.status).toBe(400);
    });
  });

  describe('the findings list', () => {
    interface FindingNode {
      id: number;
      rule: string;
      severity: string;
      cells: string[];
      reportId: number;
      report: { id: number; year: number; issuer: { name: string } };
      issuer: { name: string; region: { code: string } | null };
    }
    const FIELDS = 'id rule severity cells reportId report { id year issuer { name } } issuer { name region { code } }';

    it('pages through every current finding exactly once, with its report and issuer', async () => {
      const all = await graphql<{ findings: Page<FindingNode> }>(app.url, `{ findings(first: 100) { edges { node { ${FIELDS} } } totalCount pageInfo { hasNextPage } } }`);
      const nodes = all.findings.edges.map((e) => e.node);
      expect(all.findings.totalCount).toBe(nodes.length);
      expect(all.findings.pageInfo.hasNextPage).toBe(false);
      expect(nodes.length).toBeGreaterThan(10);
      const paged = await allPages<FindingNode>('findings', '', 'id', 7);
      expect(paged.nodes.map((n) => n.id)).toEqual(nodes.map((n) => n.id));
      for (const node of nodes) {
        expect(node.report.id).toBe(node.reportId);
        expect(node.issuer.name).toBe(node.report.issuer.name);
        expect(node.cells.length).toBeGreaterThan(0);
      }
      const years = nodes.map((n) => n.report.year);
      expect(years).toEqual([...years].sort((a, b) => b - a));
    });

    it('filters by rule, severity, year and region', async () => {
      const list = async (args: string) => (await allPages<FindingNode>('findings', args, FIELDS, 100)).nodes;
      const balance = await list('rule: "requests.balance"');
      expect(balance.length).toBeGreaterThan(0);
      expect(balance.every((f) => f.rule === 'requests.balance')).toBe(true);
      // MANIFEST #8 公安局 2021: 1 + 0 received, but 1 processed + 1 carried forward.
      expect(balance.map((f) => `${f.report.issuer.name} ${f.report.year}`)).toContain('平潭综合实验区公安局 2021');
      expect((await list('severity: warning')).every((f) => f.severity === 'warning')).toBe(true);
      expect((await list('year: 2024')).every((f) => f.report.year === 2024)).toBe(true);
      const pingtan = await list('regionCode: "350128"');
      expect(pingtan.length).toBeGreaterThan(0);
      expect(pingtan.every((f) => f.issuer.region?.code === '350128')).toBe(true);
      expect(await list('regionCode: "210522", rule: "requests.balance"')).toEqual([]);
    });
  });

  describe('batching', () => {
    /** Counts the SQL statements TypeORM runs while `work` runs. */
    async function countQueries(work: () => Promise<unknown>): Promise<number> {
      const dataSource = app.app.get(DataSource);
      const original = dataSource.logger;
      let count = 0;
      dataSource.logger = new Proxy(original, {
        get(target, property, receiver) {
          if (property === 'logQuery') {
            return (...args: Parameters<Logger['logQuery']>) => {
              count += 1;
              return target.logQuery(...args);
            };
          }
          return Reflect.get(target, property, receiver) as unknown;
        },
      });
      try {
        await work();
      } finally {
        dataSource.logger = original;
      }
      return count;
    }

    it('loads issuers and regions of a list page with a bounded number of queries (DataLoader)', async () => {
      const query = (first: number) => () =>
        graphql<{ reports: Page<{ issuer: { region: unknown } }> }>(
          app.url,
          `{ reports(first: ${first}) { edges { node { id issuer { id name kind region { code name level parent { name parent { name } } } } } } } }`,
        );
      const twenty = await countQueries(query(20));
      const five = await countQueries(query(5));
      // count + page + issuers + regions + parents + grandparents, however many rows.
      expect(twenty).toBeLessThanOrEqual(6);
      expect(twenty).toBe(five);
      const page = await query(20)();
      expect(page.reports.edges).toHaveLength(20);
      expect(page.reports.edges.every((e) => e.node.issuer.region !== null)).toBe(true);
    });

    it('loads the reports and issuers of findings and the detail of many revisions in batches', async () => {
      const findings = await countQueries(() =>
        graphql(app.url, '{ findings(first: 100) { edges { node { id report { id year issuer { name region { name } } } issuer { name } } } } }'),
      );
      // count + page + reports + issuers + regions.
      expect(findings).toBeLessThanOrEqual(5);
      const revisions = await countQueries(() =>
        graphql(
          app.url,
          `{ findings(first: 100) { edges { node { report { revisions { id tables { key rows { key values { key } } } findings { rule } missing narrative { value } } } } } } }`,
        ),
      );
      // count + page + reports + revisions + values + documents + findings.
      expect(revisions).toBeLessThanOrEqual(7);
    });
  });
});
