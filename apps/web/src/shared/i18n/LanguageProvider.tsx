import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { localeOf, readLang, urlWithLang, type Lang } from './language';

export interface LanguageContextValue {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
}

export const LanguageContext = createContext<LanguageContextValue | null>(null);

/** Keeps the language in the URL query (`?lang=en`), so back/forward and shared links keep it. */
export function LanguageProvider({ children }: { readonly children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(() => readLang(window.location.search));

  useEffect(() => {
    const onPopState = () => setLangState(readLang(window.location.search));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  useEffect(() => {
    document.documentElement.lang = localeOf(lang);
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    window.history.pushState(window.history.state, '', urlWithLang(window.location.href, next));
    setLangState(next);
  }, []);

  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}
