import { useCallback } from 'react';
import { unitKey } from '../format/units';
import { useT } from './useT';

/** The display name of a catalogue unit (件, 万元, %) in the current language; unknown units as given. */
export function useUnitName(): (unit: string | null | undefined) => string {
  const t = useT();
  return useCallback(
    (unit) => {
      const key = unitKey(unit);
      return key ? t(key) : (unit ?? '');
    },
    [t],
  );
}
