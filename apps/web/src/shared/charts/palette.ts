/** Muted series colours: slate blue first, then neutral and warm accents that stay legible on white. */
export const SERIES_COLORS = [
  '#3d5a80',
  '#b08d57',
  '#5f7f6b',
  '#a4645a',
  '#7a6a8a',
  '#4f8fa8',
  '#8a8f3c',
  '#c07a9a',
  '#6b7b8c',
  '#d19a4b',
  '#2f6f62',
  '#8c5a3c',
] as const;

export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length] ?? SERIES_COLORS[0];
}

/** The previous year drawn beside the current one. */
export const PREVIOUS_COLOR = '#a9b6c4';
export const ACCENT = '#3d5a80';
export const HIGHLIGHT = '#c2562f';
export const AXIS = '#94a3b8';
export const GRID = '#e5e9ef';
export const INK = '#1f2937';
export const MUTED_INK = '#4b5563';

/** Outcome categories of 表三, in template order: granted → other. */
export const OUTCOME_COLORS: Readonly<Record<string, string>> = {
  outcomeGranted: '#3f7d5c',
  outcomePartiallyGranted: '#8fbf9f',
  outcomeDenied: '#b5533c',
  outcomeUnavailable: '#9aa5b1',
  outcomeRejected: '#d9a441',
  outcomeOther: '#7a6a8a',
  requestsNaturalPerson: '#3d5a80',
  requestsLegalPerson: '#b08d57',
};
