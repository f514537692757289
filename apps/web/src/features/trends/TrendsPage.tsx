import { useEffect, useMemo } from 'react';
import { metricLabel, useCatalogue, useParallelQueries } from '../../shared/api';
import { LineChart, YearColumns, loadRecharts, seriesColor } from '../../shared/charts';
import { useFormat } from '../../shared/format';
import { useT, useUnitName } from '../../shared/i18n';
import { RegionSearch } from '../../shared/region';
import { readList, readRegionCode, readString, useSearchParams } from '../../shared/router';
import { ChartFrame, Page, Panel, QueryStatus, Select, StatusMessage, metricOptions, type TableModel } from '../../shared/ui';
import { fromCompare, fromRollup, yearsOf, type EntityValue } from '../selection';
import { SelectionCompareDocument, SelectionRollupDocument } from '../selection/selection.queries';
import { MAX_REGIONS, changeChartRows, levelOfCode, trendChartRows } from './trends-data';

import { RegionNameDocument } from '../../generated/graphql';

/**
 * Trends: one line per selected region over the years. Provinces and prefectures are sums of their
 * county governments (with the coverage of each year); a county is its government's report, with
 * the API's year-on-year change.
 */
export function TrendsPage() {
  const t = useT();
  const f = useFormat();
  const unitName = useUnitName();
  const [params, setParams] = useSearchParams();
  const { catalogue, error: catalogueError, refetch } = useCatalogue();
  const listedKey = readList(params, 'regions').filter((c) => /^\d{6}$/.test(c)).slice(0, MAX_REGIONS).join(',');
  const fallbackScope = readRegionCode(params, 'scope');
  const codes = useMemo(() => (listedKey ? listedKey.split(',') : fallbackScope ? [fallbackScope] : []), [listedKey, fallbackScope]);
  const metricParam = readString(params, 'metric');
  const metric = catalogue ? (metricParam && catalogue.byKey.has(metricParam) ? metricParam : catalogue.byKey.has('requestsReceived') ? 'requestsReceived' : catalogue.metrics[0].key) : null;

  useEffect(() => {
    void loadRecharts().catch(() => undefined);
  }, []);

  const names = useParallelQueries(RegionNameDocument, codes.length ? codes.map((code) => ({ code })) : null);
  const rollupVars = useMemo(
    () =>
      metric
        ? codes
            .filter((c) => levelOfCode(c) !== 'county')
            .map((c) => ({ metric, level: levelOfCode(c) as 'province' | 'prefecture', regionCode: c, years: null }))
        : null,
    [codes, metric],
  );
  const countyVars = useMemo(
    () =>
      metric
        ? codes
            .filter((c) => levelOfCode(c) === 'county')
            .map((c) => ({ metrics: [metric], regionCode: c, level: 'county' as const, issuerKind: 'government' as const, years: null }))
        : null,
    [codes, metric],
  );
  const rollups = useParallelQueries(SelectionRollupDocument, rollupVars?.length ? rollupVars : null);
  const counties = useParallelQueries(SelectionCompareDocument, countyVars?.length ? countyVars : null);

  // One entity per selected region, keyed by its code (a county's government is its region).
  const values: EntityValue[] | null = useMemo(() => {
    if ((rollupVars?.length && !rollups.data) || (countyVars?.length && !counties.data)) return null;
    const fromRollups = (rollups.data ?? []).flatMap((d) => fromRollup(d.rollup)).map((v) => ({ ...v, entityKey: v.regionCode ?? v.entityKey }));
    const fromCounties = (counties.data ?? []).flatMap((d, i) => fromCompare(d.compare).map((v) => ({ ...v, entityKey: countyVars?.[i]?.regionCode ?? v.entityKey })));
    return [...fromRollups, ...fromCounties];
  }, [rollups.data, counties.data, rollupVars, countyVars]);

  const nameOf = (code: string) => names.data?.find((n) => n.region?.code === code)?.region?.name ?? code;
  const regionsOrdered = codes;
  const years = values ? yearsOf(values) : [];
  const error = catalogueError ?? rollups.error ?? counties.error ?? names.error;
  const setRegions = (next: string[]) => setParams({ regions: next.length ? next : null, scope: null });

  const controls = (
    <Panel title={t('trends.controls')} className="controls-panel">
      <div className="controls-row controls-row--wrap">
        <div className="field">
          <span className="field__label">{t('trends.regions', { count: codes.length, max: MAX_REGIONS })}</span>
          {codes.length === 0 ? (
            <p className="hint">{t('trends.none')}</p>
          ) : (
            <ul className="chips" data-testid="trend-regions">
              {codes.map((code, i) => (
                <li key={code} className="chip" style={{ borderColor: seriesColor(i) }}>
                  <span className="chip__swatch" style={{ background: seriesColor(i) }} aria-hidden="true" />
                  {nameOf(code)}
                  <button type="button" className="chip__remove" aria-label={t('issuers.remove', { name: nameOf(code) })} onClick={() => setRegions(codes.filter((c) => c !== code))}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
        {codes.length < MAX_REGIONS && (
          <RegionSearch label={t('trends.add')} onPick={(r) => !codes.includes(r.code) && setRegions([...codes, r.code])} testId="trend-search" />
        )}
        {catalogue && (
          <Select<string> label={t('metric.select')} value={metric} options={metricOptions(catalogue.metrics, f.lang, t)} onChange={(m) => setParams({ metric: m })} testId="trend-metric" />
        )}
      </div>
    </Panel>
  );

  let body;
  if (error) {
    body = <QueryStatus error={error} retry={() => { void refetch().catch(() => undefined); rollups.retry(); counties.retry(); names.retry(); }} />;
  } else if (codes.length === 0) {
    body = <StatusMessage kind="empty" title={t('trends.empty.title')}>{t('trends.empty.body')}</StatusMessage>;
  } else if (!catalogue || !metric || !values) {
    body = <StatusMessage kind="loading">{t('state.loading')}</StatusMessage>;
  } else {
    const m = catalogue.byKey.get(metric)!;
    const label = metricLabel(m, f.lang);
    const series = regionsOrdered.map((code, i) => ({ dataKey: code, name: nameOf(code), color: seriesColor(i) }));
    const data = trendChartRows(values, regionsOrdered, metric, years);
    const changes = changeChartRows(values, regionsOrdered, metric, years);
    const countySeries = series.filter((s) => levelOfCode(s.dataKey) === 'county');
    const index = new Map(values.map((v) => [`${v.entityKey}|${v.year}`, v]));
    const subtitle = series.map((s) => s.name).join(t('list.separator'));
    const table: TableModel = {
      title: `${t('trends.chartTitle', { metric: label })}`,
      columns: [
        { key: 'year', label: t('table.year'), kind: 'text' },
        ...series.flatMap((s) => [
          { key: s.dataKey, label: t('table.withUnit', { label: s.name, unit: unitName(m.unit) }), kind: 'number' as const, format: (v: number) => f.value(v, m.unit) },
          levelOfCode(s.dataKey) === 'county'
            ? { key: `${s.dataKey}-change`, label: t('table.changeOf', { metric: s.name }), kind: 'number' as const, format: (v: number) => f.change(v), missingText: '—' }
            : { key: `${s.dataKey}-coverage`, label: t('table.coverageOf', { name: s.name }), kind: 'number' as const, format: (v: number) => f.share(v), missingText: '—' },
        ]),
      ],
      rows: years.map((y) => ({
        key: String(y),
        cells: [
          String(y),
          ...series.flatMap((s) => {
            const v = index.get(`${s.dataKey}|${y}`);
            return [v?.value ?? null, levelOfCode(s.dataKey) === 'county' ? (v?.change ?? null) : (v?.coverage ?? null)];
          }),
        ],
      })),
    };
    const changeTable: TableModel = {
      title: t('trends.changeTitle', { metric: label }),
      columns: [{ key: 'year', label: t('table.year'), kind: 'text' }, ...countySeries.map((s) => ({ key: s.dataKey, label: t('table.changeOf', { metric: s.name }), kind: 'number' as const, format: (v: number) => f.change(v / 100), missingText: '—' }))],
      rows: changes.map((row) => ({ key: row.label, cells: [row.label, ...countySeries.map((s) => (row[s.dataKey] as number | null) ?? null)] })),
    };
    body = (
      <>
        <ChartFrame
          id="trend"
          title={t('trends.chartTitle', { metric: label })}
          subtitle={subtitle}
          unit={unitName(m.unit)}
          legend={series.map((s) => ({ label: s.name, color: s.color }))}
          table={table}
          notes={<p>{t('trends.note')}</p>}
        >
          {years.length ? (
            <LineChart data={data} series={series} formatValue={(v) => f.value(v, m.unit) ?? ''} formatTick={f.compact} ariaLabel={t('trends.chartTitle', { metric: label })} />
          ) : (
            <StatusMessage kind="empty">{t('trends.noData')}</StatusMessage>
          )}
        </ChartFrame>
        <ChartFrame
          id="trend-change"
          title={t('trends.changeTitle', { metric: label })}
          subtitle={subtitle}
          unit="%"
          legend={countySeries.map((s) => ({ label: s.name, color: s.color }))}
          table={changeTable}
          notes={<p>{t('trends.changeNote')}</p>}
        >
          {countySeries.length && changes.some((row) => countySeries.some((s) => row[s.dataKey] !== null)) ? (
            <YearColumns
              labels={changes.map((row) => row.label)}
              series={countySeries.map((s) => ({ key: s.dataKey, name: s.name, color: s.color }))}
              value={(i, key) => (changes[i]?.[key] as number | null | undefined) ?? null}
              formatValue={(v) => f.change(v / 100) ?? ''}
              formatTick={(v) => `${f.count(v)}%`}
              ariaLabel={t('trends.changeTitle', { metric: label })}
            />
          ) : (
            <StatusMessage kind="empty">{t(countySeries.length ? 'trends.noChange' : 'trends.noCounties')}</StatusMessage>
          )}
        </ChartFrame>
      </>
    );
  }

  return (
    <Page title={t('trends.title')} lead={t('trends.lead')} source="always">
      {controls}
      {body}
    </Page>
  );
}
