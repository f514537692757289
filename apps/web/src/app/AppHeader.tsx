import { UserMenu } from '../shared/auth';
import { useLanguage, useT } from '../shared/i18n';
import { Link, buildHref, useLocation } from '../shared/router';
import { ROUTES } from './routes';

export function AppHeader({ activeRoute }: { readonly activeRoute: string | null }) {
  const t = useT();
  const { lang, setLang } = useLanguage();
  const location = useLocation();
  const other = lang === 'zh' ? 'en' : 'zh';
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <Link className="brand" href={buildHref('/', {}, location.search)}>
          <span className="brand__mark" aria-hidden="true" />
          <span>
            <span className="brand__name">
              {t('app.name')}
              <span className="brand__secondary" lang={other === 'en' ? 'en' : 'zh-CN'}>
                {t('app.nameSecondary')}
              </span>
            </span>
            <span className="brand__tagline">{t('app.tagline')}</span>
          </span>
        </Link>
        <div className="app-header__side">
          <UserMenu />
          <button
            type="button"
            className="button button--ghost lang-toggle"
            data-testid="language-toggle"
            aria-label={t('lang.toggleLabel')}
            lang={other === 'en' ? 'en' : 'zh-CN'}
            onClick={() => setLang(other)}
          >
            {t('lang.toggle')}
          </button>
        </div>
      </div>
      <nav className="app-nav" aria-label={t('nav.label')}>
        <ul className="app-nav__list">
          {ROUTES.filter((r) => r.nav).map((route) => (
            <li key={route.id}>
              <Link
                className="app-nav__link"
                href={buildHref(route.path, {}, location.search, ['lang', 'scope', 'year'])}
                aria-current={activeRoute === route.id ? 'page' : undefined}
                data-nav={route.id}
              >
                {t(route.title)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
