import { useEffect, useMemo } from 'react';
import { useT } from '../../../shared/i18n';
import { StatusMessage } from '../../../shared/ui';
import { useOverviewData } from '../hooks/useOverviewData';
import { OVERVIEW_PANELS, listReports, selectPanelMetrics } from '../utils/overview-data';
import { reportLabel } from '../utils/presentation';
import { loadBarChart } from './LazyBarChart';
import { MetricPanel } from './MetricPanel';

/** The first view: the figures of every loaded report, by section of the annual report. */
export function OverviewPage() {
  const t = useT();
  const data = useOverviewData();

  // Fetch the chart chunk while the queries are in flight instead of after them.
  useEffect(() => {
    void loadBarChart().catch(() => undefined);
  }, []);

  const rows = data.status === 'ready' ? data.rows : null;
  const reports = useMemo(() => (rows ? listReports(rows) : []), [rows]);

  let body;
  if (data.status === 'loading') {
    body = <StatusMessage kind="loading">{t('state.loading')}</StatusMessage>;
  } else if (data.status === 'error') {
    body = (
      <StatusMessage
        kind="error"
        title={t('state.error.title')}
        action={
          <button type="button" className="button" onClick={data.retry}>
            {t('state.retry')}
          </button>
        }
      >
        <p>{t('state.error.body')}</p>
        <p className="status__detail">{t('state.error.detail', { message: data.error.message })}</p>
      </StatusMessage>
    );
  } else if (reports.length === 0) {
    body = (
      <StatusMessage kind="empty" title={t('state.empty.title')}>
        {t('state.empty.body')}
      </StatusMessage>
    );
  } else {
    body = (
      <div className="overview-grid">
        {OVERVIEW_PANELS.map((panel) => (
          <MetricPanel
            key={panel.id}
            id={panel.id}
            className={`overview-grid__${panel.id}`}
            metrics={selectPanelMetrics(data.catalogue, panel)}
            rows={data.rows}
            reports={reports}
          />
        ))}
      </div>
    );
  }

  return (
    <div className="page">
      <div className="page__intro">
        <h1 className="page__title">{t('overview.title')}</h1>
        {reports.length > 0 && (
          <p className="page__reports">
            {t('overview.reports', { reports: reports.map((r) => reportLabel(r, t)).join(t('list.separator')) })}
          </p>
        )}
      </div>
      {body}
      {reports.length > 0 && <p className="page__source">{t('overview.source')}</p>}
    </div>
  );
}
