import { createContext, useCallback, useEffect, useMemo, type ReactNode } from 'react';
import { navigate, useLocation } from '../router';
import { localeOf, readLang, urlWithLang, type Lang } from './language';

export interface LanguageContextValue {
  readonly lang: Lang;
  readonly setLang: (lang: Lang) => void;
}

export const LanguageContext = createContext<LanguageContextValue | null>(null);

/**
 * The language lives in the URL query (`?lang=en`) like the rest of the view state, so back/forward
 * and shared links keep it. It is read from the router's location store.
 */
export function LanguageProvider({ children }: { readonly children: ReactNode }) {
  const location = useLocation();
  const lang = readLang(location.search);

  useEffect(() => {
    document.documentElement.lang = localeOf(lang);
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    navigate(urlWithLang(window.location.href, next));
  }, []);

  const value = useMemo(() => ({ lang, setLang }), [lang, setLang]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}
