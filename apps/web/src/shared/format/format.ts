import { localeOf, type Lang } from '../i18n';

/** Most fraction digits shown, by catalogue unit: 万元 amounts are reported to 0.01 (100 yuan), rates to 0.1. */
const FRACTION_DIGITS: Readonly<Record<string, number>> = { count: 2, wan: 2, percent: 1, per100: 2, per10k: 2 };

const formatters = new Map<string, Intl.NumberFormat>();
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(localeOf(lang), options);
    formatters.set(key, format);
  }
  return format;
}

const isNumber = (value: number | null | undefined): value is number =>
  value !== null && value !== undefined && Number.isFinite(value);

/** A figure as drawn on bars and in tables; null (not reported) gives null. */
export function formatValue(value: number | null | undefined, unit: string, lang: Lang): string | null {
  if (!isNumber(value)) return null;
  const digits = FRACTION_DIGITS[unit] ?? 2;
  return numberFormat(lang, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
}

/** Compact axis ticks: 12,000 → 1.2万 / 12K. */
export function formatCompact(value: number, lang: Lang): string {
  return numberFormat(lang, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
}

/** A ratio of the API (0.25 = +25 %) as a signed percentage; null gives null. */
export function formatChange(ratio: number | null | undefined, lang: Lang): string | null {
  if (!isNumber(ratio)) return null;
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 1, minimumFractionDigits: 1, signDisplay: 'exceptZero' }).format(ratio);
}

/** A share of the API given as 0–1 (coverage) as a percentage. */
export function formatShare(share: number | null | undefined, lang: Lang): string | null {
  if (!isNumber(share)) return null;
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(share);
}

/** An integer count (ranks, peers, reports). */
export function formatCount(value: number | null | undefined, lang: Lang): string | null {
  if (!isNumber(value)) return null;
  return numberFormat(lang, { maximumFractionDigits: 0 }).format(value);
}

/** A byte size: 8.6 KB. */
export function formatBytes(bytes: number, lang: Lang): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${numberFormat(lang, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

export function formatDateTime(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(localeOf(lang), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** Direction of a change for colouring: up, down or flat (null when unknown). */
export function changeDirection(ratio: number | null | undefined): 'up' | 'down' | 'flat' | null {
  if (!isNumber(ratio)) return null;
  if (ratio > 0) return 'up';
  if (ratio < 0) return 'down';
  return 'flat';
}
