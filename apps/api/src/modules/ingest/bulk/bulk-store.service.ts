import { Injectable, Logger } from '@nestjs/common';
import { RULES_BY_ID } from '@dlens/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { ReportMetricsService } from '../../analytics/report-metrics.service.js';
import { AttributionService } from '../../issuers/attribution.service.js';
import { CrossReportFindingsService, type RevisedReport } from '../../reports/cross-report-findings.service.js';
import type { IngestOutcome } from '../ingest-outcome.js';
import { IngestService, MEDIA_TYPES } from '../ingest.service.js';
import type { SerialisedReport } from './parse-pool.js';

/** A parsed file ready to be stored. */
export interface ParsedItem extends SerialisedReport {
  readonly fileName: string;
  readonly sha256: string;
  readonly bytes: Uint8Array;
}

interface Placed extends ParsedItem {
  readonly issuerId: number;
  readonly year: number;
}

interface ExistingReport {
  id: number;
  issuerId: number;
  year: number;
  lastRevisionNo: number;
  /** `sha256:parserVersion` of every revision, with its number. */
  revisions: Record<string, number>;
}

/** Reports per value INSERT (about 200 values, 16 KB of JSON each): large enough to amortise, small enough for the wire. */
const REPORTS_PER_VALUE_STATEMENT = 100;

/**
 * Stores a batch of parsed reports in one transaction with a fixed number of set-based
 * statements (unnest arrays), the same rows the one-by-one path writes. A batch is atomic: if
 * it fails, the reports are stored one by one, each in its own transaction, so one bad report
 * costs only itself. `issuerByName` remembers, for one run, the issuers of printed names that
 * were attributed without the report's text.
 */
@Injectable()
export class BulkStoreService {
  private readonly logger = new Logger(BulkStoreService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly attribution: AttributionService,
    private readonly crossReportFindings: CrossReportFindingsService,
    private readonly reportMetrics: ReportMetricsService,
    private readonly ingest: IngestService,
  ) {}

  /**
   * Refreshes the planner's statistics of the tables bulk ingestion grows. Autovacuum may be off
   * (PGlite has none) or far behind a long load, and plans made for near-empty tables read whole
   * tables for every batch: the duplicate-table lookup took 700 ms a batch at 160,000 reports.
   * The tables the dashboard reads from indexes alone are vacuumed too (an index-only scan needs
   * the pages marked all-visible): government_metric (the roll-ups' primary key), finding (the
   * counts by rule and severity), report and issuer (the years, regions and names that findings
   * and lists join). At 200,000 reports the first vacuum of the last three took 0.5 s;
   * report_metric, ten times larger, is only analysed.
   */
  async refreshStatistics(): Promise<void> {
    await this.dataSource.query('ANALYZE report_revision, table_fingerprint, report_metric');
    await this.dataSource.query('VACUUM (ANALYZE) government_metric, finding, report, issuer');
  }

  /** Stores the batch; returns one outcome per item, in order. */
  async storeBatch(items: readonly ParsedItem[], issuerByName: Map<string, number>): Promise<IngestOutcome[]> {
    let result: { outcomes: (IngestOutcome | undefined)[]; later: number[] };
    try {
      result = await this.dataSource.transaction((manager) => this.store(manager, items, issuerByName));
    } catch (error) {
      this.logger.warn(`batch of ${items.length} failed (${(error as Error).message}); storing its reports one by one`);
      // Issuers created inside the rolled-back transaction are gone.
      issuerByName.clear();
      const outcomes: IngestOutcome[] = [];
      for (const item of items) outcomes.push(await this.ingest.storeParsed(item.bytes, item.sha256, await item.full(), item.fileName));
      return outcomes;
    }
    // A second file for an issuer and year of the same batch is a revision of the first: stored after it.
    const later = result.later.length > 0 ? await this.storeBatch(result.later.map((i) => items[i] as ParsedItem), issuerByName) : [];
    result.later.forEach((index, k) => (result.outcomes[index] = later[k]));
    return result.outcomes.map((o, i) => o ?? this.ingest.failed((items[i] as ParsedItem).fileName, 'not stored'));
  }

