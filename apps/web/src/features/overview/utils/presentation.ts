import type { BarDatum } from '../../../shared/ui';
import type { Translate } from '../../../shared/i18n';
import type { MetricRow, ReportSeries } from './overview-data';

/** Chart rows for recharts: the category label plus one numeric field per report series. */
export function toChartData(rows: readonly MetricRow[]): BarDatum[] {
  return rows.map((row) => ({ label: row.label, ...row.values }));
}

/** "桓仁满族自治县 2024 年度" / "Huanren…, 2024": the issuer name is as the API gives it. */
export function reportLabel(report: Pick<ReportSeries, 'issuerName' | 'year'>, t: Translate): string {
  return t('overview.reportName', { issuer: report.issuerName, year: report.year });
}
