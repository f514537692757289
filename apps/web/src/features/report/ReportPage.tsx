import { skipToken, useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { formatBytes, formatDateTime, useFormat } from '../../shared/format';
import { useT } from '../../shared/i18n';
import { Link, buildHref, readInt, useLocation, useSearchParams } from '../../shared/router';
import { Page, Panel, QueryStatus, SeverityBadge, StatusMessage, TableExport, type TableModel } from '../../shared/ui';
import type { PageProps } from '../../app/routes';
import { ReportTables } from './ReportTables';
import { label, type Finding, type Revision } from './report-layout';
import { ReportHeaderDocument, RevisionDetailDocument } from './report.queries';

/**
 * One report: its tables laid out like the template with provenance on every cell, its findings
 * marked on the exact cells, what was not found, its revisions, and the original file.
 */
export function ReportPage({ params: pathParams }: PageProps) {
  const t = useT();
  const f = useFormat();
  const location = useLocation();
  const [params, setParams] = useSearchParams();
  const id = /^\d+$/.test(pathParams['id'] ?? '') ? Number(pathParams['id']) : null;
  const header = useQuery(ReportHeaderDocument, id !== null ? { variables: { id } } : skipToken);
  const report = header.data?.report ?? null;
  const revisionId = readInt(params, 'revision') ?? report?.currentRevisionId ?? null;
  const detail = useQuery(RevisionDetailDocument, revisionId !== null ? { variables: { id: revisionId } } : skipToken);
  const revision = detail.data?.revision ?? null;
  const selectedFinding = readInt(params, 'finding');
  const ruleLabel = (finding: Finding) => (f.lang === 'en' ? finding.ruleLabelEn : finding.ruleLabelZh) ?? finding.rule;

  // Bring the selected finding's first cell into view once the tables are drawn.
  useEffect(() => {
    if (!revision || selectedFinding === null) return;
    const finding = revision.findings.find((x) => x.id === selectedFinding);
    const key = finding?.cells[0];
    if (!key) return;
    const el = document.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
    el?.scrollIntoView?.({ block: 'center' });
  }, [revision, selectedFinding]);

  if (id === null) return <StatusMessage kind="empty" title={t('report.notFound')} />;
  if (header.error || detail.error) {
    return (
      <QueryStatus
        error={header.error ?? detail.error}
        retry={() => {
          void header.refetch().catch(() => undefined);
          void detail.refetch().catch(() => undefined);
        }}
      />
    );
  }
  if (header.data && !report) return <StatusMessage kind="empty" title={t('report.notFound')} />;
  if (!report) return <StatusMessage kind="loading">{t('state.loading')}</StatusMessage>;

  const title = t('report.title', { issuer: report.issuer.name, year: report.year });
  const here = location.search;

  return (
    <Page
      title={title}
      lead={report.title}
      variant="report"
      eyebrow={
        <>
          {report.issuer.region ? (
            <Link href={buildHref('/', { scope: report.issuer.region.level === 'county' ? null : report.issuer.region.code }, here)}>{report.issuer.region.path}</Link>
          ) : (
            t('report.unattributed')
          )}
          {' · '}
          {t(report.issuer.kind === 'government' ? 'issuers.kind.government' : 'issuers.kind.department')}
        </>
      }
      note={
        revision?.synthetic && (
          <p className="synthetic-notice synthetic-notice--report" role="note" data-testid="synthetic-report">
            {t('report.synthetic')}
          </p>
        )
      }
    >

      <div className="report-layout">
        <div className="report-layout__main">
          <QueryStatus loading={!revision} retry={() => void detail.refetch().catch(() => undefined)}>
            {revision && (
              <>
                {!revision.current && (
                  <StatusMessage kind="empty" title={t('report.oldRevision', { no: revision.revisionNo })}>
                    <Link href={buildHref(`/reports/${report.id}`, {}, here)}>{t('report.toCurrent')}</Link>
                  </StatusMessage>
                )}
                <Legend />
                <ReportTables tables={revision.tables} findings={revision.findings} selectedFinding={selectedFinding} ruleLabel={ruleLabel} mediaType={revision.mediaType} />
                <ValuesExport revision={revision} title={title} />
              </>
            )}
          </QueryStatus>
        </div>
        <aside className="report-layout__side" aria-label={t('report.aside')}>
          {revision && (
            <Panel title={t('report.file')} headingLevel={2}>
              <dl className="facts">
                <dt>{t('report.fileName')}</dt>
                <dd className="break">{revision.fileName}</dd>
                <dt>{t('report.fileSize')}</dt>
                <dd>{formatBytes(revision.size, f.lang)} · {revision.mediaType}</dd>
                <dt>{t('report.template')}</dt>
                <dd>{revision.template}</dd>
                <dt>{t('report.printedIssuer')}</dt>
                <dd>{revision.printedIssuer ?? '—'}</dd>
                <dt>{t('report.revision')}</dt>
                <dd>
                  {t('report.revisionNo', { no: revision.revisionNo })} · {formatDateTime(revision.createdAt, f.lang)}
                </dd>
                <dt>SHA-256</dt>
                <dd className="break mono">{revision.sha256.slice(0, 16)}…</dd>
              </dl>
              <a className="button" href={revision.downloadUrl} download data-testid="download-original">
                {t('report.download')}
              </a>
            </Panel>
          )}
          {revision && (
            <Panel title={t('report.findings', { count: revision.findings.length })} headingLevel={2}>
              {revision.findings.length === 0 ? (
                <p className="hint">{t('report.noFindings')}</p>
              ) : (
                <ul className="finding-list" data-testid="report-findings">
                  {revision.findings.map((finding) => (
                    <li key={finding.id} className={finding.id === selectedFinding ? 'finding-list__item finding-list__item--selected' : 'finding-list__item'}>
                      <SeverityBadge severity={finding.severity} />
                      <div>
                        <p className="finding-list__rule">
                          <button
                            type="button"
                            className="link-button"
                            aria-pressed={finding.id === selectedFinding}
                            onClick={() => setParams({ finding: finding.id === selectedFinding ? null : finding.id }, { replace: true })}
                          >
                            {ruleLabel(finding)}
                          </button>
                        </p>
                        <p className="finding-list__message" lang="en">
                          {finding.message}
                        </p>
                        {(finding.expected !== null || finding.actual !== null) && (
                          <p className="finding-list__meta">
                            {t('report.expectedActual', { expected: f.value(finding.expected, 'wan') ?? '—', actual: f.value(finding.actual, 'wan') ?? '—' })}
                          </p>
                        )}
                        <p className="finding-list__cells">
                          {finding.cells.map((key) => (
                            <button
                              key={key}
                              type="button"
                              className="cell-chip"
                              onClick={() => document.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`)?.focus()}
                            >
                              {key}
                            </button>
                          ))}
                        </p>
                      </div>
                    </li>
                  ))}
                </ul>
              )}
            </Panel>
          )}
          {revision && revision.missing.length > 0 && (
            <Panel title={t('report.missing')} headingLevel={2}>
              <ul className="plain-list">
                {revision.missing.map((m) => (
                  <li key={m}>
                    <code>{m}</code>
                  </li>
                ))}
              </ul>
            </Panel>
          )}
          {revision && revision.narrative.length > 0 && (
            <Panel title={t('report.narrative')} headingLevel={2}>
              <ul className="plain-list">
                {revision.narrative.map((n, i) => (
                  <li key={i}>
                    <q>{n.raw}</q> → <code>{n.metric}</code> = {f.value(n.value, 'wan')}
                  </li>
                ))}
              </ul>
            </Panel>
          )}
          <Panel title={t('report.revisions', { count: report.revisions.length })} headingLevel={2}>
            <ol className="revision-list" data-testid="revisions">
              {[...report.revisions].reverse().map((r) => (
                <li key={r.id} className={r.id === revision?.id ? 'revision-list__item revision-list__item--shown' : 'revision-list__item'}>
                  <p>
                    <strong>{t('report.revisionNo', { no: r.revisionNo })}</strong>
                    {r.current && <span className="badge badge--current">{t('report.current')}</span>}
                  </p>
                  <p className="finding-list__meta">
                    {formatDateTime(r.createdAt, f.lang)} · {r.fileName} · {formatBytes(r.size, f.lang)}
                  </p>
                  <p className="revision-list__actions">
                    {r.id !== revision?.id && (
                      <Link href={buildHref(`/reports/${report.id}`, { revision: r.current ? null : r.id }, here)}>{t('report.viewRevision')}</Link>
                    )}
                    <a href={r.downloadUrl} download>
                      {t('report.downloadShort')}
                    </a>
                  </p>
                </li>
              ))}
            </ol>
          </Panel>
        </aside>
      </div>
    </Page>
  );
}

function Legend() {
  const t = useT();
  return (
    <ul className="report-legend" aria-label={t('report.legend')}>
      <li>
        <span className="cell cell--sample">12</span> {t('report.legend.value')}
      </li>
      <li>
        <span className="cell cell--sample cell--blank">—</span> {t('report.legend.blank')}
      </li>
      <li>
        <span className="cell cell--sample cell--unread" /> {t('report.legend.unread')}
      </li>
      <li>
        <span className="cell cell--sample cell--inferred">
          3<span className="cell__mark">*</span>
        </span>{' '}
        {t('report.legend.inferred')}
      </li>
      <li>
        <span className="cell cell--sample cell--finding cell--error">7</span> {t('report.legend.finding')}
      </li>
    </ul>
  );
}

/** Every cell of the revision as a flat table (CSV/XLSX): key, labels, value, raw text, location. */
function ValuesExport({ revision, title }: { readonly revision: Revision; readonly title: string }) {
  const t = useT();
  const f = useFormat();
  const table: TableModel = {
    title: `${title} · ${t('report.cellsExport')}`,
    columns: [
      { key: 'key', label: t('report.tip.key'), kind: 'text' },
      { key: 'table', label: t('report.col.table'), kind: 'text' },
      { key: 'row', label: t('report.col.row'), kind: 'text' },
      { key: 'column', label: t('report.col.column'), kind: 'text' },
      { key: 'value', label: t('report.col.value'), kind: 'number' },
      { key: 'raw', label: t('report.tip.raw'), kind: 'text' },
      { key: 'inferred', label: t('report.tip.inferred'), kind: 'text' },
      { key: 'printedRow', label: t('report.tip.row'), kind: 'text' },
    ],
    rows: revision.tables.flatMap((tb) =>
      tb.rows.flatMap((row) =>
        row.values.map((v) => ({
          key: v.key,
          cells: [v.key, label(tb, f.lang), label(row, f.lang), f.lang === 'en' ? v.columnLabelEn : v.columnLabelZh, v.value, v.raw, v.inferred ? t('report.yes') : '', v.provenance.row],
        })),
      ),
    ),
  };
  return (
    <Panel title={t('report.cellsExport')} subtitle={t('report.cellsExportHint')}>
      <TableExport table={table} />
    </Panel>
  );
}
