import { describe, expect, it } from 'vitest';
import { translate } from '../../../shared/i18n';
import { reportLabel, toChartData } from './presentation';

describe('toChartData', () => {
  it('flattens rows into recharts data: the label plus one field per report', () => {
    expect(
      toChartData([{ key: 'feesWan', label: '收费', unit: 'wan', values: { report1: 5087.94, report2: null } }]),
    ).toEqual([{ label: '收费', report1: 5087.94, report2: null }]);
  });
});

describe('reportLabel', () => {
  it('names a report by issuer and year in each language', () => {
    const report = { issuerName: '桓仁满族自治县', year: 2024 };
    expect(reportLabel(report, (k, p) => translate('zh', k, p))).toBe('桓仁满族自治县 2024 年度');
    expect(reportLabel(report, (k, p) => translate('en', k, p))).toBe('桓仁满族自治县, 2024');
  });
});
