import { Injectable } from '@nestjs/common';
import type { NarrativeFigureModel } from './narrative-figure.model.js';
import type { ReportRevisionModel } from './report-revision.model.js';
import type { ReportTableModel } from './report-table.model.js';
import { groupValues } from './report-tables.js';
import type { ReportLoaders } from './report.loaders.js';

/** The detail of a report revision, assembled from batched loads (see ReportLoaders). */
@Injectable()
export class ReportDetailService {
  /** Every cell of the revision grouped by table and row in template order. */
  async tables(revisionId: number, loaders: ReportLoaders): Promise<ReportTableModel[]> {
    const [values, document] = await Promise.all([loaders.valuesOfRevision.load(revisionId), loaders.documentOfRevision.load(revisionId)]);
    return document ? groupValues(values, document) : [];
  }

  /** Tables (`requests`) and rows (`requests.otherUnpaidFee`) of the template the original lacks. */
  async missing(revisionId: number, loaders: ReportLoaders): Promise<string[]> {
    return (await loaders.documentOfRevision.load(revisionId))?.missing ?? [];
  }

  async narrative(revisionId: number, loaders: ReportLoaders): Promise<NarrativeFigureModel[]> {
    const figures = (await loaders.documentOfRevision.load(revisionId))?.narrative ?? [];
    return figures.map((f) => ({ metric: f.metric, keys: [...f.keys], value: f.value, raw: f.raw, location: f.location }));
  }

  async revisionByNumber(reportId: number, revisionNo: number, loaders: ReportLoaders): Promise<ReportRevisionModel | null> {
    const revisions = await loaders.revisionsOfReport.load(reportId);
    return revisions.find((r) => r.revisionNo === revisionNo) ?? null;
  }
}

/** A relation the foreign keys guarantee; its absence is a server fault, not a client error. */
export function required<T>(value: T | null | undefined, what: string): T {
  if (value == null) throw new Error(`${what} not found`);
  return value;
}
