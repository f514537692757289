import { unpackProvenance, type PackedProvenance, type Provenance } from '@dlens/domain';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ValueRow } from '../../modules/reports/report.loaders.js';
import { createTestDatabase, startTestApp, type TestDatabase } from '../../testing/test-app.js';
import { RevisionValues1795721000000 } from './1795721000000-revision-values.js';
import { MIGRATIONS } from './index.js';

type Cell = ValueRow;

const byRevisionAndKey = (a: Cell, b: Cell) => a.revisionId - b.revisionId || a.key.localeCompare(b.key);

/** Every stored cell, from revision_values (provenance unpacked). */
async function cellsFromArrays(sql: DataSource): Promise<Cell[]> {
  const rows = (await sql.query('SELECT revision_id AS "revisionId", keys, numbers, raw, inferred, provenance FROM revision_values')) as {
    revisionId: number;
    keys: string[];
    numbers: (number | null)[];
    raw: string[];
    inferred: boolean[];
    provenance: PackedProvenance;
  }[];
  return rows
    .flatMap((r) => {
      const provenance = unpackProvenance(r.provenance);
      return r.keys.map((key, i) => ({ revisionId: r.revisionId, key, value: r.numbers[i] ?? null, raw: r.raw[i] as string, inferred: r.inferred[i] as boolean, provenance: provenance[i] as Provenance }));
    })
    .sort(byRevisionAndKey);
}

/** Every stored cell, from the report_value rows of before. */
async function cellsFromRows(sql: DataSource): Promise<Cell[]> {
  const rows = (await sql.query('SELECT revision_id AS "revisionId", key, value, raw, inferred, provenance::json AS provenance FROM report_value')) as Cell[];
  return rows.sort(byRevisionAndKey);
}

describe('migration RevisionValues (one row of arrays per revision instead of one row per cell)', () => {
  let database: TestDatabase;
  let app: Awaited<ReturnType<typeof startTestApp>>;

  beforeAll(async () => {
    database = await createTestDatabase();
    app = await startTestApp(database); // loads the sample report
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('moves every stored cell back to rows and forward to arrays again, losing nothing', async () => {
    const sql = app.app.get(DataSource);
    const before = await cellsFromArrays(sql);
    // The sample report (huanren-2024) has one revision with all its cells.
    expect(before.length).toBeGreaterThan(150);
    expect(before.find((c) => c.key === 'requests.newReceived.total')).toMatchObject({ value: 13, raw: '13', inferred: false, provenance: { table: 'requests', column: '总计' } });

    // Back to before RevisionValues: undo it and every migration after it.
    for (const _ of MIGRATIONS.slice(MIGRATIONS.indexOf(RevisionValues1795721000000))) await sql.undoLastMigration();
    expect(await cellsFromRows(sql)).toEqual(before);

    await sql.runMigrations();
    expect(await cellsFromArrays(sql)).toEqual(before);
    // A revision always has its row, even one without values.
    const [{ missing }] = (await sql.query(
      'SELECT count(*)::int AS missing FROM report_revision v WHERE NOT EXISTS (SELECT 1 FROM revision_values x WHERE x.revision_id = v.id)',
    )) as [{ missing: number }];
    expect(missing).toBe(0);
  });

  it('refuses values whose arrays are not aligned', async () => {
    const sql = app.app.get(DataSource);
    const [{ id }] = (await sql.query('SELECT id FROM report_revision LIMIT 1')) as [{ id: number }];
    await expect(
      sql.query(`UPDATE revision_values SET numbers = numbers[1:1] WHERE revision_id = $1`, [id]),
    ).rejects.toThrow(/CHK_revision_values_aligned/);
  });
});
