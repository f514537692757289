import type { Label } from './report-template.js';

export type Severity = 'error' | 'warning' | 'info';

/** The consistency rules of the format (勾稽关系) and of the parser. */
export type RuleId =
  | 'requests.balance'
  | 'requests.outcomes'
  | 'requests.columns'
  | 'review.sum'
  | 'litigation.sum'
  | 'values.range'
  | 'narrative.totals'
  | 'parse.ambiguousSplit'
  | 'parse.unreadCells'
  | 'crossYear.carryOver'
  | 'crossYear.stock'
  | 'duplicate.tables'
  | 'outlier.yoy';

export interface RuleDef {
  readonly id: RuleId;
  readonly severity: Severity;
  /** 'report' rules are checked by the parser on one report; the others need other reports. */
  readonly scope: 'report' | 'crossReport';
  readonly label: Label;
}

export const RULES: readonly RuleDef[] = [
  {
    id: 'requests.balance',
    severity: 'error',
    scope: 'report',
    label: { zh: '申请数量收支不平衡（新收＋结转＝办理＋结转下年）', en: 'Requests do not balance (new + carried over = processed + carried forward)' },
  },
  {
    id: 'requests.outcomes',
    severity: 'error',
    scope: 'report',
    label: { zh: '办理结果之和不等于总计', en: 'Outcomes do not add up to the total processed' },
  },
  {
    id: 'requests.columns',
    severity: 'error',
    scope: 'report',
    label: { zh: '申请人各列之和不等于总计列', en: 'Applicant columns do not add up to the total column' },
  },
  { id: 'review.sum', severity: 'error', scope: 'report', label: { zh: '行政复议各项之和不等于总计', en: 'Reconsideration results do not add up to the total' } },
  { id: 'litigation.sum', severity: 'error', scope: 'report', label: { zh: '行政诉讼各项之和不等于总计', en: 'Litigation results do not add up to the total' } },
  { id: 'values.range', severity: 'error', scope: 'report', label: { zh: '数值超出有效范围', en: 'Value out of range' } },
  {
    id: 'narrative.totals',
    severity: 'warning',
    scope: 'report',
    label: { zh: '正文数字与表格不一致', en: 'Figures in the text differ from the tables' },
  },
  {
    id: 'parse.ambiguousSplit',
    severity: 'warning',
    scope: 'report',
    label: { zh: '连写数字有多种拆分方式，无法确定', en: 'Run-together digits can be split in more than one way' },
  },
  {
    id: 'parse.unreadCells',
    severity: 'warning',
    scope: 'report',
    label: { zh: '表格行的单元格数量与模板不符', en: 'A table row has a different number of cells than the template' },
  },
  {
    id: 'crossYear.carryOver',
    severity: 'warning',
    scope: 'crossReport',
    label: { zh: '上年结转数与上一年度结转下年数不一致', en: 'Carried over differs from last year’s carried forward' },
  },
  {
    id: 'crossYear.stock',
    severity: 'warning',
    scope: 'crossReport',
    label: { zh: '现行有效规范性文件数与上年不衔接', en: 'Normative documents in force do not follow from last year' },
  },
  {
    id: 'duplicate.tables',
    severity: 'warning',
    scope: 'crossReport',
    label: { zh: '表格与上一年度或其他单位完全相同', en: 'Tables identical to last year’s or another issuer’s' },
  },
  { id: 'outlier.yoy', severity: 'info', scope: 'crossReport', label: { zh: '同比变化超过五倍', en: 'Changed more than fivefold year on year' } },
];

export const RULES_BY_ID: Readonly<Record<RuleId, RuleDef>> = Object.fromEntries(RULES.map((r) => [r.id, r])) as Record<
  RuleId,
  RuleDef
>;

/** A broken rule, naming the cells involved. */
export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** English, one sentence, names the cells and the numbers. */
  readonly message: string;
  /** Canonical value keys of the cells involved. */
  readonly cells: readonly string[];
  readonly expected?: number;
  readonly actual?: number;
  /** For parse.ambiguousSplit: the candidate readings of the digits. */
  readonly candidates?: readonly (readonly number[])[];
}

/** A finding of `rule` with the rule's severity; expected and actual only when given. */
export function makeFinding(
  rule: RuleId,
  message: string,
  cells: readonly string[],
  numbers: { readonly expected?: number; readonly actual?: number; readonly candidates?: readonly (readonly number[])[] } = {},
): Finding {
  return {
    rule,
    severity: RULES_BY_ID[rule].severity,
    message,
    cells,
    ...(numbers.expected === undefined ? {} : { expected: numbers.expected }),
    ...(numbers.actual === undefined ? {} : { actual: numbers.actual }),
    ...(numbers.candidates === undefined ? {} : { candidates: numbers.candidates }),
  };
}