  private async store(
    manager: EntityManager,
    items: readonly ParsedItem[],
    issuerByName: Map<string, number>,
  ): Promise<{ outcomes: (IngestOutcome | undefined)[]; later: number[] }> {
    const outcomes: (IngestOutcome | undefined)[] = new Array(items.length);
    const later: number[] = [];
    await this.saveSources(manager, items);
    const placed: (Placed & { index: number })[] = [];
    for (const [index, item] of items.entries()) {
      if (item.document.year === null) {
        outcomes[index] = this.ingest.failed(item.fileName, 'the report year was not found in the title or the text');
        continue;
      }
      const issuerId = await this.issuerOf(manager, item, issuerByName);
      if (typeof issuerId === 'number') placed.push({ ...item, issuerId, year: item.document.year, index });
      else outcomes[index] = issuerId;
    }
    const existing = await this.existingReports(manager, placed);
    const toStore: (Placed & { index: number })[] = [];
    const seen = new Set<string>();
    for (const item of placed) {
      const key = `${item.issuerId}:${item.year}`;
      const current = existing.get(key);
      // The same file read by the same parser, now or in an earlier revision, changes nothing.
      const sameRevision = current?.revisions[`${item.sha256}:${item.document.parserVersion}`];
      if (seen.has(key)) later.push(item.index);
      else if (current && sameRevision !== undefined) {
        outcomes[item.index] = { fileName: item.fileName, status: 'unchanged', reportId: current.id, revisionNo: sameRevision, reason: null };
      } else {
        seen.add(key);
        toStore.push(item);
      }
    }
    if (toStore.length === 0) return { outcomes, later };
    const reportIds = await this.ensureReports(manager, toStore, existing);
    const revisions = await this.insertRevisions(manager, toStore, reportIds, existing);
    await this.insertValues(manager, toStore, revisions);
    await this.reportMetrics.computeFor(manager, revisions.map((r) => r.id));
    await this.insertFindings(manager, toStore, reportIds, revisions);
    await manager.query(
      `UPDATE report SET current_revision_id = u.revision_id, updated_at = now() FROM unnest($1::int[], $2::int[]) AS u(id, revision_id) WHERE report.id = u.id`,
      [reportIds, revisions.map((r) => r.id)],
    );
    const revised: RevisedReport[] = toStore.map((item, i) => ({
      issuerId: item.issuerId,
      year: item.year,
      revisionId: revisions[i]?.id as number,
      values: item.values,
    }));
    await this.crossReportFindings.afterRevisions(manager, revised);
    await this.reportMetrics.refreshGovernmentMetrics(manager, revised);
    toStore.forEach((item, i) => {
      const revisionNo = revisions[i]?.revisionNo ?? 1;
      outcomes[item.index] = { fileName: item.fileName, status: revisionNo > 1 ? 'revised' : 'stored', reportId: reportIds[i] ?? null, revisionNo, reason: null };
    });
    return { outcomes, later };
  }

  /** An issuer id, or the outcome for a report that needs assignment. */
  private async issuerOf(manager: EntityManager, item: ParsedItem, issuerByName: Map<string, number>): Promise<number | IngestOutcome> {
    const name = item.document.issuer.name ?? '';
    const cached = issuerByName.get(name);
    if (cached !== undefined) return cached;
    const attribution = await this.attribution.attribute(manager, item.document);
    if (attribution.kind === 'unresolved') {
      return this.ingest.savePending(manager, item.sha256, await item.full(), item.fileName, attribution.reason, attribution.candidates);
    }
    if (!attribution.fromContext) issuerByName.set(name, attribution.issuer.id);
    return attribution.issuer.id;
  }

  private async saveSources(manager: EntityManager, items: readonly ParsedItem[]): Promise<void> {
    // Base64 text decoded by the server: far cheaper for the driver than escaping a bytea array.
    await manager.query(
      `INSERT INTO source_file (sha256, content, size, media_type)
       SELECT sha256, decode(content, 'base64'), size, media_type
         FROM unnest($1::char(64)[], $2::text[], $3::int[], $4::text[]) AS t(sha256, content, size, media_type)
       ON CONFLICT (sha256) DO NOTHING`,
      [items.map((i) => i.sha256), items.map((i) => Buffer.from(i.bytes).toString('base64')), items.map((i) => i.bytes.length), items.map((i) => MEDIA_TYPES[i.document.source.kind])],
    );
  }

  private async existingReports(manager: EntityManager, items: readonly Placed[]): Promise<Map<string, ExistingReport>> {
    const rows = (await manager.query(
      `SELECT r.id, r.issuer_id AS "issuerId", r.year,
              coalesce(max(v.revision_no), 0) AS "lastRevisionNo",
              coalesce(jsonb_object_agg(v.source_sha256 || ':' || v.parser_version, v.revision_no) FILTER (WHERE v.id IS NOT NULL), '{}') AS revisions
         FROM (SELECT DISTINCT * FROM unnest($1::int[], $2::int[])) AS k(issuer_id, year)
         JOIN report r ON r.issuer_id = k.issuer_id AND r.year = k.year
         LEFT JOIN report_revision v ON v.report_id = r.id
        GROUP BY r.id`,
      [items.map((i) => i.issuerId), items.map((i) => i.year)],
    )) as ExistingReport[];
    return new Map(rows.map((r) => [`${r.issuerId}:${r.year}`, r]));
  }

