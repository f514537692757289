import { PROACTIVE_ROWS_2019, REQUEST_ROWS, type Provenance } from '@dlens/domain';
import { describe, expect, it } from 'vitest';
import { groupValues } from './report-tables.js';
import type { ValueRow } from './report.loaders.js';

const location = { kind: 'text', line: 1, start: 0, end: 1 } as const;
const value = (key: string, v: number | null, row = '印出的行'): ValueRow => {
  const [table, , column] = key.split('.');
  return { revisionId: 1, key, value: v, raw: v === null ? '/' : String(v), inferred: false, provenance: { table, row, column: column ?? '', location } as Provenance };
};

describe('groupValues', () => {
  it('orders tables, rows and cells as the template prints them, whatever order the cells come in', () => {
    const tables = groupValues(
      [value('requests.granted.total', 11), value('requests.newReceived.total', 13), value('requests.newReceived.naturalPerson', 13)],
      { template: '2021', tableTemplates: { requests: '2021' }, missing: [] },
    );
    expect(tables.map((t) => t.key)).toEqual(['proactive', 'requests', 'reviewLitigation']);
    const requests = tables[1]!;
    expect(requests.rows.map((r) => r.key)).toEqual(REQUEST_ROWS.map((r) => r.key));
    expect(requests.rows[0]!.values.map((v) => v.column)).toEqual(['naturalPerson', 'total']);
    expect(requests.rows[0]!.values[1]).toMatchObject({ columnLabelZh: '总计', columnLabelEn: 'Total', value: 13, raw: '13' });
  });

  it('uses each table’s own template and keeps blank cells as null', () => {
    const tables = groupValues([value('proactive.licensing.itemsChange', null)], {
      template: 'mixed',
      tableTemplates: { proactive: '2019', requests: '2021' },
      missing: ['reviewLitigation', 'requests.otherUnpaidFee'],
    });
    expect(tables[0]!.template).toBe('2019');
    expect(tables[0]!.rows.map((r) => r.key)).toEqual(PROACTIVE_ROWS_2019.map((r) => r.key));
    expect(tables[0]!.rows.find((r) => r.key === 'licensing')!.values[0]).toMatchObject({ value: null, raw: '/' });
    expect(tables[1]!.rows.find((r) => r.key === 'otherUnpaidFee')).toMatchObject({ missing: true, values: [] });
    expect(tables[2]).toMatchObject({ key: 'reviewLitigation', missing: true, template: null });
  });

  it('appends a row its template lacks rather than dropping its cells', () => {
    // A 2019 table 三 has one （六） row; a cell of the 2021 split row is still shown.
    const tables = groupValues([value('requests.otherNoCorrection.total', 1, '1.申请人无正当理由逾期不补正')], {
      template: '2019',
      tableTemplates: { requests: '2019' },
      missing: [],
    });
    const rows = tables[1]!.rows;
    expect(rows.some((r) => r.key === 'otherUnpaidFee')).toBe(false);
    expect(rows.at(-1)).toMatchObject({ key: 'otherNoCorrection', inTemplate: false, labelEn: 'Other: applicant did not correct in time' });
    expect(rows.at(-1)!.values).toHaveLength(1);
  });
});
