import type { OverviewCompareQuery, OverviewMetricsQuery } from '../generated/graphql';

/**
 * API-shaped fixtures. Labels carry a marker ("·API") so tests prove labels come from the
 * catalogue, not from UI code. Two reports: one 2021-template with fees, one 2019 without.
 */
type Metric = OverviewMetricsQuery['metrics'][number];
type Value = OverviewCompareQuery['compare'][number];

const metric = (key: string, labelZh: string, labelEn: string, group: string, unit = 'count'): Metric & { __typename: 'Metric' } => ({
  __typename: 'Metric',
  key,
  labelZh: `${labelZh}·API`,
  labelEn: `${labelEn}·API`,
  unit,
  group,
});

export const CATALOGUE = [
  metric('requestsReceived', '本年新收申请', 'Requests received', 'requests'),
  metric('requestsCarriedOver', '上年结转申请', 'Carried over', 'requests'),
  metric('outcomeGranted', '予以公开', 'Granted', 'outcomes'),
  metric('outcomePartiallyGranted', '部分公开', 'Partly granted', 'outcomes'),
  metric('outcomeDenied', '不予公开', 'Denied', 'outcomes'),
  metric('licensingDecisions', '行政许可处理决定', 'Licensing decisions', 'enforcement'),
  metric('punishmentDecisions', '行政处罚处理决定', 'Penalty decisions', 'enforcement'),
  metric('coercionDecisions', '行政强制处理决定', 'Coercion decisions', 'enforcement'),
  metric('feesWan', '行政事业性收费金额', 'Administrative fees collected', 'fees', 'wan'),
  metric('reviews', '行政复议', 'Reconsideration cases', 'review'),
];

/** What the overview must ask `compare` for, in this order. */
export const OVERVIEW_KEYS = [
  'requestsReceived',
  'outcomeGranted',
  'outcomePartiallyGranted',
  'outcomeDenied',
  'licensingDecisions',
  'punishmentDecisions',
  'coercionDecisions',
  'feesWan',
];

const value = (metricKey: string, reportId: number, v: number | null): Value & { __typename: 'MetricValue' } => ({
  __typename: 'MetricValue',
  metric: metricKey,
  reportId,
  issuerId: reportId * 10,
  issuerName: reportId === 1 ? '甲县' : '乙市',
  year: reportId === 1 ? 2024 : 2020,
  value: v,
});

const FIGURES_2024: Record<string, number> = {
  requestsReceived: 13,
  outcomeGranted: 11,
  outcomePartiallyGranted: 2,
  outcomeDenied: 0,
  licensingDecisions: 37292,
  punishmentDecisions: 938,
  coercionDecisions: 0,
  feesWan: 5087.94,
};

const FIGURES_2020: Record<string, number | null> = {
  requestsReceived: 406,
  outcomeGranted: 301,
  outcomePartiallyGranted: 45,
  outcomeDenied: 7,
  licensingDecisions: 1204,
  punishmentDecisions: 66,
  coercionDecisions: 3,
  feesWan: null, // the 2019 trial template has no fee amount
};

export const ONE_REPORT = OVERVIEW_KEYS.map((k) => value(k, 1, FIGURES_2024[k] ?? null));
export const TWO_REPORTS = [...ONE_REPORT, ...OVERVIEW_KEYS.map((k) => value(k, 2, FIGURES_2020[k] ?? null))];
