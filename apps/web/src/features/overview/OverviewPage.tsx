import { useMemo } from 'react';
import { useCatalogue, useParallelQueries, useScope } from '../../shared/api';
import { useT } from '../../shared/i18n';
import { RegionPicker } from '../../shared/region';
import { Link, buildHref, readInt, readRegionCode, readString, useLocation, useSearchParams } from '../../shared/router';
import { Page, Panel, QueryStatus, Select, StatusMessage } from '../../shared/ui';
import { SelectionRollupDocument } from '../selection/selection.queries';
import { fromRollup, indexValues, useReportYears } from '../selection';
import { BreakdownPanel } from './components/BreakdownPanel';
import { HeadlineCards } from './components/HeadlineCards';
import { LatestFindings } from './components/LatestFindings';
import { TrendPanel } from './components/TrendPanel';
import { YearPanel } from './components/YearPanel';
import { OVERVIEW_PANELS, TREND_SPECS, overviewMetricKeys, selectMetrics } from './overview-data';

/**
 * The first view: for a scope (the country, a province or a prefecture) and a year, the totals
 * of the county governments' reports with coverage (rollup), the figures by region below the
 * scope, the totals over the years, and the newest findings.
 */
export function OverviewPage() {
  const t = useT();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const scopeCode = readRegionCode(params, 'scope');
  const requestedYear = readInt(params, 'year');
  const { catalogue, error: catalogueError, refetch: refetchCatalogue } = useCatalogue();
  const scopeResult = useScope(scopeCode);
  const scope = scopeResult.scope;
  const region = scope?.region ?? null;
  const isCounty = region?.level === 'county';
  const years = useReportYears(scope, isCounty);
  const year = requestedYear ?? years.latest;

  const metricParam = readString(params, 'metric');
  const metric =
    catalogue && metricParam && catalogue.byKey.has(metricParam)
      ? metricParam
      : catalogue?.byKey.has('requestsReceived')
        ? 'requestsReceived'
        : (catalogue?.metrics[0]?.key ?? null);

  // The scope's own totals for every year (a province or prefecture; the API has no national total).
  const keys = useMemo(() => (catalogue ? overviewMetricKeys(catalogue.metrics) : []), [catalogue]);
  const totalsVariables = useMemo(
    () =>
      region && !isCounty && keys.length
        ? keys.map((m) => ({ metric: m, level: region.level as 'province' | 'prefecture', regionCode: region.code, years: null }))
        : null,
    [region, isCounty, keys],
  );
  const totalsResult = useParallelQueries(SelectionRollupDocument, totalsVariables);
  const totals = useMemo(
    () => (totalsResult.data ? indexValues(totalsResult.data.flatMap((d) => fromRollup(d.rollup))) : null),
    [totalsResult.data],
  );
  const totalYears = useMemo(
    () => (totalsResult.data ? [...new Set(totalsResult.data.flatMap((d) => d.rollup.map((r) => r.year)))].sort((a, b) => a - b) : []),
    [totalsResult.data],
  );

  const scopeName = region?.name ?? t('region.nation');
  const scopeTitle = region?.path ?? t('region.nation');
  const entityKey = region ? `r:${region.code}` : '';
  const subtitle = year ? `${scopeTitle} · ${t('year.label', { year })}` : scopeTitle;

  const controls = (
    <Panel title={t('overview.controls')} className="controls-panel">
      <div className="controls-row">
        <RegionPicker value={scopeCode} onChange={(code) => setParams({ scope: code })} maxLevel="prefecture" testId="scope" />
        <Select<number>
          label={t('year.select')}
          value={year}
          options={years.years.map((y) => ({ value: y, label: t('year.label', { year: y }) }))}
          onChange={(y) => setParams({ year: y })}
          testId="year"
          placeholder={years.loading ? t('state.loading') : t('year.none')}
        />
      </div>
    </Panel>
  );

  let body;
  const error = catalogueError ?? scopeResult.error ?? years.error;
  if (error) {
    body = (
      <QueryStatus
        error={error}
        retry={() => {
          void refetchCatalogue().catch(() => undefined);
          void scopeResult.refetch();
        }}
      />
    );
  } else if (scopeResult.notFound) {
    body = <StatusMessage kind="empty" title={t('region.notFound', { code: scopeCode ?? '' })} />;
  } else if (isCounty) {
    body = (
      <StatusMessage kind="empty" title={t('overview.countyScope.title')}>
        <p>{t('overview.countyScope.body')}</p>
        <p>
          <Link href={buildHref('/benchmark', { region: region?.code, year }, location.search)}>{t('overview.countyScope.link', { name: scopeName })}</Link>
        </p>
      </StatusMessage>
    );
  } else if (!catalogue || !scope || years.loading) {
    body = <StatusMessage kind="loading">{t('state.loading')}</StatusMessage>;
  } else if (year === null) {
    body = (
      <StatusMessage kind="empty" title={t('state.empty.title')}>
        <p>{t('state.empty.body')}</p>
        <p>
          <Link href={buildHref('/upload', {}, location.search)}>{t('nav.upload')}</Link>
        </p>
      </StatusMessage>
    );
  } else {
    body = (
      <>
        {region ? (
          <QueryStatus loading={totalsResult.loading} error={totalsResult.error} retry={totalsResult.retry}>
            {totals && (
              <>
                <HeadlineCards catalogue={catalogue} totals={totals} entityKey={entityKey} year={year} scopeCode={region.code} />
                <div className="overview-grid">
                  {OVERVIEW_PANELS.map((panel) => (
                    <YearPanel
                      key={panel.id}
                      id={panel.id}
                      catalogue={catalogue.metrics}
                      totals={totals}
                      entityKey={entityKey}
                      year={year}
                      years={totalYears}
                      subtitle={subtitle}
                      className={`overview-grid__${panel.id}`}
                    />
                  ))}
                </div>
              </>
            )}
          </QueryStatus>
        ) : (
          <StatusMessage kind="empty" title={t('overview.nation.title')}>
            {t('overview.nation.body')}
          </StatusMessage>
        )}
        {metric && (
          <BreakdownPanel
            catalogue={catalogue}
            scope={scope}
            metric={metric}
            year={year}
            onMetricChange={(m) => setParams({ metric: m })}
            subtitle={subtitle}
          />
        )}
        {region && totals && (
          <section aria-labelledby="overview-trends" className="section">
            <h2 className="section__title" id="overview-trends">
              {t('overview.trends.title', { scope: scopeName })}
            </h2>
            <div className="overview-grid overview-grid--trends">
              {TREND_SPECS.map((spec) => (
                <TrendPanel
                  key={spec.id}
                  id={spec.id}
                  metrics={selectMetrics(catalogue.metrics, spec)}
                  stacked={spec.stacked}
                  totals={totals}
                  entityKey={entityKey}
                  years={totalYears}
                  subtitle={scopeTitle}
                />
              ))}
            </div>
          </section>
        )}
        <LatestFindings scopeCode={scopeCode} year={year} />
      </>
    );
  }

  return (
    <Page title={t('overview.title')} lead={scope ? t('overview.lead', { scope: scopeTitle, year: year ?? '—' }) : '\u00a0'} source="always">
      {controls}
      {body}
    </Page>
  );
}
