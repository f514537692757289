import { Suspense, useEffect, useMemo, useRef } from 'react';
import { useDataSource } from '../shared/api';
import { useT } from '../shared/i18n';
import { Link, buildHref, matchPath, useLocation } from '../shared/router';
import { StatusMessage } from '../shared/ui/StatusMessage';
import { AppHeader } from './AppHeader';
import { PageErrorBoundary } from './PageErrorBoundary';
import { ROUTES } from './routes';

/** Layout of every view: header with navigation, then the page matched by the URL. */
export function AppShell() {
  const t = useT();
  const location = useLocation();
  const { syntheticReports } = useDataSource();
  const match = useMemo(() => {
    for (const route of ROUTES) {
      const params = matchPath(route.path, location.pathname);
      if (params) return { route, params };
    }
    return null;
  }, [location.pathname]);

  useEffect(() => {
    document.title = `${match ? t(match.route.title) : t('notFound.title')} · ${t('app.name')}`;
  }, [match, t]);

  // A new page starts at the top, and keyboard and screen-reader users land on its content.
  const mainRef = useRef<HTMLElement>(null);
  const previousPath = useRef(location.pathname);
  useEffect(() => {
    if (previousPath.current === location.pathname) return;
    previousPath.current = location.pathname;
    window.scrollTo?.(0, 0);
    mainRef.current?.focus({ preventScroll: true });
  }, [location.pathname]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <AppHeader activeRoute={match?.route.id ?? null} />
      {syntheticReports > 0 && (
        <p className="synthetic-notice" role="note" data-testid="synthetic-notice">
          {t('app.syntheticNotice', { count: syntheticReports })}
        </p>
      )}
      <main className="app-main" id="main" ref={mainRef} tabIndex={-1}>
        {match ? (
          <PageErrorBoundary key={match.route.id} t={t}>
            <Suspense fallback={<StatusMessage kind="loading">{t('state.pageLoading')}</StatusMessage>}>
              <match.route.Page params={match.params} />
            </Suspense>
          </PageErrorBoundary>
        ) : (
          <div className="page">
            <h1 className="page__title">{t('notFound.title')}</h1>
            <StatusMessage kind="empty" title={t('notFound.body')}>
              <Link href={buildHref('/', {}, location.search)}>{t('notFound.home')}</Link>
            </StatusMessage>
          </div>
        )}
      </main>
      <footer className="app-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  );
}
