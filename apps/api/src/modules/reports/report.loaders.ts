import { Injectable } from '@nestjs/common';
import { unpackProvenance, type NarrativeFigure, type Provenance, type TableKey, type TemplateVersion } from '@dlens/domain';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { FindingModel } from './finding.model.js';
import type { IssuerModel } from './issuer.model.js';
import type { RegionModel } from '../regions/region.model.js';
import type { ReportRevisionModel } from './report-revision.model.js';
import type { ReportModel } from './report.model.js';
import type { RevisionValuesEntity } from './revision-values.entity.js';
import { FINDING_COLUMNS_SQL, REVISION_SELECT_SQL, SEVERITY_RANK_SQL, toFinding, toRevision, type FindingRow, type RevisionRow } from './report.queries.js';

/** A stored cell of a revision. */
export interface ValueRow {
  revisionId: number;
  key: string;
  value: number | null;
  raw: string;
  inferred: boolean;
  provenance: Provenance;
}

/** The cells of a stored revision, one by one. */
function toValueRows(row: RevisionValuesEntity): ValueRow[] {
  const provenance = unpackProvenance(row.provenance);
  return row.keys.map((key, i) => ({
    revisionId: row.revisionId,
    key,
    value: row.numbers[i] ?? null,
    raw: row.raw[i] ?? '',
    inferred: row.inferred[i] ?? false,
    provenance: provenance[i] as Provenance,
  }));
}

/** The parts of a revision's parsed document the detail view needs (not its values, which are in revision_values). */
export interface RevisionDocumentParts {
  id: number;
  template: string;
  tableTemplates: Partial<Record<TableKey, TemplateVersion>>;
  missing: string[];
  narrative: NarrativeFigure[];
}

/** Orders rows by the keys DataLoader asked for (null where there is none). */
function byKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): (R | null)[] {
  const map = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => map.get(key) ?? null);
}

/** Groups rows by the keys DataLoader asked for (an empty list where there is none). */
function groupByKey<K, R>(keys: readonly K[], rows: readonly R[], keyOf: (row: R) => K): R[][] {
  const map = new Map<K, R[]>(keys.map((key) => [key, []]));
  for (const row of rows) map.get(keyOf(row))?.push(row);
  return keys.map((key) => map.get(key) ?? []);
}

/**
 * The batch loaders of one GraphQL operation: each relation is fetched with one query per
 * level of the selection, however many parents ask for it (no N+1).
 */
export class ReportLoaders {
  readonly issuer: DataLoader<number, IssuerModel | null>;
  readonly region: DataLoader<string, RegionModel | null>;
  readonly report: DataLoader<number, ReportModel | null>;
  readonly revision: DataLoader<number, ReportRevisionModel | null>;
  readonly revisionsOfReport: DataLoader<number, ReportRevisionModel[]>;
  readonly valuesOfRevision: DataLoader<number, ValueRow[]>;
  readonly findingsOfRevision: DataLoader<number, FindingModel[]>;
  readonly documentOfRevision: DataLoader<number, RevisionDocumentParts | null>;

  constructor(private readonly dataSource: DataSource) {
    this.issuer = new DataLoader(async (ids) => {
      const rows: IssuerModel[] = await this.query(
        `SELECT id, name, kind, region_code AS "regionCode" FROM issuer WHERE id = ANY($1::int[])`,
        [ids],
      );
      return byKey(ids, rows, (r) => r.id);
    });
    this.region = new DataLoader(async (codes) => {
      const rows: RegionModel[] = await this.query(
        `SELECT code, name, level, parent_code AS "parentCode" FROM region WHERE code = ANY($1::text[])`,
        [codes],
      );
      return byKey(codes, rows, (r) => r.code);
    });
    this.report = new DataLoader(async (ids) => {
      const rows: ReportModel[] = await this.query(
        `SELECT r.id, r.year, r.issuer_id AS "issuerId", r.current_revision_id AS "currentRevisionId", v.template, v.title,
                r.created_at AS "createdAt", r.updated_at AS "updatedAt"
           FROM report r JOIN report_revision v ON v.id = r.current_revision_id
          WHERE r.id = ANY($1::int[])`,
        [ids],
      );
      return byKey(ids, rows, (r) => r.id);
    });
    this.revision = new DataLoader(async (ids) => {
      const rows: RevisionRow[] = await this.query(`${REVISION_SELECT_SQL} WHERE v.id = ANY($1::int[])`, [ids]);
      return byKey(ids, rows.map(toRevision), (r) => r.id);
    });
    this.revisionsOfReport = new DataLoader(async (reportIds) => {
      const rows: RevisionRow[] = await this.query(`${REVISION_SELECT_SQL} WHERE v.report_id = ANY($1::int[]) ORDER BY v.revision_no`, [reportIds]);
      const revisions = rows.map(toRevision);
      for (const revision of revisions) this.revision.prime(revision.id, revision);
      return groupByKey(reportIds, revisions, (r) => r.reportId);
    });
    this.valuesOfRevision = new DataLoader(async (revisionIds) => {
      const rows: RevisionValuesEntity[] = await this.query(
        `SELECT revision_id AS "revisionId", keys, numbers, raw, inferred, provenance FROM revision_values WHERE revision_id = ANY($1::int[])`,
        [revisionIds],
      );
      return groupByKey(revisionIds, rows.flatMap(toValueRows), (r) => r.revisionId);
    });
    this.findingsOfRevision = new DataLoader(async (revisionIds) => {
      const rows: FindingRow[] = await this.query(
        `SELECT ${FINDING_COLUMNS_SQL} FROM finding f WHERE f.revision_id = ANY($1::int[]) ORDER BY ${SEVERITY_RANK_SQL}, f.id`,
        [revisionIds],
      );
      return groupByKey(revisionIds, rows.map(toFinding), (r) => r.revisionId);
    });
    this.documentOfRevision = new DataLoader(async (revisionIds) => {
      // Only the small parts of the jsonb document, not its values (those are in revision_values).
      const rows: RevisionDocumentParts[] = await this.query(
        `SELECT id, template, coalesce(document->'tableTemplates', '{}'::jsonb) AS "tableTemplates",
                coalesce(document->'missing', '[]'::jsonb) AS missing, coalesce(document->'narrative', '[]'::jsonb) AS narrative
           FROM report_revision WHERE id = ANY($1::int[])`,
        [revisionIds],
      );
      return byKey(revisionIds, rows, (r) => r.id);
    });
  }

  private query<T>(sql: string, params: readonly unknown[]): Promise<T[]> {
    return this.dataSource.query(sql, [...params]);
  }
}

/**
 * Hands out one set of loaders per GraphQL operation, keyed by its context object, so a
 * cache never outlives the request (no request-scoped providers needed).
 */
@Injectable()
export class ReportLoadersFactory {
  private readonly byContext = new WeakMap<object, ReportLoaders>();

  constructor(private readonly dataSource: DataSource) {}

  for(context: object): ReportLoaders {
    let loaders = this.byContext.get(context);
    if (!loaders) {
      loaders = new ReportLoaders(this.dataSource);
      this.byContext.set(context, loaders);
    }
    return loaders;
  }
}
