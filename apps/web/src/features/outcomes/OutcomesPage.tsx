import { useEffect, useMemo } from 'react';
import { metricLabel, useCatalogue, useScope, type CatalogueMetric } from '../../shared/api';
import { OUTCOME_COLORS, StackedShareChart, loadRecharts, seriesColor } from '../../shared/charts';
import { useFormat } from '../../shared/format';
import { localeOf, useT, useUnitName } from '../../shared/i18n';
import { buildHref, readEnum, readInt, useLocation, useSearchParams } from '../../shared/router';
import { ChartFrame, Page, Panel, QueryStatus, Select, SortableTable, StatusMessage, TableExport, type TableModel } from '../../shared/ui';
import { SelectionControls, listEntities, readSelection, selectionPatch, useReportYears, useSelectionValues, valueKey, yearsOf, type EntityValue } from '../selection';
import { APPLICANT_KEYS, CHART_LIMIT, EXTRA_KEYS, ORDERS, OUTCOME_KEYS, shareRows, type Order } from './outcomes-data';

/**
 * Outcomes: how requests were answered (granted, partly, denied, unable to provide, not
 * processed, other) as 100 % stacked bars per region or issuer, and who asked (natural persons
 * vs legal persons and organisations).
 */
export function OutcomesPage() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const selection = useMemo(() => readSelection(params), [params]);
  const order = readEnum<Order>(params, 'order', ORDERS, 'requests');
  const { catalogue, error: catalogueError, refetch } = useCatalogue();
  const issuersMode = selection.by === 'issuers';
  const scope = useScope(issuersMode ? null : selection.scope).scope;
  const yearsInfo = useReportYears(issuersMode ? null : scope, issuersMode || scope?.region?.level === 'county');
  const requestedYear = readInt(params, 'year');
  const groupYear = requestedYear ?? yearsInfo.latest;

  useEffect(() => {
    void loadRecharts().catch(() => undefined);
  }, []);

  const keys = useMemo(
    () => (catalogue ? [...OUTCOME_KEYS, ...APPLICANT_KEYS, ...EXTRA_KEYS].filter((k) => catalogue.byKey.has(k)) : []),
    [catalogue],
  );
  const yearsArg = useMemo(() => (issuersMode ? null : groupYear !== null ? [groupYear] : null), [issuersMode, groupYear]);
  const main = useSelectionValues(selection, keys, yearsArg, Boolean(catalogue) && (issuersMode || groupYear !== null));
  const issuerYears = useMemo(() => (issuersMode && main.values ? yearsOf(main.values).reverse() : []), [issuersMode, main.values]);
  const year = requestedYear ?? (issuersMode ? (issuerYears[0] ?? null) : groupYear);
  const issuerNames = useMemo(
    () => new Map((main.values ? listEntities(main.values) : []).flatMap((e) => (e.issuerId !== null ? [[e.issuerId, e.name] as const] : []))),
    [main.values],
  );

  const scopeLabel = issuersMode
    ? t('compare.pickedIssuers', { count: selection.issuers.length })
    : `${main.scope?.region?.path ?? t('region.nation')} · ${t(`selection.by.${selection.by}`)}`;
  const subtitle = year !== null ? `${scopeLabel} · ${t('year.label', { year })}` : scopeLabel;
  const error = catalogueError ?? main.error ?? yearsInfo.error;

  const controls = (
    <Panel title={t('outcomes.controls')} className="controls-panel">
      <div className="controls-row controls-row--wrap">
        <SelectionControls selection={selection} onChange={(next) => setParams(selectionPatch(next))} issuerNames={issuerNames} />
        <Select<number>
          label={t('year.select')}
          value={year}
          options={(issuersMode ? issuerYears : yearsInfo.years).map((y) => ({ value: y, label: t('year.label', { year: y }) }))}
          onChange={(y) => setParams({ year: y })}
          testId="year"
          placeholder={t('year.none')}
        />
        <Select<Order>
          label={t('outcomes.order')}
          value={order}
          options={ORDERS.map((o) => ({ value: o, label: t(`outcomes.order.${o}`) }))}
          onChange={(o) => setParams({ order: o === 'requests' ? null : o })}
          testId="outcomes-order"
        />
      </div>
    </Panel>
  );

  let body;
  if (error) {
    body = <QueryStatus error={error} retry={() => (catalogueError ? void refetch().catch(() => undefined) : main.retry())} />;
  } else if (issuersMode && selection.issuers.length === 0) {
    body = <StatusMessage kind="empty" title={t('compare.pickIssuers.title')}>{t('compare.pickIssuers.body')}</StatusMessage>;
  } else if (!catalogue || main.loading || (!issuersMode && yearsInfo.loading)) {
    body = <StatusMessage kind="loading">{t('state.loading')}</StatusMessage>;
  } else if (year === null || !main.values) {
    body = <StatusMessage kind="empty" title={t('state.empty.title')}>{t('compare.noData')}</StatusMessage>;
  } else {
    body = <OutcomeCharts values={main.values} catalogue={catalogue.byKey} year={year} order={order} subtitle={subtitle} isRollup={main.source?.kind === 'rollup'} />;
  }

  return (
    <Page title={t('outcomes.title')} lead={t('outcomes.lead')} source="always">
      {controls}
      {body}
    </Page>
  );
}

