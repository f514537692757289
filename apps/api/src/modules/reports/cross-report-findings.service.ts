import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  checkAgainstPreviousYear,
  DUPLICATE_TABLES,
  RULES_BY_ID,
  TABLE_LABELS,
  tableFingerprint,
  type Finding,
  type TableKey,
  type ValueMap,
} from '@dlens/domain';
import { In, type EntityManager } from 'typeorm';
import { FindingEntity } from './finding.entity.js';
import { ReportEntity } from './report.entity.js';
import { TableFingerprintEntity } from './table-fingerprint.entity.js';

interface CurrentReport {
  readonly id: number;
  readonly issuerId: number;
  readonly issuerName: string;
  readonly year: number;
  readonly revisionId: number;
}

/**
 * The rules that need other reports (carry-over chain, stock of normative documents,
 * fivefold changes, copied tables), recomputed inside the transaction that stores a revision,
 * for every report whose neighbours changed.
 */
@Injectable()
export class CrossReportFindingsService {
  /** After a new current revision of (issuer, year): fingerprints, then findings of year and year + 1. */
  async afterRevision(manager: EntityManager, issuerId: number, year: number, revisionId: number): Promise<void> {
    const values = await this.valuesOf(manager, [revisionId]);
    await this.storeFingerprints(manager, revisionId, values.get(revisionId) ?? new Map());
    const reports = await this.currentReports(manager, { issuerId, years: [year - 1, year, year + 1] });
    for (const target of reports.filter((r) => r.year >= year)) {
      const previous = reports.find((r) => r.year === target.year - 1) ?? null;
      await this.recomputeYearOnYear(manager, target, previous);
    }
    const self = reports.find((r) => r.year === year);
    if (self) await this.recomputeDuplicates(manager, self);
  }

  private async recomputeYearOnYear(manager: EntityManager, target: CurrentReport, previous: CurrentReport | null): Promise<void> {
    await manager.delete(FindingEntity, { reportId: target.id, scope: 'crossReport', rule: In(['crossYear.carryOver', 'crossYear.stock', 'outlier.yoy']) });
    if (!previous) return;
    const values = await this.valuesOf(manager, [target.revisionId, previous.revisionId]);
    const findings = checkAgainstPreviousYear(values.get(previous.revisionId) ?? new Map(), values.get(target.revisionId) ?? new Map(), previous.year);
    await this.insert(manager, target, findings);
  }

  /** Every current report sharing a table with this one gets a finding naming the others. */
  private async recomputeDuplicates(manager: EntityManager, report: CurrentReport): Promise<void> {
    const twins = (await manager.query(
      `SELECT DISTINCT r.id, r.issuer_id AS "issuerId", i.name AS "issuerName", r.year, r.current_revision_id AS "revisionId"
         FROM table_fingerprint mine
         JOIN table_fingerprint other ON other.table_key = mine.table_key AND other.hash = mine.hash
         JOIN report r ON r.current_revision_id = other.revision_id
         JOIN issuer i ON i.id = r.issuer_id
        WHERE mine.revision_id = $1`,
      [report.revisionId],
    )) as CurrentReport[];
    const group = twins.some((t) => t.id === report.id) ? twins : [...twins, report];
    const fingerprints = await manager.find(TableFingerprintEntity, { where: { revisionId: In(group.map((g) => g.revisionId)) } });
    for (const member of group) {
      await manager.delete(FindingEntity, { reportId: member.id, rule: 'duplicate.tables' });
      const mine = fingerprints.filter((f) => f.revisionId === member.revisionId);
      const findings: Finding[] = [];
      for (const other of group.filter((g) => g.id !== member.id)) {
        const shared = mine
          .filter((f) => fingerprints.some((o) => o.revisionId === other.revisionId && o.tableKey === f.tableKey && o.hash === f.hash))
          .map((f) => f.tableKey as TableKey);
        if (shared.length === 0) continue;
        const whose = other.issuerId === member.issuerId ? `its own ${other.year} report` : `${other.issuerName}'s ${other.year} report`;
        findings.push({
          rule: 'duplicate.tables',
          severity: RULES_BY_ID['duplicate.tables'].severity,
          message: `${shared.map((t) => TABLE_LABELS[t].zh).join('、')} identical to ${whose} (report ${other.id})`,
          cells: shared,
        });
      }
      await this.insert(manager, member, findings);
    }
  }

  private async storeFingerprints(manager: EntityManager, revisionId: number, values: ValueMap): Promise<void> {
    const rows = DUPLICATE_TABLES.flatMap((tableKey) => {
      const fingerprint = tableFingerprint(values, tableKey);
      return fingerprint ? [{ revisionId, tableKey, hash: createHash('md5').update(fingerprint).digest('hex') }] : [];
    });
    if (rows.length > 0) await manager.insert(TableFingerprintEntity, rows);
  }

  private async insert(manager: EntityManager, report: CurrentReport, findings: readonly Finding[]): Promise<void> {
    if (findings.length === 0) return;
    await manager.insert(
      FindingEntity,
      findings.map((f) => ({
        reportId: report.id,
        revisionId: report.revisionId,
        rule: f.rule,
        severity: f.severity,
        scope: 'crossReport' as const,
        message: f.message,
        cells: [...f.cells],
        expected: f.expected ?? null,
        actual: f.actual ?? null,
      })),
    );
  }

  private async currentReports(manager: EntityManager, where: { issuerId: number; years: number[] }): Promise<CurrentReport[]> {
    const reports = await manager.find(ReportEntity, { where: { issuerId: where.issuerId, year: In(where.years) }, relations: { issuer: true } });
    return reports
      .filter((r) => r.currentRevisionId !== null)
      .map((r) => ({ id: r.id, issuerId: r.issuerId, issuerName: r.issuer?.name ?? '', year: r.year, revisionId: r.currentRevisionId as number }));
  }

  private async valuesOf(manager: EntityManager, revisionIds: number[]): Promise<Map<number, Map<string, number | null>>> {
    const rows = (await manager.query('SELECT revision_id AS "revisionId", key, value FROM report_value WHERE revision_id = ANY($1)', [revisionIds])) as {
      revisionId: number;
      key: string;
      value: number | null;
    }[];
    const byRevision = new Map<number, Map<string, number | null>>();
    for (const row of rows) {
      const map = byRevision.get(row.revisionId) ?? new Map<string, number | null>();
      map.set(row.key, row.value);
      byRevision.set(row.revisionId, map);
    }
    return byRevision;
  }
}
