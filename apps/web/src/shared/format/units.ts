import type { MessageKey } from '../i18n';

/** Catalogue unit codes → UI message keys (the unit names are UI text, not data). */
export const UNIT_KEYS: Readonly<Record<string, MessageKey>> = {
  count: 'unit.count',
  wan: 'unit.wan',
  percent: 'unit.percent',
  per100: 'unit.per100',
  per10k: 'unit.per10k',
};

export function unitKey(unit: string | null | undefined): MessageKey | null {
  return unit ? (UNIT_KEYS[unit] ?? null) : null;
}
