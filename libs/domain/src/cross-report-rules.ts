import { makeFinding, type Finding } from './findings.js';
import { METRICS_BY_KEY } from './metrics.js';

/** Cell values of one report by canonical key (null = blank). */
export type ValueMap = ReadonlyMap<string, number | null>;

/** Metrics compared year on year for outliers: the headline figures. */
export const OUTLIER_METRICS = ['requestsReceived', 'licensingDecisions', 'punishmentDecisions', 'coercionDecisions', 'feesWan'] as const;
/** A figure must be at least this large in one of the two years for a fivefold change to mean anything. */
const OUTLIER_MIN_BASE = 20;
const OUTLIER_FACTOR = 5;


function sumOf(values: ValueMap, keys: readonly string[]): number | null {
  let sum: number | null = null;
  for (const key of keys) if (values.has(key)) sum = (sum ?? 0) + (values.get(key) ?? 0);
  return sum;
}

/** Every value key {@link checkAgainstPreviousYear} reads: enough to load for it. */
export const YEAR_ON_YEAR_KEYS: readonly string[] = [
  'requests.carriedOver.total',
  'requests.carriedForward.total',
  'proactive.normativeDocuments.inForce',
  'proactive.normativeDocuments.issued',
  'proactive.normativeDocuments.repealed',
  ...OUTLIER_METRICS.flatMap((key) => METRICS_BY_KEY[key]?.numerator ?? []),
];

/**
 * The rules between a report and the same issuer's report for the year before:
 * carry-over chain, stock of normative documents, fivefold changes.
 * `previousYear` is the year of `previous`, for the messages.
 */
export function checkAgainstPreviousYear(previous: ValueMap, current: ValueMap, previousYear: number): Finding[] {
  const out: Finding[] = [];
  const carriedOver = sumOf(current, ['requests.carriedOver.total']);
  const carriedForward = sumOf(previous, ['requests.carriedForward.total']);
  if (carriedOver !== null && carriedForward !== null && carriedOver !== carriedForward) {
    out.push(
      makeFinding('crossYear.carryOver',
        `上年结转 ${carriedOver} differs from the ${previousYear} report's 结转下年度 ${carriedForward}`,
        ['requests.carriedOver.total'],
        { expected: carriedForward, actual: carriedOver },
      ),
    );
  }
  const stock = ['proactive.normativeDocuments.inForce', 'proactive.normativeDocuments.issued', 'proactive.normativeDocuments.repealed'];
  const [inForce, issued, repealed] = stock.map((k) => sumOf(current, [k]));
  const inForceBefore = sumOf(previous, ['proactive.normativeDocuments.inForce']);
  // Only the current format counts documents in force (the trial format's 对外公开总数量 is another figure).
  const bothCurrentFormat = current.has('proactive.normativeDocuments.repealed') && previous.has('proactive.normativeDocuments.repealed');
  if (bothCurrentFormat && inForce !== null && issued !== null && repealed !== null && inForceBefore !== null) {
    const expected = inForceBefore + issued - repealed;
    if (inForce !== expected) {
      out.push(
        makeFinding('crossYear.stock',
          `现行有效 ${inForce} normative documents, but ${previousYear}'s ${inForceBefore} + ${issued} issued − ${repealed} repealed = ${expected} (documents may also lapse)`,
          stock,
          { expected, actual: inForce },
        ),
      );
    }
  }
  for (const key of OUTLIER_METRICS) {
    const metric = METRICS_BY_KEY[key];
    if (!metric) continue;
    const now = sumOf(current, metric.numerator);
    const before = sumOf(previous, metric.numerator);
    if (now === null || before === null || Math.max(now, before) < OUTLIER_MIN_BASE) continue;
    const ratio = Math.max(now, before) / Math.max(Math.min(now, before), 1);
    if (ratio > OUTLIER_FACTOR) {
      out.push(
        makeFinding('outlier.yoy', `${metric.label.zh} went from ${before} (${previousYear}) to ${now}: more than fivefold`, [...metric.numerator], { expected: before, actual: now }),
      );
    }
  }
  return out;
}

/** Tables compared for duplicates: 二 and 三 (表四 is often all zero for everyone). */
export const DUPLICATE_TABLES = ['proactive', 'requests'] as const;

/**
 * Small issuers often print the same few figures (one request, granted; all zeros): identical
 * tables are evidence of copying only when they carry at least this many non-zero cells besides
 * the totals (which repeat the other cells), with at least this many different values among them.
 */
export const DUPLICATE_MIN_NONZERO_CELLS = 5;
export const DUPLICATE_MIN_DISTINCT_VALUES = 3;

/** Row and column keys of sums (`requests.totalProcessed.*`, `requests.*.total`). */
const SUM_KEYS = new Set(['total', 'totalProcessed']);
const isSumCell = (key: string): boolean => key.split('.').some((part) => SUM_KEYS.has(part));

/** A table's values as one comparable string, or null when the table is absent or too sparse to prove copying. */
export function tableFingerprint(values: ValueMap, table: string): string | null {
  const entries = [...values.entries()].filter(([k]) => k.startsWith(`${table}.`)).sort(([a], [b]) => a.localeCompare(b));
  const evidence = entries.filter(([k, v]) => v && !isSumCell(k)).map(([, v]) => v);
  if (evidence.length < DUPLICATE_MIN_NONZERO_CELLS || new Set(evidence).size < DUPLICATE_MIN_DISTINCT_VALUES) return null;
  return entries.map(([k, v]) => `${k}=${v ?? ''}`).join(';');
}
