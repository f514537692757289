import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  checkAgainstPreviousYear,
  DUPLICATE_TABLES,
  YEAR_ON_YEAR_KEYS,
  makeFinding,
  TABLE_LABELS,
  tableFingerprint,
  type Finding,
  type TableKey,
  type ValueMap,
} from '@dlens/domain';
import type { EntityManager } from 'typeorm';

/** A report whose current revision just changed, with that revision's values when at hand. */
export interface RevisedReport {
  readonly issuerId: number;
  readonly year: number;
  readonly revisionId: number;
  readonly values?: ValueMap;
}

interface CurrentReport {
  readonly id: number;
  readonly issuerId: number;
  readonly issuerName: string;
  readonly year: number;
  readonly revisionId: number;
}

interface FindingRow {
  readonly report: CurrentReport;
  readonly finding: Finding;
}

const YEAR_ON_YEAR_RULES = ['crossYear.carryOver', 'crossYear.stock', 'outlier.yoy'];

/**
 * The rules that need other reports (carry-over chain, stock of normative documents,
 * fivefold changes, copied tables), recomputed inside the transaction that stores revisions,
 * for every report whose neighbours changed. Set-based: a batch of revisions costs a fixed
 * number of queries, whether it holds one report or a thousand.
 */
@Injectable()
export class CrossReportFindingsService {
  async afterRevisions(manager: EntityManager, revised: readonly RevisedReport[]): Promise<void> {
    if (revised.length === 0) return;
    await this.storeFingerprints(manager, revised);
    // Year on year: the revised reports and the next year of the same issuers.
    const pairs = revised.flatMap((r) => [r.year - 1, r.year, r.year + 1].map((year) => ({ issuerId: r.issuerId, year })));
    const reports = await this.currentReports(manager, pairs);
    const revisedKeys = new Set(revised.map((r) => `${r.issuerId}:${r.year}`));
    const targets = reports.filter((r) => revisedKeys.has(`${r.issuerId}:${r.year}`) || revisedKeys.has(`${r.issuerId}:${r.year - 1}`));
    const byKey = new Map(reports.map((r) => [`${r.issuerId}:${r.year}`, r]));
    const values = await this.valuesOf(manager, reports.map((r) => r.revisionId), YEAR_ON_YEAR_KEYS);
    const yearOnYear: FindingRow[] = targets.flatMap((target) => {
      const previous = byKey.get(`${target.issuerId}:${target.year - 1}`);
      if (!previous) return [];
      const found = checkAgainstPreviousYear(values.get(previous.revisionId) ?? new Map(), values.get(target.revisionId) ?? new Map(), previous.year);
      return found.map((finding) => ({ report: target, finding }));
    });
    await manager.query(`DELETE FROM finding WHERE report_id = ANY($1) AND rule = ANY($2)`, [targets.map((t) => t.id), YEAR_ON_YEAR_RULES]);
    await this.insert(manager, yearOnYear);
    await this.recomputeDuplicates(manager, revised.map((r) => r.revisionId));
  }

  /**
   * Every current report sharing a fingerprinted table with a revised one has its duplicate
   * findings rewritten, naming each other current report it shares tables with.
   */
  private async recomputeDuplicates(manager: EntityManager, revisionIds: number[]): Promise<void> {
    const CURRENT = `JOIN report r ON r.current_revision_id = other.revision_id JOIN issuer i ON i.id = r.issuer_id`;
    const affected = (await manager.query(
      `SELECT DISTINCT r.id, r.issuer_id AS "issuerId", i.name AS "issuerName", r.year, r.current_revision_id AS "revisionId"
         FROM table_fingerprint mine
         JOIN table_fingerprint other ON other.table_key = mine.table_key AND other.hash = mine.hash
         ${CURRENT}
        WHERE mine.revision_id = ANY($1)`,
      [revisionIds],
    )) as CurrentReport[];
    if (affected.length === 0) return;
    const pairs = (await manager.query(
      `SELECT mine.revision_id AS "mine", other.table_key AS "tableKey",
              r.id, r.issuer_id AS "issuerId", i.name AS "issuerName", r.year, r.current_revision_id AS "revisionId"
         FROM table_fingerprint mine
         JOIN table_fingerprint other ON other.table_key = mine.table_key AND other.hash = mine.hash AND other.revision_id <> mine.revision_id
         ${CURRENT}
        WHERE mine.revision_id = ANY($1)`,
      [affected.map((a) => a.revisionId)],
    )) as (CurrentReport & { mine: number; tableKey: TableKey })[];
    // For each affected revision: the other reports it shares tables with, and which tables.
    const shares = new Map<number, Map<number, { other: CurrentReport; tables: Set<TableKey> }>>();
    for (const pair of pairs) {
      const byOther = shares.get(pair.mine) ?? new Map<number, { other: CurrentReport; tables: Set<TableKey> }>();
      const entry = byOther.get(pair.id) ?? { other: pair, tables: new Set<TableKey>() };
      entry.tables.add(pair.tableKey);
      byOther.set(pair.id, entry);
      shares.set(pair.mine, byOther);
    }
    await manager.query(`DELETE FROM finding WHERE report_id = ANY($1) AND rule = 'duplicate.tables'`, [affected.map((m) => m.id)]);
    const rows: FindingRow[] = affected.flatMap((member) =>
      [...(shares.get(member.revisionId)?.values() ?? [])].map(({ other, tables }) => {
        const whose = other.issuerId === member.issuerId ? `its own ${other.year} report` : `${other.issuerName}'s ${other.year} report`;
        const shared = DUPLICATE_TABLES.filter((t) => tables.has(t));
        return {
          report: member,
          finding: makeFinding('duplicate.tables', `${shared.map((t) => TABLE_LABELS[t].zh).join('、')} identical to ${whose} (report ${other.id})`, shared),
        };
      }),
    );
    await this.insert(manager, rows);
  }

