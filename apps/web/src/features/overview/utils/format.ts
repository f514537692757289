import { localeOf, type Lang } from '../../../shared/i18n';

/** Fraction digits by catalogue unit: money in 万元 keeps cents (two decimals), rates one decimal. */
const FRACTION_DIGITS: Readonly<Record<string, number>> = { count: 0, wan: 2, percent: 1, per100: 2, per10k: 2 };

/** A figure as drawn on bars and in tables; null (not reported) gives null. */
export function formatValue(value: number | null | undefined, unit: string, lang: Lang): string | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const digits = FRACTION_DIGITS[unit] ?? 2;
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(
    value,
  );
}
