import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { CompareArgs, MetricValueModel } from './metric-value.model.js';
import { METRIC_VALUES_SQL, metricKeyRows, metricsByKeys, regionPrefix } from './metric-sql.js';

/** Comparison figures, computed by PostgreSQL from the current revisions' values. */
@Injectable()
export class AnalyticsService {
  constructor(private readonly dataSource: DataSource) {}

  async compare(args: CompareArgs): Promise<MetricValueModel[]> {
    const rows = metricKeyRows(metricsByKeys(args.metrics));
    const result: MetricValueModel[] = await this.dataSource.query(METRIC_VALUES_SQL, [
      rows.metric,
      rows.key,
      rows.part,
      rows.scale,
      rows.kind,
      args.years?.length ? args.years : null,
      args.issuerIds?.length ? args.issuerIds : null,
      args.regionCode ? regionPrefix(args.regionCode) : null,
    ]);
    return result.map((r) => ({ ...r, value: r.value === null ? null : Number(r.value) }));
  }
}
