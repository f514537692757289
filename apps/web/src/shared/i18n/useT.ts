import { useCallback, useContext } from 'react';
import { dictionaries, type MessageKey } from './dictionary';
import { interpolate, type Lang } from './language';
import { LanguageContext, type LanguageContextValue } from './LanguageProvider';

export type Translate = (key: MessageKey, params?: Readonly<Record<string, string | number>>) => string;

export function useLanguage(): LanguageContextValue {
  const context = useContext(LanguageContext);
  if (!context) throw new Error('useLanguage/useT must be used inside <LanguageProvider>');
  return context;
}

export function translate(lang: Lang, key: MessageKey, params?: Readonly<Record<string, string | number>>): string {
  return interpolate(dictionaries[lang][key], params);
}

/** `t('key', { name })` in the current language. */
export function useT(): Translate {
  const { lang } = useLanguage();
  return useCallback<Translate>((key, params) => translate(lang, key, params), [lang]);
}
