import { useMemo } from 'react';
import { useLanguage } from '../i18n';
import { formatChange, formatCompact, formatCount, formatShare, formatValue } from './format';

/** Formatters bound to the current language. */
export function useFormat() {
  const { lang } = useLanguage();
  return useMemo(
    () => ({
      lang,
      value: (v: number | null | undefined, unit: string) => formatValue(v, unit, lang),
      change: (v: number | null | undefined) => formatChange(v, lang),
      share: (v: number | null | undefined) => formatShare(v, lang),
      count: (v: number | null | undefined) => formatCount(v, lang),
      compact: (v: number) => formatCompact(v, lang),
    }),
    [lang],
  );
}