  private async storeFingerprints(manager: EntityManager, revised: readonly RevisedReport[]): Promise<void> {
    const unknown = revised.filter((r) => !r.values).map((r) => r.revisionId);
    const loaded = unknown.length > 0 ? await this.valuesOf(manager, unknown) : new Map<number, ValueMap>();
    const rows = revised.flatMap(({ revisionId, values }) =>
      DUPLICATE_TABLES.flatMap((tableKey) => {
        const fingerprint = tableFingerprint(values ?? loaded.get(revisionId) ?? new Map(), tableKey);
        return fingerprint ? [{ revisionId, tableKey, hash: createHash('md5').update(fingerprint).digest('hex') }] : [];
      }),
    );
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO table_fingerprint (revision_id, table_key, hash) SELECT * FROM unnest($1::int[], $2::text[], $3::text[])
       ON CONFLICT (revision_id, table_key) DO NOTHING`,
      [rows.map((r) => r.revisionId), rows.map((r) => r.tableKey), rows.map((r) => r.hash)],
    );
  }

  private async insert(manager: EntityManager, rows: readonly FindingRow[]): Promise<void> {
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO finding (report_id, revision_id, rule, severity, scope, message, cells, expected, actual)
       SELECT report_id, revision_id, rule, severity, 'crossReport', message, cells, expected, actual
         FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::jsonb[], $7::float8[], $8::float8[])
           AS t(report_id, revision_id, rule, severity, message, cells, expected, actual)`,
      [
        rows.map((r) => r.report.id),
        rows.map((r) => r.report.revisionId),
        rows.map((r) => r.finding.rule),
        rows.map((r) => r.finding.severity),
        rows.map((r) => r.finding.message),
        rows.map((r) => JSON.stringify(r.finding.cells)),
        rows.map((r) => r.finding.expected ?? null),
        rows.map((r) => r.finding.actual ?? null),
      ],
    );
  }

  private async currentReports(manager: EntityManager, pairs: readonly { issuerId: number; year: number }[]): Promise<CurrentReport[]> {
    return manager.query(
      `SELECT DISTINCT r.id, r.issuer_id AS "issuerId", i.name AS "issuerName", r.year, r.current_revision_id AS "revisionId"
         FROM unnest($1::int[], $2::int[]) AS p(issuer_id, year)
         JOIN report r ON r.issuer_id = p.issuer_id AND r.year = p.year
         JOIN issuer i ON i.id = r.issuer_id
        WHERE r.current_revision_id IS NOT NULL`,
      [pairs.map((p) => p.issuerId), pairs.map((p) => p.year)],
    );
  }

  /** Values of revisions, all keys or only `keys`. */
  private async valuesOf(manager: EntityManager, revisionIds: readonly number[], keys?: readonly string[]): Promise<Map<number, ValueMap>> {
    const rows = (await manager.query(
      `SELECT v.revision_id AS "revisionId", c.key, c.value
         FROM revision_values v CROSS JOIN LATERAL unnest(v.keys, v.numbers) AS c(key, value)
        WHERE v.revision_id = ANY($1) AND ($2::text[] IS NULL OR c.key = ANY($2))`,
      [revisionIds, keys ?? null],
    )) as { revisionId: number; key: string; value: number | null }[];
    const byRevision = new Map<number, Map<string, number | null>>();
    for (const row of rows) {
      const map = byRevision.get(row.revisionId) ?? new Map<string, number | null>();
      map.set(row.key, row.value);
      byRevision.set(row.revisionId, map);
    }
    return byRevision;
  }
}
