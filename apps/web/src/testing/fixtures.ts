/**
 * API-shaped fixtures. Labels carry a marker ("·API") so tests prove labels come from the
 * catalogue, not from UI code. The figures are those of the sample report (桓仁满族自治县 2024).
 */
const metric = (key: string, labelZh: string, labelEn: string, group: string, unit = 'count', higherIsBetter: boolean | null = null) => ({
  __typename: 'Metric' as const,
  key,
  labelZh: `${labelZh}·API`,
  labelEn: `${labelEn}·API`,
  unit,
  group,
  higherIsBetter,
});

export const CATALOGUE = [
  metric('requestsReceived', '本年新收申请', 'Requests received', 'requests'),
  metric('requestsNaturalPerson', '自然人申请', 'Natural persons', 'requests'),
  metric('requestsLegalPerson', '法人或其他组织申请', 'Legal persons', 'requests'),
  metric('outcomeGranted', '予以公开', 'Granted', 'outcomes'),
  metric('outcomePartiallyGranted', '部分公开', 'Partly granted', 'outcomes'),
  metric('outcomeDenied', '不予公开', 'Denied', 'outcomes'),
  metric('outcomeUnavailable', '无法提供', 'Unable to provide', 'outcomes'),
  metric('outcomeRejected', '不予处理', 'Not processed', 'outcomes'),
  metric('outcomeOther', '其他处理', 'Other handling', 'outcomes'),
  metric('licensingDecisions', '行政许可处理决定', 'Licensing decisions', 'enforcement'),
  metric('punishmentDecisions', '行政处罚处理决定', 'Penalty decisions', 'enforcement'),
  metric('coercionDecisions', '行政强制处理决定', 'Coercion decisions', 'enforcement'),
  metric('feesWan', '行政事业性收费金额', 'Administrative fees collected', 'fees', 'wan'),
  metric('grantRate', '予以公开率', 'Grant rate', 'rates', 'percent', true),
];

/** 桓仁满族自治县 2024 (the sample report). */
export const HUANREN_2024: Readonly<Record<string, number>> = {
  requestsReceived: 13,
  requestsNaturalPerson: 12,
  requestsLegalPerson: 1,
  outcomeGranted: 11,
  outcomePartiallyGranted: 2,
  outcomeDenied: 0,
  outcomeUnavailable: 0,
  outcomeRejected: 0,
  outcomeOther: 0,
  licensingDecisions: 37292,
  punishmentDecisions: 938,
  coercionDecisions: 0,
  feesWan: 5087.94,
  grantRate: 84.6,
};

export const REGIONS: Readonly<Record<string, { code: string; name: string; level: 'province' | 'prefecture' | 'county'; path: string; parentCode: string | null }>> = {
  '210000': { code: '210000', name: '辽宁省', level: 'province', path: '辽宁省', parentCode: null },
  '210500': { code: '210500', name: '本溪市', level: 'prefecture', path: '辽宁省 › 本溪市', parentCode: '210000' },
  '210522': { code: '210522', name: '桓仁满族自治县', level: 'county', path: '辽宁省 › 本溪市 › 桓仁满族自治县', parentCode: '210500' },
};

const ref = (code: string) => {
  const r = REGIONS[code];
  if (!r) throw new Error(`no fixture region ${code}`);
  return { __typename: 'Region' as const, code: r.code, name: r.name, level: r.level };
};

export function regionScope(code: string) {
  const r = REGIONS[code];
  if (!r) return { region: null };
  const grandParent = r.parentCode ? REGIONS[r.parentCode]?.parentCode : null;
  const parent = r.parentCode ? { ...ref(r.parentCode), parent: grandParent ? ref(grandParent) : null } : null;
  const children = Object.values(REGIONS)
    .filter((c) => c.parentCode === code)
    .map((c) => ({ ...ref(c.code), childCount: c.level === 'county' ? 0 : 1 }));
  return {
    region: { ...ref(code), path: r.path, population: code === '210522' ? 229953 : null, populationYear: 2020, parentCode: r.parentCode, parent, children },
  };
}

export const PROVINCES = { regions: [{ ...ref('210000'), childCount: 1 }] };

/** A rollup row of a region: only 2024 exists, from the one county report. */
/** The years of the fixtures: 2024, with the sample county's report. */
export const REPORT_YEARS = { reportYears: [{ __typename: 'ReportYear' as const, year: 2024, hasCountyReports: true }] };

export function rollupRows(metricKey: string, regionCode: string | null, level: string) {
  const code = regionCode ?? '210000';
  const groupCode = level === 'province' ? '210000' : code === '210000' ? '210500' : code;
  const region = REGIONS[groupCode] ?? REGIONS['210000'];
  if (!region) throw new Error('fixture regions are missing');
  return {
    rollup: [
      {
        __typename: 'RollupRow' as const,
        metric: metricKey,
        regionCode: groupCode,
        regionName: region.name,
        regionLevel: region.level,
        year: 2024,
        value: HUANREN_2024[metricKey] ?? null,
        coverage: 1 / 6,
        reportsPresent: 1,
        reportsWithValue: 1,
        countiesExpected: 6,
      },
    ],
  };
}

export function compareRows(metrics: readonly string[]) {
  return {
    compare: metrics.map((m) => ({
      __typename: 'MetricValue' as const,
      metric: m,
      issuerId: 1,
      issuerName: '桓仁满族自治县',
      regionCode: '210522',
      reportId: 1,
      year: 2024,
      value: HUANREN_2024[m] ?? null,
      previousValue: null,
      change: null,
    })),
  };
}

export const NO_FINDINGS = { findings: { __typename: 'FindingConnection' as const, totalCount: 0, edges: [] } };
