import { Injectable } from '@nestjs/common';
import { StatementRunner } from '../../database/statements.js';
import { RegionsService } from '../regions/regions.service.js';
import { AnalyticsInputError, checkYears } from './analytics.errors.js';
import { metricParams, metricsByKeys, regionPrefix } from './metric-sql.js';
import { REPORT_YEARS_SQL } from './report-years.sql.js';
import type { ReportYearModel, ReportYearsArgs, RollupArgs, RollupRowModel } from './rollup.model.js';
import { ROLLUP_SQL } from './rollup.sql.js';

/** The order of levels, top first, to check that a roll-up level is at or below its region. */
const DEPTH = { province: 0, prefecture: 1, county: 2 } as const;

/** Sums of county government figures per prefecture or province, with coverage. */
@Injectable()
export class RollupService {
  constructor(
    private readonly statements: StatementRunner,
    private readonly regions: RegionsService,
  ) {}

  async rollup(args: RollupArgs): Promise<RollupRowModel[]> {
    const metrics = metricsByKeys([args.metric]);
    checkYears(args.years);
    if (args.regionCode) {
      const region = await this.regions.existing(args.regionCode);
      if (DEPTH[region.level] > DEPTH[args.level]) {
        throw new AnalyticsInputError(
          'ROLLUP_LEVEL',
          `${region.name} (${region.code}) is a ${region.level}: it cannot be rolled up by ${args.level}; choose a level at or below it`,
          { regionCode: region.code, level: args.level },
        );
      }
    }
    return this.statements.rows(ROLLUP_SQL, [
      ...metricParams(metrics),
      args.regionCode ? regionPrefix(args.regionCode) : null,
      args.level,
      args.years?.length ? args.years : null,
    ]);
  }

  /** The years a roll-up offers, without rolling anything up: for the dashboard's year choice. */
  async reportYears(args: ReportYearsArgs): Promise<ReportYearModel[]> {
    if (args.regionCode) await this.regions.existing(args.regionCode);
    return this.statements.rows(REPORT_YEARS_SQL, [args.regionCode ? regionPrefix(args.regionCode) : null]);
  }
}