function OutcomeCharts({
  values,
  catalogue,
  year,
  order,
  subtitle,
  isRollup,
}: {
  readonly values: readonly EntityValue[];
  readonly catalogue: ReadonlyMap<string, CatalogueMetric>;
  readonly year: number;
  readonly order: Order;
  readonly subtitle: string;
  readonly isRollup: boolean;
}) {
  const t = useT();
  const f = useFormat();
  const unitName = useUnitName();
  const location = useLocation();
  const locale = localeOf(f.lang);
  const outcomeKeys = OUTCOME_KEYS.filter((k) => catalogue.has(k));
  const applicantKeys = APPLICANT_KEYS.filter((k) => catalogue.has(k));
  const label = (key: string) => metricLabel(catalogue.get(key)!, f.lang);
  const outcomes = useMemo(() => shareRows(values, OUTCOME_KEYS.filter((k) => catalogue.has(k)), year, order, CHART_LIMIT, locale), [values, catalogue, year, order, locale]);
  const applicants = useMemo(() => shareRows(values, APPLICANT_KEYS.filter((k) => catalogue.has(k)), year, order, CHART_LIMIT, locale), [values, catalogue, year, order, locale]);
  const outcomeSeries = outcomeKeys.map((k, i) => ({ dataKey: k, name: label(k), color: OUTCOME_COLORS[k] ?? seriesColor(i) }));
  const applicantSeries = applicantKeys.map((k, i) => ({ dataKey: k, name: label(k), color: OUTCOME_COLORS[k] ?? seriesColor(i) }));

  const yearValues = values.filter((v) => v.year === year);
  const index = new Map(yearValues.map((v) => [valueKey(v.entityKey, v.metric, v.year), v]));
  const entities = listEntities(yearValues);
  const count = (v: number) => f.value(v, 'count') ?? '';
  const tableKeys = ['requestsReceived', ...outcomeKeys, 'grantRate', ...applicantKeys, 'legalPersonShare'].filter((k) => catalogue.has(k));
  const table: TableModel = {
    title: `${t('outcomes.tableTitle')} · ${subtitle}`,
    columns: [
      { key: 'name', label: t(isRollup ? 'table.region' : 'table.issuer'), kind: 'text' },
      ...tableKeys.map((k) => {
        const m = catalogue.get(k)!;
        return { key: k, label: t('table.withUnit', { label: label(k), unit: unitName(m.unit) }), kind: 'number' as const, format: (v: number) => f.value(v, m.unit) };
      }),
    ],
    rows: entities.map((e) => {
      const reportId = index.get(valueKey(e.key, tableKeys[0], year))?.reportId ?? null;
      return {
        key: e.key,
        href: reportId ? buildHref(`/reports/${reportId}`, {}, location.search) : isRollup && e.regionCode ? buildHref('/outcomes', { scope: e.regionCode, year }, location.search) : undefined,
        cells: [e.name, ...tableKeys.map((k) => index.get(valueKey(e.key, k, year))?.value ?? null)],
      };
    }),
  };
  const chartTable = (title: string, keys: readonly string[], rows: typeof outcomes.rows): TableModel => ({
    title: `${title} · ${subtitle}`,
    columns: [{ key: 'name', label: t('table.name'), kind: 'text' }, ...keys.map((k) => ({ key: k, label: t('table.withUnit', { label: label(k), unit: unitName('count') }), kind: 'number' as const, format: count }))],
    rows: rows.map((r) => ({ key: r.label, cells: [r.label, ...keys.map((k) => (r[k] as number | null) ?? null)] })),
  });

  const notes = (data: typeof outcomes) => (
    <>
      <p>{t('outcomes.shareNote')}</p>
      {data.omitted > 0 && <p>{t('outcomes.omitted', { shown: data.rows.length, omitted: data.omitted })}</p>}
      {data.empty.length > 0 && (
        <details className="missing-list">
          <summary>{t('outcomes.empty', { count: data.empty.length })}</summary>
          <p>{data.empty.join(t('list.separator'))}</p>
        </details>
      )}
    </>
  );

  return (
    <>
      <ChartFrame
        id="outcomes"
        title={t('outcomes.compositionTitle')}
        subtitle={subtitle}
        unit={t('outcomes.shareUnit')}
        legend={outcomeSeries.map((s) => ({ label: s.name, color: s.color }))}
        table={chartTable(t('outcomes.compositionTitle'), outcomeKeys, outcomes.rows)}
        notes={notes(outcomes)}
      >
        {outcomes.rows.length ? (
          <StackedShareChart data={outcomes.rows} series={outcomeSeries} formatValue={count} formatPercent={(v) => f.share(v) ?? ''} ariaLabel={t('outcomes.compositionTitle')} />
        ) : (
          <StatusMessage kind="empty">{t('outcomes.noRequests')}</StatusMessage>
        )}
      </ChartFrame>
      <ChartFrame
        id="applicants"
        title={t('outcomes.applicantsTitle')}
        subtitle={subtitle}
        unit={t('outcomes.shareUnit')}
        legend={applicantSeries.map((s) => ({ label: s.name, color: s.color }))}
        table={chartTable(t('outcomes.applicantsTitle'), applicantKeys, applicants.rows)}
        notes={notes(applicants)}
      >
        {applicants.rows.length ? (
          <StackedShareChart data={applicants.rows} series={applicantSeries} formatValue={count} formatPercent={(v) => f.share(v) ?? ''} ariaLabel={t('outcomes.applicantsTitle')} />
        ) : (
          <StatusMessage kind="empty">{t('outcomes.noRequests')}</StatusMessage>
        )}
      </ChartFrame>
      <Panel title={t('outcomes.tableTitle')} subtitle={subtitle}>
        <SortableTableWithExport table={table} />
      </Panel>
    </>
  );
}

function SortableTableWithExport({ table }: { readonly table: TableModel }) {
  return (
    <>
      <SortableTable model={table} testId="outcomes-table" />
      <TableExport table={table} />
    </>
  );
}
