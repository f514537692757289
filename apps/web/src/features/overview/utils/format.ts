import { localeOf, type Lang } from '../../../shared/i18n';

/** Most fraction digits shown, by catalogue unit: 万元 amounts are reported to 0.01 (100 yuan), rates to 0.1. */
const FRACTION_DIGITS: Readonly<Record<string, number>> = { count: 2, wan: 2, percent: 1, per100: 2, per10k: 2 };

/** A figure as drawn on bars and in tables; null (not reported) gives null. */
export function formatValue(value: number | null | undefined, unit: string, lang: Lang): string | null {
  if (value === null || value === undefined || !Number.isFinite(value)) return null;
  const digits = FRACTION_DIGITS[unit] ?? 2;
  return new Intl.NumberFormat(localeOf(lang), { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(
    value,
  );
}
