import { Injectable } from '@nestjs/common';
import { METRICS } from '@dlens/domain';
import { StatementRunner } from '../../database/statements.js';
import { RegionsService } from '../regions/regions.service.js';
import { AnalyticsInputError } from './analytics.errors.js';
import type { BenchmarkModel, BenchmarkSubjectArgs } from './benchmark.model.js';
import { BENCHMARK_SQL, POPULATION_BAND_LABELS, POPULATION_BAND_LIMITS } from './benchmark.sql.js';
import { metricParams, metricsByKeys } from './metric-sql.js';

type BenchmarkRow = Omit<BenchmarkModel, 'populationBand' | 'regionCode'> & {
  regionCode: string | null;
  issuerKind: string;
  populationBand: number | null;
};

/** A government against its peers, per metric, in one query. */
@Injectable()
export class BenchmarkService {
  constructor(
    private readonly statements: StatementRunner,
    private readonly regions: RegionsService,
  ) {}

  async benchmark(metric: string, subject: BenchmarkSubjectArgs): Promise<BenchmarkModel> {
    const [row] = await this.run(metricsByKeys([metric]), subject);
    return row as BenchmarkModel;
  }

  /** Every metric of the catalogue for one subject. */
  benchmarkAll(subject: BenchmarkSubjectArgs): Promise<BenchmarkModel[]> {
    return this.run(METRICS, subject);
  }

  private async run(metrics: Parameters<typeof metricParams>[0], subject: BenchmarkSubjectArgs): Promise<BenchmarkModel[]> {
    const issuerId = subject.issuerId ?? null;
    const regionCode = subject.regionCode ?? null;
    if ((issuerId === null) === (regionCode === null)) {
      throw new AnalyticsInputError('BENCHMARK_SUBJECT', 'Give the subject as either issuerId or regionCode (one of them)');
    }
    const rows: BenchmarkRow[] = await this.statements.rows(BENCHMARK_SQL, [
      ...metricParams(metrics),
      subject.year,
      issuerId,
      regionCode,
      subject.peerGroup,
      POPULATION_BAND_LIMITS,
    ]);
    await this.checkSubject(rows[0], issuerId, regionCode);
    return rows.map((row) => ({
      ...row,
      regionCode: row.regionCode as string,
      populationBand: row.populationBand === null ? null : (POPULATION_BAND_LABELS[row.populationBand] ?? null),
    }));
  }

  private async checkSubject(row: BenchmarkRow | undefined, issuerId: number | null, regionCode: string | null): Promise<void> {
    if (!row) {
      if (regionCode !== null) await this.regions.existing(regionCode);
      const what = issuerId !== null ? `issuer ${issuerId}` : `a government issuer of region ${regionCode}`;
      throw new AnalyticsInputError('BENCHMARK_SUBJECT', `There is no ${what}`);
    }
    if (row.issuerKind !== 'government' || row.regionCode === null) {
      throw new AnalyticsInputError(
        'BENCHMARK_SUBJECT',
        `${row.issuerName} is ${row.issuerKind === 'government' ? 'not attributed to a region' : 'a department'}: benchmarks compare governments of the same level`,
        { issuerId: row.issuerId },
      );
    }
  }
}
