/** Muted series colours: slate blue first, then neutral and warm accents that stay legible on white. */
export const SERIES_COLORS = ['#3d5a80', '#98a6b5', '#b08d57', '#5f7f6b', '#7a6a8a', '#a4645a'] as const;

export function seriesColor(index: number): string {
  return SERIES_COLORS[index % SERIES_COLORS.length] ?? SERIES_COLORS[0];
}
