import {
  REQUEST_OUTCOME_GROUPS,
  REQUEST_PART_COLUMNS,
  valueKey,
  type Label,
  type TemplateVersion,
} from './report-template.js';

export type MetricUnit = 'count' | 'wan' | 'percent' | 'per100' | 'per10k';

/**
 * A comparable figure. `sum` metrics add up value keys; `ratio` metrics divide two such sums
 * and multiply by `scale`. A per-capita rate uses the region's population as denominator.
 * Sums treat blank cells as 0; a metric is null when none of its cells is present.
 */
export interface MetricDef {
  readonly key: string;
  readonly label: Label;
  readonly unit: MetricUnit;
  readonly group: 'requests' | 'outcomes' | 'enforcement' | 'documents' | 'fees' | 'review' | 'rates';
  readonly templates: readonly TemplateVersion[];
  readonly numerator: readonly string[];
  /** Value keys of the denominator, or 'population' for residents. Absent for plain sums. */
  readonly denominator?: readonly string[] | 'population';
  readonly scale?: number;
  /** Whether a higher value is better for the issuer (used to word benchmarks); null if neutral. */
  readonly higherIsBetter: boolean | null;
}

const BOTH: readonly TemplateVersion[] = ['2019', '2021'];
const req = (row: string, column = 'total') => valueKey('requests', row, column);
const rows = (group: string) => (REQUEST_OUTCOME_GROUPS[group] ?? []).map((r) => req(r));
const legalPersonColumns = REQUEST_PART_COLUMNS.filter((c) => c !== 'naturalPerson');

const sum = (
  key: string,
  zh: string,
  en: string,
  group: MetricDef['group'],
  numerator: readonly string[],
  unit: MetricUnit = 'count',
  templates: readonly TemplateVersion[] = BOTH,
): MetricDef => ({ key, label: { zh, en }, unit, group, templates, numerator, higherIsBetter: null });

