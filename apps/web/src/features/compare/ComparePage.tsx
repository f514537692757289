import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { metricLabel, useCatalogue, useScope, type CatalogueMetric } from '../../shared/api';
import { RankChart, SmallMultiples } from '../../shared/charts';
import { useFormat } from '../../shared/format';
import { localeOf, useT, useUnitName } from '../../shared/i18n';
import { buildHref, readInt, readList, readString, useLocation, useSearchParams } from '../../shared/router';
import { ChartFrame, CheckList, Page, Panel, QueryStatus, Select, SortableTable, StatusMessage, TableExport, metricOptions, type TableModel } from '../../shared/ui';
import { rankItems } from '../overview/overview-data';
import { SelectionControls, fromCompare, listEntities, readSelection, selectionPatch, useReportYears, useSelectionValues, yearsOf, type EntityValue } from '../selection';
import { SelectionCompareDocument } from '../selection/selection.queries';
import { DEFAULT_METRICS, MULTIPLES_LIMIT, compareTableRows, metricColumns, multiplesSeries, readSort, topEntities, writeSort } from './compare-data';

/**
 * Compare: the regions below a scope, every county government under it, or issuers picked one
 * by one, on chosen metrics: a sorted bar chart (fast for ~2,900 counties), small multiples
 * over the years on one scale, and a sortable table.
 */
export function ComparePage() {
  const t = useT();
  const f = useFormat();
  const unitName = useUnitName();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const selection = useMemo(() => readSelection(params), [params]);
  const { catalogue, error: catalogueError, refetch } = useCatalogue();

  const metricKeys = useMemo(() => {
    const requested = readList(params, 'metrics');
    const keys = (requested.length ? requested : [...DEFAULT_METRICS]).filter((k) => !catalogue || catalogue.byKey.has(k));
    return keys.length ? keys : catalogue ? [catalogue.metrics[0].key] : [];
  }, [params, catalogue]);
  const primaryParam = readString(params, 'metric');
  const primary = primaryParam && metricKeys.includes(primaryParam) ? primaryParam : (metricKeys[0] ?? null);

  const issuersMode = selection.by === 'issuers';
  // Years: for groups from the rollup of the scope; for picked issuers from their own reports.
  const valuesAllYears = issuersMode;
  const requestedYear = readInt(params, 'year');

  const groupScope = useScope(issuersMode ? null : selection.scope).scope;
  const yearsInfo = useReportYears(issuersMode ? null : groupScope, issuersMode || groupScope?.region?.level === 'county');
  const yearFromGroup = requestedYear ?? yearsInfo.latest;

  const main = useSelectionValues(
    selection,
    catalogue ? metricKeys : [],
    valuesAllYears ? null : yearFromGroup !== null ? [yearFromGroup] : null,
    Boolean(catalogue) && (valuesAllYears || yearFromGroup !== null),
  );
  const issuerYears = useMemo(() => (issuersMode && main.values ? yearsOf(main.values).reverse() : []), [issuersMode, main.values]);
  const yearOptions = issuersMode ? issuerYears : yearsInfo.years;
  const year = requestedYear ?? (issuersMode ? (issuerYears[0] ?? null) : yearFromGroup);

  // Small multiples over every year for the top entities (or the picked issuers).
  const top = useMemo(
    () => (main.values && primary && year !== null ? topEntities(main.values, primary, year, MULTIPLES_LIMIT, localeOf(f.lang)) : []),
    [main.values, primary, year, f.lang],
  );
  const rollupAllYears = useSelectionValues(selection, primary ? [primary] : [], null, main.source?.kind === 'rollup');
  const topIssuerIds = main.source?.kind === 'compare' ? top.map((k) => Number(k.slice(2))) : [];
  const compareAllYears = useQuery(
    SelectionCompareDocument,
    topIssuerIds.length && primary ? { variables: { metrics: [primary], issuerIds: topIssuerIds, years: null } } : skipToken,
  );
  const multiplesValues =
    main.source?.kind === 'rollup'
      ? rollupAllYears.values
      : main.source?.kind === 'compare'
        ? compareAllYears.data
          ? fromCompare(compareAllYears.data.compare)
          : null
        : main.values;

  const issuerNames = useMemo(
    () => new Map((main.values ? listEntities(main.values) : []).flatMap((e) => (e.issuerId !== null ? [[e.issuerId, e.name] as const] : []))),
    [main.values],
  );

  const update = (patch: Parameters<typeof setParams>[0]) => setParams(patch);
  const error = catalogueError ?? main.error ?? yearsInfo.error;

  const scopeLabel = issuersMode
    ? t('compare.pickedIssuers', { count: selection.issuers.length })
    : `${main.scope?.region?.path ?? t('region.nation')} · ${t(`selection.by.${selection.by}`)}`;
  const subtitle = year !== null ? `${scopeLabel} · ${t('year.label', { year })}` : scopeLabel;

  const controls = (
    <Panel title={t('compare.controls')} className="controls-panel">
      <div className="controls-row controls-row--wrap">
        <SelectionControls selection={selection} onChange={(next) => update(selectionPatch(next))} issuerNames={issuerNames} />
        {catalogue && (
          <>
            <CheckList<string>
              label={t('compare.metrics')}
              values={metricKeys}
              options={metricOptions(catalogue.metrics, f.lang, t)}
              onChange={(keys) => update({ metrics: keys.length ? keys : null, metric: keys.includes(primary ?? '') ? primary : null })}
              summary={t('compare.metricsSummary', { count: metricKeys.length })}
              testId="compare-metrics"
            />
            <Select<string>
              label={t('compare.primary')}
              value={primary}
              options={metricOptions(
                metricKeys.flatMap((k) => catalogue.byKey.get(k) ?? []),
                f.lang,
                t,
              )}
              onChange={(m) => update({ metric: m })}
              testId="compare-primary"
            />
          </>
        )}
        <Select<number>
          label={t('year.select')}
          value={year}
          options={yearOptions.map((y) => ({ value: y, label: t('year.label', { year: y }) }))}
          onChange={(y) => update({ year: y })}
          testId="year"
          placeholder={t('year.none')}
        />
      </div>
    </Panel>
  );

  let body;
  if (error) {
    body = <QueryStatus error={error} retry={() => (catalogueError ? void refetch().catch(() => undefined) : main.retry())} />;
  } else if (issuersMode && selection.issuers.length === 0) {
    body = (
      <StatusMessage kind="empty" title={t('compare.pickIssuers.title')}>
        {t('compare.pickIssuers.body')}
      </StatusMessage>
    );
  } else if (!catalogue || !primary || main.loading || (!issuersMode && yearsInfo.loading)) {
    body = <StatusMessage kind="loading">{t('state.loading')}</StatusMessage>;
  } else if (year === null || !main.values) {
    body = <StatusMessage kind="empty" title={t('state.empty.title')}>{t('compare.noData')}</StatusMessage>;
  } else {
    body = (
      <CompareResults
        values={main.values}
        multiplesValues={multiplesValues}
        multiplesLoading={main.source?.kind === 'compare' ? compareAllYears.loading : main.source?.kind === 'rollup' ? rollupAllYears.loading : false}
        withChange={main.source?.kind !== 'rollup'}
        isRollup={main.source?.kind === 'rollup'}
        metricKeys={metricKeys}
        primary={primary}
        year={year}
        top={top}
        subtitle={subtitle}
        sortParam={readString(params, 'sort')}
        onSort={(sort) => update({ sort: sort })}
        labels={{ unitName, location: location.search }}
        catalogue={catalogue.byKey}
      />
    );
  }

  return (
    <Page title={t('compare.title')} lead={t('compare.lead')} source="always">
      {controls}
      {body}
    </Page>
  );
}

