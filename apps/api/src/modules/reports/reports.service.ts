import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ReportSummaryModel } from './report-summary.model.js';

@Injectable()
export class ReportsService {
  constructor(private readonly dataSource: DataSource) {}

  /** Current reports, newest year first, in one query. */
  async list(year: number | null): Promise<ReportSummaryModel[]> {
    return this.dataSource.query(
      `SELECT r.id, r.year, i.id AS "issuerId", i.name AS "issuerName", i.region_code AS "regionCode",
              g.name AS "regionName", v.template, v.revision_no AS "revisionNo", v.file_name AS "fileName",
              (SELECT count(*)::int FROM finding f WHERE f.revision_id = v.id) AS "findingCount"
         FROM report r
         JOIN issuer i ON i.id = r.issuer_id
         JOIN report_revision v ON v.id = r.current_revision_id
         LEFT JOIN region g ON g.code = i.region_code
        WHERE $1::int IS NULL OR r.year = $1
        ORDER BY r.year DESC, i.name, r.id`,
      [year],
    );
  }
}
