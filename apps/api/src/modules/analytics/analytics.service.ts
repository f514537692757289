import { Injectable } from '@nestjs/common';
import { StatementRunner } from '../../database/statements.js';
import { COMPARE_SQL } from './compare.sql.js';
import type { CompareArgs, MetricValueModel } from './metric-value.model.js';
import { metricParams, metricsByKeys, regionPrefix } from './metric-sql.js';

/** Comparison figures, computed by PostgreSQL from the current revisions' values. */
@Injectable()
export class AnalyticsService {
  constructor(private readonly statements: StatementRunner) {}

  async compare(args: CompareArgs): Promise<MetricValueModel[]> {
    return this.statements.rows(COMPARE_SQL, [
      ...metricParams(metricsByKeys(args.metrics)),
      args.years?.length ? args.years : null,
      args.issuerIds?.length ? args.issuerIds : null,
      args.regionCode ? regionPrefix(args.regionCode) : null,
      args.level ?? null,
      args.issuerKind ?? null,
    ]);
  }
}
