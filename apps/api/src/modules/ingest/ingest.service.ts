import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { RULES_BY_ID, type ParsedReport } from '@dlens/domain';
import { ParseError, parseReport } from '@dlens/report-parser';
import { DataSource, type EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/tokens.js';
import { AttributionService } from '../issuers/attribution.service.js';
import { FindingEntity } from '../reports/finding.entity.js';
import { ReportRevisionEntity } from '../reports/report-revision.entity.js';
import { ReportValueEntity } from '../reports/report-value.entity.js';
import { ReportEntity } from '../reports/report.entity.js';
import { SourceFileEntity } from '../reports/source-file.entity.js';
import type { IngestOutcome } from './ingest-outcome.js';

const VALUE_CHUNK = 500;

const MEDIA_TYPES: Readonly<Record<ParsedReport['source']['kind'], string>> = {
  text: 'text/plain',
  html: 'text/html',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/**
 * Parses a report file and stores it as a revision of its issuer's report for its year,
 * in one transaction: a file that fails stores nothing.
 */
@Injectable()
export class IngestService {
  private readonly logger = new Logger(IngestService.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly attribution: AttributionService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async ingest(bytes: Uint8Array, fileName: string): Promise<IngestOutcome> {
    const failed = (reason: string): IngestOutcome => {
      this.logger.warn(`${fileName}: failed: ${reason}`);
      return { fileName, status: 'failed', reportId: null, revisionNo: null, reason: `${fileName}: ${reason}` };
    };
    if (bytes.length > this.config.UPLOAD_MAX_BYTES) {
      return failed(`${bytes.length} bytes is over the limit of ${this.config.UPLOAD_MAX_BYTES} bytes`);
    }
    let report: ParsedReport;
    try {
      report = await parseReport(bytes, { fileName });
    } catch (error) {
      if (error instanceof ParseError) return failed(error.message);
      throw error;
    }
    if (report.year === null) return failed('the report year was not found in the title or the text');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const outcome = await this.dataSource.transaction((manager) => this.store(manager, bytes, sha256, report, fileName));
    this.logger.log(
      `${fileName}: ${outcome.status} report ${outcome.reportId} r${outcome.revisionNo} (${Object.keys(report.values).length} values, ${report.findings.length} findings)`,
    );
    return outcome;
  }

  private async store(
    manager: EntityManager,
    bytes: Uint8Array,
    sha256: string,
    parsed: ParsedReport,
    fileName: string,
  ): Promise<IngestOutcome> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(SourceFileEntity)
      .values({ sha256, content: Buffer.from(bytes), size: bytes.length, mediaType: MEDIA_TYPES[parsed.source.kind] })
      .orIgnore()
      .execute();
    const issuer = await this.attribution.issuerFor(manager, parsed);
    const year = parsed.year as number;
    let report = await manager.findOne(ReportEntity, { where: { issuerId: issuer.id, year } });
    if (report?.currentRevisionId) {
      const current = await manager.findOneByOrFail(ReportRevisionEntity, { id: report.currentRevisionId });
      if (current.sourceSha256 === sha256 && current.parserVersion === parsed.parserVersion) {
        return { fileName, status: 'unchanged', reportId: report.id, revisionNo: current.revisionNo, reason: null };
      }
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
        document: parsed,
      }),
    );
    const values = Object.entries(parsed.values).map(([key, v]) => ({
      revisionId: revision.id,
      key,
      value: v.value,
      raw: v.raw,
      inferred: v.inferred ?? false,
      provenance: v.provenance,
    }));
    for (let i = 0; i < values.length; i += VALUE_CHUNK) {
      await manager.insert(ReportValueEntity, values.slice(i, i + VALUE_CHUNK));
    }
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
    return {
      fileName,
      status: last ? 'revised' : 'stored',
      reportId: report.id,
      revisionNo: revision.revisionNo,
      reason: null,
    };
  }
}
