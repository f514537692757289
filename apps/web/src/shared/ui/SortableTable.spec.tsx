import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LanguageProvider } from '../i18n';
import { SortableTable } from './SortableTable';
import { sortRows, toExportTable, type TableModel } from './table-model';

const model = (n: number): TableModel => ({
  title: 't',
  columns: [
    { key: 'name', label: '名称', kind: 'text' },
    { key: 'v', label: '数值', kind: 'number', format: (v) => v.toLocaleString('en') },
  ],
  rows: Array.from({ length: n }, (_, i) => ({ key: `r${i}`, cells: [`甲${i}`, i % 3 === 0 ? null : i * 1000] })),
});

describe('sortRows', () => {
  it('sorts numbers numerically and keeps blanks last in both directions', () => {
    const rows = model(7).rows;
    expect(sortRows(rows, { column: 1, direction: 'desc' }, 'zh-CN').map((r) => r.cells[1])).toEqual([5000, 4000, 2000, 1000, null, null, null]);
    expect(sortRows(rows, { column: 1, direction: 'asc' }, 'zh-CN').map((r) => r.cells[1])).toEqual([1000, 2000, 4000, 5000, null, null, null]);
    expect(sortRows(rows, null, 'zh-CN')).toEqual(rows);
  });

  it('exports raw values, not formatted text', () => {
    expect(toExportTable(model(2)).rows).toEqual([['甲0', null], ['甲1', 1000]]);
  });
});

describe('SortableTable', () => {
  it('sorts on header click (a button, so the keyboard works) with aria-sort, blanks as 未填报', () => {
    render(
      <LanguageProvider>
        <SortableTable model={model(4)} />
      </LanguageProvider>,
    );
    const header = screen.getByRole('columnheader', { name: /数值/ });
    expect(header.getAttribute('aria-sort')).toBe('none');
    fireEvent.click(within(header).getByRole('button'));
    expect(header.getAttribute('aria-sort')).toBe('descending');
    const firstRow = screen.getAllByRole('row')[1]!;
    expect(firstRow.textContent).toBe('甲22,000');
    expect(screen.getAllByText('未填报')).toHaveLength(2);
  });

  it('windows long tables: thousands of rows, a few dozen in the DOM', () => {
    render(
      <LanguageProvider>
        <SortableTable model={model(2900)} maxHeight={400} />
      </LanguageProvider>,
    );
    const table = screen.getByRole('table');
    expect(table.getAttribute('aria-rowcount')).toBe('2901');
    expect(table.querySelectorAll('tbody tr[aria-rowindex]').length).toBeLessThan(60);
  });
});
