import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import type { CoverageQuery, IssuerKind } from '../../generated/graphql';
import { useScope } from '../../shared/api';
import { RankChart } from '../../shared/charts';
import { useFormat } from '../../shared/format';
import { useT } from '../../shared/i18n';
import { RegionPicker } from '../../shared/region';
import { Link, buildHref, readEnum, readInt, readRegionCode, readString, useLocation, useSearchParams } from '../../shared/router';
import { ChartFrame, Page, Panel, QueryStatus, Segmented, Select, SeverityBadge, StatusMessage, TableExport, type TableModel } from '../../shared/ui';
import { useReportYears } from '../selection';
import { CoverageDocument, FindingCountsDocument, FindingsPageDocument } from './quality.queries';
import { PAGE_SIZE, SEVERITIES, coverageRows, readCursors, ruleCounts, ruleOptions, type SeverityFilter } from './quality-data';

/**
 * Data quality: findings (broken consistency rules) by rule, severity, region and year, paged,
 * each linking to the report cell it is about; and the coverage matrix of who has not published.
 */
export function QualityPage() {
  const t = useT();
  const f = useFormat();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const scopeCode = readRegionCode(params, 'scope');
  const year = readInt(params, 'year');
  const ruleParam = readString(params, 'rule');
  const rule = ruleParam && /^[\w.]+$/.test(ruleParam) ? ruleParam : null;
  const severity = readEnum<SeverityFilter | 'all'>(params, 'severity', [...SEVERITIES, 'all'], 'all');
  const cursors = readCursors(readString(params, 'page'));
  const after = cursors[cursors.length - 1] ?? null;
  const kind = readEnum<'all' | IssuerKind>(params, 'kind', ['all', 'government', 'department'], 'all');
  const onlyGaps = params.get('gaps') === '1';
  const scope = useScope(scopeCode).scope;
  const yearsInfo = useReportYears(scope, scope?.region?.level === 'county');

  const filters = { regionCode: scopeCode, year, severity: severity === 'all' ? null : severity, rule };
  const counts = useQuery(FindingCountsDocument, { variables: filters });
  const page = useQuery(FindingsPageDocument, { variables: { ...filters, first: PAGE_SIZE, after } });
  const coverage = useQuery(CoverageDocument, scopeCode ? { variables: { regionCode: scopeCode, issuerKind: kind === 'all' ? null : kind } } : skipToken);

  const rules = useMemo(() => (counts.data ? ruleCounts(counts.data.findingCounts, f.lang) : []), [counts.data, f.lang]);
  const severities = counts.data?.findingCounts.bySeverity ?? [];
  const setFilter = (patch: Record<string, string | number | null>) => setParams({ ...patch, page: null });
  const scopeName = scope?.region?.path ?? t('region.nation');
  const filterText = [scopeName, year ? t('year.label', { year }) : t('quality.allYears'), severity !== 'all' ? t(`severity.${severity}`) : null, rule].filter(Boolean).join(' · ');

  const ruleChoices = [
    { value: '', label: t('quality.allRules') },
    ...(counts.data ? ruleOptions(counts.data.findingCounts, f.lang) : []).map((r) => ({ value: r.rule, label: r.label })),
  ];

  const controls = (
    <Panel title={t('quality.filters')} className="controls-panel">
      <div className="controls-row controls-row--wrap">
        <RegionPicker value={scopeCode} onChange={(code) => setFilter({ scope: code })} testId="scope" />
        <Select<number | 0>
          label={t('year.select')}
          value={year ?? 0}
          options={[{ value: 0, label: t('quality.allYears') }, ...yearsInfo.years.map((y) => ({ value: y, label: t('year.label', { year: y }) }))]}
          onChange={(y) => setFilter({ year: y || null })}
          testId="year"
        />
        <Select<string> label={t('quality.rule')} value={rule ?? ''} options={ruleChoices} onChange={(r) => setFilter({ rule: r || null })} testId="rule" />
        <Segmented<SeverityFilter | 'all'>
          label={t('quality.severity')}
          value={severity}
          options={[{ value: 'all', label: t('quality.allSeverities') }, ...SEVERITIES.map((s) => ({ value: s, label: t(`severity.${s}`) }))]}
          onChange={(s) => setFilter({ severity: s === 'all' ? null : s })}
          testId="severity"
        />
      </div>
    </Panel>
  );

  const countsTable: TableModel = {
    title: `${t('quality.byRule')} · ${filterText}`,
    columns: [
      { key: 'rule', label: t('quality.rule'), kind: 'text' },
      { key: 'id', label: t('quality.ruleId'), kind: 'text' },
      { key: 'count', label: t('quality.count'), kind: 'number', format: (v) => f.count(v) },
    ],
    rows: rules.map((r) => ({ key: r.rule, cells: [r.label, r.rule, r.count] })),
  };

  const connection = page.data?.findings;
  const findingsTable: TableModel = {
    title: `${t('quality.list')} · ${filterText}`,
    columns: [
      { key: 'severity', label: t('quality.severity'), kind: 'text' },
      { key: 'rule', label: t('quality.rule'), kind: 'text' },
      { key: 'issuer', label: t('table.issuer'), kind: 'text' },
      { key: 'region', label: t('table.region'), kind: 'text' },
      { key: 'year', label: t('table.year'), kind: 'number' },
      { key: 'message', label: t('quality.message'), kind: 'text' },
      { key: 'cells', label: t('quality.cells'), kind: 'text' },
      { key: 'report', label: t('quality.report'), kind: 'text' },
    ],
    rows: (connection?.edges ?? []).map(({ node }) => ({
      key: String(node.id),
      cells: [
        t(`severity.${node.severity}`),
        (f.lang === 'en' ? node.ruleLabelEn : node.ruleLabelZh) ?? node.rule,
        node.issuer.name,
        node.issuer.region?.path ?? '',
        node.report.year,
        node.message,
        node.cells.join(' '),
        `${window.location.origin}/reports/${node.reportId}?finding=${node.id}`,
      ],
    })),
  };

  return (
    <Page title={t('quality.title')} lead={t('quality.lead')}>
      {controls}

      <div className="quality-summary">
        <Panel title={t('quality.bySeverity')} subtitle={filterText}>
          <QueryStatus loading={counts.loading && !counts.data} error={counts.error} retry={() => void counts.refetch().catch(() => undefined)}>
            <ul className="severity-counts" data-testid="severity-counts">
              {severities.map((s) => (
                <li key={s.severity}>
                  <button type="button" className="severity-count" aria-pressed={severity === s.severity} onClick={() => setFilter({ severity: severity === s.severity ? null : s.severity })}>
                    <SeverityBadge severity={s.severity} />
                    <span className="severity-count__value">{f.count(s.count)}</span>
                  </button>
                </li>
              ))}
            </ul>
          </QueryStatus>
        </Panel>
        <ChartFrame id="rules" title={t('quality.byRule')} subtitle={filterText} unit={t('quality.unit')} table={countsTable}>
          <QueryStatus loading={counts.loading && !counts.data} error={counts.error} empty={rules.length === 0} emptyTitle={t('quality.none')}>
            <RankChart
              items={rules.map((r) => ({ key: r.rule, label: r.label, value: r.count, highlight: r.rule === rule }))}
              formatValue={(v) => f.count(v) ?? ''}
              formatTick={f.compact}
              ariaLabel={t('quality.byRule')}
            />
          </QueryStatus>
        </ChartFrame>
      </div>

      <Panel
        title={t('quality.list')}
        subtitle={connection ? t('quality.listCount', { count: f.count(connection.totalCount) ?? '0', page: cursors.length + 1 }) : filterText}
      >
        <QueryStatus
          loading={page.loading && !connection}
          error={page.error}
          retry={() => void page.refetch().catch(() => undefined)}
          empty={connection?.edges.length === 0}
          emptyTitle={t('quality.none')}
        >
          <div className="table-wrap">
            <table className="data-table findings-table" data-testid="findings-table">
              <caption className="visually-hidden">{findingsTable.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('quality.severity')}</th>
                  <th scope="col">{t('quality.rule')}</th>
                  <th scope="col">{t('table.issuer')}</th>
                  <th scope="col" className="data-table__num">{t('table.year')}</th>
                  <th scope="col">{t('quality.message')}</th>
                </tr>
              </thead>
              <tbody>
                {connection?.edges.map(({ node }) => (
                  <tr key={node.id} data-finding={node.id}>
                    <td><SeverityBadge severity={node.severity} /></td>
                    <th scope="row">
                      <Link href={buildHref(`/reports/${node.reportId}`, { finding: node.id }, location.search)}>
                        {(f.lang === 'en' ? node.ruleLabelEn : node.ruleLabelZh) ?? node.rule}
                      </Link>
                      <span className="cell-hint">{node.rule}</span>
                    </th>
                    <td>
                      {node.issuer.name}
                      {node.issuer.region && <span className="cell-hint">{node.issuer.region.path}</span>}
                    </td>
                    <td className="data-table__num">{node.report.year}</td>
                    <td className="findings-table__message" lang="en">
                      {node.message}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="pager">
            <button type="button" className="button button--ghost button--small" disabled={cursors.length === 0} onClick={() => setParams({ page: cursors.slice(0, -1) })}>
              {t('quality.previous')}
            </button>
            <span>{t('quality.page', { page: cursors.length + 1 })}</span>
            <button
              type="button"
              className="button button--ghost button--small"
              disabled={!connection?.pageInfo.hasNextPage}
              onClick={() => connection?.pageInfo.endCursor && setParams({ page: [...cursors, connection.pageInfo.endCursor] })}
              data-testid="next-page"
            >
              {t('quality.next')}
            </button>
          </div>
          <TableExport table={findingsTable} />
        </QueryStatus>
      </Panel>

      <Panel
        id="coverage"
        title={t('quality.coverage')}
        subtitle={scopeCode ? scopeName : t('quality.coverageNeedsRegion')}
        actions={
          scopeCode && (
            <div className="frame-actions">
              <Segmented<'all' | IssuerKind>
                label={t('quality.coverageKind')}
                value={kind}
                options={[
                  { value: 'all', label: t('quality.kind.all') },
                  { value: 'government', label: t('issuers.kind.government') },
                  { value: 'department', label: t('issuers.kind.department') },
                ]}
                onChange={(k) => setParams({ kind: k === 'all' ? null : k })}
              />
              <label className="check">
                <input type="checkbox" checked={onlyGaps} onChange={(e) => setParams({ gaps: e.target.checked })} />
                {t('quality.onlyGaps')}
              </label>
            </div>
          )
        }
      >
        {scopeCode ? (
          <QueryStatus loading={coverage.loading && !coverage.data} error={coverage.error} retry={() => void coverage.refetch().catch(() => undefined)}>
            {coverage.data && <CoverageMatrix data={coverage.data.coverage} onlyGaps={onlyGaps} title={`${t('quality.coverage')} · ${scopeName}`} />}
          </QueryStatus>
        ) : (
          <StatusMessage kind="empty" title={t('quality.coverageNeedsRegion')}>
            {t('quality.coverageHint')}
          </StatusMessage>
        )}
      </Panel>
    </Page>
  );
}

function CoverageMatrix({ data, onlyGaps, title }: { readonly data: CoverageQuery['coverage']; readonly onlyGaps: boolean; readonly title: string }) {
  const t = useT();
  const f = useFormat();
  const location = useLocation();
  const rows = coverageRows(data.rows, onlyGaps);
  const table: TableModel = {
    title,
    columns: [
      { key: 'issuer', label: t('table.issuer'), kind: 'text' },
      { key: 'region', label: t('table.region'), kind: 'text' },
      ...data.years.map((y) => ({ key: String(y), label: String(y), kind: 'text' as const })),
    ],
    rows: rows.map((r) => ({
      key: `${r.regionCode}-${r.issuerId ?? 'none'}-${r.issuerName}`,
      cells: [r.issuerName, r.regionName, ...r.cells.map((c) => (c.present ? t('quality.present') : t('quality.missing')))],
    })),
  };
  return (
    <>
      <div className="table-wrap coverage-wrap">
        <table className="data-table coverage-table" data-testid="coverage-table">
          <caption className="visually-hidden">{title}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.issuer')}</th>
              {data.years.map((y) => (
                <th key={y} scope="col" className="coverage-table__year">
                  {y}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={`${r.regionCode}-${r.issuerId ?? 'none'}-${r.issuerName}`} className={r.countyGovernment ? 'coverage-table__county' : undefined}>
                <th scope="row">
                  {r.issuerName}
                  <span className="cell-hint">
                    {r.regionName}
                    {r.countyGovernment ? ` · ${t('quality.countyGovernment')}` : ''}
                  </span>
                </th>
                {r.cells.map((c) => (
                  <td key={c.year} className={c.present ? 'coverage-cell coverage-cell--present' : 'coverage-cell coverage-cell--missing'}>
                    {c.present && c.reportId ? (
                      <Link href={buildHref(`/reports/${c.reportId}`, {}, location.search)} aria-label={t('quality.openReport', { name: r.issuerName, year: c.year })}>
                        ✓
                      </Link>
                    ) : (
                      <span aria-label={t('quality.missingReport', { name: r.issuerName, year: c.year })} role="img">
                        ✕
                      </span>
                    )}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{t('quality.countyCoverage')}</th>
              {data.yearTotals.map((y) => (
                <td key={y.year} className="coverage-table__total">
                  {f.share(y.countyCoverage) ?? '—'}
                  <span className="cell-hint">
                    {y.countiesPresent}/{y.countiesExpected}
                  </span>
                </td>
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
      <TableExport table={table} />
    </>
  );
}
