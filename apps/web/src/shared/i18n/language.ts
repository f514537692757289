export const LANGUAGES = ['zh', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** Chinese is the default; `?lang=en` selects English so a link reproduces the view. */
export const DEFAULT_LANG: Lang = 'zh';

export function readLang(search: string): Lang {
  const value = new URLSearchParams(search).get('lang');
  return value === 'en' ? 'en' : DEFAULT_LANG;
}

/** The same URL with the language set; the default language leaves no parameter. */
export function urlWithLang(href: string, lang: Lang): string {
  const url = new URL(href);
  if (lang === DEFAULT_LANG) url.searchParams.delete('lang');
  else url.searchParams.set('lang', lang);
  return url.toString();
}

/** BCP 47 tag for `<html lang>` and Intl formatting. */
export function localeOf(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

/** Replaces `{name}` placeholders; unknown names are left as they are. */
export function interpolate(template: string, params?: Readonly<Record<string, string | number>>): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? String(params[name]) : whole,
  );
}
