import {
  REQUEST_COLUMNS,
  REQUEST_OUTCOME_ROWS,
  REQUEST_PART_COLUMNS,
  REQUEST_ROWS,
  REVIEW_PART_COLUMNS,
  REVIEW_ROWS,
  makeFinding,
  valueKey,
  type Finding,
  type NarrativeFigure,
  type ReportValue,
} from '@dlens/domain';

type Values = ReadonlyMap<string, ReportValue>;


/** Sum of the cells present (blank counts as 0); null when none of them was read. */
function sumOf(values: Values, keys: readonly string[]): number | null {
  let sum: number | null = null;
  for (const key of keys) {
    const value = values.get(key);
    if (value) sum = (sum ?? 0) + (value.value ?? 0);
  }
  return sum;
}

const round = (n: number) => Math.round(n * 1e6) / 1e6;
const COLUMN_KEYS = REQUEST_COLUMNS.map((c) => c.key);
/** Per column: the outcome cells that add up to （七）总计. */
const OUTCOME_KEYS: Readonly<Record<string, string[]>> = Object.fromEntries(
  COLUMN_KEYS.map((column) => [column, REQUEST_OUTCOME_ROWS.map((r) => valueKey('requests', r, column))]),
);
const req = (row: string, column: string) => valueKey('requests', row, column);
const columnLabel = (column: string) => REQUEST_COLUMNS.find((c) => c.key === column)?.label.zh ?? column;

function checkRequestColumns(values: Values, out: Finding[]): void {
  for (const row of REQUEST_ROWS) {
    const totalKey = req(row.key, 'total');
    const total = values.get(totalKey);
    const partKeys = REQUEST_PART_COLUMNS.map((c) => req(row.key, c));
    const parts = sumOf(values, partKeys);
    if (!total || parts === null || (total.value ?? 0) === parts) continue;
    out.push(
      makeFinding(
        'requests.columns',
        `requests.${row.key}: the applicant columns add up to ${parts} but 总计 says ${total.value ?? 'blank'}`,
        [...partKeys, totalKey],
        { expected: parts, actual: total.value ?? 0 },
      ),
    );
  }
}

function checkRequestIdentities(values: Values, unread: ReadonlySet<string>, out: Finding[]): void {
  const present = (row: string) => REQUEST_COLUMNS.some((c) => values.has(req(row, c.key)));
  // An outcome row that was printed but could not be read (ambiguous or unreadable digits)
  // makes the sum unknown: checking it would report the parser's gap as the report's error.
  const outcomesKnown = !REQUEST_OUTCOME_ROWS.some((r) => unread.has(`requests.${r}`));
  for (const column of COLUMN_KEYS) {
    const label = columnLabel(column);
    if (['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward'].every(present)) {
      const inflow = (sumOf(values, [req('newReceived', column)]) ?? 0) + (sumOf(values, [req('carriedOver', column)]) ?? 0);
      const outflow = (sumOf(values, [req('totalProcessed', column)]) ?? 0) + (sumOf(values, [req('carriedForward', column)]) ?? 0);
      if (inflow !== outflow) {
        out.push(
          makeFinding(
            'requests.balance',
            `requests (${label}): 本年新收 + 上年结转 = ${inflow}, but 办理总计 + 结转下年度 = ${outflow}`,
            ['newReceived', 'carriedOver', 'totalProcessed', 'carriedForward'].map((r) => req(r, column)),
            { expected: inflow, actual: outflow },
          ),
        );
      }
    }
    const outcomeKeys = OUTCOME_KEYS[column] ?? [];
    const outcomes = outcomesKnown ? sumOf(values, outcomeKeys) : null;
    const total = values.get(req('totalProcessed', column));
    if (total && outcomes !== null && outcomes !== (total.value ?? 0)) {
      out.push(
        makeFinding(
          'requests.outcomes',
          `requests (${label}): the outcome rows add up to ${outcomes} but （七）总计 says ${total.value ?? 'blank'}`,
          [...outcomeKeys.filter((k) => values.has(k)), req('totalProcessed', column)],
          { expected: outcomes, actual: total.value ?? 0 },
        ),
      );
    }
  }
}

function checkReview(values: Values, out: Finding[]): void {
  for (const row of REVIEW_ROWS) {
    const totalKey = valueKey('reviewLitigation', row.key, 'total');
    const total = values.get(totalKey);
    const partKeys = REVIEW_PART_COLUMNS.map((c) => valueKey('reviewLitigation', row.key, c));
    const parts = sumOf(values, partKeys);
    if (!total || parts === null || parts === (total.value ?? 0)) continue;
    out.push(
      makeFinding(
        row.key === 'review' ? 'review.sum' : 'litigation.sum',
        `reviewLitigation.${row.key}: 维持 + 纠正 + 其他 + 尚未审结 = ${parts} but 总计 says ${total.value ?? 'blank'}`,
        [...partKeys, totalKey],
        { expected: parts, actual: total.value ?? 0 },
      ),
    );
  }
}

function checkRanges(values: Values, out: Finding[]): void {
  for (const [key, value] of values) {
    if (value.value === null) continue;
    const isChange = key.endsWith('.itemsChange');
    const isAmount = key.endsWith('.amountWan');
    const bad = (!isChange && value.value < 0) || (!isAmount && !Number.isInteger(value.value));
    if (bad) {
      out.push(makeFinding('values.range', `${key}: "${value.raw}" is not a ${isAmount ? 'non-negative amount' : 'count'}`, [key]));
    }
  }
}

function checkNarrative(values: Values, narrative: readonly NarrativeFigure[], unread: ReadonlySet<string>, out: Finding[]): void {
  const rowOf = (key: string) => key.split('.').slice(0, 2).join('.');
  for (const figure of narrative) {
    if (figure.keys.some((k) => unread.has(rowOf(k)))) continue;
    const table = sumOf(values, figure.keys);
    if (table === null || round(table) === figure.value) continue;
    out.push(
      makeFinding(
        'narrative.totals',
        `the text says "${figure.raw}" (${figure.value}) but the table gives ${round(table)}`,
        [...figure.keys],
        { expected: figure.value, actual: round(table) },
      ),
    );
  }
}

/**
 * Every single-report rule of the format: the report's own 勾稽关系, ranges and prose.
 * `unreadRows` (`requests.granted`) were printed but could not be read: sums over them are unknown.
 */
export function checkReport(values: Values, narrative: readonly NarrativeFigure[], unreadRows: ReadonlySet<string>): Finding[] {
  const out: Finding[] = [];
  checkRequestColumns(values, out);
  checkRequestIdentities(values, unreadRows, out);
  checkReview(values, out);
  checkRanges(values, out);
  checkNarrative(values, narrative, unreadRows, out);
  return out;
}