interface CompareResultsProps {
  readonly values: readonly EntityValue[];
  readonly multiplesValues: readonly EntityValue[] | null;
  readonly multiplesLoading: boolean;
  readonly withChange: boolean;
  readonly isRollup: boolean;
  readonly metricKeys: readonly string[];
  readonly primary: string;
  readonly year: number;
  readonly top: readonly string[];
  readonly subtitle: string;
  readonly sortParam: string | null;
  readonly onSort: (sort: string | null) => void;
  readonly labels: { readonly unitName: (unit: string) => string; readonly location: string };
  readonly catalogue: ReadonlyMap<string, CatalogueMetric>;
}

function CompareResults({
  values,
  multiplesValues,
  multiplesLoading,
  withChange,
  isRollup,
  metricKeys,
  primary,
  year,
  top,
  subtitle,
  sortParam,
  onSort,
  labels,
  catalogue,
}: CompareResultsProps) {
  const t = useT();
  const f = useFormat();
  const m = catalogue.get(primary)!;
  const primaryLabel = metricLabel(m, f.lang);
  const { items, missing } = useMemo(() => rankItems(values, primary, year, localeOf(f.lang)), [values, primary, year, f.lang]);
  const columns = metricColumns(catalogue, metricKeys, f.lang);
  const rows = useMemo(() => compareTableRows(values, columns.map((c) => c.metric), year, withChange), [values, columns, year, withChange]);
  const allYears = useMemo(() => (multiplesValues ? yearsOf(multiplesValues) : []), [multiplesValues]);
  const series = useMemo(() => (multiplesValues ? multiplesSeries(multiplesValues, top, primary, allYears) : []), [multiplesValues, top, primary, allYears]);

  const rankTable: TableModel = {
    title: `${t('compare.rankTitle', { metric: primaryLabel })} · ${subtitle}`,
    columns: [
      { key: 'rank', label: t('table.position'), kind: 'number', format: (v) => f.count(v) },
      { key: 'name', label: t(isRollup ? 'table.region' : 'table.issuer'), kind: 'text' },
      { key: 'value', label: t('table.withUnit', { label: primaryLabel, unit: labels.unitName(m.unit) }), kind: 'number', format: (v) => f.value(v, m.unit) },
    ],
    rows: items.map((item, i) => ({ key: item.key, cells: [i + 1, item.label, item.value] })),
  };

  const table: TableModel = {
    title: `${t('compare.tableTitle')} · ${subtitle}`,
    columns: [
      { key: 'name', label: t(isRollup ? 'table.region' : 'table.issuer'), kind: 'text' },
      ...columns.flatMap((c) => [
        { key: c.metric.key, label: t('table.withUnit', { label: c.label, unit: labels.unitName(c.metric.unit) }), kind: 'number' as const, format: (v: number) => f.value(v, c.metric.unit) },
        ...(withChange
          ? [{ key: `${c.metric.key}-change`, label: t('table.changeOf', { metric: c.label }), kind: 'number' as const, format: (v: number) => f.change(v), missingText: '—' }]
          : []),
      ]),
    ],
    rows: rows.map((r) => ({
      key: r.key,
      href: r.reportId ? buildHref(`/reports/${r.reportId}`, {}, labels.location) : isRollup && r.regionCode ? buildHref('/', { scope: r.regionCode, year }, labels.location) : undefined,
      cells: [r.name, ...r.cells],
    })),
  };

  const multiplesTable: TableModel = {
    title: `${t('compare.multiplesTitle', { metric: primaryLabel })} · ${subtitle}`,
    columns: [{ key: 'name', label: t('table.name'), kind: 'text' }, ...allYears.map((y) => ({ key: String(y), label: String(y), kind: 'number' as const, format: (v: number) => f.value(v, m.unit) }))],
    rows: series.map((s) => ({ key: s.key, cells: [s.label, ...s.values] })),
  };

  return (
    <>
      <ChartFrame
        id="rank"
        title={t('compare.rankTitle', { metric: primaryLabel })}
        subtitle={subtitle}
        unit={labels.unitName(m.unit)}
        table={rankTable}
        notes={
          <>
            <p>{t('compare.rankNote', { count: f.count(items.length) ?? '0' })}</p>
            {missing.length > 0 && (
              <details className="missing-list">
                <summary>{t('compare.missing', { count: missing.length })}</summary>
                <p>{missing.map((v) => v.entityName).join(t('list.separator'))}</p>
              </details>
            )}
          </>
        }
      >
        {items.length ? (
          <RankChart items={items} formatValue={(v) => f.value(v, m.unit) ?? ''} formatTick={f.compact} ariaLabel={t('compare.rankAria', { metric: primaryLabel, count: items.length })} />
        ) : (
          <StatusMessage kind="empty">{t('compare.noValues')}</StatusMessage>
        )}
      </ChartFrame>

      <ChartFrame
        id="multiples"
        title={t('compare.multiplesTitle', { metric: primaryLabel })}
        subtitle={subtitle}
        unit={labels.unitName(m.unit)}
        table={multiplesTable}
        notes={<p>{t('compare.multiplesNote', { count: series.length, limit: MULTIPLES_LIMIT })}</p>}
      >
        <QueryStatus loading={multiplesLoading && series.length === 0} empty={series.length === 0} emptyTitle={t('compare.noValues')}>
          <SmallMultiples
            years={allYears}
            series={series}
            formatValue={(v) => f.value(v, m.unit) ?? ''}
            formatTick={f.compact}
            ariaLabel={t('compare.multiplesTitle', { metric: primaryLabel })}
          />
        </QueryStatus>
      </ChartFrame>

      <Panel title={t('compare.tableTitle')} subtitle={t('compare.tableSubtitle', { count: f.count(rows.length) ?? '0' })}>
        <SortableTable model={table} sort={readSort(sortParam)} onSortChange={(s) => onSort(writeSort(s))} testId="compare-table" />
        <TableExport table={table} />
      </Panel>
    </>
  );
}
