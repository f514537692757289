import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { governmentMetricsStoredAndExpected } from '../../../testing/government-metrics.js';
import { syntheticReport } from '../../../testing/synthetic-report.js';
import { createTestDatabase, graphql, startTestApp, type TestDatabase } from '../../../testing/test-app.js';
import { IngestService } from '../ingest.service.js';
import { BulkIngestService, type BulkSummary } from './bulk-ingest.service.js';

const CORPUS = new URL('../../../../../../../shared/corpus/', import.meta.url).pathname;

/** Everything stored, in a form that does not depend on ids or insertion order. */
async function contents(sql: DataSource): Promise<{ revisions: string[]; values: string[]; findings: string[]; issuers: string[] }> {
  const revisions = (await sql.query(
    `SELECT i.name || '|' || r.year || '|' || v.revision_no || '|' || v.template || '|' || coalesce(v.title, '') || '|' || v.synthetic AS row
       FROM report r JOIN issuer i ON i.id = r.issuer_id JOIN report_revision v ON v.report_id = r.id ORDER BY 1`,
  )) as { row: string }[];
  const values = (await sql.query(
    `SELECT i.name || '|' || r.year || '|' || c.key || '|' || coalesce(c.value::text, 'null') || '|' || c.raw || '|' || c.inferred AS row
       FROM report r JOIN issuer i ON i.id = r.issuer_id JOIN revision_values x ON x.revision_id = r.current_revision_id
      CROSS JOIN LATERAL unnest(x.keys, x.numbers, x.raw, x.inferred) AS c(key, value, raw, inferred)
      UNION ALL
     SELECT i.name || '|' || r.year || '|provenance|' || x.provenance::jsonb::text
       FROM report r JOIN issuer i ON i.id = r.issuer_id JOIN revision_values x ON x.revision_id = r.current_revision_id
      ORDER BY 1`,
  )) as { row: string }[];
  const findings = (await sql.query(
    `SELECT i.name || '|' || r.year || '|' || f.rule || '|' || f.scope || '|' || f.cells::text AS row
       FROM finding f JOIN report r ON r.id = f.report_id AND f.revision_id = r.current_revision_id JOIN issuer i ON i.id = r.issuer_id ORDER BY 1`,
  )) as { row: string }[];
  const issuers = (await sql.query(`SELECT name || '|' || kind || '|' || coalesce(region_code, '') AS row FROM issuer ORDER BY 1`)) as { row: string }[];
  return { revisions: revisions.map((r) => r.row), values: values.map((r) => r.row), findings: findings.map((r) => r.row), issuers: issuers.map((r) => r.row) };
}

