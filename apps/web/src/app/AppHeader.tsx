import { useLanguage, useT } from '../shared/i18n';

export function AppHeader() {
  const t = useT();
  const { lang, setLang } = useLanguage();
  const other = lang === 'zh' ? 'en' : 'zh';
  return (
    <header className="app-header">
      <div className="app-header__inner">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true" />
          <div>
            <p className="brand__name">
              {t('app.name')}
              <span className="brand__secondary" lang={other === 'en' ? 'en' : 'zh-CN'}>
                {t('app.nameSecondary')}
              </span>
            </p>
            <p className="brand__tagline">{t('app.tagline')}</p>
          </div>
        </div>
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
    </header>
  );
}