export const METRICS: readonly MetricDef[] = [
  sum('requestsReceived', '本年新收申请', 'Requests received', 'requests', [req('newReceived')]),
  sum('requestsCarriedOver', '上年结转申请', 'Carried over from last year', 'requests', [req('carriedOver')]),
  sum('requestsProcessed', '本年办理总计', 'Requests processed', 'requests', [req('totalProcessed')]),
  sum('requestsCarriedForward', '结转下年度办理', 'Carried forward to next year', 'requests', [req('carriedForward')]),
  sum('requestsNaturalPerson', '自然人申请', 'Requests from natural persons', 'requests', [req('newReceived', 'naturalPerson')]),
  sum(
    'requestsLegalPerson',
    '法人或其他组织申请',
    'Requests from legal persons and organisations',
    'requests',
    legalPersonColumns.map((c) => req('newReceived', c)),
  ),
  sum('outcomeGranted', '予以公开', 'Granted', 'outcomes', rows('granted')),
  sum('outcomePartiallyGranted', '部分公开', 'Partly granted', 'outcomes', rows('partiallyGranted')),
  sum('outcomeDenied', '不予公开', 'Denied', 'outcomes', rows('denied')),
  sum('outcomeUnavailable', '无法提供', 'Unable to provide', 'outcomes', rows('unavailable')),
  sum('outcomeRejected', '不予处理', 'Not processed', 'outcomes', rows('rejected')),
  sum('outcomeOther', '其他处理', 'Other handling', 'outcomes', rows('other')),
  sum('licensingDecisions', '行政许可处理决定', 'Licensing decisions', 'enforcement', ['proactive.licensing.decisions']),
  sum('punishmentDecisions', '行政处罚处理决定', 'Penalty decisions', 'enforcement', ['proactive.punishment.decisions']),
  sum('coercionDecisions', '行政强制处理决定', 'Coercion decisions', 'enforcement', ['proactive.coercion.decisions']),
  sum('regulationsIssued', '本年制发规章', 'Regulations issued', 'documents', ['proactive.regulations.issued']),
  sum(
    'normativeDocumentsIssued',
    '本年制发规范性文件',
    'Normative documents issued',
    'documents',
    ['proactive.normativeDocuments.issued'],
  ),
  sum(
    'normativeDocumentsInForce',
    '现行有效规范性文件',
    'Normative documents in force',
    'documents',
    ['proactive.normativeDocuments.inForce'],
    'count',
    ['2021'],
  ),
  sum('feesWan', '行政事业性收费金额', 'Administrative fees collected', 'fees', ['proactive.fees.amountWan'], 'wan', ['2021']),
  sum('reviews', '行政复议', 'Reconsideration cases', 'review', ['reviewLitigation.review.total']),
  sum('reviewsCorrected', '复议结果纠正', 'Reconsiderations corrected', 'review', ['reviewLitigation.review.corrected']),
  sum('lawsuits', '行政诉讼', 'Lawsuits', 'review', [
    'reviewLitigation.litigationDirect.total',
    'reviewLitigation.litigationAfterReview.total',
  ]),
  {
    key: 'grantRate',
    label: { zh: '予以公开率', en: 'Grant rate' },
    unit: 'percent',
    group: 'rates',
    templates: BOTH,
    numerator: rows('granted'),
    denominator: [req('totalProcessed')],
    scale: 100,
    higherIsBetter: true,
  },
  {
    key: 'disclosedRate',
    label: { zh: '公开率（含部分公开）', en: 'Disclosed at least partly' },
    unit: 'percent',
    group: 'rates',
    templates: BOTH,
    numerator: [...rows('granted'), ...rows('partiallyGranted')],
    denominator: [req('totalProcessed')],
    scale: 100,
    higherIsBetter: true,
  },
  {
    key: 'denialRate',
    label: { zh: '不予公开率', en: 'Denial rate' },
    unit: 'percent',
    group: 'rates',
    templates: BOTH,
    numerator: rows('denied'),
    denominator: [req('totalProcessed')],
    scale: 100,
    higherIsBetter: false,
  },
  {
    key: 'legalPersonShare',
    label: { zh: '法人或其他组织申请占比', en: 'Share of requests from legal persons' },
    unit: 'percent',
    group: 'rates',
    templates: BOTH,
    numerator: legalPersonColumns.map((c) => req('newReceived', c)),
    denominator: [req('newReceived')],
    scale: 100,
    higherIsBetter: null,
  },
  {
    key: 'reviewCorrectionRate',
    label: { zh: '复议纠错率', en: 'Reconsideration correction rate' },
    unit: 'percent',
    group: 'rates',
    templates: BOTH,
    numerator: ['reviewLitigation.review.corrected'],
    denominator: ['reviewLitigation.review.total'],
    scale: 100,
    higherIsBetter: false,
  },
  {
    key: 'lawsuitsPer100Requests',
    label: { zh: '每百件申请行政诉讼数', en: 'Lawsuits per 100 requests' },
    unit: 'per100',
    group: 'rates',
    templates: BOTH,
    numerator: ['reviewLitigation.litigationDirect.total', 'reviewLitigation.litigationAfterReview.total'],
    denominator: [req('newReceived')],
    scale: 100,
    higherIsBetter: false,
  },
  {
    key: 'requestsPer10k',
    label: { zh: '每万常住人口申请数', en: 'Requests per 10,000 residents' },
    unit: 'per10k',
    group: 'rates',
    templates: BOTH,
    numerator: [req('newReceived')],
    denominator: 'population',
    scale: 10000,
    higherIsBetter: null,
  },
];

export const METRICS_BY_KEY: Readonly<Record<string, MetricDef>> = Object.fromEntries(METRICS.map((m) => [m.key, m]));

/** Every value key a metric reads. */
export function metricValueKeys(metric: MetricDef): string[] {
  const denominator = Array.isArray(metric.denominator) ? metric.denominator : [];
  return [...new Set([...metric.numerator, ...denominator])];
}
