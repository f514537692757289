import { Inject, Injectable, Logger } from '@nestjs/common';
import { packProvenance, RULES_BY_ID, type ParsedReport } from '@dlens/domain';
import { DataSource, IsNull, type EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/tokens.js';
import { ReportMetricsService } from '../analytics/report-metrics.service.js';
import { AuditService } from '../auth/audit.service.js';
import type { UserEntity } from '../auth/user.entity.js';
import { AttributionService } from '../issuers/attribution.service.js';
import { IssuerEntity, type IssuerKind } from '../issuers/issuer.entity.js';
import { CrossReportFindingsService } from '../reports/cross-report-findings.service.js';
import { FindingEntity } from '../reports/finding.entity.js';
import { ReportRevisionEntity, storedDocument } from '../reports/report-revision.entity.js';
import { RevisionValuesEntity } from '../reports/revision-values.entity.js';
import { ReportEntity } from '../reports/report.entity.js';
import { SourceFileEntity } from '../reports/source-file.entity.js';
import type { IngestOutcome } from './ingest-outcome.js';
import { PendingReportEntity } from './pending-report.entity.js';
import { ParserService } from './parser.service.js';

/** Media type of the stored original, by the kind the parser detected. */
export const MEDIA_TYPES: Readonly<Record<ParsedReport['source']['kind'], string>> = {
  text: 'text/plain',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  doc: 'application/msword',
  pdf: 'application/pdf',
};

/** A report's values by key, as the cross-report rules read them. */
export function valueMap(report: ParsedReport): Map<string, number | null> {
  return new Map(Object.entries(report.values).map(([key, v]) => [key, v.value]));
}

/** Whose report a waiting report is, as a person decided: an existing issuer, or a new one of a region. */
export type AssignmentTarget = { readonly issuerId: number } | { readonly regionCode: string; readonly kind: IssuerKind; readonly issuerName?: string };

export class AssignmentError extends Error {}

/**
 * Parses report files and stores each as a revision of its issuer's report for its year, in
 * one transaction per file: a file that fails stores nothing. Reports whose issuer cannot be
 * attributed are kept as "needs assignment" until a person assigns them.
 */
@Injectable()
export class IngestService {
  private readonly logger = new Logger(IngestService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly attribution: AttributionService,
    private readonly crossReportFindings: CrossReportFindingsService,
    private readonly reportMetrics: ReportMetricsService,
    private readonly parser: ParserService,
    private readonly audit: AuditService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async ingest(bytes: Uint8Array, fileName: string): Promise<IngestOutcome> {
    if (bytes.length > this.config.UPLOAD_MAX_BYTES) {
      return this.failed(fileName, `${bytes.length} bytes is over the limit of ${this.config.UPLOAD_MAX_BYTES} bytes`);
    }
    const parsed = await this.parser.parse(bytes, fileName);
    if (!parsed.ok) return this.failed(fileName, parsed.reason);
    return this.storeParsed(bytes, parsed.sha256, parsed.report, fileName);
  }

  /** Stores an already parsed report in its own transaction (attribution, revision, findings). */
  async storeParsed(bytes: Uint8Array, sha256: string, report: ParsedReport, fileName: string): Promise<IngestOutcome> {
    if (report.year === null) return this.failed(fileName, 'the report year was not found in the title or the text');
    const outcome = await this.dataSource.transaction(async (manager) => {
      await this.saveSource(manager, bytes, sha256, report);
      const attribution = await this.attribution.attribute(manager, report);
      if (attribution.kind === 'unresolved') return this.savePending(manager, sha256, report, fileName, attribution.reason, attribution.candidates);
      return this.storeRevision(manager, attribution.issuer, sha256, report, fileName);
    });
    this.log(outcome, report);
    return outcome;
  }

  /** Stores a waiting report under the issuer a person chose; the printed name becomes an alias. */
  async assign(pendingId: number, target: AssignmentTarget, actor: UserEntity | 'cli'): Promise<IngestOutcome> {
    return this.dataSource.transaction(async (manager) => {
      const pending = await manager.findOne(PendingReportEntity, { where: { id: pendingId, resolvedAt: IsNull() } });
      if (!pending) throw new AssignmentError(`no report waiting for assignment with id ${pendingId}`);
      const issuer = await this.targetIssuer(manager, pending, target);
      if (pending.printedIssuer && pending.printedIssuer !== issuer.name) {
        await this.attribution.addAlias(manager, issuer.id, pending.printedIssuer, `assigned by hand from ${pending.fileName}`);
      }
      const outcome = await this.storeRevision(manager, issuer, pending.sourceSha256, pending.document, pending.fileName);
      await manager.update(PendingReportEntity, { id: pending.id }, { resolvedAt: new Date(), reportId: outcome.reportId });
      await this.audit.record(actor, 'assign', `report ${outcome.reportId}`, { pendingId, fileName: pending.fileName, issuerId: issuer.id, issuerName: issuer.name }, manager);
      return outcome;
    });
  }

  /**
   * Re-parses the original of every current report with this parser; a report whose parse is
   * of another parser version gets a new revision (the old ones stay readable).
   */
  async reparseAll(onProgress?: (done: number, total: number) => void): Promise<IngestOutcome[]> {
    const current = (await this.dataSource.query(
      `SELECT r.issuer_id AS "issuerId", v.source_sha256 AS sha256, v.file_name AS "fileName"
         FROM report r JOIN report_revision v ON v.id = r.current_revision_id ORDER BY r.id`,
    )) as { issuerId: number; sha256: string; fileName: string }[];
    const outcomes: IngestOutcome[] = [];
    for (const [index, row] of current.entries()) {
      onProgress?.(index, current.length);
      const source = await this.dataSource.getRepository(SourceFileEntity).findOneByOrFail({ sha256: row.sha256 });
      const result = await this.parser.parse(source.content, row.fileName);
      if (!result.ok) {
        outcomes.push(this.failed(row.fileName, `no longer parses: ${result.reason}`));
        continue;
      }
      const parsed = result.report;
      if (parsed.year === null) {
        outcomes.push(this.failed(row.fileName, 'the report year is no longer found'));
        continue;
      }
      outcomes.push(
        await this.dataSource.transaction(async (manager) => {
          const issuer = await manager.findOneByOrFail(IssuerEntity, { id: row.issuerId });
          return this.storeRevision(manager, issuer, row.sha256, parsed, row.fileName);
        }),
      );
    }
    onProgress?.(current.length, current.length);
    return outcomes;
  }

  /**
   * Deletes a report with all its revisions, values and findings; the reports whose
   * cross-report findings referred to it (next year, shared tables) are checked again.
   */
  async deleteReport(reportId: number, actor: UserEntity | 'cli'): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const report = await manager.findOne(ReportEntity, { where: { id: reportId }, relations: { issuer: true } });
      if (!report) return false;
      const neighbours = (await manager.query(
        `SELECT DISTINCT r.issuer_id AS "issuerId", r.year, r.current_revision_id AS "revisionId"
           FROM report r
          WHERE r.id <> $1 AND r.current_revision_id IS NOT NULL
            AND ((r.issuer_id = $2 AND r.year = $3 + 1)
              OR r.current_revision_id IN (SELECT other.revision_id FROM table_fingerprint mine
                   JOIN table_fingerprint other ON other.table_key = mine.table_key AND other.hash = mine.hash
                  WHERE mine.revision_id = $4))`,
        [report.id, report.issuerId, report.year, report.currentRevisionId],
      )) as { issuerId: number; year: number; revisionId: number }[];
      await manager.delete(ReportEntity, { id: report.id });
      await this.crossReportFindings.afterRevisions(manager, neighbours);
      await this.reportMetrics.refreshGovernmentMetrics(manager, [{ issuerId: report.issuerId, year: report.year }]);
      await this.audit.record(actor, 'delete', `report ${report.id}`, { issuer: report.issuer?.name, year: report.year }, manager);
      return true;
    });
  }

  private async targetIssuer(manager: EntityManager, pending: PendingReportEntity, target: AssignmentTarget): Promise<IssuerEntity> {
    if ('issuerId' in target) {
      const issuer = await manager.findOne(IssuerEntity, { where: { id: target.issuerId } });
      if (!issuer) throw new AssignmentError(`no issuer with id ${target.issuerId}`);
      return issuer;
    }
    const name = target.issuerName ?? pending.printedIssuer;
    if (!name) throw new AssignmentError('the report prints no issuer name: give issuerName');
    const region = await manager.query('SELECT 1 FROM region WHERE code = $1', [target.regionCode]);
    if ((region as unknown[]).length === 0) throw new AssignmentError(`no region with code ${target.regionCode}`);
    return this.attribution.issuerOf(manager, target.regionCode, name, target.kind);
  }

  failed(fileName: string, reason: string): IngestOutcome {
    this.logger.warn(`${fileName}: failed: ${reason}`);
    return { fileName, status: 'failed', reportId: null, revisionNo: null, reason: `${fileName}: ${reason}` };
  }

  private log(outcome: IngestOutcome, report: ParsedReport): void {
    this.logger.log(
      `${outcome.fileName}: ${outcome.status}${outcome.reportId ? ` report ${outcome.reportId} r${outcome.revisionNo}` : ''} (${Object.keys(report.values).length} values, ${report.findings.length} findings)`,
    );
  }

  private async saveSource(manager: EntityManager, bytes: Uint8Array, sha256: string, parsed: ParsedReport): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(SourceFileEntity)
      .values({ sha256, content: Buffer.from(bytes), size: bytes.length, mediaType: MEDIA_TYPES[parsed.source.kind] })
      .orIgnore()
      .execute();
  }

  async savePending(
    manager: EntityManager,
    sha256: string,
    parsed: ParsedReport,
    fileName: string,
    reason: string,
    candidates: PendingReportEntity['candidates'],
  ): Promise<IngestOutcome> {
    const open = await manager.findOne(PendingReportEntity, { where: { sourceSha256: sha256, resolvedAt: IsNull() } });
    const pending =
      open ??
      (await manager.save(
        PendingReportEntity,
        manager.create(PendingReportEntity, {
          sourceSha256: sha256,
          fileName,
          printedIssuer: parsed.issuer.name,
          year: parsed.year as number,
          reason,
          candidates,
          document: parsed,
          resolvedAt: null,
          reportId: null,
        }),
      ));
    return {
      fileName,
      status: 'needsAssignment',
      reportId: null,
      revisionNo: null,
      reason: `${fileName}: ${pending.reason}`,
      pendingId: pending.id,
      candidates: pending.candidates,
    };
  }

  private async storeRevision(manager: EntityManager, issuer: IssuerEntity, sha256: string, parsed: ParsedReport, fileName: string): Promise<IngestOutcome> {
    const year = parsed.year as number;
    let report = await manager.findOne(ReportEntity, { where: { issuerId: issuer.id, year } });
    if (report) {
      // The same file read by the same parser, now or in an earlier revision, changes nothing.
      const same = await manager.findOne(ReportRevisionEntity, { where: { reportId: report.id, sourceSha256: sha256, parserVersion: parsed.parserVersion } });
      if (same) return { fileName, status: 'unchanged', reportId: report.id, revisionNo: same.revisionNo, reason: null };
    }
    report ??= await manager.save(ReportEntity, manager.create(ReportEntity, { issuerId: issuer.id, year, currentRevisionId: null }));
    const last = await manager.findOne(ReportRevisionEntity, { where: { reportId: report.id }, order: { revisionNo: 'DESC' } });
    const revision = await manager.save(
      ReportRevisionEntity,
      manager.create(ReportRevisionEntity, {
        reportId: report.id,
        revisionNo: (last?.revisionNo ?? 0) + 1,
        sourceSha256: sha256,
        fileName,
        parserVersion: parsed.parserVersion,
        template: parsed.template,
        title: parsed.title,
        printedIssuer: parsed.issuer.name,
        synthetic: parsed.synthetic === true,
        document: storedDocument(parsed),
      }),
    );
    const cells = Object.values(parsed.values);
    await manager.insert(RevisionValuesEntity, {
      revisionId: revision.id,
      keys: Object.keys(parsed.values),
      numbers: cells.map((v) => v.value),
      raw: cells.map((v) => v.raw),
      inferred: cells.map((v) => v.inferred ?? false),
      provenance: packProvenance(cells.map((v) => v.provenance)),
    });
    if (parsed.findings.length > 0) {
      await manager.insert(
        FindingEntity,
        parsed.findings.map((f) => ({
          reportId: report.id,
          revisionId: revision.id,
          rule: f.rule,
          severity: f.severity,
          scope: RULES_BY_ID[f.rule].scope,
          message: f.message,
          cells: [...f.cells],
          expected: f.expected ?? null,
          actual: f.actual ?? null,
        })),
      );
    }
    await manager.update(ReportEntity, { id: report.id }, { currentRevisionId: revision.id });
    await this.reportMetrics.computeFor(manager, [revision.id]);
    await this.crossReportFindings.afterRevisions(manager, [{ issuerId: issuer.id, year, revisionId: revision.id, values: valueMap(parsed) }]);
    await this.reportMetrics.refreshGovernmentMetrics(manager, [{ issuerId: issuer.id, year }]);
    return { fileName, status: last ? 'revised' : 'stored', reportId: report.id, revisionNo: revision.revisionNo, reason: null };
  }
}
