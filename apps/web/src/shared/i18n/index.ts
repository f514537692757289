export { dictionaries, type MessageKey } from './dictionary';
export { DEFAULT_LANG, LANGUAGES, interpolate, localeOf, readLang, urlWithLang, type Lang } from './language';
export { LanguageProvider } from './LanguageProvider';
export { useUnitName } from './useUnit';
export { translate, useLanguage, useT, type Translate } from './useT';
