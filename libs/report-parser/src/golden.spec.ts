import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  REQUEST_COLUMNS,
  REQUEST_ROWS,
  REVIEW_COLUMNS,
  PROACTIVE_ROWS_2019,
  PROACTIVE_ROWS_2021,
  type Finding,
  type ParsedReport,
} from '@dlens/domain';
import { describe, expect, it } from 'vitest';
import { parseReport } from './parse-report.js';

/**
 * Golden tests: every real report of ../shared/corpus against figures read by eye from the
 * report (and checked against the corpus MANIFEST), never copied from the parser's output.
 *
 * An expected file lists rows as arrays of cells in template column order (null = blank).
 * `requestsZero: true` means every 表三 row not listed and not in `absent` is all zeros.
 */
interface Expected {
  readonly source: string;
  readonly note?: string;
  readonly issuer: string | null;
  readonly year: number;
  readonly template: string;
  readonly tableTemplates: Record<string, string>;
  readonly rows: Record<string, (number | null)[]>;
  readonly requestsZero?: boolean;
  readonly absent: string[];
  readonly findings: string[];
  readonly ambiguous?: Record<string, (number | null)[]>;
  /** Single cells read from a 表二 row whose other cells are ambiguous (every reading agrees on them). */
  readonly cells?: Record<string, number | null>;
}

const FIXTURES = join(import.meta.dirname, '__fixtures__/ok');
const CORPUS = join(import.meta.dirname, '../../../../shared/corpus');

/** `rule@where`: the column for per-column rules, the row for per-row rules, the metric for prose. */
export function signature(finding: Finding): string {
  const first = finding.cells[0] ?? '';
  const [table, row, column] = first.split('.');
  switch (finding.rule) {
    case 'requests.balance':
    case 'requests.outcomes':
      return `${finding.rule}@${column}`;
    case 'narrative.totals':
      return `${finding.rule}@${finding.cells.join('+')}`;
    default:
      return `${finding.rule}@${table}.${row}`;
  }
}

function columnsOf(table: string, row: string, template: string): string[] {
  if (table === 'requests') return REQUEST_COLUMNS.map((c) => c.key);
  if (table === 'reviewLitigation') return REVIEW_COLUMNS.map((c) => c.key);
  const rows = template === '2019' ? PROACTIVE_ROWS_2019 : PROACTIVE_ROWS_2021;
  return rows.find((r) => r.key === row)?.columns.map((c) => c.key) ?? [];
}

function expectedValues(expected: Expected, report: ParsedReport): Record<string, number | null> {
  const rows: Record<string, (number | null)[]> = { ...expected.rows };
  if (expected.requestsZero) {
    const template = expected.tableTemplates['requests'] ?? '2021';
    for (const row of REQUEST_ROWS.filter((r) => r.templates.includes(template as '2019' | '2021'))) {
      const key = `requests.${row.key}`;
      if (!(key in rows) && !expected.absent.includes(key)) rows[key] = [0, 0, 0, 0, 0, 0, 0];
    }
  }
  const values: Record<string, number | null> = { ...expected.cells };
  for (const [rowKey, cells] of Object.entries(rows)) {
    const [table = '', row = ''] = rowKey.split('.');
    const template = report.tableTemplates[table as 'proactive'] ?? expected.template;
    columnsOf(table, row, template).forEach((column, i) => {
      values[`${rowKey}.${column}`] = cells[i] ?? null;
    });
  }
  return values;
}

const files = readdirSync(FIXTURES).filter((f) => f.endsWith('.json')).sort();

describe('golden reports from ../shared/corpus', () => {
  it('covers every report of the corpus', () => {
    // seed 1 + real 24 + peer 5 (2 PDF, 1 OCR text, 2 PDF extracts); the 3 JSON outputs are in parse-errors.spec.ts.
    expect(files.length).toBe(30);
  });

  for (const file of files) {
    const expected = JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as Expected;
    it(`${expected.source}`, async () => {
      const bytes = readFileSync(join(CORPUS, expected.source));
      const report = await parseReport(bytes, { fileName: expected.source.split('/').pop() ?? null });
      expect({ issuer: report.issuer.name, year: report.year, template: report.template, tableTemplates: report.tableTemplates }).toEqual({
        issuer: expected.issuer,
        year: expected.year,
        template: expected.template,
        tableTemplates: expected.tableTemplates,
      });
      const actual = Object.fromEntries(Object.entries(report.values).map(([k, v]) => [k, v.value]));
      expect(actual).toEqual(expectedValues(expected, report));
      for (const row of expected.absent) expect(report.missing, `missing ${row}`).toContain(row);
      expect(report.findings.map(signature).sort()).toEqual([...expected.findings].sort());
      for (const [row, reading] of Object.entries(expected.ambiguous ?? {})) {
        const finding = report.findings.find((f) => f.rule === 'parse.ambiguousSplit' && f.cells[0]?.startsWith(`${row}.`));
        expect(finding?.candidates, `candidates of ${row}`).toContainEqual(reading);
      }
      // Every value's raw text occurs in the input (the parser never invents a number).
      const text = new TextDecoder().decode(bytes);
      for (const [key, value] of Object.entries(report.values)) {
        if (report.source.kind === 'text') expect(text.includes(value.raw), `${key} raw "${value.raw}"`).toBe(true);
      }
    });
  }
});
