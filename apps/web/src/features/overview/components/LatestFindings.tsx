import { useQuery } from '@apollo/client/react';
import { useT, useLanguage } from '../../../shared/i18n';
import { Link, buildHref, useLocation } from '../../../shared/router';
import { Panel, QueryStatus } from '../../../shared/ui';
import { SeverityBadge } from '../../../shared/ui/SeverityBadge';
import { LatestFindingsDocument } from '../overview.queries';

/** The newest broken consistency rules under the scope, each linking to its report. */
export function LatestFindings({ scopeCode, year }: { readonly scopeCode: string | null; readonly year: number }) {
  const t = useT();
  const { lang } = useLanguage();
  const location = useLocation();
  const result = useQuery(LatestFindingsDocument, { variables: { regionCode: scopeCode, year, first: 6 } });
  const connection = result.data?.findings;
  return (
    <Panel
      title={t('overview.findings.title')}
      subtitle={connection ? t('overview.findings.count', { count: connection.totalCount, year }) : undefined}
      actions={
        <Link className="button button--small button--ghost" href={buildHref('/quality', { scope: scopeCode, year }, location.search)}>
          {t('overview.findings.all')}
        </Link>
      }
    >
      <QueryStatus
        loading={result.loading && !connection}
        error={result.error}
        retry={() => void result.refetch().catch(() => undefined)}
        empty={connection?.edges.length === 0}
        emptyTitle={t('overview.findings.none')}
      >
        <ul className="finding-list" data-testid="latest-findings">
          {connection?.edges.map(({ node }) => (
            <li key={node.id} className="finding-list__item">
              <SeverityBadge severity={node.severity} />
              <div>
                <p className="finding-list__rule">
                  <Link href={buildHref(`/reports/${node.reportId}`, { finding: node.id }, location.search)}>
                    {(lang === 'en' ? node.ruleLabelEn : node.ruleLabelZh) ?? node.rule}
                  </Link>
                </p>
                <p className="finding-list__meta">
                  {node.issuer.name} · {t('year.label', { year: node.report.year })}
                </p>
                <p className="finding-list__message" lang="en">
                  {node.message}
                </p>
              </div>
            </li>
          ))}
        </ul>
      </QueryStatus>
    </Panel>
  );
}