describe('bulk ingestion', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dlens-bulk-'));
  const files: string[] = [];
  let bulkDb: TestDatabase;
  let oneByOneDb: TestDatabase;
  let bulk: Awaited<ReturnType<typeof startTestApp>>;
  let oneByOne: Awaited<ReturnType<typeof startTestApp>>;
  let summary: BulkSummary;

  beforeAll(async () => {
    for (const name of readdirSync(join(CORPUS, 'real')).filter((f) => f !== 'MANIFEST.md')) files.push(join(CORPUS, 'real', name));
    files.push(join(CORPUS, 'seed/huanren-2024.txt'), join(CORPUS, 'peer/huaian-hongzequ-2023.pdf'), join(CORPUS, 'peer/huaian-hongzequ-2024.pdf'));
    // A broken file, an unattributable one, and two files for the same issuer and year (the later wins).
    const extra = {
      'broken.txt': Buffer.from(Uint8Array.from({ length: 2000 }, (_, i) => (i * 7) % 256)),
      'gulou-2024.txt': Buffer.from(syntheticReport({ issuer: '鼓楼区人民政府', year: 2024 })),
      'mingshan-2024-a.txt': Buffer.from(syntheticReport({ issuer: '明山区', year: 2024, licensing: 10 })),
      'mingshan-2024-b.txt': Buffer.from(syntheticReport({ issuer: '明山区', year: 2024, licensing: 20 })),
      // A generated demo report: it says so, and is stored as synthetic.
      'xihu-2024.synthetic.txt': Buffer.from(`${syntheticReport({ issuer: '溪湖区', year: 2024 })}\n（合成数据，仅供测试）`),
    };
    for (const [name, bytes] of Object.entries(extra)) {
      writeFileSync(join(dir, name), bytes);
      files.push(join(dir, name));
    }
    bulkDb = await createTestDatabase();
    oneByOneDb = await createTestDatabase();
    bulk = await startTestApp(bulkDb, { LOAD_SAMPLES: 'false' });
    oneByOne = await startTestApp(oneByOneDb, { LOAD_SAMPLES: 'false' });
    // Small batches and two workers, so that batching, ordering and the same-batch revision are exercised.
    summary = await bulk.app.get(BulkIngestService).ingestFiles(files, { batchSize: 7, workers: 2 });
    const ingest = oneByOne.app.get(IngestService);
    for (const file of files) await ingest.ingest(readFileSync(file), file);
  });

  afterAll(async () => {
    await bulk?.close();
    await oneByOne?.close();
    await bulkDb?.drop();
    await oneByOneDb?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('counts every file by what happened to it, and keeps the reasons of the problems', () => {
    expect(summary.total).toBe(files.length);
    expect(summary.counts).toEqual({ stored: files.length - 3, revised: 1, unchanged: 0, needsAssignment: 1, failed: 1 });
    expect(summary.attention.map((o) => `${o.status}: ${o.reason?.split(':')[0]}`).sort()).toEqual([
      `failed: ${join(dir, 'broken.txt')}`,
      `needsAssignment: ${join(dir, 'gulou-2024.txt')}`,
    ]);
  });

  it('stores exactly what ingesting the files one by one stores', async () => {
    const [a, b] = await Promise.all([contents(bulk.app.get(DataSource)), contents(oneByOne.app.get(DataSource))]);
    expect(a.values.length).toBeGreaterThan(5000);
    expect(a.issuers).toEqual(b.issuers);
    expect(a.revisions).toEqual(b.revisions);
    expect(a.revisions.filter((r) => r.endsWith('|true'))).toEqual([expect.stringMatching(/^溪湖区\|2024\|1\|/)]);
    expect(await graphql<{ syntheticReportCount: number }>(bulk.url, '{ syntheticReportCount }')).toEqual({ syntheticReportCount: 1 });
    expect(a.values).toEqual(b.values);
    expect(a.findings).toEqual(b.findings);
  });

  it('keeps the government figures in step with the stored reports, batch by batch', async () => {
    const { stored, expected } = await governmentMetricsStoredAndExpected(bulk.app.get(DataSource));
    expect(stored.length).toBeGreaterThan(100);
    expect(stored).toEqual(expected);
  });

  it('makes the later of two files for the same issuer and year the current revision', async () => {
    const rows = (await bulk.app.get(DataSource).query(
      `SELECT v.revision_no, v.file_name, (v.id = r.current_revision_id) AS current
         FROM report r JOIN issuer i ON i.id = r.issuer_id JOIN report_revision v ON v.report_id = r.id
        WHERE i.name = '明山区' ORDER BY v.revision_no`,
    )) as { revision_no: number; file_name: string; current: boolean }[];
    expect(rows.map((r) => [r.revision_no, r.file_name.split('/').pop(), r.current])).toEqual([
      [1, 'mingshan-2024-a.txt', false],
      [2, 'mingshan-2024-b.txt', true],
    ]);
  });

  it('leaves the tables the dashboard reads from indexes alone marked all-visible', async () => {
    const tables = (await bulk.app.get(DataSource).query(
      `SELECT relname, relpages, relallvisible FROM pg_class WHERE relname IN ('government_metric', 'finding', 'report', 'issuer') ORDER BY relname`,
    )) as { relname: string; relpages: number; relallvisible: number }[];
    expect(tables.map((t) => t.relname)).toEqual(['finding', 'government_metric', 'issuer', 'report']);
    for (const table of tables) {
      expect(table.relpages, table.relname).toBeGreaterThan(0);
      expect(table.relallvisible, table.relname).toBe(table.relpages);
    }
  });

  it('changes nothing when the same folder is ingested again', async () => {
    const again = await bulk.app.get(BulkIngestService).ingestFiles(files, { batchSize: 50 });
    // The unattributable file waits again (the same waiting entry), the broken one fails again.
    expect(again.counts).toEqual({ stored: 0, revised: 0, unchanged: files.length - 2, needsAssignment: 1, failed: 1 });
  });
});