  private async ensureReports(manager: EntityManager, items: readonly Placed[], existing: Map<string, ExistingReport>): Promise<number[]> {
    const missing = items.filter((i) => !existing.has(`${i.issuerId}:${i.year}`));
    const created = (await manager.query(
      `INSERT INTO report (issuer_id, year) SELECT * FROM unnest($1::int[], $2::int[]) RETURNING id, issuer_id AS "issuerId", year`,
      [missing.map((i) => i.issuerId), missing.map((i) => i.year)],
    )) as { id: number; issuerId: number; year: number }[];
    const ids = new Map(created.map((r) => [`${r.issuerId}:${r.year}`, r.id]));
    return items.map((i) => existing.get(`${i.issuerId}:${i.year}`)?.id ?? (ids.get(`${i.issuerId}:${i.year}`) as number));
  }

  private async insertRevisions(
    manager: EntityManager,
    items: readonly Placed[],
    reportIds: readonly number[],
    existing: Map<string, ExistingReport>,
  ): Promise<{ id: number; revisionNo: number }[]> {
    const revisionNos = items.map((i) => (existing.get(`${i.issuerId}:${i.year}`)?.lastRevisionNo ?? 0) + 1);
    const rows = (await manager.query(
      `INSERT INTO report_revision (report_id, revision_no, source_sha256, file_name, parser_version, template, title, printed_issuer, synthetic, document)
       SELECT * FROM unnest($1::int[], $2::int[], $3::char(64)[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::boolean[], $10::jsonb[])
       RETURNING id, report_id AS "reportId"`,
      [
        reportIds,
        revisionNos,
        items.map((i) => i.sha256),
        items.map((i) => i.fileName),
        items.map((i) => i.document.parserVersion),
        items.map((i) => i.document.template),
        items.map((i) => i.document.title),
        items.map((i) => i.document.issuer.name),
        items.map((i) => i.document.synthetic === true),
        items.map((i) => i.documentJson),
      ],
    )) as { id: number; reportId: number }[];
    // RETURNING keeps the order of the unnest input rows for a plain INSERT … SELECT.
    const byReport = new Map(rows.map((r) => [r.reportId, r.id]));
    return items.map((_, i) => ({ id: byReport.get(reportIds[i] as number) as number, revisionNo: revisionNos[i] as number }));
  }

  /**
   * The values, one revision_values row a report, as one JSON document per statement (each
   * report's row serialised by its worker; its revision id spliced in here), expanded by the
   * server with json_to_recordset, which reads JSON arrays into array columns.
   */
  private async insertValues(manager: EntityManager, items: readonly Placed[], revisions: readonly { id: number }[]): Promise<void> {
    for (let start = 0; start < items.length; start += REPORTS_PER_VALUE_STATEMENT) {
      const chunk = items.slice(start, start + REPORTS_PER_VALUE_STATEMENT);
      const json = `[${chunk.map((item, i) => `{"r":${revisions[start + i]?.id as number},${item.valuesJson.slice(1)}`).join(',')}]`;
      await manager.query(
        `INSERT INTO revision_values (revision_id, keys, numbers, raw, inferred, provenance)
         SELECT r, k, n, w, i, p FROM json_to_recordset($1::json) AS t(r int, k text[], n float8[], w text[], i bool[], p json)`,
        [json],
      );
    }
  }

  private async insertFindings(manager: EntityManager, items: readonly Placed[], reportIds: readonly number[], revisions: readonly { id: number }[]): Promise<void> {
    const rows = items.flatMap((item, i) => item.document.findings.map((f) => ({ f, reportId: reportIds[i] as number, revisionId: revisions[i]?.id as number })));
    if (rows.length === 0) return;
    await manager.query(
      `INSERT INTO finding (report_id, revision_id, rule, severity, scope, message, cells, expected, actual)
       SELECT * FROM unnest($1::int[], $2::int[], $3::text[], $4::text[], $5::text[], $6::text[], $7::jsonb[], $8::float8[], $9::float8[])`,
      [
        rows.map((r) => r.reportId),
        rows.map((r) => r.revisionId),
        rows.map((r) => r.f.rule),
        rows.map((r) => r.f.severity),
        rows.map((r) => RULES_BY_ID[r.f.rule].scope),
        rows.map((r) => r.f.message),
        rows.map((r) => JSON.stringify(r.f.cells)),
        rows.map((r) => r.f.expected ?? null),
        rows.map((r) => r.f.actual ?? null),
      ],
    );
  }
}
