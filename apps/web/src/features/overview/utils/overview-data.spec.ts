import { describe, expect, it } from 'vitest';
import { CATALOGUE, OVERVIEW_KEYS, TWO_REPORTS } from '../../../testing/overview-fixtures';
import {
  OVERVIEW_PANELS,
  buildMetricRows,
  commonUnit,
  hasAnyValue,
  listReports,
  metricLabel,
  overviewMetricKeys,
  selectPanelMetrics,
  type MetricValueRow,
  type PanelSpec,
} from './overview-data';

const panel = (id: string): PanelSpec => OVERVIEW_PANELS.find((p) => p.id === id)!;

describe('selectPanelMetrics', () => {
  it('puts explicit keys first, then the groups, in catalogue order', () => {
    expect(selectPanelMetrics(CATALOGUE, panel('requests')).map((m) => m.key)).toEqual([
      'requestsReceived',
      'outcomeGranted',
      'outcomePartiallyGranted',
      'outcomeDenied',
    ]);
    expect(selectPanelMetrics(CATALOGUE, panel('enforcement')).map((m) => m.key)).toEqual([
      'licensingDecisions',
      'punishmentDecisions',
      'coercionDecisions',
    ]);
    expect(selectPanelMetrics(CATALOGUE, panel('fees')).map((m) => m.key)).toEqual(['feesWan']);
  });

  it('skips keys the catalogue does not have and never lists a metric twice', () => {
    const spec: PanelSpec = { id: 'requests', keys: ['nope', 'outcomeGranted'], groups: ['outcomes'] };
    expect(selectPanelMetrics(CATALOGUE, spec).map((m) => m.key)).toEqual([
      'outcomeGranted',
      'outcomePartiallyGranted',
      'outcomeDenied',
    ]);
  });
});

describe('overviewMetricKeys', () => {
  it('asks for every panel metric once, and nothing else', () => {
    expect(overviewMetricKeys(CATALOGUE)).toEqual(OVERVIEW_KEYS);
    expect(overviewMetricKeys(CATALOGUE)).not.toContain('reviews');
  });

  it('is empty for an empty catalogue', () => {
    expect(overviewMetricKeys([])).toEqual([]);
  });
});

describe('listReports', () => {
  it('lists each report once, newest year first, with a series data key', () => {
    expect(listReports(TWO_REPORTS)).toEqual([
      { reportId: 1, issuerName: '甲县', year: 2024, dataKey: 'report1' },
      { reportId: 2, issuerName: '乙市', year: 2020, dataKey: 'report2' },
    ]);
  });

  it('orders reports of the same year by issuer name', () => {
    const rows: MetricValueRow[] = [
      { metric: 'a', reportId: 5, issuerId: 1, issuerName: '乙', year: 2023, value: 1 },
      { metric: 'a', reportId: 9, issuerId: 2, issuerName: '甲', year: 2023, value: 1 },
    ];
    expect(listReports(rows).map((r) => r.reportId)).toEqual([9, 5]);
  });
});

describe('buildMetricRows', () => {
  const reports = listReports(TWO_REPORTS);
  const fees = selectPanelMetrics(CATALOGUE, panel('fees'));

  it('gives one row per metric with a value per report, null where not reported', () => {
    expect(buildMetricRows(fees, TWO_REPORTS, reports, 'zh')).toEqual([
      { key: 'feesWan', label: '行政事业性收费金额·API', unit: 'wan', values: { report1: 5087.94, report2: null } },
    ]);
  });

  it('keeps a reported zero as 0 and labels from the catalogue in the chosen language', () => {
    const rows = buildMetricRows(selectPanelMetrics(CATALOGUE, panel('enforcement')), TWO_REPORTS, reports, 'en');
    expect(rows.map((r) => r.label)).toEqual(['Licensing decisions·API', 'Penalty decisions·API', 'Coercion decisions·API']);
    expect(rows[2]!.values).toEqual({ report1: 0, report2: 3 });
  });

  it('treats a metric absent from the result as not reported', () => {
    const rows = buildMetricRows(fees, [], reports, 'zh');
    expect(rows[0]!.values).toEqual({ report1: null, report2: null });
    expect(hasAnyValue(rows)).toBe(false);
  });
});

describe('hasAnyValue', () => {
  it('counts a zero as a value', () => {
    expect(hasAnyValue([{ key: 'k', label: 'k', unit: 'count', values: { report1: 0 } }])).toBe(true);
  });
});

describe('commonUnit and metricLabel', () => {
  it('returns the shared unit, or null for mixed units', () => {
    expect(commonUnit([{ unit: 'count' }, { unit: 'count' }])).toBe('count');
    expect(commonUnit([{ unit: 'count' }, { unit: 'wan' }])).toBeNull();
    expect(commonUnit([])).toBeNull();
  });

  it('picks the label for the language', () => {
    const m = { labelZh: '予以公开', labelEn: 'Granted' };
    expect(metricLabel(m, 'zh')).toBe('予以公开');
    expect(metricLabel(m, 'en')).toBe('Granted');
  });
});
