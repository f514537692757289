import { Injectable } from '@nestjs/common';
import { StatementRunner } from '../../database/statements.js';
import { RegionsService } from '../regions/regions.service.js';
import { checkYears } from './analytics.errors.js';
import type { CoverageArgs, CoverageMatrixModel } from './coverage.model.js';
import { COVERAGE_SQL } from './coverage.sql.js';
import { regionPrefix } from './metric-sql.js';

/** Which reports are present under a region, per issuer and year. */
@Injectable()
export class CoverageService {
  constructor(
    private readonly statements: StatementRunner,
    private readonly regions: RegionsService,
  ) {}

  async coverage(args: CoverageArgs): Promise<CoverageMatrixModel> {
    checkYears(args.years);
    await this.regions.existing(args.regionCode);
    const [matrix] = (await this.statements.rows(COVERAGE_SQL, [
      regionPrefix(args.regionCode),
      args.years?.length ? args.years : null,
      args.issuerKind ?? null,
    ])) as Omit<CoverageMatrixModel, 'regionCode'>[];
    return { regionCode: args.regionCode, ...(matrix as Omit<CoverageMatrixModel, 'regionCode'>) };
  }
}
