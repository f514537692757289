import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { LanguageProvider } from '../../shared/i18n';
import { ReportTables } from './ReportTables';
import type { Finding, ReportTable } from './report-layout';

const column = (key: string, labelZh: string) => ({ __typename: 'ReportColumn' as const, key, labelZh, labelEn: key, unit: 'count' });
const value = (key: string, col: string, v: number | null, raw: string, inferred = false) => ({
  __typename: 'ReportValue' as const,
  key,
  column: col,
  columnLabelZh: col,
  columnLabelEn: col,
  value: v,
  raw,
  inferred,
  provenance: { __typename: 'Provenance' as const, row: '一、本年新收政府信息公开申请数量', column: '总计', table: 'requests', location: { __typename: 'TextLocation' as const, line: 42, start: 7, end: 9 } },
});
const columns = [column('naturalPerson', '自然人'), column('commercial', '商业企业'), column('total', '总计')];

const TABLES = [
  {
    __typename: 'ReportTable',
    key: 'requests',
    labelZh: '三、收到和处理政府信息公开申请情况',
    labelEn: 'III. Requests',
    missing: false,
    template: '2021',
    rows: [
      {
        __typename: 'ReportRow',
        key: 'newReceived',
        labelZh: '一、本年新收政府信息公开申请数量',
        labelEn: 'New requests received',
        missing: false,
        inTemplate: true,
        columns,
        values: [value('requests.newReceived.naturalPerson', 'naturalPerson', 21, '21', true), value('requests.newReceived.commercial', 'commercial', null, '/'), value('requests.newReceived.total', 'total', 21, '21')],
      },
      {
        __typename: 'ReportRow',
        key: 'granted',
        labelZh: '（一）予以公开',
        labelEn: 'Granted',
        missing: false,
        inTemplate: true,
        columns,
        values: [value('requests.granted.naturalPerson', 'naturalPerson', 0, '0'), value('requests.granted.total', 'total', 10, '10')],
      },
    ],
  },
] as unknown as ReportTable[];

const FINDINGS = [{ __typename: 'Finding', id: 5, rule: 'requests.balance', ruleLabelZh: '申请数量收支不平衡', ruleLabelEn: 'x', severity: 'error', cells: ['requests.granted.total'], message: 'm', scope: 'report', expected: 21, actual: 10 }] as unknown as Finding[];

function renderTables(selected: number | null = null, mediaType = 'text/plain') {
  return render(
    <LanguageProvider>
      <ReportTables tables={TABLES} findings={FINDINGS} selectedFinding={selected} ruleLabel={(f) => f.ruleLabelZh ?? f.rule} mediaType={mediaType} />
    </LanguageProvider>,
  );
}

const cell = (key: string) => document.querySelector<HTMLElement>(`[data-key="${key}"]`)!;

describe('ReportTables', () => {
  it('lays 表三 out with the applicant column groups of the template', () => {
    renderTables();
    expect(screen.getByRole('columnheader', { name: '申请人情况' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: '法人或其他组织' }).getAttribute('colspan')).toBe('1');
    expect(screen.getByRole('rowheader', { name: '三、本年度办理结果' }).getAttribute('rowspan')).toBe('1');
    expect(cell('requests.newReceived.total').textContent).toBe('21');
  });

  it('shows a blank apart from 0, an unread cell apart from both, and marks inferred splits', () => {
    renderTables();
    expect(cell('requests.newReceived.commercial').className).toContain('cell--blank');
    expect(cell('requests.newReceived.commercial').textContent).toBe('/');
    expect(cell('requests.granted.naturalPerson').textContent).toBe('0');
    expect(cell('requests.granted.naturalPerson').className).not.toContain('cell--blank');
    expect(cell('requests.granted.commercial').className).toContain('cell--unread');
    expect(cell('requests.newReceived.naturalPerson').className).toContain('cell--inferred');
  });

  it('marks the finding on its exact cell, and the selected finding more strongly', () => {
    renderTables(5);
    expect(cell('requests.granted.total').className).toContain('cell--finding cell--error');
    expect(cell('requests.granted.total').className).toContain('cell--selected');
    expect(cell('requests.newReceived.total').className).not.toContain('cell--finding');
  });

  it('shows the provenance on focus: row as printed, raw text, text location, findings', () => {
    renderTables();
    fireEvent.focus(cell('requests.granted.total'));
    const tip = screen.getByRole('tooltip');
    expect(tip.textContent).toContain('一、本年新收政府信息公开申请数量');
    expect(tip.textContent).toContain('文本第 42 行，第 7–9 个字符');
    expect(tip.textContent).toContain('申请数量收支不平衡');
    expect(cell('requests.granted.total').getAttribute('aria-describedby')).toBe(tip.id);
    fireEvent.blur(cell('requests.granted.total'));
    expect(screen.queryByRole('tooltip')).toBeNull();
  });

  it('locates a cell of a Word 97–2003 original in its text, not in a plain text file', () => {
    renderTables(null, 'application/msword');
    fireEvent.focus(cell('requests.granted.total'));
    expect(screen.getByRole('tooltip').textContent).toContain('Word 文档文字（段落和表格行各占一行）第 42 行');
  });
});
