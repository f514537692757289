import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { PeerGroup } from '../../generated/graphql';
import { metricLabel, useCatalogue, useDataSource } from '../../shared/api';
import { useMe } from '../../shared/auth';
import { formatDateTime, useFormat } from '../../shared/format';
import { useT, useUnitName } from '../../shared/i18n';
import { RegionSearch } from '../../shared/region';
import { Link, buildHref, readEnum, readInt, readRegionCode, useLocation, useSearchParams } from '../../shared/router';
import { ChartFrame, Page, Panel, QueryStatus, Select, StatusMessage, type TableModel } from '../../shared/ui';
import { BenchmarkChart } from './BenchmarkChart';
import { PEER_GROUPS, benchmarkLines } from './benchmark-data';
import { BenchmarkAllDocument, SubjectReportsDocument } from './benchmark.queries';

/**
 * Benchmark (the county lead's page): one government's every metric against its peer group, with
 * rank, percentile, median and quartiles from `benchmarkAll`; prints as a one-page A4 brief.
 */
export function BenchmarkPage() {
  const t = useT();
  const { source } = useDataSource();
  const f = useFormat();
  const unitName = useUnitName();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const { me } = useMe();
  // A county lead's views start at their own region.
  const region = readRegionCode(params, 'region') ?? readRegionCode(params, 'scope') ?? (me?.role === 'countyLead' ? (me.regionCode ?? null) : null);
  const peerGroup = readEnum<PeerGroup>(params, 'peer', PEER_GROUPS, 'SAME_PARENT');
  const requestedYear = readInt(params, 'year');
  const { catalogue, error: catalogueError, refetch } = useCatalogue();

  const subject = useQuery(SubjectReportsDocument, region ? { variables: { regionCode: region } } : skipToken);
  const ownReports = useMemo(
    () => (subject.data?.reports.edges ?? []).map((e) => e.node).filter((n) => n.regionCode === region),
    [subject.data, region],
  );
  const years = [...new Set(ownReports.map((r) => r.year))].sort((a, b) => b - a);
  const year = requestedYear ?? years[0] ?? null;
  const benchmark = useQuery(BenchmarkAllDocument, region && year !== null ? { variables: { regionCode: region, year, peerGroup } } : skipToken);
  const lines = useMemo(
    () => (benchmark.data && catalogue ? benchmarkLines(benchmark.data.benchmarkAll, catalogue.metrics) : []),
    [benchmark.data, catalogue],
  );
  const info = subject.data?.region ?? null;
  const first = benchmark.data?.benchmarkAll[0] ?? null;
  const peerText = t(`benchmark.peer.${peerGroup}`);
  const title = info && year !== null ? t('benchmark.briefTitle', { name: info.name, year }) : t('benchmark.title');
  const subtitle = info ? `${info.path} · ${t('benchmark.peersLabel')}：${peerText}` : '';
  const report = ownReports.find((r) => r.year === year) ?? null;

  const setRegion = (code: string) => setParams({ region: code, scope: null, year: null });

  const controls = (
    <Panel title={t('benchmark.controls')} className="controls-panel no-print">
      <div className="controls-row controls-row--wrap">
        <div className="field">
          <span className="field__label">{t('benchmark.subject')}</span>
          <p className="subject-name" data-testid="benchmark-subject">
            {info ? info.path : region ? '…' : t('benchmark.noSubject')}
          </p>
        </div>
        <RegionSearch label={t('benchmark.pick')} onPick={(r) => setRegion(r.code)} testId="benchmark-search" />
        <Select<number>
          label={t('year.select')}
          value={year}
          options={years.map((y) => ({ value: y, label: t('year.label', { year: y }) }))}
          onChange={(y) => setParams({ year: y })}
          testId="year"
          placeholder={t('year.none')}
        />
        <Select<PeerGroup>
          label={t('benchmark.peerGroup')}
          value={peerGroup}
          options={PEER_GROUPS.map((p) => ({ value: p, label: t(`benchmark.peer.${p}`) }))}
          onChange={(p) => setParams({ peer: p === 'SAME_PARENT' ? null : p })}
          testId="peer-group"
        />
        <div className="field field--action">
          <span className="field__label" aria-hidden="true">&nbsp;</span>
          <button type="button" className="button" onClick={() => window.print()} disabled={!lines.length}>
            {t('benchmark.print')}
          </button>
        </div>
      </div>
    </Panel>
  );

  let body;
  const error = catalogueError ?? subject.error ?? benchmark.error;
  if (error) {
    body = <QueryStatus error={error} retry={() => { void refetch().catch(() => undefined); void subject.refetch().catch(() => undefined); void benchmark.refetch().catch(() => undefined); }} />;
  } else if (!region) {
    body = <StatusMessage kind="empty" title={t('benchmark.empty.title')}>{t('benchmark.empty.body')}</StatusMessage>;
  } else if (subject.data && !info) {
    body = <StatusMessage kind="empty" title={t('region.notFound', { code: region })} />;
  } else if (subject.data && year === null) {
    body = <StatusMessage kind="empty" title={t('benchmark.noReports.title', { name: info?.name ?? region })}>{t('benchmark.noReports.body')}</StatusMessage>;
  } else if (!catalogue || !benchmark.data) {
    body = <StatusMessage kind="loading">{t('state.loading')}</StatusMessage>;
  } else {
    const table: TableModel = {
      title: `${title} · ${peerText}`,
      columns: [
        { key: 'metric', label: t('table.metric'), kind: 'text' },
        { key: 'unit', label: t('table.unit'), kind: 'text' },
        { key: 'value', label: t('benchmark.col.value'), kind: 'number', format: (v) => f.value(v, 'wan') },
        { key: 'rank', label: t('benchmark.col.rank'), kind: 'number', format: (v) => f.count(v), missingText: '—' },
        { key: 'peers', label: t('benchmark.col.peers'), kind: 'number', format: (v) => f.count(v), missingText: '—' },
        { key: 'percentile', label: t('benchmark.col.percentile'), kind: 'number', format: (v) => f.value(v, 'percent'), missingText: '—' },
        { key: 'median', label: t('benchmark.col.median'), kind: 'number', format: (v) => f.value(v, 'wan'), missingText: '—' },
        { key: 'q1', label: t('benchmark.col.q1'), kind: 'number', format: (v) => f.value(v, 'wan'), missingText: '—' },
        { key: 'q3', label: t('benchmark.col.q3'), kind: 'number', format: (v) => f.value(v, 'wan'), missingText: '—' },
        { key: 'min', label: t('benchmark.col.min'), kind: 'number', format: (v) => f.value(v, 'wan'), missingText: '—' },
        { key: 'max', label: t('benchmark.col.max'), kind: 'number', format: (v) => f.value(v, 'wan'), missingText: '—' },
      ],
      rows: lines.map(({ metric, row }) => ({
        key: metric.key,
        cells: [metricLabel(metric, f.lang), unitName(metric.unit), row.value ?? null, row.rank ?? null, row.peerCount, row.percentile ?? null, row.median ?? null, row.q1 ?? null, row.q3 ?? null, row.min ?? null, row.max ?? null],
      })),
    };
    body = (
      <>
        <section className="brief-head" aria-label={t('benchmark.about')}>
          <div className="brief-facts">
            <div>
              <p className="brief-facts__label">{t('benchmark.population')}</p>
              <p className="brief-facts__value">
                {first?.population ? t('benchmark.populationValue', { value: f.count(first.population) ?? '', year: info?.populationYear ?? '' }) : '—'}
              </p>
              <p className="brief-facts__hint">{first?.populationBand ? t('benchmark.band', { band: first.populationBand }) : ''}</p>
            </div>
            <div>
              <p className="brief-facts__label">{t('benchmark.peersLabel')}</p>
              <p className="brief-facts__value">{peerText}</p>
              <p className="brief-facts__hint">{t(`benchmark.peerHint.${peerGroup}`)}</p>
            </div>
            <div>
              <p className="brief-facts__label">{t('benchmark.report')}</p>
              <p className="brief-facts__value">
                {report ? <Link href={buildHref(`/reports/${report.id}`, {}, location.search)}>{report.issuerName} · {t('year.label', { year: report.year })}</Link> : '—'}
              </p>
              <p className="brief-facts__hint">{report ? t('benchmark.findings', { count: report.findingCount }) : ''}</p>
            </div>
          </div>
        </section>
        <ChartFrame
          id="benchmark"
          title={title}
          subtitle={subtitle}
          table={table}
          notes={
            <>
              <p>{t('benchmark.note')}</p>
              <p className="print-only">
                {t('export.sourceLabel')}：{source} · {t('export.exportedAt')} {formatDateTime(new Date().toISOString(), f.lang)} · {window.location.href}
              </p>
            </>
          }
        >
          {lines.length ? <BenchmarkChart lines={lines} ariaLabel={title} /> : <StatusMessage kind="empty">{t('benchmark.noMetrics')}</StatusMessage>}
        </ChartFrame>
      </>
    );
  }

  return (
    <Page title={title} lead={subtitle || t('benchmark.lead')} variant="benchmark" source="screen">
      {controls}
      {body}
    </Page>
  );
}
